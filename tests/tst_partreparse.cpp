// Typing inside one section (or the lead) re-parses only that part. Whatever
// path an edit takes, the structure and the rendered article must be the
// ones a full parse of the new text gives.
#include "articledocument.h"
#include "cmarktree.h"
#include "renderedarticle.h"
#include "sectionstatus.h"
#include "testsupport.h"

#include <QDate>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>
#include <QTextStream>

namespace {

const QByteArray article = "---\n"
                           "title: 題名\n"
                           "---\n"
                           "リードの文です。\n"
                           "\n"
                           "## 一\n"
                           "<!-- kiji: budget=50 -->\n"
                           "一の本文です。\n"
                           "\n"
                           "### 一の一\n"
                           "\n"
                           "本文[リンク](https://example.com)。\n"
                           "\n"
                           "二つめの見出し\n"
                           "------------\n"
                           "\n"
                           "- 項目\n"
                           "- 項目\n"
                           "\n"
                           "## 三\n"
                           "\n"
                           "三の本文[^1]。\n"
                           "\n"
                           "[^1]: 脚注。\n";

// Footnotes named in several parts, one of them twice, one in a code span,
// and a definition nothing refers to.
const QByteArray footnotedArticle = "リード[^a]の文です。\n"
                                    "\n"
                                    "## 一\n"
                                    "\n"
                                    "一の本文[^b]と[^a]です。\n"
                                    "\n"
                                    "### 一の一\n"
                                    "\n"
                                    "本文[^c]。`[^a]` はコードです。[^b]\n"
                                    "\n"
                                    "## 二\n"
                                    "\n"
                                    "二の本文です。[^d]\n"
                                    "\n"
                                    "## 三\n"
                                    "\n"
                                    "三の本文[^a]。\n"
                                    "\n"
                                    "[^a]: 注あ。\n"
                                    "[^b]: 注い。\n"
                                    "\n"
                                    "[^c]: 注う。\n"
                                    "\n"
                                    "[^d]: 注え。\n"
                                    "\n"
                                    "[^e]: 使われない注。\n";

// Many sections that refer to footnotes, defined in a last section of their
// own, for random typing.
QByteArray manyFootnotes()
{
    static const char *const labels[] = {"a", "b", "c", "d", "e", "f"};
    QByteArray text = "リードの文です[^a]。\n\n";
    for (int section = 0; section < 12; ++section) {
        text += (section % 3 ? "### 節" : "## 章") + QByteArray::number(section) + "\n\n";
        for (int sentence = 0; sentence < 6; ++sentence) {
            text += "本文の文をここに書きます";
            if (sentence % 3 == 1)
                text += QByteArray("[^") + labels[(section * 2 + sentence) % 5] + ']';
            text += "。";
        }
        text += section % 4 == 1 ? "`[^a]` はコードです。\n\n" : "\n\n";
    }
    text += "## 注\n\n";
    for (const char *label : labels)
        text += QByteArray("[^") + label + "]: 注の文。\n\n";
    return text;
}

// What each snippet may do to the article: nothing outside its part, a new
// heading, a fence that swallows the next heading, a footnote, a link
// definition, a setext underline, an attribute line, an HTML block…
const QList<QByteArray> snippets = {
    "あ", "文章を足す。", "\n", "\n\n", "## 新しい見出し\n", "\n### 小見出し\n", "```\n", "~~~", "[^1]", "[^2]: 注\n",
    "[a]: /url\n", "[a]", "- 項目\n", "1. 番号\n", "<div>\n", "|a|b|\n|-|-|\n", "===\n", "---\n", "**", "`",
    "[リンク](https://example.com)", "> 引用\n", "<!-- kiji: budget=5 -->\n", "<!--", "見出し\n", "\r\n", "    ",
};
// What typing may do to footnote references, for the article of many
// footnotes: mostly add one, now and then make a part refer to an unknown
// label or hold a definition (which it then keeps: such a part is never
// parsed alone again). A `]:` inside a line could be a link definition,
// after which no part with a `[` would be, so the other snippets are left out.
const QList<QByteArray> footnoteSnippets = {"[^a]", "[^b]", "[^e]", "`", "**", "\n"};
const QList<QByteArray> rareFootnoteSnippets = {"[^zz]", "^", "]", "[", "\n[^g]: 注\n"};

qsizetype charBoundary(const QByteArray &text, qsizetype offset)
{
    while (offset < text.size() && (uchar(text.at(offset)) & 0xC0) == 0x80)
        ++offset;
    return offset;
}

QByteArray describe(const ArticleStructure &structure)
{
    QByteArray out;
    QTextStream stream(&out);
    stream << "markdownBegin " << structure.markdownBegin << " leadEnd " << structure.leadEnd << " leadChars "
           << structure.leadChars << " totalChars " << structure.totalChars << " links "
           << structure.mayHaveLinkDefinitions << " top";
    for (int index : structure.topLevel)
        stream << ' ' << index;
    stream << '\n';
    for (const Section &section : structure.sections) {
        stream << "H" << section.level << ' ' << section.heading << " line " << section.line << " setext "
               << section.isSetext << " begin " << section.begin << " headingEnd " << section.headingEnd
               << " bodyBegin " << section.bodyBegin << " end " << section.end << " subtreeEnd "
               << section.subtreeEnd << " parent " << section.parent << " chars " << section.chars << '/'
               << section.charsTotal << " children";
        for (int child : section.children)
            stream << ' ' << child;
        for (auto it = section.attributes.cbegin(); it != section.attributes.cend(); ++it)
            stream << ' ' << it.key() << '=' << it.value();
        stream << '\n';
    }
    stream.flush();
    return out;
}

QByteArray describe(const RenderedArticle &rendered)
{
    QByteArray out = "header " + rendered.header + "\nlead " + rendered.lead + "\nfootnotes " + rendered.footnotes;
    for (int index = 0; index < rendered.sections.size(); ++index)
        out += "\nsection " + QByteArray::number(rendered.levels.value(index)) + ' ' + rendered.sections.at(index);
    return out;
}

QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> b = expected.split('\n');
    for (int line = 0; line < std::max(a.size(), b.size()); ++line) {
        if (a.value(line) != b.value(line))
            return "got \"" + a.value(line) + "\", want \"" + b.value(line) + '"';
    }
    return {};
}

} // namespace

class TestPartReparse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingInABodyIsLocal();
    void typingBesideFootnoteReferencesIsLocal();
    void changedFootnoteReferencesAreNotLocal_data();
    void changedFootnoteReferencesAreNotLocal();
    void editsThatReachOutsideTheirPartAreNotLocal_data();
    void editsThatReachOutsideTheirPartAreNotLocal();
    void randomEditsEqualAFullParse_data();
    void randomEditsEqualAFullParse();
    void headingOnTheLastLineTakesAnAttributeLine_data();
    void headingOnTheLastLineTakesAnAttributeLine();
};

void TestPartReparse::typingInABodyIsLocal()
{
    ArticleDocument document;
    document.setData(article);
    const RenderedArticle before = RenderedArticle::render(document);
    const qsizetype offset = document.text().indexOf("一の本文です。") + QByteArray("一の本").size();
    document.applyEdit({offset, {}, "追加"});

    QVERIFY(document.localChange());
    QCOMPARE(document.localChange()->part, 0);
    QCOMPARE(document.sections().at(0).chars, 1 + 9);

    ArticleDocument reference;
    reference.setData(document.text());
    QCOMPARE(describe(document.structure()), describe(reference.structure()));
    QVERIFY(!reference.localChange());
    const RenderedArticle patched = RenderedArticle::render(document, &before);
    QCOMPARE(describe(patched), describe(RenderedArticle::render(reference)));
    // The whole tree is parsed again only when someone asks for it.
    QCOMPARE(document.markdownTree().renderHtml(), reference.markdownTree().renderHtml());

    // The lead is a part too.
    document.applyEdit({document.text().indexOf("リードの文"), {}, "新しい"});
    QVERIFY(document.localChange());
    QCOMPARE(document.localChange()->part, -1);
    QCOMPARE(document.structure().leadChars, 11);
}

void TestPartReparse::typingBesideFootnoteReferencesIsLocal()
{
    ArticleDocument document;
    document.setData(footnotedArticle);
    RenderedArticle rendered = RenderedArticle::render(document);
    // In the whole article, [^a] is footnote 1 and [^b] footnote 2: the
    // section's own parse would number them the other way round.
    QVERIFY(rendered.sections.at(0).contains("id=\"fnref-a-2\" data-footnote-ref>1<"));
    for (const QByteArray &after : {QByteArray("一の本文"), QByteArray("はコードです。"), QByteArray("二の本文です。"),
                                    QByteArray("リード")}) {
        const qsizetype offset = document.text().indexOf(after) + after.size();
        document.applyEdit({offset, {}, "追加"});
        QVERIFY2(document.localChange(), after.constData());

        ArticleDocument reference;
        reference.setData(document.text());
        QCOMPARE(describe(document.structure()), describe(reference.structure()));
        rendered = RenderedArticle::render(document, &rendered);
        QCOMPARE(describe(rendered), describe(RenderedArticle::render(reference)));
    }
    QVERIFY(rendered.sections.at(0).contains("id=\"fnref-a-2\" data-footnote-ref>1<"));
}

void TestPartReparse::changedFootnoteReferencesAreNotLocal_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("removed");
    QTest::addColumn<QByteArray>("inserted");
    QTest::newRow("reference added") << QByteArray("二の本文") << QByteArray() << QByteArray("[^a]");
    QTest::newRow("reference removed") << QByteArray("一の本文") << QByteArray("[^b]") << QByteArray();
    QTest::newRow("references swapped") << QByteArray("一の本文") << QByteArray("[^b]と[^a]")
                                        << QByteArray("[^a]と[^b]");
    QTest::newRow("reference to an unused definition") << QByteArray("二の本文") << QByteArray() << QByteArray("[^e]");
    QTest::newRow("reference made code") << QByteArray("一の本文") << QByteArray("[^b]") << QByteArray("`[^b]`");
    QTest::newRow("label changed") << QByteArray("二の本文です。[^") << QByteArray("d") << QByteArray("c");
    QTest::newRow("definition") << QByteArray("二の本文です。[^d]\n") << QByteArray() << QByteArray("\n[^f]: 注\n");
}

void TestPartReparse::changedFootnoteReferencesAreNotLocal()
{
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, removed);
    QFETCH(QByteArray, inserted);
    ArticleDocument document;
    document.setData(footnotedArticle);
    const RenderedArticle before = RenderedArticle::render(document);
    const qsizetype offset = document.text().indexOf(after);
    QVERIFY(offset >= 0);
    QCOMPARE(document.text().mid(offset + after.size(), removed.size()), removed);
    document.applyEdit({offset + after.size(), removed, inserted});

    QVERIFY(!document.localChange());
    ArticleDocument reference;
    reference.setData(document.text());
    QCOMPARE(describe(document.structure()), describe(reference.structure()));
    QCOMPARE(describe(RenderedArticle::render(document, &before)), describe(RenderedArticle::render(reference)));
}

void TestPartReparse::editsThatReachOutsideTheirPartAreNotLocal_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("inserted");
    QTest::newRow("new heading") << QByteArray("一の本文です。\n") << QByteArray("\n## 新しい章\n");
    QTest::newRow("fence swallows the next heading") << QByteArray("一の本文です。\n") << QByteArray("\n```\n");
    QTest::newRow("footnote reference") << QByteArray("一の本文") << QByteArray("[^1]");
    QTest::newRow("link definition") << QByteArray("一の本文です。\n") << QByteArray("\n[a]: /url\n");
    QTest::newRow("paragraph joins a setext heading") << QByteArray("https://example.com)。\n\n")
                                                      << QByteArray("続き\n");
    QTest::newRow("heading text") << QByteArray("## 一") << QByteArray("二");
    QTest::newRow("front matter") << QByteArray("title: 題名") << QByteArray("です");
}

void TestPartReparse::editsThatReachOutsideTheirPartAreNotLocal()
{
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, inserted);
    ArticleDocument document;
    document.setData(article);
    const RenderedArticle before = RenderedArticle::render(document);
    const qsizetype offset = document.text().indexOf(after);
    QVERIFY(offset >= 0);
    document.applyEdit({offset + after.size(), {}, inserted});

    QVERIFY(!document.localChange());
    ArticleDocument reference;
    reference.setData(document.text());
    QCOMPARE(describe(document.structure()), describe(reference.structure()));
    QCOMPARE(describe(RenderedArticle::render(document, &before)), describe(RenderedArticle::render(reference)));
}

void TestPartReparse::randomEditsEqualAFullParse_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : TestSupport::articleFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    QTest::newRow("inline") << QString();
    QTest::newRow("footnotes") << QStringLiteral(":footnotes");
}

void TestPartReparse::randomEditsEqualAFullParse()
{
    QFETCH(QString, path);
    const bool footnoted = path == QLatin1String(":footnotes");
    ArticleDocument document;
    document.setData(path.isEmpty() ? article : footnoted ? manyFootnotes() : TestSupport::readFile(path));
    QRandomGenerator random(qEnvironmentVariableIntValue("KIJI_SEED") + 20261126);
    RenderedArticle rendered = RenderedArticle::render(document);
    int local = 0;
    const int edits = qEnvironmentVariableIsSet("KIJI_EDITS") ? qEnvironmentVariableIntValue("KIJI_EDITS") : 150;
    for (int step = 0; step < edits; ++step) {
        const QByteArray &text = document.text();
        // Two edits in three are typing in a body; the others put syntax
        // anywhere, across parts too.
        const bool typing = random.bounded(3) != 0 && !document.sections().isEmpty();
        qsizetype offset = 0;
        qsizetype end = 0;
        QByteArray inserted;
        if (typing) {
            // The definitions of the article of many footnotes stay as they are.
            const int parts = int(document.sections().size()) + (footnoted ? 0 : 1);
            const int part = random.bounded(std::max(1, parts)) - 1;
            const ArticleStructure &structure = document.structure();
            const qsizetype begin = part < 0 ? structure.markdownBegin : structure.sections.at(part).headingEnd;
            const qsizetype partEnd = part < 0 ? structure.leadEnd : structure.sections.at(part).end;
            offset = charBoundary(text, begin + random.bounded(partEnd - begin + 1));
            end = charBoundary(text, std::min(partEnd, offset + random.bounded(2) * random.bounded(6)));
            inserted = random.bounded(4) == 0 ? QByteArray("\n") : QByteArray("本文");
        } else {
            const qsizetype limit = footnoted ? document.sections().constLast().begin - 1 : text.size();
            offset = charBoundary(text, random.bounded(limit + 1));
            end = charBoundary(text, std::min(limit, offset + random.bounded(4) * random.bounded(8)));
            const QList<QByteArray> &pool = !footnoted ? snippets
                : random.bounded(4) == 0           ? rareFootnoteSnippets
                                                   : footnoteSnippets;
            inserted = pool.at(random.bounded(pool.size()));
        }
        document.applyEdit({offset, text.mid(offset, end - offset), inserted});
        if (document.localChange())
            ++local;

        ArticleDocument reference;
        reference.setData(document.text());
        const QByteArray context = "step " + QByteArray::number(step) + " offset " + QByteArray::number(offset)
            + (document.localChange() ? " (local)" : "") + ": ";
        const QByteArray structure = describe(document.structure());
        const QByteArray expectedStructure = describe(reference.structure());
        QVERIFY2(structure == expectedStructure, (context + firstDifference(structure, expectedStructure)).constData());
        rendered = RenderedArticle::render(document, &rendered);
        const QByteArray html = describe(rendered);
        const QByteArray expectedHtml = describe(RenderedArticle::render(reference));
        QVERIFY2(html == expectedHtml, (context + firstDifference(html, expectedHtml)).constData());
    }
    // The local path is taken for most of them, or this test proves nothing.
    QVERIFY2(local > edits / 6, qPrintable(QStringLiteral("%1 of %2 edits were local").arg(local).arg(edits)));
}

void TestPartReparse::headingOnTheLastLineTakesAnAttributeLine_data()
{
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::addColumn<QByteArray>("lastHeading");
    QTest::newRow("ATX, LF") << QByteArray("\n") << QByteArray("## 最後");
    QTest::newRow("ATX, CRLF") << QByteArray("\r\n") << QByteArray("## 最後");
    QTest::newRow("setext, LF") << QByteArray("\n") << QByteArray("最後\n---");
}

void TestPartReparse::headingOnTheLastLineTakesAnAttributeLine()
{
    QFETCH(QByteArray, lineBreak);
    QFETCH(QByteArray, lastHeading);
    QByteArray text = "リード。\n\n## 一\n\n本文。\n\n" + lastHeading;
    text.replace("\n", lineBreak);
    ArticleDocument document;
    document.setData(text);
    QCOMPARE(document.sections().size(), 2);
    QVERIFY(!document.text().endsWith('\n'));

    QString error;
    QVERIFY2(document.setSectionAttribute(1, QStringLiteral("budget"), QStringLiteral("300"), &error),
             qPrintable(error));
    QVERIFY(document.localChange());
    QCOMPARE(document.text(), text + lineBreak + "<!-- kiji: budget=300 -->" + lineBreak);
    QCOMPARE(document.sections().at(1).attributes.value(QStringLiteral("budget")), QStringLiteral("300"));
    ArticleDocument reference;
    reference.setData(document.text());
    QCOMPARE(describe(document.structure()), describe(reference.structure()));

    // The next attribute edits the line that is now there.
    QVERIFY2(document.setSectionStatus(1, SectionStatus::Review, QStringLiteral("校正担当"), QDate(2026, 11, 20),
                                       &error),
             qPrintable(error));
    QCOMPARE(document.text(),
             text + lineBreak + "<!-- kiji: budget=300 status=review by=校正担当 date=2026-11-20 -->" + lineBreak);
    QCOMPARE(document.sections().at(1).attributes.value(QStringLiteral("status")), QStringLiteral("review"));
    reference.setData(document.text());
    QCOMPARE(describe(document.structure()), describe(reference.structure()));

    // Text typed after the heading, without a line break first, stays on the heading's line.
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.text(), text);
    document.applyEdit({document.text().size(), {}, " "});
    reference.setData(document.text());
    QCOMPARE(describe(document.structure()), describe(reference.structure()));
}

QTEST_GUILESS_MAIN(TestPartReparse)
#include "tst_partreparse.moc"
