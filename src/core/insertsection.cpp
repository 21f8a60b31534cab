#include "insertsection.h"

#include "sectionsplice.h"

#include <QCoreApplication>

InsertSection::InsertSection(ArticleDocument *document, int reference, SectionPlacement placement,
                             const QString &heading, const QString &body)
    : TextEditCommand(document, QCoreApplication::translate("InsertSection", "Add Section"))
{
    const ArticleStructure &structure = document->structure();
    const QList<Section> &sections = structure.sections;
    const QByteArray &text = document->text();
    const QString title = QString(heading).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
    if (title.isEmpty()) {
        setError(QCoreApplication::translate("InsertSection", "a heading needs text"));
        return;
    }
    int level = 2;
    qsizetype target = text.size();
    if (reference == -1 && placement == SectionPlacement::After) {
        if (!structure.topLevel.isEmpty())
            level = sections.at(structure.topLevel.last()).level;
    } else if (reference >= 0 && reference < sections.size()) {
        const Section &section = sections.at(reference);
        level = section.level + (placement == SectionPlacement::LastChild ? 1 : 0);
        target = placement == SectionPlacement::Before ? section.begin : section.subtreeEnd;
    } else {
        setError(QCoreApplication::translate("InsertSection", "there is no section %1").arg(reference));
        return;
    }
    if (level > 6) {
        setError(QCoreApplication::translate("InsertSection", "heading levels go from 1 to 6"));
        return;
    }
    const QByteArray lineBreak = document->lineBreak();
    QByteArray chunk = QByteArray(level, '#') + ' ' + document->toSourceText(title) + lineBreak;
    QByteArray bodyText = document->toSourceText(body);
    bodyText.chop(trailingLineBreaks(bodyText));
    if (!bodyText.isEmpty())
        chunk += lineBreak + bodyText + lineBreak;
    chunk += lineBreak;
    qsizetype placedAt = 0;
    setNewText(splicedSections(text, target, target, target, chunk, lineBreak, &placedAt), sections.size() + 1);
    setPlacedOffset(placedAt);
}
