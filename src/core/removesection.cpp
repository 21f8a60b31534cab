#include "removesection.h"

#include "articledocument.h"
#include "sectionsplice.h"
#include "setsectionlevel.h"

#include <QCoreApplication>

RemoveSection::RemoveSection(ArticleDocument *document, int section)
    : TextEditCommand(document, QCoreApplication::translate("RemoveSection", "Delete Section"))
{
    const QList<Section> &sections = document->sections();
    if (section < 0 || section >= sections.size()) {
        setError(QCoreApplication::translate("RemoveSection", "there is no section %1").arg(section));
        return;
    }
    const Section &target = sections.at(section);
    const int removed = SetSectionLevel::lastDescendant(sections, section) - section + 1;
    setNewText(splicedSections(document->text(), target.begin, target.subtreeEnd, target.begin, {},
                               document->lineBreak()),
               sections.size() - removed);
}
