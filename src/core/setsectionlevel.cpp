#include "setsectionlevel.h"

#include "headingsyntax.h"

#include <QCoreApplication>

SetSectionLevel::SetSectionLevel(ArticleDocument *document, int section, int level, LevelScope scope)
    : TextEditCommand(document, QCoreApplication::translate("SetSectionLevel", "Change Section Level"))
{
    const QList<Section> &sections = document->sections();
    if (section < 0 || section >= sections.size()) {
        setError(QCoreApplication::translate("SetSectionLevel", "there is no section %1").arg(section));
        return;
    }
    const Section &target = sections.at(section);
    const int delta = level - target.level;
    const int last = scope == LevelScope::WithSubsections ? lastDescendant(sections, section) : section;
    if (level < 1 || level > 6 || !fitsLevels(sections, section, last, delta)) {
        setError(QCoreApplication::translate("SetSectionLevel", "heading levels go from 1 to 6"));
        return;
    }
    const qsizetype end = sections.at(last).end;
    QByteArray text = document->text();
    text.replace(target.begin, end - target.begin,
                 relevelled(text, sections, section, last, delta, target.begin, end));
    setNewText(text, sections.size());
}

int SetSectionLevel::lastDescendant(const QList<Section> &sections, int section)
{
    int last = section;
    while (last + 1 < sections.size() && sections.at(last + 1).begin < sections.at(section).subtreeEnd)
        ++last;
    return last;
}

bool SetSectionLevel::fitsLevels(const QList<Section> &sections, int first, int last, int delta)
{
    for (int index = first; index <= last; ++index) {
        const int level = sections.at(index).level + delta;
        if (level < 1 || level > 6)
            return false;
    }
    return true;
}

QByteArray SetSectionLevel::relevelled(const QByteArray &text, const QList<Section> &sections, int first, int last,
                                       int delta, qsizetype rangeBegin, qsizetype rangeEnd)
{
    QByteArray result = text.mid(rangeBegin, rangeEnd - rangeBegin);
    if (delta == 0)
        return result;
    // Back to front, so that earlier offsets stay valid.
    for (int index = last; index >= first; --index) {
        const Section &section = sections.at(index);
        const int level = section.level + delta;
        const HeadingSyntax syntax = HeadingSyntax::parse(text, section);
        if (!syntax.isSetext) {
            result.replace(syntax.markerBegin - rangeBegin, syntax.markerEnd - syntax.markerBegin, QByteArray(level, '#'));
        } else if (level <= 2) {
            result.replace(syntax.markerBegin - rangeBegin, syntax.markerEnd - syntax.markerBegin,
                           QByteArray(syntax.markerEnd - syntax.markerBegin, level == 1 ? '=' : '-'));
        } else {
            QByteArray content = text.mid(syntax.contentBegin, syntax.contentEnd - syntax.contentBegin);
            content.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
            result.replace(section.begin - rangeBegin, syntax.lineEnd - section.begin,
                           QByteArray(level, '#') + ' ' + content.simplified());
        }
    }
    return result;
}
