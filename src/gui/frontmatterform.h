#pragma once

#include "articledocument.h"

#include <QWidget>

// Base of the forms that edit front matter fields (Article, Supervisor):
// writes a field as one undo command, and keeps the document's echo of that
// write from rewriting the field being typed in.
class FrontMatterForm : public QWidget
{
    Q_OBJECT

public:
    explicit FrontMatterForm(ArticleDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    void commandFailed(const QString &message);

protected:
    void setField(const QString &key, const FieldValue &value);
    // Called after a field was written.
    virtual void fieldWritten() {}

    ArticleDocument *m_document;
    bool m_writing = false;
};
