#include "frontmatterform.h"

FrontMatterForm::FrontMatterForm(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
}

void FrontMatterForm::setField(const QString &key, const FieldValue &value)
{
    if (m_writing)
        return;
    m_writing = true;
    QString error;
    if (!m_document->setFrontMatterField(key, value, &error))
        Q_EMIT commandFailed(error);
    m_writing = false;
    fieldWritten();
}
