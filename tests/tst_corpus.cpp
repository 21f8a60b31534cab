// Real Japanese articles: lossless round trip, outline equal to cmark-gfm's
// headings, and section moves that restore the exact bytes.
#include "articledocument.h"
#include "cmarktree.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

#include <cmark-gfm.h>

using namespace TestSupport;

namespace {

// The HTML of the section whose heading is on Markdown line `line`, up to the
// next heading of the same or a higher level, rendered in the context of the
// whole article (link reference definitions resolve), with footnote numbers
// replaced since they follow the order of references.
QByteArray sectionHtml(const QByteArray &markdown, int line)
{
    CmarkTree tree(markdown);
    QByteArray html;
    int level = 0;
    for (cmark_node *node = cmark_node_first_child(tree.root()); node; node = cmark_node_next(node)) {
        const bool isHeading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
        if (level == 0) {
            if (isHeading && cmark_node_get_start_line(node) == line)
                level = cmark_node_get_heading_level(node);
            else
                continue;
        } else if (isHeading && cmark_node_get_heading_level(node) <= level) {
            break;
        } else if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
            break;
        }
        html += tree.renderHtml(node);
    }
    static const QRegularExpression footnoteNumber(QStringLiteral("(data-footnote-ref>)\\d+(<)"));
    static const QRegularExpression repeatedReference(QStringLiteral(" id=\"fnref-[^\"]*\""));
    return QString::fromUtf8(html)
        .replace(footnoteNumber, QStringLiteral("\\1#\\2"))
        .remove(repeatedReference)
        .toUtf8();
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical_data() { addArticles(); }
    void roundTripIsByteIdentical();
    void outlineMatchesCmarkHeadings_data() { addArticles(); }
    void outlineMatchesCmarkHeadings();
    void moveToEndAndBackRestoresBytes_data() { addArticles(); }
    void moveToEndAndBackRestoresBytes();
    void convertRendersTablesFootnotesStrikethrough_data() { addArticles(); }
    void convertRendersTablesFootnotesStrikethrough();

private:
    static void addArticles();
};

void TestCorpus::addArticles()
{
    QTest::addColumn<QString>("file");
    const QStringList files = articleFiles();
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
    QTest::newRow("sample-article.md") << QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");
}

void TestCorpus::roundTripIsByteIdentical()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(file);
    QVERIFY(!bytes.isEmpty());
    ArticleDocument document;
    QString error;
    QVERIFY2(document.load(file, &error), qPrintable(error));
    QVERIFY(!document.isReadOnly());
    QCOMPARE(document.data(), bytes);

    QTemporaryDir directory;
    const QString copy = directory.filePath(QStringLiteral("copy.md"));
    QVERIFY2(document.save(copy, &error), qPrintable(error));
    QCOMPARE(readFile(copy), bytes);

    const Run run = runKiji({QStringLiteral("convert"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, bytes);
}

void TestCorpus::outlineMatchesCmarkHeadings()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(file);
    ArticleDocument document;
    document.setData(bytes);
    const int offset = document.frontMatter().lineCount;
    const QList<Heading> expected = cmarkTopLevelHeadings(bytes.mid(document.structure().markdownBegin));
    QCOMPARE(document.sections().size(), expected.size());
    QVERIFY(!expected.isEmpty());
    const QList<QByteArray> lines = bytes.split('\n');
    for (int index = 0; index < expected.size(); ++index) {
        const Section &section = document.sections().at(index);
        QCOMPARE(section.line, expected.at(index).line + offset);
        QCOMPARE(section.level, expected.at(index).level);
        // The file line really holds the heading.
        const QByteArray fileLine = lines.at(section.line - 1);
        QVERIFY2(fileLine.trimmed().startsWith('#') || section.isSetext, fileLine.constData());
        QVERIFY2(section.isSetext || QString::fromUtf8(fileLine).contains(section.heading.left(2)),
                 qPrintable(section.heading));
    }
}

void TestCorpus::moveToEndAndBackRestoresBytes()
{
    QFETCH(QString, file);
    const QByteArray original = readFile(file);
    ArticleDocument document;
    document.setData(original);
    const int count = int(document.sections().size());
    int moved = 0;
    for (int index = 0; index < count; ++index) {
        const Section section = document.sections().at(index);
        if (section.subtreeEnd == original.size())
            continue; // already at the end
        const int markdownLine = section.line - document.frontMatter().lineCount;
        const QByteArray htmlBefore = sectionHtml(original.mid(document.structure().markdownBegin), markdownLine);

        QString error;
        QVERIFY2(document.moveSection(index, -1, SectionPlacement::After, LevelPolicy::KeepLevels, &error),
                 qPrintable(error));
        QVERIFY(document.text() != original);
        // The section that followed it now starts where it started.
        const int follower = document.structure().sectionAt(section.begin);
        const int movedIndex = document.structure().sectionAt(document.text().size() - 1);
        int movedRoot = movedIndex;
        while (document.sections().at(movedRoot).begin > document.sections().at(follower).begin
               && document.sections().at(movedRoot).heading != section.heading)
            --movedRoot;
        QCOMPARE(document.sections().at(movedRoot).heading, section.heading);

        const Section &now = document.sections().at(movedRoot);
        const QByteArray htmlAfter = sectionHtml(document.text().mid(document.structure().markdownBegin),
                                                 now.line - document.frontMatter().lineCount);
        if (htmlAfter != htmlBefore) {
            qsizetype at = 0;
            while (at < htmlAfter.size() && at < htmlBefore.size() && htmlAfter.at(at) == htmlBefore.at(at))
                ++at;
            qWarning("section %s differs at %lld:\nafter:  %s\nbefore: %s", qPrintable(section.heading), at,
                     htmlAfter.mid(std::max<qsizetype>(0, at - 80), 200).constData(),
                     htmlBefore.mid(std::max<qsizetype>(0, at - 80), 200).constData());
        }
        QCOMPARE(htmlAfter, htmlBefore);

        QVERIFY2(document.moveSection(movedRoot, follower, SectionPlacement::Before, LevelPolicy::KeepLevels, &error),
                 qPrintable(error));
        QCOMPARE(document.data(), original);

        document.undoStack()->undo();
        QVERIFY(document.data() != original);
        document.undoStack()->undo();
        QCOMPARE(document.data(), original);
        document.undoStack()->clear();
        ++moved;
    }
    QVERIFY(moved > 0 || count <= 1);
}

void TestCorpus::convertRendersTablesFootnotesStrikethrough()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(file);
    const Run run = runKiji({QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("html")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(!run.out.contains("<script"));
    static const QRegularExpression tableRow(QStringLiteral("^\\|.*\\|\\s*$\\n^\\|[\\s:|-]+\\|\\s*$"),
                                             QRegularExpression::MultilineOption);
    if (QString::fromUtf8(bytes).contains(tableRow))
        QVERIFY(run.out.contains("<table>"));
    if (bytes.contains("\n[^"))
        QVERIFY(run.out.contains("data-footnote-ref") && run.out.contains("class=\"footnotes\""));
    if (bytes.contains("~~") && !bytes.contains("```"))
        QVERIFY(run.out.contains("<del>"));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
