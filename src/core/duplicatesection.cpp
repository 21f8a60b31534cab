#include "duplicatesection.h"

#include "articledocument.h"
#include "sectionsplice.h"
#include "setsectionlevel.h"

#include <QCoreApplication>

DuplicateSection::DuplicateSection(ArticleDocument *document, int section)
    : TextEditCommand(document, QCoreApplication::translate("DuplicateSection", "Duplicate Section"))
{
    const QList<Section> &sections = document->sections();
    if (section < 0 || section >= sections.size()) {
        setError(QCoreApplication::translate("DuplicateSection", "there is no section %1").arg(section));
        return;
    }
    const Section &original = sections.at(section);
    const QByteArray &text = document->text();
    const QByteArray chunk = text.mid(original.begin, original.subtreeEnd - original.begin);
    const int copies = SetSectionLevel::lastDescendant(sections, section) - section + 1;
    qsizetype placedAt = 0;
    setNewText(splicedSections(text, original.subtreeEnd, original.subtreeEnd, original.subtreeEnd, chunk,
                               document->lineBreak(), &placedAt),
               sections.size() + copies);
    setPlacedOffset(placedAt);
}
