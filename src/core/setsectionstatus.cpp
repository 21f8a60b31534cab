#include "setsectionstatus.h"

#include "articledocument.h"
#include "sectionattributeline.h"

#include <QCoreApplication>
#include <QRegularExpression>

SetSectionStatus::SetSectionStatus(ArticleDocument *document, int section, SectionStatus status, const QString &by,
                                   const QDate &date)
    : TextEditCommand(document, QCoreApplication::translate("SetSectionStatus", "Set Status"))
{
    const QList<Section> &sections = document->sections();
    if (section < 0 || section >= sections.size()) {
        setError(QCoreApplication::translate("SetSectionStatus", "there is no section %1").arg(section));
        return;
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString name = by.trimmed();
    name.replace(space, QStringLiteral("\u00a0"));
    name.remove(QStringLiteral("-->"));
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("status"), SectionStatuses::word(status)},
        {QStringLiteral("by"), name},
        {QStringLiteral("date"), date.isValid() ? date.toString(Qt::ISODate) : QString()}};
    TextEdit edit;
    QString error;
    if (!SectionAttributeLine::edit(document->text(), document->lineBreak(), sections.at(section), values, &edit,
                                    &error)) {
        setError(error);
        return;
    }
    QByteArray text = document->text();
    edit.applyTo(text);
    setNewText(text, sections.size());
}
