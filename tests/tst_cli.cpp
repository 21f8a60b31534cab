// The `kiji` command as a user runs it: outputs, JSON shapes, exit codes
// and error messages.
#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace TestSupport;

namespace {

const QString sample = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");

QString write(const QTemporaryDir &directory, const QString &name, const QByteArray &bytes)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

// 1-based lines of `bytes` that start an ATX heading outside code fences.
QList<int> atxHeadingLines(const QByteArray &bytes)
{
    QList<int> lines;
    bool fenced = false;
    const QList<QByteArray> all = bytes.split('\n');
    for (int index = 0; index < all.size(); ++index) {
        if (all.at(index).startsWith("```"))
            fenced = !fenced;
        else if (!fenced && all.at(index).startsWith('#'))
            lines.append(index + 1);
    }
    return lines;
}

void collectLines(const QJsonArray &sections, QList<int> *lines)
{
    for (const QJsonValue &section : sections) {
        lines->append(section.toObject().value(QStringLiteral("line")).toInt());
        collectLines(section.toObject().value(QStringLiteral("children")).toArray(), lines);
    }
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineJson();
    void outlineText();
    void statsJson();
    void convertWritesFiles();
    void convertFormatsNotBuiltYet();
    void usageErrors();
    void damagedFileStillPrintsOutline();
    void missingFile();
    void help();
    void windowReplacesTheCommand();
};

void TestCli::outlineJson()
{
    const Run run = runKiji({QStringLiteral("outline"), sample, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject outline = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(outline.value(QStringLiteral("file")).toString(), sample);
    QVERIFY(outline.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("ダーマペン")));
    QVERIFY(outline.value(QStringLiteral("chars")).toInt() > 2000);
    QVERIFY(outline.value(QStringLiteral("lead")).toObject().value(QStringLiteral("chars")).toInt() > 100);
    const QJsonObject supervisor = outline.value(QStringLiteral("supervisor")).toObject();
    QVERIFY(!supervisor.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(supervisor.value(QStringLiteral("credentials")).toArray().size() >= 2);
    QCOMPARE(supervisor.value(QStringLiteral("reviewed")).toString(), QStringLiteral("2026-11-20"));

    const QJsonArray sections = outline.value(QStringLiteral("sections")).toArray();
    QVERIFY(sections.size() >= 4);
    int total = outline.value(QStringLiteral("lead")).toObject().value(QStringLiteral("chars")).toInt();
    for (const QJsonValue &value : sections) {
        const QJsonObject section = value.toObject();
        QCOMPARE(section.value(QStringLiteral("level")).toInt(), 2);
        int childrenTotal = 0;
        for (const QJsonValue &child : section.value(QStringLiteral("children")).toArray()) {
            QCOMPARE(child.toObject().value(QStringLiteral("level")).toInt(), 3);
            childrenTotal += child.toObject().value(QStringLiteral("charsTotal")).toInt();
        }
        QCOMPARE(section.value(QStringLiteral("charsTotal")).toInt(),
                 section.value(QStringLiteral("chars")).toInt() + childrenTotal);
        total += section.value(QStringLiteral("charsTotal")).toInt();
    }
    QCOMPARE(outline.value(QStringLiteral("chars")).toInt(), total);

    QList<int> lines;
    collectLines(sections, &lines);
    QCOMPARE(lines, atxHeadingLines(readFile(sample)));
}

void TestCli::outlineText()
{
    const Run run = runKiji({QStringLiteral("outline"), sample});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("## "));
    QVERIFY(run.out.contains("まとめ"));
}

void TestCli::statsJson()
{
    QTemporaryDir directory;
    const QString file = write(directory, QStringLiteral("a.md"),
                               "## 見出し\n\n一文目です。二文目です！\n三文目\n\n## 二つ目\n\n" + QByteArray(600, 'x') + "\n");
    const Run run = runKiji({QStringLiteral("stats"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(stats.value(QStringLiteral("chars")).toInt(), 3 + 15 + 3 + 600);
    QCOMPARE(stats.value(QStringLiteral("paragraphs")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("sentences")).toInt(), 4);
    QCOMPARE(stats.value(QStringLiteral("longestSentence")).toInt(), 600);
    QCOMPARE(stats.value(QStringLiteral("readingMinutes")).toInt(), 2);
    const QJsonArray sections = stats.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(1).toObject().value(QStringLiteral("heading")).toString(), QStringLiteral("二つ目"));
    QCOMPARE(sections.at(1).toObject().value(QStringLiteral("line")).toInt(), 6);
    QCOMPARE(sections.at(1).toObject().value(QStringLiteral("chars")).toInt(), 603);
}

void TestCli::convertWritesFiles()
{
    QTemporaryDir directory;
    const QString markdown = directory.filePath(QStringLiteral("copy.md"));
    Run run = runKiji({QStringLiteral("convert"), sample, QStringLiteral("-o"), markdown});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(markdown), readFile(sample));

    const QString html = directory.filePath(QStringLiteral("page.html"));
    run = runKiji({QStringLiteral("convert"), sample, QStringLiteral("-o"), html});
    QCOMPARE(run.exitCode, 0);
    const QByteArray page = readFile(html);
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("<table>"));
    QVERIFY(page.contains("class=\"footnotes\""));
    QVERIFY(page.contains("<title>ダーマペン"));
    QVERIFY(!page.contains("<script"));
    QVERIFY(!page.contains("kiji: budget"));
    static const QRegularExpression remote(QStringLiteral("(src|href)=\"https?:"));
    QVERIFY(!QString::fromUtf8(page).contains(remote));

    // A pipe (like /dev/null or a device) is written into, never replaced by
    // a renamed temporary file.
    const QString pipe = directory.filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {pipe});
    QVERIFY(reader.waitForStarted());
    run = runKiji({QStringLiteral("convert"), sample, QStringLiteral("-o"), pipe});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(reader.waitForFinished(10000));
    QCOMPARE(reader.readAllStandardOutput(), readFile(sample));
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());

    // Raw HTML is omitted, as cmark's safe mode does.
    const QString unsafe = write(directory, QStringLiteral("unsafe.md"), "<script>alert(1)</script>\n\n本文\n");
    run = runKiji({QStringLiteral("convert"), unsafe, QStringLiteral("--to"), QStringLiteral("html")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("<script>alert"));
}

void TestCli::convertFormatsNotBuiltYet()
{
    const Run run = runKiji({QStringLiteral("convert"), sample, QStringLiteral("--from"), QStringLiteral("pdf")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("kiji: error: "));
    QVERIFY(run.err.contains("not built yet"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::usageErrors()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("outline")},
                                         QStringList{QStringLiteral("outline"), sample, QStringLiteral("--bogus")},
                                         QStringList{QStringLiteral("convert"), sample, QStringLiteral("--to")},
                                         QStringList{QStringLiteral("convert"), sample, QStringLiteral("--to"),
                                                     QStringLiteral("docx")},
                                         QStringList{QStringLiteral("stats")},
                                         QStringList{QStringLiteral("check")},
                                         QStringList{QStringLiteral("check"), sample, QStringLiteral("--format"),
                                                     QStringLiteral("xml")}}) {
        const Run run = runKiji(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("kiji: error: "), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::damagedFileStillPrintsOutline()
{
    QTemporaryDir directory;
    const QByteArray bytes = "---\ntitle: ok\nkeywords: [a, b\n---\n## 見出し\n\n本文\n";
    const QString file = write(directory, QStringLiteral("bad.md"), bytes);
    Run run = runKiji({QStringLiteral("outline"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("kiji: error: " + file.toUtf8() + ":"), run.err.constData());
    static const QRegularExpression located(QStringLiteral("^kiji: error: .*bad\\.md:[2-4]: malformed front matter"));
    QVERIFY2(QString::fromUtf8(run.err).contains(located), run.err.constData());
    const QJsonArray sections = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.at(0).toObject().value(QStringLiteral("line")).toInt(), 5);

    run = runKiji({QStringLiteral("stats"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains("見出し"));

    run = runKiji({QStringLiteral("convert"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readFile(file), bytes);
}

void TestCli::missingFile()
{
    const Run run = runKiji({QStringLiteral("outline"), QStringLiteral("/nonexistent/article.md")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("kiji: error: /nonexistent/article.md: cannot open"), run.err.constData());
}

void TestCli::help()
{
    Run run = runKiji({QStringLiteral("help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"convert", "outline", "stats"})
        QVERIFY(run.out.contains(command));
    run = runKiji({QStringLiteral("help"), QStringLiteral("outline")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("charsTotal"));
    run = runKiji({QStringLiteral("help"), QStringLiteral("nothing")});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::windowReplacesTheCommand()
{
    // `kiji FILE` becomes kiji-gui (same process); --screenshot saves the window and quits.
    QTemporaryDir directory;
    const QString shot = directory.filePath(QStringLiteral("window.png"));
    const Run run = runKiji({sample, QStringLiteral("--screenshot"), shot}, {}, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
