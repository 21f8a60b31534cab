#include "checkformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace CheckFormats {

namespace {

QJsonObject position(const TextPosition &at)
{
    return {{QStringLiteral("line"), at.line}, {QStringLiteral("column"), at.column}};
}

const char *severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return "error";
    case FindingSeverity::Warning:
        return "warning";
    case FindingSeverity::Info:
        break;
    }
    return "info";
}

} // namespace

bool isKnown(const QString &format)
{
    return format == QLatin1String("stylish") || format == QLatin1String("json") || format == QLatin1String("sarif")
        || format == QLatin1String("junit");
}

QByteArray format(const QString &format, const QList<CheckedFile> &files, const QStringList &ruleIds)
{
    if (format == QLatin1String("json"))
        return json(files);
    if (format == QLatin1String("sarif"))
        return sarif(files, ruleIds);
    if (format == QLatin1String("junit"))
        return junit(files, ruleIds);
    return stylish(files);
}

QByteArray json(const QList<CheckedFile> &files)
{
    QJsonArray results;
    for (const CheckedFile &file : files) {
        QJsonArray messages;
        for (const Finding &finding : file.findings) {
            QJsonObject message{
                {QStringLiteral("type"), QStringLiteral("lint")},
                {QStringLiteral("ruleId"), finding.ruleId},
                {QStringLiteral("message"), finding.message},
                {QStringLiteral("index"), qint64(finding.start.index)},
                {QStringLiteral("line"), finding.start.line},
                {QStringLiteral("column"), finding.start.column},
                {QStringLiteral("range"), QJsonArray{qint64(finding.start.index), qint64(finding.end.index)}},
                {QStringLiteral("loc"),
                 QJsonObject{{QStringLiteral("start"), position(finding.start)},
                             {QStringLiteral("end"), position(finding.end)}}},
                {QStringLiteral("severity"), int(finding.severity)},
            };
            if (finding.fix) {
                message.insert(QStringLiteral("fix"),
                               QJsonObject{{QStringLiteral("range"),
                                            QJsonArray{qint64(finding.fix->begin), qint64(finding.fix->end)}},
                                           {QStringLiteral("text"), finding.fix->text}});
            }
            messages.append(message);
        }
        results.append(QJsonObject{{QStringLiteral("filePath"), file.reportedPath},
                                   {QStringLiteral("messages"), messages}});
    }
    return QJsonDocument(results).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray stylish(const QList<CheckedFile> &files)
{
    QByteArray out;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const CheckedFile &file : files) {
        if (file.findings.isEmpty())
            continue;
        out += file.reportedPath.toUtf8() + '\n';
        for (const Finding &finding : file.findings) {
            QString message = finding.message;
            message.replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += QStringLiteral("  %1:%2  %3  %4  %5\n")
                       .arg(finding.start.line)
                       .arg(finding.start.column)
                       .arg(QString::fromLatin1(severityName(finding.severity)), -7)
                       .arg(message.simplified(), finding.ruleId)
                       .toUtf8();
            if (finding.severity == FindingSeverity::Error)
                ++errors;
            else if (finding.severity == FindingSeverity::Warning)
                ++warnings;
            else
                ++infos;
        }
        out += '\n';
    }
    const int total = errors + warnings + infos;
    if (total > 0) {
        out += QStringLiteral("✖ %1 problem%2 (%3 error%4, %5 warning%6, %7 info)\n")
                   .arg(total)
                   .arg(total == 1 ? "" : "s")
                   .arg(errors)
                   .arg(errors == 1 ? "" : "s")
                   .arg(warnings)
                   .arg(warnings == 1 ? "" : "s")
                   .arg(infos)
                   .toUtf8();
    }
    return out;
}

QByteArray sarif(const QList<CheckedFile> &files, const QStringList &ruleIds)
{
    QJsonArray rules;
    for (const QString &id : ruleIds)
        rules.append(QJsonObject{{QStringLiteral("id"), id}});
    QJsonArray results;
    QJsonArray artifacts;
    for (const CheckedFile &file : files) {
        const QString uri = file.reportedPath == QLatin1String("<stdin>")
            ? file.reportedPath
            : QStringLiteral("file://") + file.reportedPath;
        artifacts.append(QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("uri"), uri}}}});
        for (const Finding &finding : file.findings) {
            const char *level = finding.severity == FindingSeverity::Error ? "error"
                : finding.severity == FindingSeverity::Warning             ? "warning"
                                                                           : "note";
            const QJsonObject region{{QStringLiteral("startLine"), finding.start.line},
                                     {QStringLiteral("startColumn"), finding.start.column},
                                     {QStringLiteral("endLine"), finding.end.line},
                                     {QStringLiteral("endColumn"), finding.end.column},
                                     {QStringLiteral("charOffset"), qint64(finding.start.index)},
                                     {QStringLiteral("charLength"), qint64(finding.end.index - finding.start.index)}};
            results.append(QJsonObject{
                {QStringLiteral("ruleId"), finding.ruleId},
                {QStringLiteral("ruleIndex"), int(ruleIds.indexOf(finding.ruleId))},
                {QStringLiteral("level"), QString::fromLatin1(level)},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), finding.message}}},
                {QStringLiteral("locations"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("physicalLocation"),
                      QJsonObject{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), uri}}},
                                  {QStringLiteral("region"), region}}}}}},
            });
        }
    }
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("kiji")},
                             {QStringLiteral("rules"), rules}};
    const QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                          {QStringLiteral("artifacts"), artifacts},
                          {QStringLiteral("results"), results}};
    const QJsonObject log{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                          {QStringLiteral("version"), QStringLiteral("2.1.0")},
                          {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

QByteArray junit(const QList<CheckedFile> &files, const QStringList &ruleIds)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    for (const CheckedFile &file : files) {
        int failures = 0;
        for (const QString &id : ruleIds) {
            for (const Finding &finding : file.findings) {
                if (finding.ruleId == id && finding.severity != FindingSeverity::Info) {
                    ++failures;
                    break;
                }
            }
        }
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), file.reportedPath);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(ruleIds.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        for (const QString &id : ruleIds) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), file.reportedPath);
            xml.writeAttribute(QStringLiteral("name"), id);
            QStringList lines;
            QString firstMessage;
            for (const Finding &finding : file.findings) {
                if (finding.ruleId != id || finding.severity == FindingSeverity::Info)
                    continue;
                if (firstMessage.isEmpty())
                    firstMessage = finding.message;
                lines.append(QStringLiteral("%1:%2:%3: %4")
                                 .arg(file.reportedPath)
                                 .arg(finding.start.line)
                                 .arg(finding.start.column)
                                 .arg(finding.message));
            }
            if (!lines.isEmpty()) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"), firstMessage);
                xml.writeCharacters(lines.join(QLatin1Char('\n')));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace CheckFormats
