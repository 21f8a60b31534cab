#include "articlediff.h"
#include "articledocument.h"
#include "clioutput.h"
#include "commands.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Reads FILE as the other commands do: Markdown, or a .txt/.html file
// imported first. A damaged file is not compared: its differences would
// be those of a best-effort reading.
bool loadCompared(const QString &file, ArticleDocument *document)
{
    if (!CliOutput::loadImportedArticle(file, document))
        return false;
    if (document->hasErrors()) {
        CliOutput::error(file, 0, QStringLiteral("not compared: the file is damaged (see the errors above)"));
        return false;
    }
    return true;
}

QJsonValue placeJson(const std::optional<SectionPlace> &place)
{
    if (!place)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("index"), place->index}, {QStringLiteral("line"), place->line}};
}

QByteArray changesJson(const ArticleDiff &diff)
{
    QJsonArray changes;
    for (const SectionChange &change : diff.changes()) {
        changes.append(QJsonObject{{QStringLiteral("section"), change.heading},
                                   {QStringLiteral("change"), SectionChange::kindName(change.kind)},
                                   {QStringLiteral("edited"), change.edited},
                                   {QStringLiteral("from"), placeJson(change.from)},
                                   {QStringLiteral("to"), placeJson(change.to)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}}).toJson(QJsonDocument::Indented);
}

QString headingText(const QString &heading, int level)
{
    if (level <= 0)
        return heading;
    return QString(level, QLatin1Char('#')) + QLatin1Char(' ') + heading;
}

QString title(const SectionChange &change)
{
    const QString heading = headingText(change.heading, change.level);
    if (change.kind == SectionChange::Renamed
        || (change.from && change.to && change.oldHeading != change.heading))
        return headingText(change.oldHeading, change.oldLevel) + QStringLiteral(" → ") + heading;
    return heading;
}

QString lines(const SectionChange &change)
{
    QString text;
    if (change.from && change.to)
        text = QStringLiteral("line %1 → %2").arg(change.from->line).arg(change.to->line);
    else if (change.from)
        text = QStringLiteral("line %1").arg(change.from->line);
    else if (change.to)
        text = QStringLiteral("line %1").arg(change.to->line);
    if (change.edited && change.kind != SectionChange::Changed)
        text += QStringLiteral(", edited");
    return text;
}

// The lines of an inline difference that hold a change, marked as git's
// word diff marks them: [-deleted-]{+inserted+}.
QByteArray changedLines(const QList<DiffSegment> &segments)
{
    QStringList output;
    QString line;
    bool marked = false;
    const auto append = [&](const QString &text, bool isChange) {
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (int index = 0; index < parts.size(); ++index) {
            if (index > 0) {
                if (marked)
                    output.append(line);
                line.clear();
                marked = false;
            }
            line += parts.at(index);
            marked = marked || isChange;
        }
    };
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Same:
            append(segment.text, false);
            break;
        case DiffSegment::Deleted:
            append(QStringLiteral("[-") + segment.text + QStringLiteral("-]"), true);
            break;
        case DiffSegment::Inserted:
            append(QStringLiteral("{+") + segment.text + QStringLiteral("+}"), true);
            break;
        }
    }
    if (marked)
        output.append(line);
    QByteArray bytes;
    for (const QString &text : std::as_const(output))
        bytes += "    " + text.toUtf8() + "\n";
    return bytes;
}

QByteArray changesText(const ArticleDiff &diff)
{
    QByteArray text;
    for (const SectionChange &change : diff.changes()) {
        text += SectionChange::kindName(change.kind).leftJustified(9).toUtf8() + title(change).toUtf8() + "  ("
            + lines(change).toUtf8() + ")\n";
        if (change.kind != SectionChange::Added && change.kind != SectionChange::Removed)
            text += changedLines(change.difference);
    }
    return text;
}

QByteArray changesHtml(const ArticleDiff &diff, const QString &oldFile, const QString &newFile)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1 → %2</title>\n<style>\n"
        "body { font-family: sans-serif; margin: 2em auto; max-width: 60em; line-height: 1.6; color: #222; }\n"
        "section { border: 1px solid #ccc; border-radius: 4px; margin: 1em 0; padding: 0.5em 1em; }\n"
        "h2 { font-size: 1.1em; margin: 0.3em 0; }\n"
        ".label { display: inline-block; min-width: 5em; padding: 0 0.4em; margin-right: 0.5em; border-radius: 3px;"
        " color: #fff; font-size: 0.85em; text-align: center; }\n"
        ".moved .label { background: #6a51a3; } .added .label { background: #2e7d32; }\n"
        ".removed .label { background: #c62828; } .changed .label { background: #ef6c00; }\n"
        ".renamed .label { background: #1565c0; }\n"
        ".lines { color: #666; font-weight: normal; font-size: 0.9em; margin-left: 0.5em; }\n"
        "pre { white-space: pre-wrap; word-break: break-all; background: #fafafa; padding: 0.5em; }\n"
        "ins { background: #d4f7d4; color: #135e13; text-decoration: underline; }\n"
        "del { background: #fbd8d8; color: #8e1b1b; text-decoration: line-through; }\n"
        "</style>\n</head>\n<body>\n<h1>%1 → %2</h1>\n")
                       .arg(oldFile.toHtmlEscaped(), newFile.toHtmlEscaped());
    if (diff.isEmpty())
        html += QStringLiteral("<p>No differences.</p>\n");
    for (const SectionChange &change : diff.changes()) {
        const QString kind = SectionChange::kindName(change.kind);
        html += QStringLiteral("<section class=\"%1\">\n<h2><span class=\"label\">%1</span>%2"
                               "<span class=\"lines\">%3</span></h2>\n")
                    .arg(kind, title(change).toHtmlEscaped(), lines(change).toHtmlEscaped());
        if (!change.difference.isEmpty()) {
            html += QStringLiteral("<pre>");
            for (const DiffSegment &segment : change.difference) {
                const QString text = segment.text.toHtmlEscaped();
                if (segment.kind == DiffSegment::Deleted)
                    html += QStringLiteral("<del>") + text + QStringLiteral("</del>");
                else if (segment.kind == DiffSegment::Inserted)
                    html += QStringLiteral("<ins>") + text + QStringLiteral("</ins>");
                else
                    html += text;
            }
            html += QStringLiteral("</pre>\n");
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QStringList files;
    QString format = QStringLiteral("text");
    for (int index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument == QLatin1String("--format") && index + 1 < arguments.size())
            format = arguments.at(++index);
        else if (argument.startsWith(QLatin1String("--format=")))
            format = argument.mid(9);
        else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-"))
            return CliOutput::usage(QStringLiteral("diff: unknown or incomplete option %1").arg(argument)), ExitError;
        else
            files.append(argument);
    }
    if (files.size() != 2)
        return CliOutput::usage(QStringLiteral("diff: two files are needed, OLD and NEW")), ExitError;
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("html"))
        return CliOutput::usage(QStringLiteral("diff: unknown format \"%1\" (formats: text, json, html)").arg(format)),
               ExitError;
    if (files.at(0) == QLatin1String("-") && files.at(1) == QLatin1String("-"))
        return CliOutput::usage(QStringLiteral("diff: only one file can be standard input")), ExitError;

    ArticleDocument older;
    ArticleDocument newer;
    // A file compared with itself is read once (a 50 MB article takes
    // seconds to parse).
    const QString oldPath = QFileInfo(files.at(0)).canonicalFilePath();
    const bool sameFile = files.at(0) != QLatin1String("-") && !oldPath.isEmpty()
        && oldPath == QFileInfo(files.at(1)).canonicalFilePath();
    const bool oldLoaded = loadCompared(files.at(0), &older);
    const bool newLoaded = sameFile ? oldLoaded : loadCompared(files.at(1), &newer);
    if (!oldLoaded || !newLoaded)
        return ExitError;

    const ArticleDiff diff = ArticleDiff::compare(older, sameFile ? older : newer);
    if (format == QLatin1String("json"))
        CliOutput::writeStdout(changesJson(diff));
    else if (format == QLatin1String("html"))
        CliOutput::writeStdout(changesHtml(diff, files.at(0), files.at(1)));
    else
        CliOutput::writeStdout(changesText(diff));
    return diff.isEmpty() ? ExitOk : ExitFindings;
}
