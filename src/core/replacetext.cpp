#include "replacetext.h"

#include "articledocument.h"

#include <QCoreApplication>

ReplaceText::ReplaceText(ArticleDocument *document, qsizetype offset, const QByteArray &expected,
                         const QString &replacement, const QString &description)
    : TextEditCommand(document, description)
{
    const QByteArray &text = document->text();
    if (offset < 0 || offset + expected.size() > text.size() || text.mid(offset, expected.size()) != expected) {
        setError(QCoreApplication::translate("ReplaceText", "the article changed there; check again"));
        return;
    }
    setEdit({offset, expected, document->toSourceText(replacement)});
}
