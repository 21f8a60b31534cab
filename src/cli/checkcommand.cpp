// `kiji check`: the checker over files, in parallel, printed in one of the
// formats of CheckFormats.
#include "checkformats.h"
#include "clioutput.h"
#include "commands.h"
#include "plaintextlines.h"

#include "articledocument.h"
#include "articlelimits.h"
#include "articleimport.h"
#include "checker.h"
#include "morphology.h"
#include "ruletext.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace {

struct CheckOptions
{
    QStringList files;
    QStringList presets;
    QStringList rules;
    QStringList dictionaries;
    QString format = QStringLiteral("stylish");
    QDate today;
    int maxOpenComments = -1; // -1: any number
};

struct FileResult
{
    CheckedFile checked;
    QList<Diagnostic> problems; // reported on stderr, in file order
    bool failed = false;
};

bool parseToday(const QString &text, QDate *today)
{
    *today = QDate::fromString(text, Qt::ISODate);
    if (!today->isValid())
        CliOutput::usage(QStringLiteral("check: --today needs a date YYYY-MM-DD, not \"%1\"").arg(text));
    return today->isValid();
}

bool parseMaxOpenComments(const QString &text, int *maximum)
{
    bool ok = false;
    *maximum = text.toInt(&ok);
    if (!ok || *maximum < 0)
        CliOutput::usage(QStringLiteral("check: --max-open-comments needs a number 0 or more, not \"%1\"").arg(text));
    return ok && *maximum >= 0;
}

bool parseOptions(const QStringList &arguments, CheckOptions *options)
{
    for (int index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        const bool hasValue = index + 1 < arguments.size();
        if (argument == QLatin1String("--preset") && hasValue)
            options->presets.append(arguments.at(++index));
        else if (argument == QLatin1String("--rule") && hasValue)
            options->rules.append(arguments.at(++index));
        else if (argument == QLatin1String("--format") && hasValue)
            options->format = arguments.at(++index);
        else if (argument == QLatin1String("--dictionary") && hasValue)
            options->dictionaries.append(QFileInfo(arguments.at(++index)).absoluteFilePath());
        else if (argument == QLatin1String("--today") && hasValue) {
            if (!parseToday(arguments.at(++index), &options->today))
                return false;
        } else if (argument == QLatin1String("--max-open-comments") && hasValue) {
            if (!parseMaxOpenComments(arguments.at(++index), &options->maxOpenComments))
                return false;
        }
        else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-"))
            return CliOutput::usage(QStringLiteral("check: unknown or incomplete option %1").arg(argument)), false;
        else
            options->files.append(argument);
    }
    if (options->files.isEmpty())
        return CliOutput::usage(QStringLiteral("check: no file")), false;
    if (!CheckFormats::isKnown(options->format)) {
        CliOutput::usage(QStringLiteral("check: unknown format \"%1\" (formats: stylish, json, sarif, junit)")
                             .arg(options->format));
        return false;
    }
    return true;
}

// The configuration for files in `folder`: the command line's presets or
// rules, else the project's `.kiji/config.yml`, else the default presets.
bool buildConfig(const CheckOptions &options, const QString &projectFile, CheckConfig *config, QString *errorString)
{
    if (!options.rules.isEmpty()) {
        for (const QString &rule : options.rules) {
            if (!config->addRule(rule, errorString))
                return false;
        }
    } else {
        if (options.presets.isEmpty() && !config->addDefaultPresets(errorString))
            return false;
        for (const QString &preset : options.presets) {
            if (!config->addPreset(preset, errorString))
                return false;
        }
        if (!projectFile.isEmpty() && !config->applyProjectFile(projectFile, options.presets.isEmpty(), errorString))
            return false;
    }
    for (const QString &dictionary : options.dictionaries) {
        if (!config->addDictionary(dictionary, errorString))
            return false;
    }
    // The command line's date wins over the project's.
    if (options.today.isValid())
        config->setToday(options.today);
    return true;
}

class Worker
{
public:
    explicit Worker(const CheckOptions &options) : m_options(options) {}

    void check(const QString &path, const QByteArray &bytes, FileResult *result)
    {
        const bool isStdin = path == QLatin1String("-");
        result->checked.path = path;
        result->checked.reportedPath = isStdin ? QStringLiteral("<stdin>") : QFileInfo(path).absoluteFilePath();
        const QString folder = isStdin ? QDir::currentPath() : QFileInfo(path).absolutePath();
        Checker *checker = checkerFor(CheckConfig::findProjectFile(folder), result);
        if (!checker)
            return;

        const auto format = CliOutput::importFormatOf(path);
        QByteArray markdown;
        QString importError;
        if (!CliOutput::importedMarkdown(bytes, format, &markdown, nullptr, &importError)) {
            fail(result, 0, QStringLiteral("not checked: %1").arg(importError));
            return;
        }
        // Refused before it is even parsed: a 50 MB article would take half a minute.
        if (const std::optional<QString> refusal = ArticleLimits::checkRefusal(markdown.size())) {
            fail(result, 0, *refusal);
            return;
        }
        ArticleDocument document;
        document.setData(markdown);
        if (document.hasErrors()) {
            for (const Diagnostic &diagnostic : document.diagnostics())
                result->problems.append(diagnostic);
            fail(result, 0, QStringLiteral("not checked: the file is damaged (see the errors above)"));
            return;
        }
        if (const std::optional<QString> refusal = ArticleLimits::checkRefusal(markdown.size(), document.sections().size())) {
            fail(result, 0, *refusal);
            return;
        }
        std::optional<PlainTextLines> lines;
        if (format == ArticleImport::Format::Text)
            lines.emplace(document.text(), bytes);
        Findings findings = checker->check(document, lines ? std::function<int(int)>([&lines](int line) {
            return lines->map({0, line, 1}).line;
        }) : std::function<int(int)>());
        if (lines) {
            for (Finding &finding : findings) {
                finding.start = lines->map(finding.start);
                finding.end = lines->map(finding.end);
                finding.fix.reset(); // a fix of the Markdown does not apply to the text file
            }
        }
        if (m_options.maxOpenComments >= 0) {
            const int open = document.parsedReviewMarks().openCount();
            if (open > m_options.maxOpenComments)
                findings.prepend(tooManyOpen(open, m_options.maxOpenComments));
        }
        result->checked.findings = std::move(findings);
    }

private:
    Checker *checkerFor(const QString &projectFile, FileResult *result)
    {
        if (auto found = m_checkers.find(projectFile); found != m_checkers.end())
            return found->second.get();
        CheckConfig config;
        QString errorString;
        if (!buildConfig(m_options, projectFile, &config, &errorString)) {
            fail(result, 0, errorString);
            return nullptr;
        }
        auto checker = std::make_unique<Checker>(config);
        Checker *pointer = checker.get();
        m_checkers.emplace(projectFile, std::move(checker));
        return pointer;
    }

    // `--max-open-comments`: one error for the whole article, at its first line.
    static Finding tooManyOpen(int open, int maximum)
    {
        Finding finding;
        finding.ruleId = QStringLiteral("review-open");
        finding.severity = FindingSeverity::Error;
        finding.message = RuleText::tr("%1 comments and suggestions are open, more than the %2 allowed: resolve them "
                                       "before publishing.")
                              .arg(open)
                              .arg(maximum);
        finding.end = finding.start;
        return finding;
    }

    static void fail(FileResult *result, int line, const QString &message)
    {
        result->problems.append({Diagnostic::Severity::Error, line, message});
        result->failed = true;
    }

    const CheckOptions &m_options;
    std::map<QString, std::unique_ptr<Checker>> m_checkers;
};

} // namespace

int runCheck(const QStringList &arguments)
{
    CheckOptions options;
    if (!parseOptions(arguments, &options))
        return ExitError;
    // Unknown presets and rules are usage errors, before any file is read.
    CheckConfig commandLineConfig;
    QString configError;
    if (!buildConfig(options, QString(), &commandLineConfig, &configError)) {
        CliOutput::usage(QStringLiteral("check: %1").arg(configError));
        return ExitError;
    }
    if (!Morphology::isAvailable()) {
        CliOutput::error(QString(), 0,
                         QStringLiteral("cannot load the Japanese dictionary (install mecab-ipadic-utf8): %1")
                             .arg(Morphology::errorString()));
        return ExitError;
    }

    QList<QByteArray> inputs(options.files.size());
    QList<FileResult> results(options.files.size());
    for (int index = 0; index < options.files.size(); ++index) {
        if (!CliOutput::readInput(options.files.at(index), &inputs[index])) {
            results[index].failed = true;
            results[index].checked.path = options.files.at(index);
        }
    }

    std::atomic<int> next{0};
    auto work = [&] {
        Worker worker(options);
        for (int index = next++; index < options.files.size(); index = next++) {
            if (!results.at(index).failed)
                worker.check(options.files.at(index), inputs.at(index), &results[index]);
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, int(options.files.size()));
    std::vector<std::thread> pool;
    for (int thread = 1; thread < threads; ++thread)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();

    bool anyFailed = false;
    bool anyFinding = false;
    QList<CheckedFile> checked;
    QStringList ruleIds;
    for (const FileResult &result : results) {
        for (const Diagnostic &problem : result.problems) {
            if (problem.isError())
                CliOutput::error(result.checked.path, problem.line, problem.message);
            else
                CliOutput::warning(result.checked.path, problem.line, problem.message);
        }
        anyFailed = anyFailed || result.failed;
        if (result.failed)
            continue;
        for (const Finding &finding : result.checked.findings) {
            if (finding.severity != FindingSeverity::Info)
                anyFinding = true;
            if (!ruleIds.contains(finding.ruleId))
                ruleIds.append(finding.ruleId);
        }
        checked.append(result.checked);
    }
    for (const RuleSetting &setting : commandLineConfig.rules()) {
        if (!ruleIds.contains(setting.id))
            ruleIds.append(setting.id);
    }
    CliOutput::writeStdout(CheckFormats::format(options.format, checked, ruleIds));
    if (anyFailed)
        return ExitError;
    return anyFinding ? ExitFindings : ExitOk;
}
