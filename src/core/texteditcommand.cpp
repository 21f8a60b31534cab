#include "texteditcommand.h"

#include "approvalreset.h"
#include "articledocument.h"

#include <QCoreApplication>
#include <QDateTime>

TextEditCommand::TextEditCommand(ArticleDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_lastChangeMs(QDateTime::currentMSecsSinceEpoch())
{
}

void TextEditCommand::undo()
{
    m_document->applyEdit(m_edit.inverted());
}

void TextEditCommand::redo()
{
    // The first time, the edit may grow to set approved sections whose body
    // it changes back to review; later redos repeat that edit.
    if (m_firstRedo && ApprovalReset::appliesTo(this))
        m_edit = ApprovalReset::apply(m_document, m_edit);
    else
        m_document->applyEdit(m_edit);
    m_firstRedo = false;
    if (m_placedOffset >= 0)
        Q_EMIT m_document->sectionPlaced(m_document->structure().sectionAt(m_placedOffset));
}

bool TextEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TextEditCommand *>(other);
    if (other->id() != id() || next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty()
        || next->m_lastChangeMs - m_lastChangeMs > MergeWindowMs)
        return false;
    const std::optional<TextEdit> merged = TextEdit::composed(m_edit, next->m_edit);
    if (!merged)
        return false;
    m_edit = *merged;
    m_lastChangeMs = next->m_lastChangeMs;
    setObsolete(m_edit.isNull());
    return true;
}

void TextEditCommand::setNewText(const QByteArray &newText, qsizetype expectedSections)
{
    Diagnostics ignored;
    const FrontMatter frontMatter = FrontMatter::read(newText, &ignored);
    const ArticleStructure structure = ArticleStructure::derive(newText, frontMatter);
    if (structure.sections.size() != expectedSections) {
        m_error = QCoreApplication::translate("TextEditCommand",
                                              "the change would alter other headings (for example, an unclosed code "
                                              "block or a paragraph joining a heading); nothing was changed");
        return;
    }
    m_edit = TextEdit::between(m_document->text(), newText);
}
