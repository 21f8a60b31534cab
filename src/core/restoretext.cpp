#include "restoretext.h"

#include "articledocument.h"

RestoreText::RestoreText(ArticleDocument *document, const QByteArray &bytes, const QString &description)
    : TextEditCommand(document, description)
{
    QByteArray text = bytes;
    if (document->hasByteOrderMark() && text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    setEdit(TextEdit::between(document->text(), text));
}
