// Damaged and hostile input: every file opens, damaged ones read-only with a
// diagnostic on the right line, nothing crashes or hangs, and no subcommand
// ever touches the source file.
//
// Small files are committed in tests/data/bad/ (see README.md there); big or
// pathological ones are generated into a temporary directory at run time.
// Every file is copied into that directory first, so that a failing save()
// can never damage the committed data.
#include "articledocument.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

constexpr int WatchdogMs = 10000;

// What the spec says a file is.
enum Expect {
    Damaged, // opens read-only, error diagnostic, CLI exits 2
    Clean,   // read-write, no errors, CLI exits 0, convert is byte-identical
    Either,  // may be judged either way, but consistently, fast, without crashing
};

struct Case
{
    const char *name;
    Expect expect;
    // For Damaged: the error's 1-based file line must lie in [line, lineMax];
    // 0 means "any line >= 1".
    int line;
    int lineMax;
    // Number of sections (all levels), or -1 not to check.
    int sections;
    // Non-null: generated at run time.
    QByteArray (*generate)();
};

QByteArray longLine()
{
    // 10 MB of Japanese text, no line break at all.
    const QByteArray unit = QByteArrayLiteral("日本語の長い一行");
    return unit.repeated(10 * 1024 * 1024 / unit.size() + 1);
}

QByteArray manyHeadings()
{
    QByteArray text;
    text.reserve(1200000);
    for (int index = 1; index <= 100000; ++index)
        text += "## h " + QByteArray::number(index) + '\n';
    return text;
}

QByteArray nestedBlockQuotes()
{
    // The heading is inside the quotes, so it is not a section.
    return QByteArrayLiteral("> ").repeated(10000) + "## 引用の中の見出し\n";
}

QByteArray nestedBulletLists()
{
    return QByteArrayLiteral("- ").repeated(10000) + "項目\n";
}

QByteArray nestedOrderedLists()
{
    return QByteArrayLiteral("1. ").repeated(10000) + "項目\n";
}

QByteArray longHeading()
{
    return "## " + QByteArrayLiteral("とても長い見出し").repeated(100 * 1024 / 24 + 1) + "\n\n本文です。\n";
}

QByteArray pathologicalEmphasis()
{
    return QByteArrayLiteral("*a **a ").repeated(50000) + '\n';
}

QByteArray pathologicalUnderscores()
{
    return QByteArrayLiteral("_a __a ").repeated(50000) + '\n';
}

QByteArray openBrackets()
{
    return QByteArray(50000, '[') + "a\n";
}

QByteArray nestedLinks()
{
    return QByteArray(50000, '[') + 'a' + QByteArrayLiteral("](u)").repeated(50000) + '\n';
}

QByteArray deepYamlNesting()
{
    return "---\ntitle: " + QByteArray(100000, '[') + QByteArray(100000, ']')
        + "\n---\n\n## 見出し\n\n本文です。\n";
}

QByteArray randomBinary()
{
    // Deterministic pseudo-random bytes, as if a PNG had been renamed .md.
    QByteArray bytes(1024 * 1024, Qt::Uninitialized);
    quint32 state = 2463534242u;
    for (char &byte : bytes) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = char(state & 0xff);
    }
    return bytes;
}

const Case cases[] = {
    // Damaged: invalid UTF-8.
    {"invalid-utf8-line3.md", Damaged, 3, 3, -1, nullptr},
    {"invalid-utf8-truncated-at-eof-line4.md", Damaged, 4, 4, -1, nullptr},
    {"invalid-utf8-overlong-line2.md", Damaged, 2, 2, -1, nullptr},
    {"invalid-utf8-surrogate-line5.md", Damaged, 5, 5, -1, nullptr},
    {"invalid-utf8-shift-jis-line2.md", Damaged, 2, 2, -1, nullptr},
    {"invalid-utf8-latin1-line3.md", Damaged, 3, 3, -1, nullptr},
    {"invalid-utf8-cr-only-line3.md", Damaged, 3, 3, -1, nullptr},
    {"invalid-utf8-after-bom-line2.md", Damaged, 2, 2, -1, nullptr},
    {"invalid-utf8-in-front-matter-line3.md", Damaged, 3, 3, -1, nullptr},
    // Damaged: NUL bytes, UTF-16, binary.
    {"nul-byte-line4.md", Damaged, 4, 4, -1, nullptr},
    {"nul-byte-crlf-line3.md", Damaged, 3, 3, -1, nullptr},
    {"utf16le-bom-line1.md", Damaged, 1, 1, -1, nullptr},
    {"utf16be-bom-line1.md", Damaged, 1, 1, -1, nullptr},
    {"binary-random-1mb.md", Damaged, 0, 0, -1, randomBinary},
    // Damaged: malformed YAML in the front matter.
    {"front-matter-tab-indent-line4.md", Damaged, 4, 4, -1, nullptr},
    {"front-matter-bad-indent-line4.md", Damaged, 4, 4, -1, nullptr},
    {"front-matter-bad-indent-crlf-line5.md", Damaged, 5, 5, -1, nullptr},
    // An unclosed quote or bracket is noticed later than it is opened: any
    // line from the opening one to the closing `---` is accepted.
    {"front-matter-unclosed-double-quote-line3.md", Damaged, 3, 5, -1, nullptr},
    {"front-matter-unclosed-single-quote-line2.md", Damaged, 2, 3, -1, nullptr},
    {"front-matter-unclosed-bracket-line3.md", Damaged, 3, 5, -1, nullptr},

    // Not errors.
    {"empty.md", Clean, 0, 0, 0, nullptr},
    {"only-dashes.md", Clean, 0, 0, 0, nullptr},
    {"only-dashes-newline.md", Clean, 0, 0, 0, nullptr},
    {"unclosed-front-matter.md", Clean, 0, 0, 0, nullptr},
    {"mixed-crlf-lf.md", Clean, 0, 0, 2, nullptr},
    {"cr-only.md", Clean, 0, 0, 2, nullptr},
    {"utf8-bom.md", Clean, 0, 0, 1, nullptr},
    {"control-chars.md", Clean, 0, 0, 1, nullptr},
    {"heading-at-eof-no-newline.md", Clean, 0, 0, 1, nullptr},
    {"tabs-everywhere.md", Clean, 0, 0, 1, nullptr},
    {"setext-heading.md", Clean, 0, 0, 2, nullptr},
    {"trailing-whitespace-lines.md", Clean, 0, 0, 2, nullptr},
    {"long-line-10mb.md", Clean, 0, 0, 0, longLine},
    {"headings-100000.md", Clean, 0, 0, 100000, manyHeadings},
    {"nested-blockquote-10000.md", Clean, 0, 0, 0, nestedBlockQuotes},
    {"nested-bullet-list-10000.md", Clean, 0, 0, 0, nestedBulletLists},
    {"nested-ordered-list-10000.md", Clean, 0, 0, 0, nestedOrderedLists},
    {"long-heading-100kb.md", Clean, 0, 0, 1, longHeading},
    {"pathological-emphasis-50000.md", Clean, 0, 0, 0, pathologicalEmphasis},
    {"pathological-underscores-50000.md", Clean, 0, 0, 0, pathologicalUnderscores},
    {"open-brackets-50000.md", Clean, 0, 0, 0, openBrackets},
    {"nested-links-50000.md", Clean, 0, 0, 0, nestedLinks},

    // Either way, but fast and without crashing.
    {"yaml-alias-bomb.md", Either, 0, 0, 1, nullptr},
    {"yaml-deep-flow-nesting.md", Either, 0, 0, 1, deepYamlNesting},
};

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

QString commandLine(const QStringList &arguments, const QString &file, const QString &output)
{
    QStringList shown = arguments;
    shown.replaceInStrings(file, QStringLiteral("FILE")).replaceInStrings(output, QStringLiteral("OUT"));
    return QStringLiteral("kiji ") + shown.join(QLatin1Char(' '));
}

QString excerpt(const QByteArray &bytes)
{
    QByteArray text = bytes.left(300);
    if (bytes.size() > 300)
        text += "…";
    return QString::fromUtf8(text).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommittedFileHasARow();
    // The CLI first: its watchdog catches hangs and crashes, and the
    // in-process test then skips those files instead of hanging or dying.
    void cli_data() { addRows(); }
    void cli();
    void model_data() { addRows(); }
    void model();

private:
    void addRows();
    QString sourcePath(const QString &name) const { return m_work.filePath(QStringLiteral("src/") + name); }

    QTemporaryDir m_work;
    QSet<QString> m_notLoadable; // hung or crashed in the CLI
};

void TestBadInput::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("src")));
    QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("out")));
    for (const Case &testCase : cases) {
        const QString name = QString::fromLatin1(testCase.name);
        QByteArray bytes;
        if (testCase.generate) {
            bytes = testCase.generate();
        } else {
            QFile committed(dataPath(QStringLiteral("bad/") + name));
            QVERIFY2(committed.open(QIODevice::ReadOnly), qPrintable(committed.fileName()));
            bytes = committed.readAll();
        }
        QFile copy(sourcePath(name));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QCOMPARE(copy.write(bytes), bytes.size());
    }
}

void TestBadInput::everyCommittedFileHasARow()
{
    QSet<QString> named;
    for (const Case &testCase : cases) {
        if (!testCase.generate)
            named.insert(QString::fromLatin1(testCase.name));
    }
    const QStringList files = QDir(dataPath(QStringLiteral("bad"))).entryList(QDir::Files);
    for (const QString &file : files) {
        if (file != QLatin1String("README.md"))
            QVERIFY2(named.contains(file), qPrintable(file + QStringLiteral(" has no row in tst_badinput")));
    }
    QVERIFY(std::size(cases) >= 22);
}

void TestBadInput::addRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expect");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("lineMax");
    QTest::addColumn<int>("sections");
    for (const Case &testCase : cases) {
        QTest::newRow(testCase.name) << sourcePath(QString::fromLatin1(testCase.name)) << int(testCase.expect)
                                     << testCase.line << testCase.lineMax << testCase.sections;
    }
}

void TestBadInput::cli()
{
    QFETCH(QString, file);
    QFETCH(int, expect);
    QFETCH(int, line);
    QFETCH(int, lineMax);
    QFETCH(int, sections);
    const QByteArray original = readFile(file);
    QVERIFY(QFileInfo::exists(file));
    const QString output = m_work.filePath(QStringLiteral("out/") + QFileInfo(file).completeBaseName()
                                           + QStringLiteral("-converted.md"));
    QFile::remove(output);

    enum Kind { Outline, OutlineJson, Stats, StatsJson, Convert, ConvertHtml, ConvertToFile };
    const QList<QStringList> commands = {
        {QStringLiteral("outline"), file},
        {QStringLiteral("outline"), file, QStringLiteral("--json")},
        {QStringLiteral("stats"), file},
        {QStringLiteral("stats"), file, QStringLiteral("--json")},
        {QStringLiteral("convert"), file},
        {QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("html")},
        {QStringLiteral("convert"), file, QStringLiteral("-o"), output},
    };

    QStringList problems;
    QList<Run> runs;
    QElapsedTimer total;
    total.start();
    for (const QStringList &arguments : commands) {
        const QString command = commandLine(arguments, file, output);
        QElapsedTimer timer;
        timer.start();
        const Run run = runKiji(arguments, {}, WatchdogMs);
        const qint64 elapsed = timer.elapsed();
        if (elapsed > 1000)
            qInfo("%s: %lld ms", qPrintable(command), elapsed);
        if (!run.finished) {
            problems.append(command + QStringLiteral(": did not finish in %1 s").arg(WatchdogMs / 1000));
            m_notLoadable.insert(file);
        } else if (run.exitCode < 0) {
            problems.append(command + QStringLiteral(": crashed; stderr: ") + excerpt(run.err));
            m_notLoadable.insert(file);
        }
        if (readFile(file) != original)
            problems.append(command + QStringLiteral(": changed the source file's bytes"));
        runs.append(run);
    }

    // For "either" files, the outline's verdict decides, and the rest must agree.
    int verdict = expect;
    if (expect == Either)
        verdict = runs.at(Outline).exitCode == 0 ? Clean : Damaged;

    for (int kind = Outline; kind <= ConvertToFile; ++kind) {
        const Run &run = runs.at(kind);
        if (!run.finished || run.exitCode < 0)
            continue;
        const QString command = commandLine(commands.at(kind), file, output);
        const int wantedExit = verdict == Clean ? 0 : 2;
        if (run.exitCode != wantedExit) {
            problems.append(QStringLiteral("%1: exit %2, expected %3 (%4); stderr: %5")
                                .arg(command)
                                .arg(run.exitCode)
                                .arg(wantedExit)
                                .arg(expectName(verdict), excerpt(run.err)));
        }
        const bool isJson = kind == OutlineJson || kind == StatsJson;
        QJsonArray jsonSections;
        if (isJson) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
            if (error.error != QJsonParseError::NoError || !json.isObject())
                problems.append(command + QStringLiteral(": stdout is not a JSON object: ") + error.errorString());
            jsonSections = json.object().value(QStringLiteral("sections")).toArray();
        }
        if (kind <= StatsJson) {
            if (run.out.isEmpty())
                problems.append(command + QStringLiteral(": printed nothing on stdout"));
        }
        if (verdict == Damaged) {
            if (kind <= StatsJson) {
                const QList<int> lines = errorLines(run.err, file);
                if (lines.isEmpty()) {
                    problems.append(command + QStringLiteral(": no \"kiji: error: FILE:LINE: message\" on stderr: ")
                                    + excerpt(run.err));
                } else if (line > 0 && std::none_of(lines.cbegin(), lines.cend(), [&](int found) {
                               return found >= line && found <= lineMax;
                           })) {
                    problems.append(QStringLiteral("%1: error lines %2 on stderr, expected %3")
                                        .arg(command, listOf(lines),
                                             line == lineMax ? QString::number(line)
                                                             : QStringLiteral("%1..%2").arg(line).arg(lineMax)));
                }
            } else {
                if (!run.err.contains("kiji: error: "))
                    problems.append(command + QStringLiteral(": no error on stderr"));
                if (!run.out.isEmpty())
                    problems.append(command + QStringLiteral(": wrote %1 bytes to stdout").arg(run.out.size()));
                if (kind == ConvertToFile && QFileInfo::exists(output))
                    problems.append(command + QStringLiteral(": created the output file"));
            }
        } else {
            if (run.err.contains("kiji: error: "))
                problems.append(command + QStringLiteral(": error on stderr: ") + excerpt(run.err));
            if (kind == Convert && run.out != original) {
                problems.append(command + QStringLiteral(": output (%1 bytes) differs from the input (%2 bytes)")
                                              .arg(run.out.size())
                                              .arg(original.size()));
            }
            if (kind == ConvertHtml && !run.out.startsWith("<!DOCTYPE html>"))
                problems.append(command + QStringLiteral(": not an HTML page: ") + excerpt(run.out));
            if (kind == ConvertToFile && readFile(output) != original)
                problems.append(command + QStringLiteral(": the output file differs from the input"));
            if (sections >= 0 && kind == OutlineJson && countSections(jsonSections) != sections) {
                problems.append(QStringLiteral("%1: %2 sections, expected %3")
                                    .arg(command)
                                    .arg(countSections(jsonSections))
                                    .arg(sections));
            }
            if (sections >= 0 && kind == StatsJson && jsonSections.size() != sections) {
                problems.append(QStringLiteral("%1: %2 sections, expected %3")
                                    .arg(command)
                                    .arg(jsonSections.size())
                                    .arg(sections));
            }
        }
    }
    if (total.elapsed() > 3000)
        qInfo("all subcommands: %lld ms", total.elapsed());
    QFile::remove(output);
    reportProblems(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

void TestBadInput::model()
{
    QFETCH(QString, file);
    QFETCH(int, expect);
    QFETCH(int, line);
    QFETCH(int, lineMax);
    QFETCH(int, sections);
    if (m_notLoadable.contains(file))
        QFAIL("not loaded in-process: kiji hung or crashed on this file (see cli)");
    const QByteArray original = readFile(file);
    const QString copy = m_work.filePath(QStringLiteral("out/") + QFileInfo(file).completeBaseName()
                                         + QStringLiteral("-copy.md"));
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

    // setData() (how standard input is read) judges the bytes the same way.
    ArticleDocument fromData;
    fromData.setData(original);
    if (fromData.isReadOnly() != document.isReadOnly() || fromData.diagnostics().size() != document.diagnostics().size())
        problems.append(QStringLiteral("setData() judges the bytes differently from load()"));

    const int verdict = expect == Either ? (document.isReadOnly() ? Damaged : Clean) : expect;
    if (verdict == Damaged) {
        if (!document.isReadOnly())
            problems.append(QStringLiteral("not read-only; diagnostics: ") + diagnosticText);
        if (errorLines.isEmpty()) {
            problems.append(QStringLiteral("no error in diagnostics(); diagnostics: ") + diagnosticText);
        } else if (line > 0 && std::none_of(errorLines.cbegin(), errorLines.cend(),
                                            [&](int found) { return found >= line && found <= lineMax; })) {
            problems.append(QStringLiteral("error lines %1, expected %2; diagnostics: %3")
                                .arg(listOf(errorLines),
                                     line == lineMax ? QString::number(line) : QStringLiteral("%1..%2").arg(line).arg(lineMax),
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
        if (sections >= 0 && document.sections().size() != sections)
            problems.append(QStringLiteral("%1 sections, expected %2").arg(document.sections().size()).arg(sections));
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
