#include "articledocument.h"
#include "clioutput.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray sectionsJson(const ArticleDocument &document, const QList<int> &indexes)
{
    QJsonArray array;
    for (const int index : indexes) {
        const Section &section = document.sections().at(index);
        array.append(QJsonObject{{QStringLiteral("level"), section.level},
                                 {QStringLiteral("heading"), section.heading},
                                 {QStringLiteral("line"), section.line},
                                 {QStringLiteral("chars"), qint64(section.chars)},
                                 {QStringLiteral("charsTotal"), qint64(section.charsTotal)},
                                 {QStringLiteral("children"), sectionsJson(document, section.children)}});
    }
    return array;
}

QJsonValue supervisorJson(const FrontMatter &frontMatter)
{
    if (!frontMatter.supervisor)
        return QJsonValue::Null;
    const Supervisor &supervisor = *frontMatter.supervisor;
    return QJsonObject{
        {QStringLiteral("name"), supervisor.name},
        {QStringLiteral("title"), supervisor.title},
        {QStringLiteral("credentials"), QJsonArray::fromStringList(supervisor.credentials)},
        {QStringLiteral("bio"), supervisor.bio},
        {QStringLiteral("reviewed"), supervisor.reviewed.isValid()
                                         ? QJsonValue(supervisor.reviewed.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)}};
}

QByteArray outlineText(const ArticleDocument &document)
{
    QByteArray text;
    const FrontMatter &frontMatter = document.frontMatter();
    if (!frontMatter.title.isEmpty())
        text += frontMatter.title.toUtf8() + "\n";
    text += "  (lead) " + QByteArray::number(document.structure().leadChars) + "\n";
    for (const Section &section : document.sections()) {
        text += QByteArray(section.level * 2, ' ') + QByteArray(section.level, '#') + ' ' + section.heading.toUtf8()
            + "  [" + QByteArray::number(section.charsTotal) + "] line " + QByteArray::number(section.line) + "\n";
    }
    text += QByteArray::number(document.structure().totalChars) + " chars\n";
    return text;
}

} // namespace

int runOutline(const QStringList &arguments)
{
    QString file;
    bool json = false;
    if (!parseFileAndJson(arguments, "outline", &file, &json))
        return ExitError;

    ArticleDocument document;
    if (!CliOutput::loadArticle(file, &document))
        return ExitError;
    if (json) {
        const FrontMatter &frontMatter = document.frontMatter();
        const QJsonObject object{
            {QStringLiteral("file"), file},
            {QStringLiteral("title"), frontMatter.title.isEmpty() ? QJsonValue(QJsonValue::Null) : orNull(frontMatter.title)},
            {QStringLiteral("chars"), qint64(document.structure().totalChars)},
            {QStringLiteral("lead"), QJsonObject{{QStringLiteral("chars"), qint64(document.structure().leadChars)}}},
            {QStringLiteral("supervisor"), supervisorJson(frontMatter)},
            {QStringLiteral("sections"), sectionsJson(document, document.structure().topLevel)}};
        CliOutput::writeStdout(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        CliOutput::writeStdout(outlineText(document));
    }
    return document.hasErrors() ? ExitError : ExitOk;
}
