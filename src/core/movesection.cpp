#include "movesection.h"

#include "sectionsplice.h"
#include "setsectionlevel.h"

#include <QCoreApplication>

static QString tr(const char *text)
{
    return QCoreApplication::translate("MoveSection", text);
}

MoveSection::MoveSection(ArticleDocument *document, int section, int reference, SectionPlacement placement,
                         LevelPolicy levels)
    : TextEditCommand(document, tr("Move Section"))
{
    const ArticleStructure &structure = document->structure();
    const QList<Section> &sections = structure.sections;
    const QByteArray &text = document->text();
    if (section < 0 || section >= sections.size()) {
        setError(tr("there is no section %1").arg(section));
        return;
    }
    const Section &moved = sections.at(section);
    const int last = SetSectionLevel::lastDescendant(sections, section);
    int level = moved.level;
    qsizetype target = text.size();
    if (reference == -1 && placement == SectionPlacement::After) {
        if (!structure.topLevel.isEmpty())
            level = sections.at(structure.topLevel.last()).level;
    } else if (reference >= 0 && reference < sections.size()) {
        if (reference >= section && reference <= last) {
            setError(tr("a section cannot move into itself"));
            return;
        }
        const Section &anchor = sections.at(reference);
        level = anchor.level + (placement == SectionPlacement::LastChild ? 1 : 0);
        target = placement == SectionPlacement::Before ? anchor.begin : anchor.subtreeEnd;
    } else {
        setError(tr("there is no section %1").arg(reference));
        return;
    }
    const int delta = levels == LevelPolicy::KeepLevels ? 0 : level - moved.level;
    if (!SetSectionLevel::fitsLevels(sections, section, last, delta)) {
        setError(tr("heading levels go from 1 to 6"));
        return;
    }
    const QByteArray chunk = SetSectionLevel::relevelled(text, sections, section, last, delta, moved.begin,
                                                         moved.subtreeEnd);
    qsizetype placedAt = 0;
    const QByteArray newText = splicedSections(text, moved.begin, moved.subtreeEnd, target, chunk,
                                               document->lineBreak(), &placedAt);
    if (newText == text) {
        setError(tr("the section is already there"));
        return;
    }
    setNewText(newText, sections.size());
    setPlacedOffset(placedAt);
}
