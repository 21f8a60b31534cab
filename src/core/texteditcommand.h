#pragma once

#include "textedit.h"

#include <QUndoCommand>

class ArticleDocument;

// Base of every article command: one text edit, applied and reverted.
// Commands with the same id() and merge key fold into one undo step when
// their edits touch, so typing in one field is one step.
class TextEditCommand : public QUndoCommand
{
public:
    const QString &error() const { return m_error; }
    const TextEdit &edit() const { return m_edit; }

    void undo() override;
    void redo() override;
    bool mergeWith(const QUndoCommand *other) override;

    // Typing pauses longer than this start a new undo step.
    static constexpr qint64 MergeWindowMs = 1500;

protected:
    TextEditCommand(ArticleDocument *document, const QString &text);

    void setEdit(const TextEdit &edit) { m_edit = edit; }
    // Sets the edit that turns the document's text into `newText`, after
    // checking that the article still has `expectedSections` sections.
    void setNewText(const QByteArray &newText, qsizetype expectedSections);
    void setError(const QString &error) { m_error = error; }
    void setMergeKey(const QByteArray &key) { m_mergeKey = key; }
    // The offset, after the edit, of a section this command placed (inserted
    // or moved); redo() then reports it with ArticleDocument::sectionPlaced.
    void setPlacedOffset(qsizetype offset) { m_placedOffset = offset; }

    ArticleDocument *m_document;

private:
    TextEdit m_edit;
    QString m_error;
    QByteArray m_mergeKey;
    qsizetype m_placedOffset = -1;
    bool m_firstRedo = true;
    qint64 m_lastChangeMs;
};
