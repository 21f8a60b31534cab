// The preview's fragments: one per section, rendered in the context of the
// whole article, raw HTML omitted.
#include "articledocument.h"
#include "renderedarticle.h"

#include <QTest>

class TestRenderedArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fragmentsPerSection();
    void paragraphAboveATableStaysInItsSection();
    void beginningOfALongArticle();
};

void TestRenderedArticle::paragraphAboveATableStaysInItsSection()
{
    // cmark-gfm gives the paragraph a table splits off no source position;
    // it belongs to the table's section, not to the lead.
    ArticleDocument document;
    document.setData("リード。\n\n## 表の章\n\n表の前の文\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## 次\n\n本文。\n");
    const RenderedArticle article = RenderedArticle::render(document);
    QVERIFY2(!article.lead.contains("表の前の文"), article.lead.constData());
    QVERIFY2(article.sections.at(0).contains("<p>表の前の文</p>"), article.sections.at(0).constData());
    QCOMPARE(document.structure().leadChars, 4);
    // 表の章 (3) + 表の前の文 (5) + a b 1 2 (4)
    QCOMPARE(document.sections().at(0).chars, 3 + 5 + 4);
}

void TestRenderedArticle::fragmentsPerSection()
{
    ArticleDocument document;
    document.setData("---\ntitle: 題名\nsupervisor:\n  name: 医師 太郎\n  credentials: [医学博士]\n---\n"
                     "リード<script>alert(1)</script>\n\n"
                     "## 一\n\n[参照][ref]と注[^n]。\n\n> ## 引用内\n\n### 一の一\n\n<img src=x onerror=alert(1)>\n\n"
                     "## 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n二つ目[^m]\n\n[ref]: https://example.com\n[^n]: 脚注の本文\n[^m]: 二つ目の脚注\n");
    const RenderedArticle article = RenderedArticle::render(document);
    QVERIFY(article.header.contains("<h1 class=\"kiji-title\">題名</h1>"));
    QVERIFY(article.header.contains("医師 太郎"));
    QVERIFY(article.header.contains("<li>医学博士</li>"));
    QVERIFY(article.lead.contains("リード"));
    QVERIFY(!article.lead.contains("<script"));
    QCOMPARE(article.sections.size(), 3);
    QCOMPARE(article.levels, QList<int>({2, 3, 2}));
    QVERIFY(article.sections.at(0).startsWith("<h2>一</h2>"));
    QVERIFY(article.sections.at(0).contains("<a href=\"https://example.com\">参照</a>"));
    QVERIFY(article.sections.at(0).contains("data-footnote-ref"));
    QVERIFY(article.sections.at(0).contains("<blockquote>"));
    QVERIFY(!article.sections.at(0).contains("一の一"));
    QVERIFY(article.sections.at(1).startsWith("<h3>一の一</h3>"));
    QVERIFY(!article.sections.at(1).contains("onerror"));
    QVERIFY(article.sections.at(2).contains("<table>"));
    QVERIFY(!article.sections.at(2).contains("脚注の本文"));
    QVERIFY(article.footnotes.contains("脚注の本文"));
    QVERIFY(article.footnotes.contains("class=\"footnotes\""));
    // Both notes in one numbered list, in the order of their references.
    QCOMPARE(article.footnotes.count("<ol>"), 1);
    QVERIFY(article.footnotes.indexOf("脚注の本文") < article.footnotes.indexOf("二つ目の脚注"));
}

static qsizetype htmlBytes(const RenderedArticle &article)
{
    qsizetype bytes = article.header.size() + article.lead.size() + article.footnotes.size();
    for (const QByteArray &section : article.sections)
        bytes += section.size();
    return bytes;
}

void TestRenderedArticle::beginningOfALongArticle()
{
    // Thirty sections of about 1 KB, each referring to a footnote.
    QByteArray text = "---\ntitle: 長い記事\n---\nリードの文です[^0]。\n\n";
    for (int index = 0; index < 30; ++index) {
        text += (index % 3 ? "### 見出し" : "## 見出し") + QByteArray::number(index) + "\n\n";
        text += QByteArray("本文の文です。").repeated(40) + "[^" + QByteArray::number(index) + "]\n\n";
    }
    for (int index = 0; index < 30; ++index)
        text += "[^" + QByteArray::number(index) + "]: 注" + QByteArray::number(index) + "\n";
    ArticleDocument document;
    document.setData(text);
    const RenderedArticle whole = RenderedArticle::render(document);
    QVERIFY(whole.complete);
    QCOMPARE(whole.sections.size(), 30);

    // The first sections as the whole article has them, up to the one that
    // brings the HTML to 5000 bytes; no footnotes.
    const RenderedArticle beginning = RenderedArticle::renderBeginning(document, 5000);
    QVERIFY(!beginning.complete);
    QCOMPARE(beginning.revision, whole.revision);
    QCOMPARE(beginning.header, whole.header);
    QCOMPARE(beginning.lead, whole.lead);
    QVERIFY(beginning.footnotes.isEmpty());
    QVERIFY(beginning.sections.size() > 1 && beginning.sections.size() < 10);
    QCOMPARE(beginning.sections, whole.sections.first(beginning.sections.size()));
    QCOMPARE(beginning.levels, whole.levels.first(beginning.sections.size()));
    QVERIFY(htmlBytes(beginning) >= 5000);
    QVERIFY(htmlBytes(beginning) - beginning.sections.constLast().size() < 5000);

    // An article shorter than asked for is rendered whole.
    const RenderedArticle all = RenderedArticle::renderBeginning(document, htmlBytes(whole) + 1);
    QVERIFY(all.complete);
    QCOMPARE(all.sections, whole.sections);
    QCOMPARE(all.footnotes, whole.footnotes);

    // An edit after the beginning renders the whole article, not the part.
    QVERIFY(document.setSectionBody(1, QStringLiteral("書き換えた本文です[^1]。\n")));
    const RenderedArticle edited = RenderedArticle::render(document, &beginning);
    QVERIFY(edited.complete);
    QCOMPARE(edited.sections.size(), 30);
    QVERIFY(edited.sections.at(1).contains("書き換えた本文です"));
    QCOMPARE(edited.footnotes, whole.footnotes);
}

QTEST_GUILESS_MAIN(TestRenderedArticle)
#include "tst_renderedarticle.moc"
