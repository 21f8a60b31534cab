// 文字数 as Japanese editors count it, per section and for the article.
#include "articledocument.h"
#include "textstatistics.h"

#include <QTest>

class TestCounting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visibleText_data();
    void visibleText();
    void sectionsAndTotals();
    void statistics();
};

void TestCounting::visibleText_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("chars");
    QTest::newRow("plain") << QByteArray("日本語の文。") << 6;
    QTest::newRow("white space, ideographic space, tab") << QByteArray("あ い\xE3\x80\x80う\tえ") << 4;
    QTest::newRow("no-break space") << QByteArray("a\xC2\xA0" "b") << 2;
    QTest::newRow("emphasis markup") << QByteArray("**太字**と*斜体*と~~取消~~") << 8;
    QTest::newRow("inline code is text") << QByteArray("`npm install`") << 10;
    QTest::newRow("code block is not") << QByteArray("```\nコード\n```\n") << 0;
    QTest::newRow("indented code") << QByteArray("    code\n") << 0;
    QTest::newRow("link text counts, URL not") << QByteArray("[リンク](https://example.com)") << 3;
    QTest::newRow("autolink") << QByteArray("<https://example.com>") << 0;
    QTest::newRow("bare URL") << QByteArray("詳細は https://example.com/page を参照") << 6;
    QTest::newRow("www autolink") << QByteArray("www.example.com") << 0;
    QTest::newRow("image alt") << QByteArray("![代替テキスト](a.png)") << 0;
    QTest::newRow("raw HTML") << QByteArray("<div>\n中身\n</div>\n\n<!-- コメント -->\n") << 0;
    QTest::newRow("inline HTML") << QByteArray("前<span>中</span>後") << 3;
    QTest::newRow("entity") << QByteArray("A&amp;B") << 3;
    QTest::newRow("list and quote") << QByteArray("- 一\n- 二\n\n> 引用\n") << 4;
    QTest::newRow("table cells") << QByteArray("| 項目 | 値 |\n|---|---|\n| 料金 | 1万円 |\n") << 8;
    QTest::newRow("footnote text, not its mark") << QByteArray("本文[^1]\n\n[^1]: 注釈\n") << 4;
    QTest::newRow("emoji is one") << QByteArray("\xF0\x9F\x98\x80") << 1;
    QTest::newRow("heading syntax") << QByteArray("## 見出し ##\n") << 3;
}

void TestCounting::visibleText()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, chars);
    ArticleDocument document;
    document.setData(markdown);
    QCOMPARE(document.structure().totalChars, chars);
}

void TestCounting::sectionsAndTotals()
{
    ArticleDocument document;
    document.setData("---\ntitle: タイトルは数えない\n---\nリード。\n\n## 親\n\n親の本文。\n\n### 子\n\n子の本文。\n\n"
                     "#### 孫\n\n孫。\n\n## 次\n\n次。\n");
    const QList<Section> &sections = document.sections();
    QCOMPARE(document.structure().leadChars, 4);
    QCOMPARE(sections.at(0).chars, 1 + 5);
    QCOMPARE(sections.at(1).chars, 1 + 5);
    QCOMPARE(sections.at(2).chars, 1 + 2);
    QCOMPARE(sections.at(2).charsTotal, 3);
    QCOMPARE(sections.at(1).charsTotal, 6 + 3);
    QCOMPARE(sections.at(0).charsTotal, 6 + 9);
    QCOMPARE(sections.at(3).charsTotal, 1 + 2);
    QCOMPARE(document.structure().totalChars, 4 + 15 + 3);
}

void TestCounting::statistics()
{
    ArticleDocument document;
    document.setData("一文目です。二文目！三文目か？\n四文目\n\n- 五文目。\n\n```\n数えない。\n```\n");
    const TextStatistics statistics = TextStatistics::of(document);
    QCOMPARE(statistics.paragraphs, 2);
    QCOMPARE(statistics.sentences, 5);
    QCOMPARE(statistics.longestSentence, 6);
    QCOMPARE(statistics.chars, 22);
    QCOMPARE(statistics.readingMinutes, 1);
    QCOMPARE(sentenceLengths("a!b?c\n\n"), QList<qsizetype>({2, 2, 1}));

    document.setData(QByteArray(1001, 'x'));
    QCOMPARE(TextStatistics::of(document).readingMinutes, 3);
}

QTEST_GUILESS_MAIN(TestCounting)
#include "tst_counting.moc"
