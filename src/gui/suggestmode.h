#pragma once

#include <QObject>

class ArticleDocument;
class SectionForm;

// "Suggest changes": while on, what the user types in a section body or the
// lead is recorded as CriticMarkup instead of changing the text. Typing
// outside the marks adds an insertion, deleting adds a deletion; typing or
// deleting inside one's own insertion just changes it. The edit goes
// through the form's normal body path, so typing merges into undo steps as
// usual and undo restores the text. A change no markup can record (a blank
// line, a review mark's delimiters) is refused and the text stays.
class SuggestMode : public QObject
{
    Q_OBJECT

public:
    SuggestMode(ArticleDocument *document, SectionForm *form, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool writeBody(int section, const QString &edited, QString *errorString);
    QString bodyOf(int section) const;
    bool apply(int section, const QString &body, QString *errorString);

    ArticleDocument *m_document;
    SectionForm *m_form;
    bool m_active = false;
    bool m_forwardDelete = false;
};
