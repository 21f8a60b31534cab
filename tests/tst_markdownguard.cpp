// Markdown on which Debian's cmark-gfm takes polynomial time is disarmed
// before parsing: Kiji reads it in moments, says so on the right line, and
// keeps the bytes; ordinary HTML and tables are left alone.
#include "articledocument.h"
#include "cmarktree.h"
#include "markdownguard.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QByteArray repeated(const char *unit, int count)
{
    return QByteArray(unit).repeated(count);
}

// A header of `columns` cells, its delimiter row and `rows` one-cell rows.
QByteArray table(int columns, int rows)
{
    return repeated("|a", columns) + "|\n" + repeated("|-", columns) + "|\n" + repeated("|b\n", rows);
}

QList<MarkdownGuard::Disarmed> disarmedIn(const QByteArray &markdown, QByteArray *parsed = nullptr)
{
    QList<MarkdownGuard::Disarmed> disarmed;
    const QByteArray copy = MarkdownGuard::disarm(markdown.constData(), markdown.size(), &disarmed);
    if (parsed)
        *parsed = copy.isEmpty() ? markdown : copy;
    return disarmed;
}

QList<int> warningLines(const ArticleDocument &document)
{
    QList<int> lines;
    for (const Diagnostic &diagnostic : document.diagnostics()) {
        if (!diagnostic.isError())
            lines.append(diagnostic.line);
    }
    return lines;
}

} // namespace

class TestMarkdownGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileInputIsReadQuickly_data();
    void hostileInputIsReadQuickly();
    void onlyTheDeadOpenersChange();
    void closedAndFewOpenersStay();
    void ordinaryTablesStayTables();
    void tablesShareOneBudget();
    void articlesAreNeverTouched();
    void imagesAndReferencesOfArticlesStay();
};

void TestMarkdownGuard::hostileInputIsReadQuickly_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("line");
    const QByteArray before = "## 見出し\n\n本文です。\n\n";
    QTest::newRow("CDATA") << before + "a" + repeated("<![CDATA[", 40000) << int(MarkdownGuard::Disarmed::UnclosedInlineHtml) << 5;
    QTest::newRow("processing") << before + "a" + repeated("<?", 80000) << int(MarkdownGuard::Disarmed::UnclosedInlineHtml) << 5;
    QTest::newRow("declaration") << before + "a" + repeated("<!A ", 80000) << int(MarkdownGuard::Disarmed::UnclosedInlineHtml) << 5;
    QTest::newRow("CDATA in a table cell")
        << before + "| a |\n| - |\n| " + repeated("<![CDATA[", 40000) + " |\n" << int(MarkdownGuard::Disarmed::UnclosedInlineHtml) << 7;
    QTest::newRow("wide table") << before + table(20000, 2) << int(MarkdownGuard::Disarmed::WideTable) << 5;
    QTest::newRow("empty cells") << before + table(100, 20000) << int(MarkdownGuard::Disarmed::LargeTables) << 5;
    QTest::newRow("wide header row") << before + "|" + repeated("a|", 50000) + "\n|-|-|-|\n|x|y|z|\n"
                                     << int(MarkdownGuard::Disarmed::WideTable) << 5;
    QTest::newRow("wide body row") << before + "| a | b | c |\n| - | - | - |\n|" + repeated(" x |", 50000) + "\n"
                                   << int(MarkdownGuard::Disarmed::WideTable) << 5;
    QTest::newRow("image openers") << before + repeated("![[]()", 50000) + "\n" << int(MarkdownGuard::Disarmed::ImageOpeners)
                                   << 5;
    QTest::newRow("reference bomb") << before + "[a]: https://example.com/" + QByteArray(100000, 'x') + "\n\n"
            + repeated("[A] ", 10000) + "\n"
                                    << int(MarkdownGuard::Disarmed::ReferenceExpansion) << 5;
}

// Each input took Debian's cmark-gfm from 7 s to minutes; the CLI has 10 s.
void TestMarkdownGuard::hostileInputIsReadQuickly()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, kind);
    QFETCH(int, line);
    const QList<MarkdownGuard::Disarmed> disarmed = disarmedIn(markdown);
    QCOMPARE(disarmed.size(), 1);
    QCOMPARE(int(disarmed.first().kind), kind);

    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("hostile.md"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(markdown);
    out.close();
    for (const QStringList &arguments : {QStringList{QStringLiteral("outline"), file},
                                         QStringList{QStringLiteral("convert"), file}}) {
        const Run run = runKiji(arguments, {}, 10000);
        QVERIFY2(run.finished, qPrintable(arguments.first() + QStringLiteral(" did not finish in 10 s")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("kiji: warning: ") && run.err.contains(":" + QByteArray::number(line) + ": "),
                 run.err.left(300).constData());
        if (arguments.first() == QLatin1String("convert"))
            QVERIFY(run.out == markdown);
    }

    ArticleDocument document;
    document.setData(markdown);
    QCOMPARE(document.data(), markdown);
    QCOMPARE(warningLines(document), QList<int>{line});
    QCOMPARE(document.sections().size(), 1);
}

void TestMarkdownGuard::onlyTheDeadOpenersChange()
{
    // An opener a closer follows stays; the rest lose their `<`.
    const QByteArray markdown = "<?ok?> " + repeated("<?", 100) + "\n";
    QByteArray parsed;
    const QList<MarkdownGuard::Disarmed> disarmed = disarmedIn(markdown, &parsed);
    QCOMPARE(disarmed.size(), 1);
    QCOMPARE(disarmed.first().count, 100);
    QCOMPARE(disarmed.first().offset, 7);
    QCOMPARE(parsed, "<?ok?> " + repeated(" ?", 100) + "\n");

    // Openers in another paragraph are counted there.
    const QByteArray split = repeated("<?", 40) + "\n\n" + repeated("<?", 40) + "\n";
    QVERIFY(disarmedIn(split).isEmpty());
}

void TestMarkdownGuard::closedAndFewOpenersStay()
{
    const QByteArray markdown = "a <![CDATA[x]]> b <?php echo 1; ?> c <!DOCTYPE html> d\n\n"
        + repeated("<![CDATA[", MarkdownGuard::MaxDeadOpeners) + "\n\n"
        + repeated("<![CDATA[", 1000) + "]]>\n";
    QVERIFY(disarmedIn(markdown).isEmpty());
    const CmarkTree tree(markdown);
    QVERIFY(tree.disarmed().isEmpty());
}

void TestMarkdownGuard::ordinaryTablesStayTables()
{
    for (const QByteArray &markdown : {table(3, 10), table(MarkdownGuard::MaxTableColumns, 5),
                                       QByteArray("a | b\n--- | :-:\n1 | 2\n")}) {
        QVERIFY(disarmedIn(markdown).isEmpty());
        QVERIFY(CmarkTree(markdown).renderHtml().contains("<table>"));
    }
    // One column more, and the table reads as text.
    const QByteArray wide = table(MarkdownGuard::MaxTableColumns + 1, 1);
    QCOMPARE(disarmedIn(wide).size(), 1);
    QVERIFY(!CmarkTree(wide).renderHtml().contains("<table>"));
}

void TestMarkdownGuard::tablesShareOneBudget()
{
    // Three tables of 100 columns and 999 rows: 100 000 cells each.
    const QByteArray one = table(100, 999);
    const QByteArray markdown = one + "\n" + one + "\n" + one;
    const QList<MarkdownGuard::Disarmed> disarmed = disarmedIn(markdown);
    QCOMPARE(disarmed.size(), 1);
    QCOMPARE(int(disarmed.first().kind), int(MarkdownGuard::Disarmed::LargeTables));
    QCOMPARE(disarmed.first().offset, 2 * (one.size() + 1));
    QCOMPARE(CmarkTree(markdown).renderHtml().count("<table>"), 2);
}

void TestMarkdownGuard::articlesAreNeverTouched()
{
    const QStringList files = articleFiles();
    QVERIFY(files.size() >= 10);
    for (const QString &file : files) {
        const QByteArray markdown = readFile(file);
        QVERIFY2(disarmedIn(markdown).isEmpty(), qPrintable(file));
    }
}

void TestMarkdownGuard::imagesAndReferencesOfArticlesStay()
{
    // A gallery paragraph of a hundred images, and a 60 KB image defined
    // once and used twice among 100 000 footnote references.
    const QByteArray gallery = repeated("![写真](photo.png) ", 100) + "\n";
    QVERIFY(disarmedIn(gallery).isEmpty());
    QCOMPARE(CmarkTree(gallery).renderHtml().count("<img"), 100);
    QByteArray article = "[logo]: data:image/png;base64," + QByteArray(60000, 'A') + "\n\n![ロゴ][logo] と ![ロゴ][LOGO]\n\n";
    for (int footnote = 1; footnote <= 100000; ++footnote)
        article += "[^" + QByteArray::number(footnote) + "]";
    QVERIFY(disarmedIn(article).isEmpty());
    QCOMPARE(CmarkTree(article).renderHtml().count("<img"), 2);
}

QTEST_GUILESS_MAIN(TestMarkdownGuard)
#include "tst_markdownguard.moc"
