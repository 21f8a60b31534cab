// `kiji report`: one standalone HTML page for the people who sign an
// article off: its supervisor and check date, each section's review status,
// the open comments and suggestions, and the findings of the default check,
// section by section. The page has its CSS inline, no script, and loads
// nothing, so it can be mailed or archived as it is.
#include "clioutput.h"
#include "commands.h"

#include "articledocument.h"
#include "articlelimits.h"
#include "checker.h"
#include "filewriting.h"
#include "morphology.h"
#include "sourcelines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

struct ReportOptions
{
    QString file;
    QString output = QStringLiteral("-");
    QDate today;
};

bool parseOptions(const QStringList &arguments, ReportOptions *options)
{
    for (int index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        const bool hasValue = index + 1 < arguments.size();
        if ((argument == QLatin1String("-o") || argument == QLatin1String("--output")) && hasValue) {
            options->output = arguments.at(++index);
        } else if (argument == QLatin1String("--today") && hasValue) {
            const QString text = arguments.at(++index);
            options->today = QDate::fromString(text, Qt::ISODate);
            if (!options->today.isValid())
                return CliOutput::usage(QStringLiteral("report: --today needs a date YYYY-MM-DD, not \"%1\"").arg(text)),
                       false;
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            return CliOutput::usage(QStringLiteral("report: unknown or incomplete option %1").arg(argument)), false;
        } else if (options->file.isEmpty()) {
            options->file = argument;
        } else {
            return CliOutput::usage(QStringLiteral("report: more than one file")), false;
        }
    }
    if (options->file.isEmpty())
        return CliOutput::usage(QStringLiteral("report: no file")), false;
    return true;
}

// The default check, as `kiji check FILE` runs it: the default presets or
// the project's `.kiji/config.yml`.
bool checkArticle(const ArticleDocument &document, const ReportOptions &options, Findings *findings,
                  QString *errorString)
{
    if (const std::optional<QString> refusal =
            ArticleLimits::checkRefusal(document.text().size(), document.sections().size())) {
        *errorString = *refusal;
        return false;
    }
    const QString folder =
        options.file == QLatin1String("-") ? QDir::currentPath() : QFileInfo(options.file).absolutePath();
    const QString projectFile = CheckConfig::findProjectFile(folder);
    CheckConfig config;
    if (!config.addDefaultPresets(errorString))
        return false;
    if (!projectFile.isEmpty() && !config.applyProjectFile(projectFile, true, errorString))
        return false;
    if (options.today.isValid())
        config.setToday(options.today);
    Checker checker(config);
    if (!checker.isReady(errorString))
        return false;
    *findings = checker.check(document);
    return true;
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("review"))
        return tr("In review");
    if (status == QLatin1String("changes"))
        return tr("Changes requested");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status.isEmpty())
        return tr("No status");
    return status;
}

QString severityLabel(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return tr("error");
    case FindingSeverity::Warning:
        return tr("warning");
    case FindingSeverity::Info:
        break;
    }
    return tr("info");
}

QString severityClass(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

class ReportWriter
{
public:
    ReportWriter(const ArticleDocument &document, const Findings &findings, const QString &fileName)
        : m_document(document)
        , m_marks(document.parsedReviewMarks())
        , m_lineStarts(SourceLines::lineStarts(document.text(), 0))
        , m_fileName(fileName)
    {
        const qsizetype sections = document.structure().sections.size();
        m_findings.resize(sections + 1);
        m_sectionMarks.resize(sections + 1);
        for (int index = 0; index < m_marks.marks().size(); ++index) {
            const int section = m_marks.marks().at(index).section;
            m_sectionMarks[section >= 0 && section < sections ? section + 1 : 0].append(index);
        }
        for (const Finding &finding : findings) {
            // Open marks have their own list; their findings would repeat it.
            if (finding.ruleId == QLatin1String("review-open"))
                continue;
            const int section = finding.section >= 0 && finding.section < sections ? finding.section : -1;
            m_findings[section + 1].append(finding);
        }
    }

    QByteArray html(const QString &checkError) const
    {
        QString html;
        const QString title = articleTitle();
        html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            + escaped(tr("Review report: %1").arg(title)) + QStringLiteral("</title>\n<style>\n") + css()
            + QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") + escaped(title)
            + QStringLiteral("</h1>\n");
        html += metadata();
        html += QStringLiteral("</header>\n");
        html += summary(checkError);
        html += frontPart();
        const QList<Section> &sections = m_document.structure().sections;
        for (int index = 0; index < sections.size(); ++index)
            html += sectionPart(index);
        html += QStringLiteral("</body>\n</html>\n");
        return html.toUtf8();
    }

private:
    QString articleTitle() const
    {
        const QString &title = m_document.frontMatter().title;
        if (!title.trimmed().isEmpty())
            return title;
        for (const Section &section : m_document.structure().sections) {
            if (section.level == 1)
                return section.heading;
        }
        return m_fileName;
    }

    QString metadata() const
    {
        const FrontMatter &frontMatter = m_document.frontMatter();
        QString html = QStringLiteral("<dl class=\"meta\">\n");
        auto row = [&html](const QString &term, const QString &value, const QString &cssClass = {}) {
            html += QStringLiteral("<dt>") + escaped(term) + QStringLiteral("</dt><dd")
                + (cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass)) + u'>'
                + escaped(value) + QStringLiteral("</dd>\n");
        };
        row(tr("File"), m_fileName);
        if (!frontMatter.status.isEmpty())
            row(tr("Article status"), frontMatter.status);
        if (frontMatter.supervisor) {
            const Supervisor &supervisor = *frontMatter.supervisor;
            row(tr("Supervisor"), supervisor.title.isEmpty() ? supervisor.name
                                                              : QStringLiteral("%1 (%2)").arg(supervisor.name, supervisor.title));
            if (supervisor.reviewed.isValid())
                row(tr("Reviewed by the supervisor"), supervisor.reviewed.toString(Qt::ISODate), QStringLiteral("reviewed"));
            else
                row(tr("Reviewed by the supervisor"), tr("not recorded"), QStringLiteral("reviewed missing"));
        } else {
            row(tr("Supervisor"), tr("none"));
        }
        html += QStringLiteral("</dl>\n");
        return html;
    }

    QString summary(const QString &checkError) const
    {
        const QList<Section> &sections = m_document.structure().sections;
        const auto approved = std::count_if(sections.cbegin(), sections.cend(), [](const Section &section) {
            return section.attributes.value(QStringLiteral("status")) == QLatin1String("approved");
        });
        int counts[3] = {};
        for (const Findings &findings : m_findings) {
            for (const Finding &finding : findings)
                ++counts[int(finding.severity)];
        }
        QString html = QStringLiteral("<section class=\"summary\">\n<h2>") + escaped(tr("Summary"))
            + QStringLiteral("</h2>\n<table>\n");
        auto row = [&html](const QString &term, const QString &value, const QString &cssClass) {
            html += QStringLiteral("<tr class=\"%1\"><th>").arg(cssClass) + escaped(term) + QStringLiteral("</th><td>")
                + escaped(value) + QStringLiteral("</td></tr>\n");
        };
        row(tr("Sections approved"), QStringLiteral("%1 / %2").arg(approved).arg(sections.size()),
            QStringLiteral("approved-count"));
        row(tr("Open comments and suggestions"), QString::number(m_marks.openCount()), QStringLiteral("open-count"));
        row(tr("Errors"), QString::number(counts[int(FindingSeverity::Error)]), QStringLiteral("error-count"));
        row(tr("Warnings"), QString::number(counts[int(FindingSeverity::Warning)]), QStringLiteral("warning-count"));
        row(tr("Info"), QString::number(counts[int(FindingSeverity::Info)]), QStringLiteral("info-count"));
        html += QStringLiteral("</table>\n");
        if (!checkError.isEmpty()) {
            html += QStringLiteral("<p class=\"notice\">") + escaped(tr("Not checked: %1").arg(checkError))
                + QStringLiteral("</p>\n");
        }
        html += QStringLiteral("</section>\n");
        return html;
    }

    // The front matter's and the lead's findings and marks, when there are any.
    QString frontPart() const
    {
        const QString marks = marksList(-1);
        const QString findings = findingsTable(-1);
        if (marks.isEmpty() && findings.isEmpty())
            return {};
        return QStringLiteral("<section class=\"part lead\">\n<h2>") + escaped(tr("Front matter and lead"))
            + QStringLiteral("</h2>\n") + marks + findings + QStringLiteral("</section>\n");
    }

    QString sectionPart(int index) const
    {
        const Section &section = m_document.structure().sections.at(index);
        const QString status = section.attributes.value(QStringLiteral("status"));
        const QString by = section.attributes.value(QStringLiteral("by"));
        const QString date = section.attributes.value(QStringLiteral("date"));
        QString html = QStringLiteral("<section class=\"part level-%1\">\n<h2>").arg(std::clamp(section.level, 1, 6))
            + escaped(section.heading) + QStringLiteral(" <span class=\"line\">")
            + escaped(tr("line %1").arg(section.line)) + QStringLiteral("</span></h2>\n");
        const QString statusClass = status.isEmpty() ? QStringLiteral("none") : escaped(status);
        html += QStringLiteral("<p class=\"status status-%1\"><span class=\"badge\">").arg(statusClass)
            + escaped(statusLabel(status)) + QStringLiteral("</span>");
        if (!by.isEmpty())
            html += QStringLiteral(" <span class=\"by\">") + escaped(tr("by %1").arg(by)) + QStringLiteral("</span>");
        if (!date.isEmpty())
            html += QStringLiteral(" <span class=\"date\">") + escaped(date) + QStringLiteral("</span>");
        html += QStringLiteral("</p>\n");
        html += marksList(index);
        html += findingsTable(index);
        html += QStringLiteral("</section>\n");
        return html;
    }

    int lineOf(qsizetype offset) const
    {
        return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin());
    }

    QString commentHtml(const ReviewMark &comment) const
    {
        QString html = QStringLiteral("<span class=\"author\">")
            + escaped(comment.author.isEmpty() ? tr("(no name)") : comment.author) + QStringLiteral("</span>");
        if (comment.date.isValid())
            html += QStringLiteral(" <span class=\"date\">") + escaped(comment.date.toString(Qt::ISODate))
                + QStringLiteral("</span>");
        html += QStringLiteral(" <span class=\"text\">") + escaped(comment.commentText()) + QStringLiteral("</span>");
        return html;
    }

    QString suggestionHtml(const ReviewMark &mark) const
    {
        switch (mark.kind) {
        case ReviewMarkKind::Insertion:
            return escaped(tr("Insert")) + QStringLiteral(" <ins>") + escaped(mark.content()) + QStringLiteral("</ins>");
        case ReviewMarkKind::Deletion:
            return escaped(tr("Delete")) + QStringLiteral(" <del>") + escaped(mark.content()) + QStringLiteral("</del>");
        default:
            return escaped(tr("Replace")) + QStringLiteral(" <del>") + escaped(mark.content())
                + QStringLiteral("</del> → <ins>") + escaped(mark.newText()) + QStringLiteral("</ins>");
        }
    }

    // The open comment threads and suggestions of a section (-1: front
    // matter and lead), in file order.
    QString marksList(int section) const
    {
        const QList<ReviewMark> &marks = m_marks.marks();
        QString items;
        for (int index : m_sectionMarks.at(section + 1)) {
            const ReviewMark &mark = marks.at(index);
            const bool isThread = mark.kind == ReviewMarkKind::Comment && mark.replyTo < 0;
            if (!isThread && !mark.isSuggestion())
                continue;
            items += QStringLiteral("<li class=\"%1\"><span class=\"kind\">")
                         .arg(isThread ? QStringLiteral("comment") : QStringLiteral("suggestion"))
                + escaped(isThread ? tr("Comment") : tr("Suggestion")) + QStringLiteral("</span> <span class=\"line\">")
                + escaped(tr("line %1").arg(lineOf(mark.begin))) + QStringLiteral("</span> ");
            if (isThread) {
                if (mark.target >= 0 && mark.target < marks.size()
                    && marks.at(mark.target).kind == ReviewMarkKind::Highlight) {
                    items += QStringLiteral("<mark>") + escaped(marks.at(mark.target).content())
                        + QStringLiteral("</mark> ");
                }
                items += commentHtml(mark);
                if (!mark.replies.isEmpty()) {
                    items += QStringLiteral("\n<ul class=\"replies\">\n");
                    for (int reply : mark.replies) {
                        if (reply >= 0 && reply < marks.size())
                            items += QStringLiteral("<li class=\"reply\">") + commentHtml(marks.at(reply))
                                + QStringLiteral("</li>\n");
                    }
                    items += QStringLiteral("</ul>\n");
                }
            } else {
                items += suggestionHtml(mark);
            }
            items += QStringLiteral("</li>\n");
        }
        if (items.isEmpty())
            return {};
        return QStringLiteral("<h3>") + escaped(tr("Open comments and suggestions"))
            + QStringLiteral("</h3>\n<ul class=\"marks\">\n") + items + QStringLiteral("</ul>\n");
    }

    QString findingsTable(int section) const
    {
        const Findings &findings = m_findings.at(section + 1);
        if (findings.isEmpty())
            return {};
        QString html = QStringLiteral("<h3>") + escaped(tr("Findings"))
            + QStringLiteral("</h3>\n<table class=\"findings\">\n<tr><th>") + escaped(tr("Line"))
            + QStringLiteral("</th><th>") + escaped(tr("Severity")) + QStringLiteral("</th><th>") + escaped(tr("Rule"))
            + QStringLiteral("</th><th>") + escaped(tr("Message")) + QStringLiteral("</th></tr>\n");
        for (const Finding &finding : findings) {
            html += QStringLiteral("<tr class=\"%1\"><td class=\"line\">%2</td><td class=\"severity\">")
                        .arg(severityClass(finding.severity))
                        .arg(finding.start.line)
                + escaped(severityLabel(finding.severity)) + QStringLiteral("</td><td class=\"rule\">")
                + escaped(finding.ruleId) + QStringLiteral("</td><td class=\"message\">") + escaped(finding.message)
                + QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</table>\n");
        return html;
    }

    static QString css()
    {
        return QStringLiteral(
            "body { font-family: sans-serif; margin: 2em auto; max-width: 60em; line-height: 1.6; color: #222; }\n"
            "h1 { font-size: 1.5em; margin-bottom: 0.3em; }\n"
            "dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; color: #444; }\n"
            "dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }\n"
            "dd.missing { color: #c62828; }\n"
            "section { border: 1px solid #ccc; border-radius: 4px; margin: 1em 0; padding: 0.5em 1em; }\n"
            "section.summary { background: #f5f7fa; }\n"
            "section.summary th { text-align: left; padding-right: 2em; font-weight: normal; }\n"
            "section.level-3 { margin-left: 2em; } section.level-4 { margin-left: 4em; }\n"
            "section.level-5 { margin-left: 6em; } section.level-6 { margin-left: 8em; }\n"
            "h2 { font-size: 1.15em; margin: 0.3em 0; } h3 { font-size: 1em; margin: 0.6em 0 0.2em; color: #555; }\n"
            ".line { color: #777; font-weight: normal; font-size: 0.85em; }\n"
            ".badge { display: inline-block; padding: 0 0.5em; border-radius: 3px; color: #fff; background: #757575;"
            " font-size: 0.85em; }\n"
            ".status-draft .badge { background: #757575; } .status-review .badge { background: #1565c0; }\n"
            ".status-changes .badge { background: #ef6c00; } .status-approved .badge { background: #2e7d32; }\n"
            ".status { margin: 0.2em 0; } .by, .date { color: #555; }\n"
            "ul.marks { padding-left: 1.2em; } ul.replies { padding-left: 1.5em; list-style: circle; }\n"
            ".kind { font-weight: bold; } .author { font-weight: bold; }\n"
            "ins { background: #d4f7d4; color: #135e13; } del { background: #fbd8d8; color: #8e1b1b; }\n"
            "mark { background: #fff3b0; }\n"
            "table.findings { border-collapse: collapse; width: 100%; font-size: 0.9em; }\n"
            "table.findings th, table.findings td { border-bottom: 1px solid #e0e0e0; padding: 0.2em 0.5em;"
            " text-align: left; vertical-align: top; }\n"
            "tr.error .severity { color: #c62828; } tr.warning .severity { color: #ef6c00; }\n"
            "tr.info .severity { color: #1565c0; }\n"
            ".notice { color: #c62828; }\n");
    }

    const ArticleDocument &m_document;
    const ReviewMarks m_marks;
    const QList<qsizetype> m_lineStarts;
    const QString m_fileName;
    QList<Findings> m_findings;      // per section, the front matter and lead first
    QList<QList<int>> m_sectionMarks; // indices of marks, the same way
};

} // namespace

int runReport(const QStringList &arguments)
{
    ReportOptions options;
    if (!parseOptions(arguments, &options))
        return ExitError;
    ArticleDocument document;
    if (!CliOutput::loadImportedArticle(options.file, &document))
        return ExitError;
    if (document.hasErrors()) {
        CliOutput::error(options.file, 0, QStringLiteral("no report: the file is damaged (see the errors above)"));
        return ExitError;
    }

    Findings findings;
    QString checkError;
    if (!checkArticle(document, options, &findings, &checkError)) {
        // The review status and comments are worth a report even when the
        // checker cannot run; the page says it was not checked.
        CliOutput::warning(options.file, 0, QStringLiteral("not checked: %1").arg(checkError));
    }
    const QString fileName = options.file == QLatin1String("-") ? QStringLiteral("<stdin>") : QFileInfo(options.file).fileName();
    const QByteArray html = ReportWriter(document, findings, fileName).html(checkError);
    if (options.output == QLatin1String("-")) {
        CliOutput::writeStdout(html);
        return ExitOk;
    }
    QString errorString;
    if (!writeFileAtomically(options.output, html, &errorString)) {
        CliOutput::error(options.output, 0, errorString);
        return ExitError;
    }
    return ExitOk;
}
