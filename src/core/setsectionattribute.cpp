#include "setsectionattribute.h"

#include "articledocument.h"
#include "sectionattributeline.h"
#include "undocommands.h"

#include <QCoreApplication>

SetSectionAttribute::SetSectionAttribute(ArticleDocument *document, int section, const QString &key,
                                         const QString &value)
    : TextEditCommand(document, QCoreApplication::translate("SetSectionAttribute", "Set %1").arg(key))
{
    const QList<Section> &sections = document->sections();
    if (section < 0 || section >= sections.size()) {
        setError(QCoreApplication::translate("SetSectionAttribute", "there is no section %1").arg(section));
        return;
    }
    const Section &target = sections.at(section);
    TextEdit edit;
    QString error;
    if (!SectionAttributeLine::edit(document->text(), document->lineBreak(), target, {{key, value}}, &edit,
                                    &error)) {
        setError(error);
        return;
    }
    QByteArray text = document->text();
    edit.applyTo(text);
    setNewText(text, sections.size());
    setMergeKey("attribute:" + key.toUtf8() + ':' + QByteArray::number(target.begin));
}

int SetSectionAttribute::id() const
{
    return Cmd_SetSectionAttribute;
}
