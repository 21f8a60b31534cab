// Article web pages (WordPress and Kiji's own export) become Kiji articles:
// the article only, with its headings, lists, tables, quotes and images.
#include "articledocument.h"
#include "htmlexport.h"
#include "htmlimport.h"
#include "textimport.h"
#include "testsupport.h"

#include <QTest>

namespace {

// Headings as a browser shows them: runs of white space read as one.
QStringList outline(const ArticleDocument &document)
{
    QStringList lines;
    for (const Section &section : document.sections())
        lines.append(QString(section.level, u'#') + u' ' + section.heading.simplified());
    return lines;
}

} // namespace

class TestHtmlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordpressPageKeepsOnlyTheArticle();
    void kijiExportRoundTrip_data();
    void kijiExportRoundTrip();
    void badInput_data();
    void badInput();
    void commandLine();
};

void TestHtmlImport::wordpressPageKeepsOnlyTheArticle()
{
    const ImportResult result = HtmlImport::fromHtml(TestSupport::readFile(TestSupport::dataPath(QStringLiteral("import/wordpress-page.html"))));
    QVERIFY(result.ok());
    ArticleDocument document;
    document.setData(result.markdown);
    QVERIFY(!document.hasErrors());
    QCOMPARE(document.frontMatter().title, QStringLiteral("睡眠の質を高める寝室の作り方"));
    QCOMPARE(outline(document), QStringList({QStringLiteral("## 寝室の温度と湿度"), QStringLiteral("### エアコンの使い方"),
                                             QStringLiteral("## 光と音を整える"), QStringLiteral("## まとめ")}));
    const QString markdown = QString::fromUtf8(result.markdown);
    // Navigation, breadcrumbs, table of contents, meta, share buttons,
    // related posts, sidebar, footer and scripts are gone.
    for (const char *furniture : {"ホーム", "目次", "2026年11月20日", "ポスト", "関連記事", "人気記事", "朝活", "©",
                                  "dataLayer", "広告", "document.write", "睡眠</a>", "タグ"})
        QVERIFY2(!markdown.contains(QString::fromUtf8(furniture)), furniture);
    QVERIFY(markdown.contains(QStringLiteral("**寝室の環境**を見直してみましょう。")));
    QVERIFY(markdown.contains(QStringLiteral("[専門家の解説](<https://example.org/sleep>)")));
    QVERIFY(markdown.contains(QStringLiteral("| 季節 | 室温 | 湿度 |\n| --- | --- | --- |\n| 夏 | 26℃前後 | 50〜60% |\n")));
    QVERIFY(markdown.contains(QStringLiteral("- 寝る1時間前から照明を暗くする\n  - 間接照明がおすすめ\n")));
    QVERIFY(markdown.contains(QStringLiteral("1. スマートフォンを寝室に持ち込まない\n2. 耳栓を試す\n")));
    QVERIFY(markdown.contains(QStringLiteral("![落ち着いた寝室](</wp-content/uploads/2026/11/bedroom.jpg>)")));
    QVERIFY(markdown.contains(QStringLiteral("> 睡眠は量だけでなく質も大切です。")));
    QVERIFY(markdown.contains(QStringLiteral("*寝入りばな*")));
}

void TestHtmlImport::kijiExportRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample-article.md") << QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");
    for (const QString &path : TestSupport::articleFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    // The seed as a writer pastes it, structured by the text import first.
    QTest::newRow("seed-exosome-crater.txt") << QStringLiteral(KIJI_TEST_DATA "/import/seed-exosome-crater.txt");
}

void TestHtmlImport::kijiExportRoundTrip()
{
    QFETCH(QString, path);
    ArticleDocument original;
    QByteArray markdown = TestSupport::readFile(path);
    if (path.endsWith(QLatin1String(".txt"))) {
        const ImportResult text = TextImport::fromText(markdown);
        QVERIFY(text.ok());
        markdown = text.markdown;
    }
    original.setData(markdown);
    QVERIFY(original.sections().size() > 5);
    const ImportResult result = HtmlImport::fromHtml(HtmlExport::standalonePage(original));
    QVERIFY(result.ok());
    ArticleDocument imported;
    imported.setData(result.markdown);
    QVERIFY(!imported.hasErrors());
    QCOMPARE(outline(imported), outline(original));
    QCOMPARE(imported.frontMatter().title, original.frontMatter().title);
    if (original.frontMatter().supervisor) {
        QVERIFY(imported.frontMatter().supervisor);
        QCOMPARE(imported.frontMatter().supervisor->name, original.frontMatter().supervisor->name);
        QCOMPARE(imported.frontMatter().supervisor->credentials, original.frontMatter().supervisor->credentials);
    }
}

void TestHtmlImport::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fails");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10) << true;
    QTest::newRow("invalid UTF-8") << QByteArray("<p>\xff\xfe本文</p>") << false;
    QTest::newRow("5 MB on one line") << QByteArray("<p>") + QByteArray(5 * 1024 * 1024, 'a') << false;
    // Refused with a message: parsing them would take minutes.
    QTest::newRow("100 000 nested elements") << QByteArray("<div>").repeated(100000) + "本文" << true;
    QTest::newRow("3 000 nested elements") << QByteArray("<div>").repeated(3000) + "本文" << false;
    QTest::newRow("20 000 paragraphs without end tags") << QByteArray("<p>本文").repeated(20000) << false;
    QTest::newRow("unclosed everything") << QByteArray("<table><tr><td><ul><li><h2>見出し<blockquote><pre>") << false;
}

void TestHtmlImport::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fails);
    const ImportResult result = HtmlImport::fromHtml(bytes);
    QCOMPARE(!result.ok(), fails);
    if (fails) {
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.markdown.isEmpty());
        return;
    }
    ArticleDocument document;
    document.setData(result.markdown);
    QVERIFY(!document.hasErrors());
}

void TestHtmlImport::commandLine()
{
    const QString page = TestSupport::dataPath(QStringLiteral("import/wordpress-page.html"));
    const TestSupport::Run run = TestSupport::runKiji({QStringLiteral("convert"), page});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\n## 寝室の温度と湿度\n"));
    const TestSupport::Run fromStdin = TestSupport::runKiji({QStringLiteral("convert"), QStringLiteral("-"),
                                                             QStringLiteral("--from"), QStringLiteral("html")},
                                                            TestSupport::readFile(page));
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.out, run.out);
}

QTEST_GUILESS_MAIN(TestHtmlImport)
#include "tst_htmlimport.moc"
