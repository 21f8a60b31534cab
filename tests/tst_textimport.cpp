// Plain text pasted from a word processor becomes a structured article:
// title, supervisor, lead, H2/H3 sections, lists, editor's notes.
#include "articledocument.h"
#include "cmarktree.h"
#include "testsupport.h"
#include "textimport.h"

#include <QRegularExpression>
#include <QTest>

#include <cmark-gfm.h>

namespace {

QString importPath(const QString &name)
{
    return TestSupport::dataPath(QStringLiteral("import/") + name);
}

// "## heading" / "### heading" lines of the imported article's outline.
QStringList outline(const ArticleDocument &document)
{
    QStringList lines;
    for (const Section &section : document.sections())
        lines.append(QString(section.level, u'#') + u' ' + section.heading);
    return lines;
}

// What a reader sees of the Markdown body, plus the kept editor's notes,
// with all white space removed.
QString visibleText(const ArticleDocument &document)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(document.markdownTree().root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            text += QString::fromUtf8(cmark_node_get_literal(node));
        } else if (type == CMARK_NODE_HTML_BLOCK) {
            static const QRegularExpression note(QStringLiteral("<!-- kiji-note: (.*) -->"));
            text += note.match(QString::fromUtf8(cmark_node_get_literal(node))).captured(1);
        }
    }
    cmark_iter_free(iter);
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

ArticleDocument *imported(const QByteArray &text, ImportResult *result = nullptr)
{
    const ImportResult import = TextImport::fromText(text);
    if (result)
        *result = import;
    auto *document = new ArticleDocument;
    document->setData(import.markdown);
    return document;
}

} // namespace

class TestTextImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedOutline();
    void seedFrontMatterAndNotes();
    void seedLosesAndInventsNothing();
    void otherShapes_data();
    void otherShapes();
    void sentencesAboutImagesAreText();
    void markdownCharactersStayText();
    void badInput_data();
    void badInput();
    void commandLineReport();
};

void TestTextImport::seedOutline()
{
    std::unique_ptr<ArticleDocument> document(imported(TestSupport::readFile(importPath(QStringLiteral("seed-exosome-crater.txt")))));
    QVERIFY(!document->hasErrors());
    const QStringList expected = {
        QStringLiteral("## エクソソームでクレーターを改善することはできる?"),
        QStringLiteral("## クレーター改善におすすめなエクソソーム治療"),
        QStringLiteral("### CO2フラクショナル"),
        QStringLiteral("### ダーマペン"),
        QStringLiteral("### ポテンツァ"),
        QStringLiteral("## クレーターの種類"),
        QStringLiteral("### アイスピック型"),
        QStringLiteral("### ボックスカー型"),
        QStringLiteral("### ローリング型"),
        QStringLiteral("## クレーター肌になってしまう原因"),
        QStringLiteral("### ニキビ"),
        QStringLiteral("### 皮膚炎"),
        QStringLiteral("### 帯状毛穴"),
        QStringLiteral("### たるみ"),
        QStringLiteral("### 乾燥"),
        QStringLiteral("## クレーターのセルフケアの方法"),
        QStringLiteral("### 丁寧にスキンケアをする"),
        QStringLiteral("### 化粧品にこだわる"),
        QStringLiteral("### 今すぐクレーターを隠したいならメイクで隠す"),
        QStringLiteral("## エクソソーム治療をするならAZACLIがおすすめ"),
        QStringLiteral("## まとめ"),
    };
    QCOMPARE(outline(*document), expected);
    // The lead is the two paragraphs after the supervisor block.
    QVERIFY(document->text().mid(document->structure().markdownBegin, document->structure().leadEnd - document->structure().markdownBegin)
                .startsWith("ニキビや肌荒れによって"));
}

void TestTextImport::seedFrontMatterAndNotes()
{
    const QByteArray seed = TestSupport::readFile(importPath(QStringLiteral("seed-exosome-crater.txt")));
    const QList<QByteArray> seedLines = seed.split('\n');
    ImportResult result;
    std::unique_ptr<ArticleDocument> document(imported(seed, &result));
    const FrontMatter &frontMatter = document->frontMatter();
    QCOMPARE(frontMatter.title, QString::fromUtf8(seedLines.at(0)));
    QVERIFY(frontMatter.supervisor);
    QCOMPARE(frontMatter.supervisor->title, QString::fromUtf8(seedLines.at(2)));
    QCOMPARE(frontMatter.supervisor->name, QString::fromUtf8(seedLines.at(3)));
    QCOMPARE(frontMatter.supervisor->credentials,
             QStringList({QStringLiteral("医学博士"), QStringLiteral("日本病理学会認定医"), QStringLiteral("日本再生医療学会現会員")}));
    QCOMPARE(frontMatter.supervisor->bio, QString::fromUtf8(seedLines.at(7)));
    // The marker line is not body text.
    QVERIFY(!document->text().contains("記事監修医師プロフィール"));

    // The placeholder glued to the heading 皮膚炎 is split off, kept and noted.
    QVERIFY(document->text().contains("<!-- kiji-note: エクソソーム ニキビの内部リンクを設置 -->\n\n### 皮膚炎\n"));
    const auto noteAt54 = std::find_if(result.notes.cbegin(), result.notes.cend(), [](const ImportNote &note) {
        return note.line == 54 && note.message.contains(QStringLiteral("内部リンクを設置"));
    });
    QVERIFY(noteAt54 != result.notes.cend());
    // Every heading is reported with the line it came from.
    for (const Section &section : document->sections()) {
        QVERIFY2(std::any_of(result.notes.cbegin(), result.notes.cend(),
                             [&](const ImportNote &note) {
                                 return note.message.endsWith(QStringLiteral("「%1」").arg(section.heading))
                                     && QString::fromUtf8(seedLines.value(note.line - 1)).contains(section.heading);
                             }),
                 qPrintable(section.heading));
    }
}

void TestTextImport::seedLosesAndInventsNothing()
{
    const QByteArray seed = TestSupport::readFile(importPath(QStringLiteral("seed-exosome-crater.txt")));
    std::unique_ptr<ArticleDocument> document(imported(seed));
    // Without the title (line 1), the marker (2) and the supervisor block (3–8).
    QString seedBody = QString::fromUtf8(seed.split('\n').mid(8).join('\n'));
    // List markers are Markdown syntax, not text.
    seedBody.remove(QRegularExpression(QStringLiteral("^- "), QRegularExpression::MultilineOption));
    seedBody.remove(QRegularExpression(QStringLiteral("\\s")));
    QCOMPARE(visibleText(*document), seedBody);
}

void TestTextImport::otherShapes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no supervisor, H2 only, a list that stays a list")
        << QStringLiteral("desk-h2-only.txt")
        << QStringList({QStringLiteral("## 椅子の選び方"), QStringLiteral("## モニターの位置"), QStringLiteral("## 照明の工夫")});
    QTest::newRow("numbered headings and a FAQ")
        << QStringLiteral("garden-numbered-faq.txt")
        << QStringList({QStringLiteral("## 1. 道具をそろえる"), QStringLiteral("## 2. 育てる野菜を選ぶ"),
                        QStringLiteral("## 3. 水やりのコツ"), QStringLiteral("## よくある質問"),
                        QStringLiteral("### 冬でも育てられますか？"), QStringLiteral("### 肥料はいつ与えればよいですか?"),
                        QStringLiteral("## まとめ")});
    QTest::newRow("counting, introduced parts, call to action")
        << QStringLiteral("backpain-counting.txt")
        << QStringList({QStringLiteral("## 腰痛が起こる原因"), QStringLiteral("### 筋肉のこわばり"),
                        QStringLiteral("### 血行不良"), QStringLiteral("## 予防に役立つストレッチ"),
                        QStringLiteral("### 太もも裏を伸ばす"), QStringLiteral("### お尻を伸ばす"),
                        QStringLiteral("## 整体院での施術ならさくら整体がおすすめ"), QStringLiteral("## おわりに")});
}

void TestTextImport::otherShapes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QByteArray text = TestSupport::readFile(importPath(file));
    std::unique_ptr<ArticleDocument> document(imported(text));
    QVERIFY(!document->hasErrors());
    QCOMPARE(outline(*document), expected);
    QCOMPARE(document->frontMatter().title, QString::fromUtf8(text.split('\n').first()));
}

void TestTextImport::sentencesAboutImagesAreText()
{
    std::unique_ptr<ArticleDocument> desk(imported(TestSupport::readFile(importPath(QStringLiteral("desk-h2-only.txt")))));
    QVERIFY(!desk->text().contains("kiji-note"));
    QVERIFY(desk->text().contains("Wordに画像を挿入する方法は別の記事で解説します。"));
    // A one-line paragraph without 。 is still a paragraph; the list stays.
    QVERIFY(desk->text().contains("\n詳しくは次の章もご覧ください\n"));
    QVERIFY(desk->text().contains("- 背もたれの角度\n- 座面の高さ\n- ひじ掛けの有無\n"));

    std::unique_ptr<ArticleDocument> garden(imported(TestSupport::readFile(importPath(QStringLiteral("garden-numbered-faq.txt")))));
    QVERIFY(garden->text().contains("<!-- kiji-note: （ここに道具の写真を挿入） -->"));
    QCOMPARE(garden->frontMatter().supervisor->name, QStringLiteral("山田花子"));
    QCOMPARE(garden->frontMatter().supervisor->title, QStringLiteral("園芸研究家 / 一級造園施工管理技士"));
    QCOMPARE(garden->frontMatter().supervisor->credentials.size(), 2);
}

void TestTextImport::markdownCharactersStayText()
{
    std::unique_ptr<ArticleDocument> document(imported(TestSupport::readFile(importPath(QStringLiteral("backpain-counting.txt")))));
    QVERIFY(visibleText(*document).contains(QStringLiteral("*反動はつけない*こと。")));
    std::unique_ptr<ArticleDocument> odd(imported("題名\n# 見出しではない行です。\n1. 番号の文です。\n<b>タグ</b>と[括弧]です。\n"));
    QCOMPARE(odd->sections().size(), 0);
    // The numbered sentence is a numbered list; the rest reads as typed.
    QCOMPARE(visibleText(*odd), QStringLiteral("#見出しではない行です。番号の文です。<b>タグ</b>と[括弧]です。"));
    QVERIFY(odd->text().contains("\n1. 番号の文です。\n"));
}

void TestTextImport::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fails");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("blank lines") << QByteArray("\n\n  \r\n") << false;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10) << true;
    QTest::newRow("invalid UTF-8") << QByteArray("題名\n\xff\xfe本文です。\n") << true;
    QTest::newRow("5 MB on one line") << QByteArray(5 * 1024 * 1024, 'a') << false;
    QTest::newRow("one line") << QByteArray("題名だけ") << false;
}

void TestTextImport::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fails);
    const ImportResult result = TextImport::fromText(bytes);
    QCOMPARE(!result.ok(), fails);
    if (fails) {
        QVERIFY(result.markdown.isEmpty());
        return;
    }
    ArticleDocument document;
    document.setData(result.markdown);
    QVERIFY(!document.hasErrors());
}

void TestTextImport::commandLineReport()
{
    const QString seed = importPath(QStringLiteral("seed-exosome-crater.txt"));
    const TestSupport::Run run = TestSupport::runKiji({QStringLiteral("convert"), seed, QStringLiteral("--report")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("---\ntitle: "));
    QVERIFY(run.out.contains("\n### 皮膚炎\n"));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("kiji: note: %1:54: editor's note").arg(seed)), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("kiji: note: %1:37: H3").arg(seed)));

    // Without --report, nothing on stderr; --from text reads any name.
    const TestSupport::Run quiet = TestSupport::runKiji({QStringLiteral("convert"), QStringLiteral("-"),
                                                         QStringLiteral("--from"), QStringLiteral("text")},
                                                        TestSupport::readFile(seed));
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, run.out);
    QVERIFY(quiet.err.isEmpty());

    const TestSupport::Run binary = TestSupport::runKiji({QStringLiteral("convert"), QStringLiteral("-"),
                                                          QStringLiteral("--from"), QStringLiteral("text")},
                                                         QByteArray("\x00\x01\x02", 3));
    QCOMPARE(binary.exitCode, 2);
    QVERIFY(binary.err.contains("kiji: error: -: not imported"));
    QVERIFY(binary.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_textimport.moc"
