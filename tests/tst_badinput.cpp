// Damaged and hostile input: every kiji subcommand gives a clear message or
// a usable result on every file of the catalogue (badinputcases.h), under
// a hang watchdog, without crashing and without touching the source file;
// the model opens damaged files read-only with a diagnostic on the right
// line, and judges each file's size against ArticleLimits as the
// catalogue says.
//
// Every file is written into a temporary directory first, so that a
// failing command can never damage the committed data.
#include "articledocument.h"
#include "articlelimits.h"
#include "badinputcases.h"
#include "processbatch.h"
#include "renderedarticle.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace BadInput;

namespace {

// One run of kiji per subcommand and output format.
enum Kind {
    Outline,
    OutlineJson,
    Stats,
    StatsJson,
    Convert,
    ConvertToFile,
    ConvertHtml,
    ConvertHtmlShowingMarks,
    ConvertWordPress,
    ImportText,
    ImportHtml,
    Check,
    CheckJson,
    DiffItself,
    DiffSample,
    Report,
    ConvertPdf,
};

// The subcommands the catalogue covers; `kiji help` may list no other.
const QStringList coveredSubcommands = {QStringLiteral("convert"), QStringLiteral("check"), QStringLiteral("outline"),
                                        QStringLiteral("stats"),   QStringLiteral("diff"),  QStringLiteral("report"),
                                        QStringLiteral("help")};

QString expectName(int expect)
{
    switch (expect) {
    case Damaged:
        return QStringLiteral("damaged");
    case Clean:
        return QStringLiteral("clean");
    default:
        return QStringLiteral("either");
    }
}

int countSections(const QJsonArray &sections)
{
    int count = 0;
    for (const QJsonValue &section : sections)
        count += 1 + countSections(section.toObject().value(QStringLiteral("children")).toArray());
    return count;
}

// The lines of `kiji: error: FILE:LINE: ` messages on stderr.
QList<int> errorLines(const QByteArray &err, const QString &file)
{
    const QRegularExpression pattern(QStringLiteral("^kiji: error: %1:(\\d+): ").arg(QRegularExpression::escape(file)),
                                     QRegularExpression::MultilineOption);
    QList<int> lines;
    auto matches = pattern.globalMatch(QString::fromUtf8(err));
    while (matches.hasNext())
        lines.append(matches.next().captured(1).toInt());
    return lines;
}

QString listOf(const QList<int> &numbers)
{
    QStringList texts;
    for (int number : numbers)
        texts.append(QString::number(number));
    return QLatin1Char('[') + texts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// QtTest cuts long failure messages: list the problems one per line first.
void reportProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
}

QString excerpt(const QByteArray &bytes)
{
    QByteArray text = bytes.left(300);
    if (bytes.size() > 300)
        text += "…";
    return QString::fromUtf8(text).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

// The slowest run of each command over the whole catalogue, for the
// record (docs/reliability.md).
struct Slowest
{
    qint64 milliseconds = -1;
    QString file;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCommittedFileHasARow();
    void helpCoversEverySubcommand();
    // The CLI first: its watchdog catches hangs and crashes, and the
    // in-process test then skips those files instead of hanging or dying.
    void cli_data() { addRows(); }
    void cli();
    void model_data() { addRows(); }
    void model();

private:
    void addRows();
    QString sourcePath(const QString &name) const { return m_work.filePath(QStringLiteral("src/") + name); }
    QString outputPath(const QString &name) const { return m_work.filePath(QStringLiteral("out/") + name); }

    QTemporaryDir m_work;
    QSet<QString> m_notLoadable; // hung or crashed in the CLI
    QMap<QString, Slowest> m_slowest;
};

void TestBadInput::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    for (const char *folder : {"src", "out", "run"})
        QVERIFY(QDir(m_work.path()).mkpath(QString::fromLatin1(folder)));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(writeAll(m_work.filePath(QStringLiteral("src")), &error), qPrintable(error));
    qInfo("catalogue of %lld files written in %lld ms", qlonglong(cases().size()), timer.elapsed());
}

void TestBadInput::cleanupTestCase()
{
    for (auto it = m_slowest.cbegin(); it != m_slowest.cend(); ++it)
        qInfo("slowest %s: %lld ms (%s)", qPrintable(it.key()), it->milliseconds, qPrintable(it->file));
}

void TestBadInput::everyCommittedFileHasARow()
{
    QSet<QString> named;
    for (const Case &testCase : cases()) {
        if (!testCase.generate)
            named.insert(QString::fromLatin1(testCase.name));
    }
    const QStringList files = QDir(committedDirectory()).entryList(QDir::Files);
    int committed = 0;
    for (const QString &file : files) {
        if (file == QLatin1String("README.md"))
            continue;
        ++committed;
        QVERIFY2(named.contains(file), qPrintable(file + QStringLiteral(" has no row in badinputcases.cpp")));
    }
    QVERIFY2(committed >= 30, qPrintable(QStringLiteral("%1 committed files, the spec asks for 30").arg(committed)));
    // And the README describes each of them.
    const QByteArray readme = readFile(QDir(committedDirectory()).filePath(QStringLiteral("README.md")));
    for (const Case &testCase : cases()) {
        QVERIFY2(readme.contains(QByteArray("| ") + testCase.name + " |"),
                 qPrintable(QString::fromLatin1(testCase.name) + QStringLiteral(" is not in tests/data/bad/README.md")));
    }
}

void TestBadInput::helpCoversEverySubcommand()
{
    ProcessBatch batch(m_work.filePath(QStringLiteral("run")), WatchdogMs);
    const QString kiji = QStringLiteral(KIJI_BINARY_DIR "/kiji");
    const ProcessBatch::Result help = batch.run({{kiji, {QStringLiteral("help")}}}, 1).first();
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    // "  NAME      summary" lines after "commands:".
    const QString text = QString::fromUtf8(help.out);
    const QRegularExpression line(QStringLiteral("^  (\\w+)\\s"), QRegularExpression::MultilineOption);
    QStringList listed;
    for (auto matches = line.globalMatch(text.mid(text.indexOf(QStringLiteral("commands:")))); matches.hasNext();)
        listed.append(matches.next().captured(1));
    QVERIFY2(listed.size() >= 6, qPrintable(text));
    QList<ProcessBatch::Command> helps;
    for (const QString &name : std::as_const(listed)) {
        QVERIFY2(coveredSubcommands.contains(name),
                 qPrintable(QStringLiteral("kiji help lists \"%1\", which the bad-input catalogue does not run").arg(name)));
        helps.append({kiji, {QStringLiteral("help"), name}});
    }
    const QList<ProcessBatch::Result> results = batch.run(helps, 4);
    for (qsizetype index = 0; index < results.size(); ++index) {
        QVERIFY2(results.at(index).exitCode == 0 && results.at(index).out.startsWith("usage: kiji " + listed.at(index).toUtf8()),
                 qPrintable(listed.at(index) + QStringLiteral(": ") + excerpt(results.at(index).out + results.at(index).err)));
    }
}

void TestBadInput::addRows()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < cases().size(); ++index)
        QTest::newRow(cases().at(index).name) << index;
}

void TestBadInput::cli()
{
    QFETCH(int, index);
    const Case &testCase = cases().at(index);
    const QString name = QString::fromLatin1(testCase.name);
    const QString file = sourcePath(name);
    const QByteArray original = readFile(file);
    QVERIFY(QFileInfo::exists(file));
    const QString converted = outputPath(QFileInfo(file).completeBaseName() + QStringLiteral("-converted.md"));
    const QString pdf = outputPath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf"));
    QFile::remove(converted);
    QFile::remove(pdf);

    // Printing starts WebEngine: damaged files and files too large to
    // print are refused before that and always run; of the others, a few
    // marked files are printed.
    const bool runsPdf = testCase.expect == Damaged || testCase.printsPdf || (testCase.limits & TooLargeToPrint);
    QList<std::pair<Kind, QStringList>> commands = {
        {Outline, {QStringLiteral("outline"), file}},
        {OutlineJson, {QStringLiteral("outline"), file, QStringLiteral("--json")}},
        {Stats, {QStringLiteral("stats"), file}},
        {StatsJson, {QStringLiteral("stats"), file, QStringLiteral("--json")}},
        {Convert, {QStringLiteral("convert"), file}},
        {ConvertToFile, {QStringLiteral("convert"), file, QStringLiteral("-o"), converted}},
        {ConvertHtml, {QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("html")}},
        {ConvertHtmlShowingMarks,
         {QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("--review-marks"),
          QStringLiteral("show")}},
        {ConvertWordPress, {QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("wordpress")}},
        {ImportText, {QStringLiteral("convert"), file, QStringLiteral("--from"), QStringLiteral("text")}},
        {ImportHtml, {QStringLiteral("convert"), file, QStringLiteral("--from"), QStringLiteral("html")}},
        {Check, {QStringLiteral("check"), file}},
        {CheckJson, {QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")}},
        {DiffItself, {QStringLiteral("diff"), file, file}},
        {DiffSample, {QStringLiteral("diff"), sampleArticle(), file, QStringLiteral("--format"), QStringLiteral("json")}},
        {Report, {QStringLiteral("report"), file}},
    };
    if (runsPdf)
        commands.append({ConvertPdf, {QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("pdf"),
                                      QStringLiteral("-o"), pdf}});
    // Each run on a big file reads all of it again (seconds for 50 MB):
    // there every subcommand runs in one output format, the text formats
    // being those that the small files try.
    const bool big = original.size() >= 1024 * 1024;
    if (big) {
        commands.removeIf([](const std::pair<Kind, QStringList> &command) {
            return command.first == Outline || command.first == Stats || command.first == Convert
                || command.first == ConvertHtmlShowingMarks || command.first == Check;
        });
    }

    auto shown = [&](const QStringList &arguments) {
        QStringList words = arguments;
        words.replaceInStrings(file, QStringLiteral("FILE"))
            .replaceInStrings(converted, QStringLiteral("OUT.md"))
            .replaceInStrings(pdf, QStringLiteral("OUT.pdf"))
            .replaceInStrings(sampleArticle(), QStringLiteral("SAMPLE"));
        return QStringLiteral("kiji ") + words.join(QLatin1Char(' '));
    };

    // A command on a small file waits more than it computes: they all run
    // at once. On a big file fewer share the machine, so that each
    // watchdog measures its own command.
    const int parallel = !big ? int(commands.size()) : original.size() < 4 * 1024 * 1024 ? 2 : 1;
    ProcessBatch batch(m_work.filePath(QStringLiteral("run")), WatchdogMs);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // messages in English
    batch.setEnvironment(environment);
    QList<ProcessBatch::Command> programs;
    for (const auto &[kind, arguments] : std::as_const(commands))
        programs.append({QStringLiteral(KIJI_BINARY_DIR "/kiji"), arguments});
    QElapsedTimer total;
    total.start();
    const QList<ProcessBatch::Result> runs = batch.run(programs, parallel);

    QStringList problems;
    if (readFile(file) != original)
        problems.append(QStringLiteral("a command changed the source file's bytes"));
    for (qsizetype at = 0; at < runs.size(); ++at) {
        const ProcessBatch::Result &run = runs.at(at);
        const QString command = shown(commands.at(at).second);
        if (run.milliseconds > 1000)
            qInfo("%s: %lld ms", qPrintable(command), run.milliseconds);
        const QString key = command.section(QLatin1Char(' '), 1).remove(QStringLiteral("FILE ")).remove(QStringLiteral(" FILE"));
        Slowest &slowest = m_slowest[key];
        if (run.milliseconds > slowest.milliseconds)
            slowest = {run.milliseconds, name};
        if (!run.started) {
            problems.append(command + QStringLiteral(": did not start: ") + run.startError);
        } else if (!run.finished) {
            problems.append(command + QStringLiteral(": did not finish in %1 s").arg(WatchdogMs / 1000));
            m_notLoadable.insert(file);
        } else if (run.crashed || run.exitCode < 0 || run.exitCode > 2) {
            problems.append(command + QStringLiteral(": crashed (exit %1); stderr: ").arg(run.exitCode) + excerpt(run.err));
            m_notLoadable.insert(file);
        }
    }

    // For "either" files, the outline's verdict decides, and the rest must agree.
    int verdict = testCase.expect;
    if (testCase.expect == Either) {
        const auto outline = std::find_if(commands.cbegin(), commands.cend(),
                                          [](const auto &command) { return command.first == OutlineJson; });
        verdict = runs.at(outline - commands.cbegin()).exitCode == 0 ? Clean : Damaged;
    }
    const bool damaged = verdict == Damaged;
    const QByteArray fileError = "kiji: error: " + file.toUtf8() + ": ";

    for (qsizetype at = 0; at < runs.size(); ++at) {
        const ProcessBatch::Result &run = runs.at(at);
        if (!run.started || !run.finished || run.crashed || run.exitCode < 0)
            continue;
        const Kind kind = commands.at(at).first;
        const QString command = shown(commands.at(at).second);
        auto problem = [&](const QString &text) { problems.append(command + QStringLiteral(": ") + text); };
        auto expectExit = [&](std::initializer_list<int> codes, const QString &why) {
            if (std::find(codes.begin(), codes.end(), run.exitCode) == codes.end())
                problem(QStringLiteral("exit %1 (%2); stderr: %3").arg(run.exitCode).arg(why, excerpt(run.err)));
        };
        auto expectOnStderr = [&](const QByteArray &text) {
            if (!run.err.contains(text))
                problem(QStringLiteral("no \"%1\" on stderr: %2").arg(QString::fromUtf8(text), excerpt(run.err)));
        };
        auto expectErrorLines = [&] {
            const QList<int> lines = errorLines(run.err, file);
            if (lines.isEmpty()) {
                problem(QStringLiteral("no \"kiji: error: FILE:LINE: message\" on stderr: ") + excerpt(run.err));
            } else if (testCase.line > 0 && std::none_of(lines.cbegin(), lines.cend(), [&](int found) {
                           return found >= testCase.line && found <= testCase.lineMax;
                       })) {
                problem(QStringLiteral("error lines %1 on stderr, expected %2")
                            .arg(listOf(lines), testCase.line == testCase.lineMax
                                                    ? QString::number(testCase.line)
                                                    : QStringLiteral("%1..%2").arg(testCase.line).arg(testCase.lineMax)));
            }
        };
        auto expectNoError = [&] {
            if (run.err.contains("kiji: error: "))
                problem(QStringLiteral("error on stderr: ") + excerpt(run.err));
        };
        auto expectNothingOut = [&] {
            if (!run.out.isEmpty())
                problem(QStringLiteral("wrote %1 bytes to stdout").arg(run.out.size()));
        };
        auto json = [&](QJsonDocument *document) {
            QJsonParseError error;
            *document = QJsonDocument::fromJson(run.out, &error);
            if (error.error != QJsonParseError::NoError)
                problem(QStringLiteral("stdout is not JSON: ") + error.errorString());
            return error.error == QJsonParseError::NoError;
        };
        // Whatever kiji says goes through its own messages (PDF printing
        // also passes on WebEngine's).
        if (kind != ConvertPdf) {
            for (const QByteArray &line : run.err.split('\n')) {
                if (!line.isEmpty() && !line.startsWith("kiji: "))
                    problem(QStringLiteral("stray line on stderr: ") + excerpt(line));
            }
        }

        switch (kind) {
        case Outline:
        case OutlineJson:
        case Stats:
        case StatsJson: {
            expectExit({damaged ? 2 : 0}, expectName(verdict));
            if (run.out.isEmpty())
                problem(QStringLiteral("printed nothing on stdout"));
            damaged ? expectErrorLines() : expectNoError();
            QJsonDocument document;
            if ((kind == OutlineJson || kind == StatsJson) && json(&document) && !damaged && testCase.sections >= 0) {
                const QJsonArray sections = document.object().value(QStringLiteral("sections")).toArray();
                const int found = kind == OutlineJson ? countSections(sections) : int(sections.size());
                if (found != testCase.sections)
                    problem(QStringLiteral("%1 sections, expected %2").arg(found).arg(testCase.sections));
            }
            break;
        }
        case Convert:
        case ConvertToFile:
        case ConvertHtml:
        case ConvertHtmlShowingMarks:
        case ConvertWordPress:
            if (damaged) {
                expectExit({2}, expectName(verdict));
                expectErrorLines();
                expectOnStderr(fileError + "not converted: the file is damaged");
                expectNothingOut();
                if (QFileInfo::exists(converted))
                    problem(QStringLiteral("created the output file"));
                break;
            }
            if ((testCase.limits & TooLargeToExport)
                && (kind == ConvertHtml || kind == ConvertHtmlShowingMarks || kind == ConvertWordPress)) {
                expectExit({2}, QStringLiteral("too large to export"));
                expectOnStderr(fileError + "not converted: too large to export (");
                expectNothingOut();
                break;
            }
            expectExit({0}, expectName(verdict));
            expectNoError();
            if (kind == Convert && run.out != original)
                problem(QStringLiteral("output (%1 bytes) differs from the input (%2 bytes)").arg(run.out.size()).arg(original.size()));
            if (kind == ConvertToFile && readFile(converted) != original)
                problem(QStringLiteral("the output file differs from the input"));
            if ((kind == ConvertHtml || kind == ConvertHtmlShowingMarks) && !run.out.startsWith("<!DOCTYPE html>"))
                problem(QStringLiteral("not an HTML page: ") + excerpt(run.out));
            if (kind == ConvertWordPress && !run.out.isEmpty() && !run.out.startsWith("<!-- wp:"))
                problem(QStringLiteral("not WordPress blocks: ") + excerpt(run.out));
            break;
        case ImportText:
        case ImportHtml:
            // Any bytes may be pasted text or a web page: the importer makes
            // an article of them, or says why not.
            if (testCase.limits & TooLargeToImport) {
                expectExit({2}, QStringLiteral("too large to import"));
                expectOnStderr(fileError + "not imported: too large to import (");
                expectNothingOut();
            } else if (run.exitCode == 0) {
                expectNoError();
                if (!isValidUtf8(run.out) || run.out.contains('\0'))
                    problem(QStringLiteral("the imported Markdown is not text: ") + excerpt(run.out));
            } else {
                expectExit({0, 2}, QStringLiteral("imported or refused"));
                expectOnStderr(fileError);
                expectNothingOut();
            }
            break;
        case Check:
        case CheckJson: {
            QJsonDocument document;
            if (kind == CheckJson && json(&document) && !document.isArray())
                problem(QStringLiteral("stdout is not a JSON array"));
            if (damaged) {
                expectExit({2}, expectName(verdict));
                expectErrorLines();
                expectOnStderr(fileError + "not checked: the file is damaged");
            } else if (testCase.limits & TooLargeToCheck) {
                expectExit({2}, QStringLiteral("too large to check"));
                if (!QString::fromUtf8(run.err).contains(QRegularExpression(
                        QStringLiteral("^kiji: error: %1: the article (is too large|has too many sections) to check \\(")
                            .arg(QRegularExpression::escape(file)),
                        QRegularExpression::MultilineOption)))
                    problem(QStringLiteral("no \"too large to check\" on stderr: ") + excerpt(run.err));
            } else {
                expectExit({0, 1}, QStringLiteral("checked"));
                expectNoError();
                if (kind == CheckJson && document.array().size() != 1)
                    problem(QStringLiteral("%1 files in the JSON, expected 1").arg(document.array().size()));
            }
            break;
        }
        case DiffItself:
        case DiffSample:
            if (damaged) {
                expectExit({2}, expectName(verdict));
                expectErrorLines();
                expectOnStderr(fileError + "not compared: the file is damaged");
                expectNothingOut();
            } else if (kind == DiffItself) {
                expectExit({0}, QStringLiteral("no differences"));
                expectNoError();
                expectNothingOut();
            } else {
                expectExit({1}, QStringLiteral("differences"));
                expectNoError();
                QJsonDocument document;
                if (json(&document) && document.object().value(QStringLiteral("changes")).toArray().isEmpty())
                    problem(QStringLiteral("no changes listed"));
            }
            break;
        case Report:
            if (damaged) {
                expectExit({2}, expectName(verdict));
                expectErrorLines();
                expectOnStderr(fileError + "no report: the file is damaged");
                expectNothingOut();
                break;
            }
            expectExit({0}, QStringLiteral("written"));
            expectNoError();
            if (!run.out.startsWith("<!DOCTYPE html>"))
                problem(QStringLiteral("not an HTML page: ") + excerpt(run.out));
            if (bool(testCase.limits & TooLargeToCheck) != run.out.contains("Not checked: ")) {
                problem(QStringLiteral("the page %1 it was not checked")
                            .arg(run.out.contains("Not checked: ") ? QStringLiteral("says") : QStringLiteral("does not say")));
            }
            if (testCase.limits & TooLargeToCheck)
                expectOnStderr("kiji: warning: " + file.toUtf8() + ": not checked: the article ");
            break;
        case ConvertPdf:
            if (damaged) {
                expectExit({2}, expectName(verdict));
                expectErrorLines();
                expectOnStderr(fileError + "not converted: the file is damaged");
            } else if (testCase.limits & TooLargeToPrint) {
                expectExit({2}, QStringLiteral("too large to print"));
                expectOnStderr(fileError + "not printed: The article ");
            } else {
                expectExit({0}, QStringLiteral("printed"));
                if (!readFile(pdf).startsWith("%PDF-"))
                    problem(QStringLiteral("wrote no PDF"));
            }
            if ((damaged || (testCase.limits & TooLargeToPrint)) && QFileInfo::exists(pdf))
                problem(QStringLiteral("created the output file"));
            break;
        }
    }
    if (total.elapsed() > 3000)
        qInfo("all %lld commands: %lld ms", qlonglong(runs.size()), total.elapsed());
    QFile::remove(converted);
    QFile::remove(pdf);
    reportProblems(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

void TestBadInput::model()
{
    QFETCH(int, index);
    const Case &testCase = cases().at(index);
    const QString file = sourcePath(QString::fromLatin1(testCase.name));
    if (m_notLoadable.contains(file))
        QFAIL("not loaded in-process: kiji hung or crashed on this file (see cli)");
    const QByteArray original = readFile(file);
    const QString copy = outputPath(QFileInfo(file).completeBaseName() + QStringLiteral("-copy.md"));
    QFile::remove(copy);

    QStringList problems;
    ArticleDocument document;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(document.load(file, &error), qPrintable(error));
    const qint64 elapsed = timer.elapsed();
    if (elapsed > 1000)
        qInfo("load: %lld ms", elapsed);
    if (elapsed > WatchdogMs)
        problems.append(QStringLiteral("load took %1 ms").arg(elapsed));

    QStringList diagnostics;
    QList<int> errorLines;
    for (const Diagnostic &diagnostic : document.diagnostics()) {
        diagnostics.append(QStringLiteral("%1 line %2: %3")
                               .arg(diagnostic.isError() ? QStringLiteral("error") : QStringLiteral("warning"))
                               .arg(diagnostic.line)
                               .arg(diagnostic.message));
        if (diagnostic.isError())
            errorLines.append(diagnostic.line);
    }
    const QString diagnosticText = diagnostics.isEmpty() ? QStringLiteral("none") : diagnostics.join(QStringLiteral("; "));

    if (document.isReadOnly() != document.hasErrors())
        problems.append(QStringLiteral("isReadOnly() %1 but hasErrors() %2").arg(document.isReadOnly()).arg(document.hasErrors()));
    if (document.data() != original)
        problems.append(QStringLiteral("data() (%1 bytes) differs from the file (%2 bytes)").arg(document.data().size()).arg(original.size()));

    // setData() (how standard input is read) judges the bytes the same way
    // (checked on the files up to 10 MB: a 50 MB one would only take its
    // seconds again).
    if (original.size() <= 10 * 1024 * 1024) {
        ArticleDocument fromData;
        fromData.setData(original);
        if (fromData.isReadOnly() != document.isReadOnly()
            || fromData.diagnostics().size() != document.diagnostics().size())
            problems.append(QStringLiteral("setData() judges the bytes differently from load()"));
    }

    const int verdict = testCase.expect == Either ? (document.isReadOnly() ? Damaged : Clean) : testCase.expect;
    if (verdict == Damaged) {
        if (!document.isReadOnly())
            problems.append(QStringLiteral("not read-only; diagnostics: ") + diagnosticText);
        if (errorLines.isEmpty()) {
            problems.append(QStringLiteral("no error in diagnostics(); diagnostics: ") + diagnosticText);
        } else if (testCase.line > 0 && std::none_of(errorLines.cbegin(), errorLines.cend(), [&](int found) {
                       return found >= testCase.line && found <= testCase.lineMax;
                   })) {
            problems.append(QStringLiteral("error lines %1, expected %2; diagnostics: %3")
                                .arg(listOf(errorLines),
                                     testCase.line == testCase.lineMax
                                         ? QString::number(testCase.line)
                                         : QStringLiteral("%1..%2").arg(testCase.line).arg(testCase.lineMax),
                                     diagnosticText));
        } else if (std::any_of(errorLines.cbegin(), errorLines.cend(), [](int found) { return found < 1; })) {
            problems.append(QStringLiteral("an error without a 1-based line; diagnostics: ") + diagnosticText);
        }
        if (document.isReadOnly()) {
            if (document.save(file, &error))
                problems.append(QStringLiteral("save() to its own file name succeeded"));
            else if (error.isEmpty())
                problems.append(QStringLiteral("save() to its own file name refused without a reason"));
            if (document.save(QString(), &error))
                problems.append(QStringLiteral("save() with no file name succeeded"));
        }
        if (readFile(file) != original)
            problems.append(QStringLiteral("save() changed the file's bytes"));
    } else {
        if (document.isReadOnly() || document.hasErrors())
            problems.append(QStringLiteral("read-only or with errors; diagnostics: ") + diagnosticText);
        if (!document.save(file, &error))
            problems.append(QStringLiteral("save() to its own file name failed: ") + error);
        if (readFile(file) != original)
            problems.append(QStringLiteral("save() to its own file name changed the bytes"));
        if (testCase.sections >= 0 && document.sections().size() != testCase.sections)
            problems.append(QStringLiteral("%1 sections, expected %2").arg(document.sections().size()).arg(testCase.sections));

        // The catalogue says which limits the file is beyond; ArticleLimits
        // must agree, and the preview's rendering must show its notice.
        const ArticleStructure &structure = document.structure();
        const std::pair<int, bool> limits[] = {
            {TooLargeToCheck, ArticleLimits::checkRefusal(document.text().size(), document.sections().size()).has_value()},
            {TooLargeToEdit, ArticleLimits::editRefusal(document.text(), structure.markdownBegin, structure.leadEnd).has_value()},
            {TooLargeToImport, ArticleLimits::importRefusal(original.size()).has_value()},
            {TooLargeToExport, ArticleLimits::exportRefusal(document.text().size()).has_value()},
        };
        const QMap<int, QString> limitNames = {{TooLargeToCheck, QStringLiteral("check")},
                                               {TooLargeToEdit, QStringLiteral("edit")},
                                               {TooLargeToImport, QStringLiteral("import")},
                                               {TooLargeToExport, QStringLiteral("export")}};
        for (const auto &[limit, beyond] : limits) {
            if (bool(testCase.limits & limit) != beyond) {
                problems.append(QStringLiteral("the catalogue says it is %1 the limit to %2, ArticleLimits says it is %3")
                                    .arg(testCase.limits & limit ? QStringLiteral("beyond") : QStringLiteral("within"),
                                         limitNames.value(limit), beyond ? QStringLiteral("beyond") : QStringLiteral("within")));
            }
        }
        // The preview's limits are judged as it renders.
        const RenderedArticle rendered = RenderedArticle::render(document);
        if (rendered.notice.isEmpty() == bool(testCase.limits & TooLargeToPreview)) {
            problems.append(QStringLiteral("the catalogue says it is %1 the limits to preview, the preview's rendering %2")
                                .arg(testCase.limits & TooLargeToPreview ? QStringLiteral("beyond") : QStringLiteral("within"),
                                     rendered.notice.isEmpty() ? QStringLiteral("has no notice") : rendered.notice));
        }
        if (!rendered.notice.isEmpty() && (!rendered.lead.contains("kiji-notice") || !rendered.sections.isEmpty()))
            problems.append(QStringLiteral("the notice is not all the preview shows"));
        // A PDF prints the preview of the text with suggestions accepted,
        // refused by its size before it is even read.
        const QByteArray acceptedText = ReviewMarks::resolvedAll(document.text(), ReviewDecision::Accept);
        bool printRefused = ArticleLimits::previewRefusalBySize(acceptedText.size(), 0).has_value();
        if (!printRefused) {
            ArticleDocument accepted;
            accepted.setData(acceptedText);
            printRefused = !RenderedArticle::render(accepted).notice.isEmpty();
        }
        if (printRefused != bool(testCase.limits & TooLargeToPrint)) {
            problems.append(QStringLiteral("the catalogue says it is %1 the limits to print, the preview of the accepted text disagrees")
                                .arg(testCase.limits & TooLargeToPrint ? QStringLiteral("beyond") : QStringLiteral("within")));
        }
    }
    if (!document.save(copy, &error))
        problems.append(QStringLiteral("save() to a new name failed: ") + error);
    else if (readFile(copy) != original)
        problems.append(QStringLiteral("save() to a new name wrote different bytes"));
    QFile::remove(copy);
    reportProblems(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
