#include "setheadingtext.h"

#include "articledocument.h"
#include "headingsyntax.h"
#include "undocommands.h"

#include <QCoreApplication>

SetHeadingText::SetHeadingText(ArticleDocument *document, int section, const QString &heading)
    : TextEditCommand(document, QCoreApplication::translate("SetHeadingText", "Edit Heading"))
{
    if (section < 0 || section >= document->sections().size()) {
        setError(QCoreApplication::translate("SetHeadingText", "there is no section %1").arg(section));
        return;
    }
    const QString clean = QString(heading).replace(QLatin1Char('\r'), QLatin1Char(' '))
                              .replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
    if (clean.isEmpty()) {
        setError(QCoreApplication::translate("SetHeadingText", "a heading needs text"));
        return;
    }
    const QByteArray &text = document->text();
    const Section &target = document->sections().at(section);
    const HeadingSyntax syntax = HeadingSyntax::parse(text, target);
    QByteArray bytes = clean.toUtf8();
    // A trailing " #" would read as the closing sequence of an ATX heading.
    if (!syntax.isSetext && bytes.endsWith('#'))
        bytes.insert(bytes.size() - 1, '\\');
    if (!syntax.isSetext && syntax.contentBegin == syntax.markerEnd)
        bytes.prepend(' ');
    setEdit({syntax.contentBegin, text.mid(syntax.contentBegin, syntax.contentEnd - syntax.contentBegin), bytes});
    setMergeKey("heading:" + QByteArray::number(target.begin));
}

int SetHeadingText::id() const
{
    return Cmd_SetHeadingText;
}
