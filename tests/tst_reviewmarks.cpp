// CriticMarkup review marks: what reads as a mark and what stays text, the
// bytes of accepting and rejecting, the undo steps of ArticleDocument's
// review operations, and suggest mode's markup.
#include "articledocument.h"
#include "reviewmarks.h"

#include <QTest>

namespace {

QString kindLetters(const QList<ReviewMark> &marks)
{
    QString letters;
    for (const ReviewMark &mark : marks)
        letters += QStringLiteral("IDSHC").at(int(mark.kind));
    return letters;
}

const QByteArray sectionedArticle = "---\n"
                                    "title: テスト記事\n"
                                    "---\n"
                                    "リード文に{++追加++}があります。\n"
                                    "\n"
                                    "## 第一章\n"
                                    "\n"
                                    "本文の{--不要な--}説明。\n"
                                    "\n"
                                    "### 小節\n"
                                    "\n"
                                    "{==一日三回==}{>>@校正担当 2026-11-20: 用量を確認<<}服用します。\n"
                                    "\n"
                                    "## 第二章\n"
                                    "\n"
                                    "効果は{~~絶対に~>多くの場合~~}期待できます。\n";

} // namespace

class TestReviewMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndResolve_data();
    void parseAndResolve();
    void commentAuthorAndDate();
    void threads();
    void sectionMembership();
    void resolveOneMark();
    void resolveSection();
    void resolveAll();
    void refuseStaleMarks();
    void addCommentAndReply();
    void addBareComment();
    void refuseCommentInCode();
    void largeInput();
    void suggestion_data();
    void suggestion();
    void suggestionMarkup();
    void suggestionOfLongTexts();
    void suggestionRefused();
    void suggestionKeepsExistingMarks();
};

void TestReviewMarks::parseAndResolve_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QByteArray>("accepted");
    QTest::addColumn<QByteArray>("rejected");
    QTest::addColumn<int>("problems");

    QTest::newRow("insertion") << QByteArray("本文に{++重要な++}説明を加える。\n") << "I"
                               << QByteArray("本文に重要な説明を加える。\n") << QByteArray("本文に説明を加える。\n") << 0;
    QTest::newRow("deletion") << QByteArray("この手順は{--とても--}簡単です。\n") << "D"
                              << QByteArray("この手順は簡単です。\n") << QByteArray("この手順はとても簡単です。\n")
                              << 0;
    QTest::newRow("substitution") << QByteArray("効果は{~~絶対に~>多くの場合~~}期待できます。\n") << "S"
                                  << QByteArray("効果は多くの場合期待できます。\n")
                                  << QByteArray("効果は絶対に期待できます。\n") << 0;
    QTest::newRow("highlight") << QByteArray("{==血圧==}の値を確認する。\n") << "H"
                               << QByteArray("血圧の値を確認する。\n") << QByteArray("血圧の値を確認する。\n") << 0;
    QTest::newRow("highlight with comment")
        << QByteArray("{==一日三回==}{>>用量の根拠を確認<<}服用します。\n") << "HC"
        << QByteArray("一日三回服用します。\n") << QByteArray("一日三回服用します。\n") << 0;
    QTest::newRow("comment") << QByteArray("睡眠は大切です。{>>出典が必要<<}\n") << "C"
                             << QByteArray("睡眠は大切です。\n") << QByteArray("睡眠は大切です。\n") << 0;
    QTest::newRow("author and date") << QByteArray("運動を続けましょう。{>>@校正担当 2026-11-20: 頻度を具体的に<<}\n")
                                     << "C" << QByteArray("運動を続けましょう。\n")
                                     << QByteArray("運動を続けましょう。\n") << 0;
    QTest::newRow("author without date") << QByteArray("{>>@編集: 了解しました<<}水を飲む。\n") << "C"
                                         << QByteArray("水を飲む。\n") << QByteArray("水を飲む。\n") << 0;
    QTest::newRow("reply after a space")
        << QByteArray("{>>@校正担当 2026-11-20: 数字を確認<<} {>>@執筆者 2026-11-21: 確認済み<<}水分を取る。\n") << "CC"
        << QByteArray("水分を取る。\n") << QByteArray("水分を取る。\n") << 0;
    QTest::newRow("highlight with thread") << QByteArray("{==塩分==}{>>量は？<<}{>>6g未満<<}を控える。\n") << "HCC"
                                           << QByteArray("塩分を控える。\n") << QByteArray("塩分を控える。\n") << 0;
    QTest::newRow("comment on a suggestion") << QByteArray("{++毎朝++} {>>理由を添えて<<}歩く。\n") << "IC"
                                             << QByteArray("毎朝歩く。\n") << QByteArray("歩く。\n") << 0;
    QTest::newRow("spanning a line break") << QByteArray("食事の{++バランスと\n量++}に注意する。\n") << "I"
                                           << QByteArray("食事のバランスと\n量に注意する。\n")
                                           << QByteArray("食事のに注意する。\n") << 0;
    QTest::newRow("broken by a blank line") << QByteArray("最初の{++段落\n\n次の段落++}です。\n") << ""
                                            << QByteArray("最初の{++段落\n\n次の段落++}です。\n")
                                            << QByteArray("最初の{++段落\n\n次の段落++}です。\n") << 2;
    QTest::newRow("unclosed") << QByteArray("ここで{--閉じていない削除。\n") << ""
                              << QByteArray("ここで{--閉じていない削除。\n")
                              << QByteArray("ここで{--閉じていない削除。\n") << 1;
    QTest::newRow("stray closer") << QByteArray("閉じだけ--}がある文。\n") << ""
                                  << QByteArray("閉じだけ--}がある文。\n") << QByteArray("閉じだけ--}がある文。\n") << 1;
    QTest::newRow("substitution without arrow")
        << QByteArray("{~~矢印のない置換~~}です。\n") << "" << QByteArray("{~~矢印のない置換~~}です。\n")
        << QByteArray("{~~矢印のない置換~~}です。\n") << 1;
    QTest::newRow("unclosed substitution") << QByteArray("{~~古い~>新しい\n") << ""
                                           << QByteArray("{~~古い~>新しい\n") << QByteArray("{~~古い~>新しい\n") << 1;
    QTest::newRow("nested-looking") << QByteArray("{++追加 {--削除--} 追加++}\n") << "I"
                                    << QByteArray("追加 {--削除--} 追加\n") << QByteArray("\n") << 0;
    QTest::newRow("nested same kind") << QByteArray("{++外{++内++}残り++}\n") << "I"
                                      << QByteArray("外{++内残り++}\n") << QByteArray("残り++}\n") << 1;
    QTest::newRow("unclosed before a mark") << QByteArray("{++未完 {==強調==}{>>注<<}\n") << "HC"
                                            << QByteArray("{++未完 強調\n") << QByteArray("{++未完 強調\n") << 1;
    QTest::newRow("inline code") << QByteArray("コード `{++x++}` はそのまま。\n") << ""
                                 << QByteArray("コード `{++x++}` はそのまま。\n")
                                 << QByteArray("コード `{++x++}` はそのまま。\n") << 0;
    QTest::newRow("double backtick code") << QByteArray("``a ` {--b--}`` と {--c--}\n") << "D"
                                          << QByteArray("``a ` {--b--}`` と \n")
                                          << QByteArray("``a ` {--b--}`` と c\n") << 0;
    QTest::newRow("unmatched backtick") << QByteArray("`開き {++だけ++}\n") << "I" << QByteArray("`開き だけ\n")
                                        << QByteArray("`開き \n") << 0;
    QTest::newRow("code span inside a mark") << QByteArray("{++`code` を追加++}\n") << "I"
                                             << QByteArray("`code` を追加\n") << QByteArray("\n") << 0;
    QTest::newRow("closer inside a code span") << QByteArray("{++a `++}` b++}\n") << "I"
                                               << QByteArray("a `++}` b\n") << QByteArray("\n") << 0;
    QTest::newRow("fenced code") << QByteArray("```\n{++コード++}\n```\n") << ""
                                 << QByteArray("```\n{++コード++}\n```\n") << QByteArray("```\n{++コード++}\n```\n")
                                 << 0;
    QTest::newRow("tilde fence then text")
        << QByteArray("~~~\n{~~x~>y~~}\n~~~\n後{~~x~>y~~}\n") << "S" << QByteArray("~~~\n{~~x~>y~~}\n~~~\n後y\n")
        << QByteArray("~~~\n{~~x~>y~~}\n~~~\n後x\n") << 0;
    QTest::newRow("indented code") << QByteArray("段落。\n\n    {--インデント--}\n") << ""
                                   << QByteArray("段落。\n\n    {--インデント--}\n")
                                   << QByteArray("段落。\n\n    {--インデント--}\n") << 0;
    QTest::newRow("front matter") << QByteArray("---\ntitle: \"{++題++}\"\n---\n本文{++追加++}\n") << "I"
                                  << QByteArray("---\ntitle: \"{++題++}\"\n---\n本文追加\n")
                                  << QByteArray("---\ntitle: \"{++題++}\"\n---\n本文\n") << 0;
    QTest::newRow("inline HTML comment") << QByteArray("本文<!-- {++メモ++} -->です。\n") << ""
                                         << QByteArray("本文<!-- {++メモ++} -->です。\n")
                                         << QByteArray("本文<!-- {++メモ++} -->です。\n") << 0;
    QTest::newRow("HTML comment block") << QByteArray("<!--\n{--メモ--}\n-->\n") << ""
                                        << QByteArray("<!--\n{--メモ--}\n-->\n")
                                        << QByteArray("<!--\n{--メモ--}\n-->\n") << 0;
    QTest::newRow("heading") << QByteArray("## 見出し{++追加++}\n\n本文。\n") << "I"
                             << QByteArray("## 見出し追加\n\n本文。\n") << QByteArray("## 見出し\n\n本文。\n") << 0;
    QTest::newRow("list items") << QByteArray("- 項目{--一--}\n- 項目{++二++}\n") << "DI"
                                << QByteArray("- 項目\n- 項目二\n") << QByteArray("- 項目一\n- 項目\n") << 0;
    QTest::newRow("block quote spanning lines") << QByteArray("> 引用の{++文\n> 続き++}です。\n") << "I"
                                                << QByteArray("> 引用の文\n> 続きです。\n")
                                                << QByteArray("> 引用のです。\n") << 0;
    QTest::newRow("table cells")
        << QByteArray("| 項目 | 値 |\n|---|---|\n| {~~塩分~>食塩~~} | {++6g++} |\n") << "SI"
        << QByteArray("| 項目 | 値 |\n|---|---|\n| 食塩 | 6g |\n")
        << QByteArray("| 項目 | 値 |\n|---|---|\n| 塩分 |  |\n") << 0;
    QTest::newRow("mark across table cells") << QByteArray("| a | b |\n|---|---|\n| {++x | y++} |\n") << ""
                                             << QByteArray("| a | b |\n|---|---|\n| {++x | y++} |\n")
                                             << QByteArray("| a | b |\n|---|---|\n| {++x | y++} |\n") << 2;
    QTest::newRow("table under a paragraph")
        << QByteArray("前の段落{++追加++}\n| a | b |\n|---|---|\n| {--c--} | d |\n") << "ID"
        << QByteArray("前の段落追加\n| a | b |\n|---|---|\n|  | d |\n")
        << QByteArray("前の段落\n| a | b |\n|---|---|\n| c | d |\n") << 0;
    QTest::newRow("heading interrupts a mark") << QByteArray("文{++a\n# 見出し++}\n") << ""
                                               << QByteArray("文{++a\n# 見出し++}\n")
                                               << QByteArray("文{++a\n# 見出し++}\n") << 2;
    QTest::newRow("CRLF") << QByteArray("一行目{++追加++}\r\n二行目{--削除--}\r\n") << "ID"
                          << QByteArray("一行目追加\r\n二行目\r\n") << QByteArray("一行目\r\n二行目削除\r\n") << 0;
    QTest::newRow("CRLF spanning") << QByteArray("{--一行目\r\n二行目--}です。\r\n") << "D"
                                   << QByteArray("です。\r\n") << QByteArray("一行目\r\n二行目です。\r\n") << 0;
    QTest::newRow("empty marks") << QByteArray("空の{++++}挿入と{----}削除。\n") << "ID"
                                 << QByteArray("空の挿入と削除。\n") << QByteArray("空の挿入と削除。\n") << 0;
    QTest::newRow("empty highlight and comment") << QByteArray("{====}{>><<}空。\n") << "HC" << QByteArray("空。\n")
                                                 << QByteArray("空。\n") << 0;
    QTest::newRow("start of file") << QByteArray("{++冒頭++}の文。") << "I" << QByteArray("冒頭の文。")
                                   << QByteArray("の文。") << 0;
    QTest::newRow("end of file") << QByteArray("末尾の文{--です--}") << "D" << QByteArray("末尾の文")
                                 << QByteArray("末尾の文です") << 0;
    QTest::newRow("escaped opener") << QByteArray("\\{++エスケープ++}\n") << ""
                                    << QByteArray("\\{++エスケープ++}\n") << QByteArray("\\{++エスケープ++}\n") << 1;
    QTest::newRow("several in a row") << QByteArray("{--旧--}{++新++}と{~~A~>B~~}\n") << "DIS"
                                      << QByteArray("新とB\n") << QByteArray("旧とA\n") << 0;
    QTest::newRow("first arrow splits") << QByteArray("{~~a~>b~>c~~}\n") << "S" << QByteArray("b~>c\n")
                                        << QByteArray("a\n") << 0;
    QTest::newRow("Japanese only") << QByteArray("医師の{~~監修のもと~>監修により~~}、{++最新の++}情報を{--すべて--}掲載。\n")
                                   << "SID" << QByteArray("医師の監修により、最新の情報を掲載。\n")
                                   << QByteArray("医師の監修のもと、情報をすべて掲載。\n") << 0;
}

void TestReviewMarks::parseAndResolve()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, kinds);
    QFETCH(QByteArray, accepted);
    QFETCH(QByteArray, rejected);
    QFETCH(int, problems);

    const ReviewMarks parsed = ReviewMarks::parse(input);
    QCOMPARE(kindLetters(parsed.marks()), kinds);
    QCOMPARE(parsed.problems().size(), problems);
    for (const ReviewMark &mark : parsed.marks())
        QCOMPARE(mark.source, input.mid(mark.begin, mark.end - mark.begin));
    for (const ReviewProblem &problem : parsed.problems()) {
        QVERIFY(problem.offset >= 0 && problem.offset < input.size());
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(ReviewMarks::resolvedAll(input, ReviewDecision::Accept), accepted);
    QCOMPARE(ReviewMarks::resolvedAll(input, ReviewDecision::Reject), rejected);
}

void TestReviewMarks::commentAuthorAndDate()
{
    const QByteArray text = "運動を続けましょう。{>>@校正担当 2026-11-20: 頻度を具体的に<<}{>>@編集：了解<<}{>>@ no author<<}\n";
    const ReviewMarks parsed = ReviewMarks::parse(text);
    QCOMPARE(parsed.marks().size(), 3);
    const ReviewMark &dated = parsed.marks().at(0);
    QCOMPARE(dated.author, QStringLiteral("校正担当"));
    QCOMPARE(dated.date, QDate(2026, 11, 20));
    QCOMPARE(dated.commentText(), QStringLiteral("頻度を具体的に"));
    const ReviewMark &undated = parsed.marks().at(1);
    QCOMPARE(undated.author, QStringLiteral("編集"));
    QVERIFY(!undated.date.isValid());
    QCOMPARE(undated.commentText(), QStringLiteral("了解"));
    const ReviewMark &plain = parsed.marks().at(2);
    QVERIFY(plain.author.isEmpty());
    QCOMPARE(plain.commentText(), QStringLiteral("@ no author"));
    QCOMPARE(ReviewMarks::commentMarkup(QStringLiteral("校正担当"), QDate(2026, 11, 20), QStringLiteral("確認")),
             QByteArray("{>>@校正担当 2026-11-20: 確認<<}"));
}

void TestReviewMarks::threads()
{
    const QByteArray text = "{==塩分==}{>>量は？<<} {>>6g未満<<}\t{>>了解<<}を控える。{>>別の話題<<}\n";
    const ReviewMarks parsed = ReviewMarks::parse(text);
    QCOMPARE(kindLetters(parsed.marks()), QStringLiteral("HCCCC"));
    QCOMPARE(parsed.marks().at(0).thread, 1);
    QCOMPARE(parsed.marks().at(1).target, 0);
    QCOMPARE(parsed.marks().at(1).replies, QList<int>({2, 3}));
    QCOMPARE(parsed.marks().at(2).replyTo, 1);
    QCOMPARE(parsed.marks().at(3).replyTo, 1);
    QCOMPARE(parsed.marks().at(4).replyTo, -1);
    QCOMPARE(parsed.marks().at(4).target, -1);
    QCOMPARE(parsed.openCount(), 2);
    QCOMPARE(parsed.unitOf(0), QList<int>({0, 1, 2, 3}));
    QCOMPARE(parsed.unitOf(1), QList<int>({0, 1, 2, 3}));
    QCOMPARE(parsed.unitOf(2), QList<int>({2}));
    // A reply resolved alone leaves the spaces around it.
    QCOMPARE(ReviewMarks::resolved(text, parsed.marksAt({2}), ReviewDecision::Accept),
             QByteArray("{==塩分==}{>>量は？<<} \t{>>了解<<}を控える。{>>別の話題<<}\n"));
    QCOMPARE(ReviewMarks::resolved(text, parsed.marksAt(parsed.unitOf(1)), ReviewDecision::Accept),
             QByteArray("塩分を控える。{>>別の話題<<}\n"));
}

void TestReviewMarks::sectionMembership()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    const ReviewMarks parsed = document.parsedReviewMarks();
    QCOMPARE(kindLetters(parsed.marks()), QStringLiteral("IDHCS"));
    QCOMPARE(document.sections().size(), 3);
    QList<int> sections;
    for (const ReviewMark &mark : parsed.marks())
        sections.append(mark.section);
    QCOMPARE(sections, QList<int>({-1, 0, 1, 1, 2}));
    QCOMPARE(parsed.marksInSection(1), QList<int>({2, 3}));
    QCOMPARE(parsed.marksInSection(-1), QList<int>({0}));
    QCOMPARE(document.sections().at(1).parent, 0);
    QCOMPARE(parsed.marks().at(3).author, QStringLiteral("校正担当"));
    // The document's parse and a standalone one agree.
    QCOMPARE(kindLetters(ReviewMarks::parse(sectionedArticle).marks()), kindLetters(parsed.marks()));
    QCOMPARE(document.reviewMarks().at(4).begin, ReviewMarks::parse(sectionedArticle).marks().at(4).begin);
}

void TestReviewMarks::resolveOneMark()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    const QList<ReviewMark> marks = document.reviewMarks();
    QString error;
    QVERIFY2(document.resolveReviewMarks({marks.at(1)}, ReviewDecision::Accept, &error), qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 1);
    QByteArray expected = sectionedArticle;
    expected.replace("本文の{--不要な--}説明。", "本文の説明。");
    QCOMPARE(document.text(), expected);
    QCOMPARE(kindLetters(document.reviewMarks()), QStringLiteral("IHCS"));
    document.undoStack()->undo();
    QCOMPARE(document.text(), sectionedArticle);
    document.undoStack()->redo();
    QCOMPARE(document.text(), expected);

    // Rejecting the deletion keeps its text.
    document.undoStack()->undo();
    QVERIFY(document.resolveReviewMarks({document.reviewMarks().at(1)}, ReviewDecision::Reject, &error));
    QCOMPARE(document.text(), QByteArray(sectionedArticle).replace("{--不要な--}", "不要な"));
}

void TestReviewMarks::resolveSection()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    const ReviewMarks parsed = document.parsedReviewMarks();
    // The dock hands over the section's first comment only; its highlight
    // goes with it.
    QString error;
    QVERIFY2(document.resolveReviewMarks(parsed.marksAt({3}), ReviewDecision::Reject, &error), qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.text(), QByteArray(sectionedArticle)
                                  .replace("{==一日三回==}{>>@校正担当 2026-11-20: 用量を確認<<}", "一日三回"));
    document.undoStack()->undo();
    QCOMPARE(document.text(), sectionedArticle);

    QVERIFY(document.resolveReviewMarks(parsed.marksAt(parsed.marksInSection(2)), ReviewDecision::Reject, &error));
    QCOMPARE(document.text(), QByteArray(sectionedArticle).replace("{~~絶対に~>多くの場合~~}", "絶対に"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestReviewMarks::resolveAll()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    QString error;
    QVERIFY2(document.resolveReviewMarks(document.reviewMarks(), ReviewDecision::Accept, &error), qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 1);
    const QByteArray expected = "---\n"
                                "title: テスト記事\n"
                                "---\n"
                                "リード文に追加があります。\n"
                                "\n"
                                "## 第一章\n"
                                "\n"
                                "本文の説明。\n"
                                "\n"
                                "### 小節\n"
                                "\n"
                                "一日三回服用します。\n"
                                "\n"
                                "## 第二章\n"
                                "\n"
                                "効果は多くの場合期待できます。\n";
    QCOMPARE(document.text(), expected);
    QVERIFY(document.reviewMarks().isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.text(), sectionedArticle);
    QCOMPARE(document.reviewMarks().size(), 5);

    QVERIFY(!document.resolveReviewMarks({}, ReviewDecision::Accept, &error));
    QVERIFY(!error.isEmpty());
}

void TestReviewMarks::refuseStaleMarks()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    const QList<ReviewMark> before = document.reviewMarks();
    QString error;
    // Same length, other text inside the mark.
    const qsizetype at = sectionedArticle.indexOf("不要な");
    QVERIFY(document.replaceText(at, "不要な", QStringLiteral("余計な"), QStringLiteral("Edit"), &error));
    const QByteArray edited = document.text();
    QVERIFY(!document.resolveReviewMarks({before.at(1)}, ReviewDecision::Accept, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.text(), edited);
    // Shifted offsets.
    QVERIFY(document.setLead(QStringLiteral("新しいリード。\n"), &error));
    const QByteArray shifted = document.text();
    error.clear();
    QVERIFY(!document.resolveReviewMarks({before.at(4)}, ReviewDecision::Accept, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.text(), shifted);
    QCOMPARE(document.undoStack()->count(), 2);
    // Read again, it applies.
    QVERIFY(document.resolveReviewMarks({document.reviewMarks().last()}, ReviewDecision::Accept, &error));
    QVERIFY(document.text().contains("効果は多くの場合期待できます。"));
}

void TestReviewMarks::addCommentAndReply()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    const qsizetype begin = sectionedArticle.indexOf("リード文");
    const qsizetype end = begin + QByteArray("リード文").size();
    QString error;
    QVERIFY2(document.addReviewComment(begin, end, QStringLiteral("校正担当"), QDate(2026, 11, 20),
                                       QStringLiteral("表現を統一"), &error),
             qPrintable(error));
    QByteArray expected = sectionedArticle;
    expected.replace("リード文に", "{==リード文==}{>>@校正担当 2026-11-20: 表現を統一<<}に");
    QCOMPARE(document.text(), expected);
    const ReviewMarks parsed = document.parsedReviewMarks();
    QCOMPARE(parsed.marks().at(0).kind, ReviewMarkKind::Highlight);
    QCOMPARE(parsed.marks().at(0).thread, 1);
    QCOMPARE(parsed.marks().at(1).section, -1);

    QVERIFY2(document.addReviewReply(parsed.marks().at(1), QStringLiteral("執筆者"), QDate(2026, 11, 21),
                                     QStringLiteral("修正します"), &error),
             qPrintable(error));
    // The thread's first comment, read before the first reply, still holds
    // the same bytes: the second reply goes after the first.
    QVERIFY2(document.addReviewReply(parsed.marks().at(1), QStringLiteral("校正担当"), QDate(), QStringLiteral("了解"),
                                     &error),
             qPrintable(error));
    expected.replace("表現を統一<<}", "表現を統一<<}{>>@執筆者 2026-11-21: 修正します<<}{>>@校正担当: 了解<<}");
    QCOMPARE(document.text(), expected);
    const ReviewMarks threaded = document.parsedReviewMarks();
    QCOMPARE(threaded.marks().at(1).replies, QList<int>({2, 3}));
    QCOMPARE(threaded.marks().at(3).author, QStringLiteral("校正担当"));
    QCOMPARE(document.undoStack()->count(), 3);
    ReviewMark changed = threaded.marks().at(1);
    changed.source.replace("表現", "用語");
    QVERIFY(!document.addReviewReply(changed, QStringLiteral("執筆者"), QDate(), QStringLiteral("再確認"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.text(), sectionedArticle);
}

void TestReviewMarks::addBareComment()
{
    ArticleDocument document;
    const QByteArray text = "段落です。\r\n\r\n## 見出し\r\n本文。\r\n";
    document.setData(text);
    const qsizetype at = text.indexOf("本文。") + QByteArray("本文。").size();
    QString error;
    QVERIFY2(document.addReviewComment(at, at, QString(), QDate(), QStringLiteral("一行目\n二行目"), &error),
             qPrintable(error));
    QCOMPARE(document.text(), QByteArray("段落です。\r\n\r\n## 見出し\r\n本文。{>>一行目\r\n二行目<<}\r\n"));
    QCOMPARE(document.reviewMarks().size(), 1);
    QCOMPARE(document.reviewMarks().at(0).section, 0);
    document.undoStack()->undo();
    QCOMPARE(document.text(), text);
}

void TestReviewMarks::refuseCommentInCode()
{
    ArticleDocument document;
    const QByteArray text = "本文の `code` と{++追加++}。\n\n次の段落。\n";
    document.setData(text);
    QString error;
    const qsizetype code = text.indexOf("code");
    QVERIFY(!document.addReviewComment(code, code + 4, QStringLiteral("校正"), QDate(), QStringLiteral("注"), &error));
    QVERIFY(!error.isEmpty());
    // Across the blank line.
    const qsizetype from = text.indexOf("本文");
    const qsizetype to = text.indexOf("次の");
    QVERIFY(!document.addReviewComment(from, to, QStringLiteral("校正"), QDate(), QStringLiteral("注"), &error));
    // Through a mark.
    const qsizetype inside = text.indexOf("追加");
    QVERIFY(!document.addReviewComment(from, inside, QStringLiteral("校正"), QDate(), QStringLiteral("注"), &error));
    // A name with a space would not read back as the author.
    QVERIFY(!document.addReviewComment(from, from, QStringLiteral("校正 担当"), QDate(), QStringLiteral("注"),
                                       &error));
    // Inside a character.
    QVERIFY(!document.addReviewComment(from + 1, from + 3, QStringLiteral("校正"), QDate(), QStringLiteral("注"),
                                       &error));
    QCOMPARE(document.text(), text);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestReviewMarks::largeInput()
{
    // 20 000 marks in one paragraph.
    QByteArray many;
    QByteArray manyAccepted;
    for (int i = 0; i < 10000; ++i) {
        many += "文{++追加++}と{--削除--}。";
        manyAccepted += "文追加と。";
    }
    const ReviewMarks parsed = ReviewMarks::parse(many);
    QCOMPARE(parsed.marks().size(), 20000);
    QCOMPARE(parsed.problems().size(), 0);
    QCOMPARE(ReviewMarks::resolvedAll(many, ReviewDecision::Accept), manyAccepted);

    // A 2 MB unclosed mark, then 200 000 openers none of which closes, then
    // 1 500 backtick runs of different lengths none of which closes: each
    // would cost a scan to the end of the block if looked for one by one.
    QByteArray unclosed = "{++" + QByteArray(2 * 1024 * 1024, 'a');
    for (int i = 0; i < 200000; ++i)
        unclosed += "{--";
    for (int length = 1; length <= 1500; ++length)
        unclosed += QByteArray(length, '`') + ' ';
    unclosed += "{==x==}\n";
    const ReviewMarks broken = ReviewMarks::parse(unclosed);
    QCOMPARE(broken.marks().size(), 1);
    QCOMPARE(broken.marks().at(0).kind, ReviewMarkKind::Highlight);
    QCOMPARE(broken.problems().size(), 200001);
    QCOMPARE(ReviewMarks::resolvedAll(unclosed, ReviewDecision::Reject).size(), unclosed.size() - 6);
}

void TestReviewMarks::suggestion_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("edited");

    QTest::newRow("word changed") << QByteArray("今日は晴れです。") << QByteArray("今日は快晴です。");
    QTest::newRow("insert at start") << QByteArray("本文です。") << QByteArray("まず、本文です。");
    QTest::newRow("delete at end") << QByteArray("本文です。補足。") << QByteArray("本文です。");
    QTest::newRow("both ends") << QByteArray("あいうえお") << QByteArray("かいうえき");
    QTest::newRow("lines") << QByteArray("一行目\n二行目\n") << QByteArray("一行目を変更\n二行目\n三行目\n");
    QTest::newRow("all replaced") << QByteArray("全部") << QByteArray("別の文");
    QTest::newRow("from empty") << QByteArray() << QByteArray("新しい文。");
    QTest::newRow("to empty") << QByteArray("消す文。") << QByteArray();
    QTest::newRow("Latin words") << QByteArray("The quick brown fox.") << QByteArray("The slow brown dog.");
    QTest::newRow("inside a code span") << QByteArray("`foo` を使う。") << QByteArray("`bar` を使う。");
    QTest::newRow("CRLF") << QByteArray("一行目\r\n二行目\r\n") << QByteArray("一行目です\r\n二行目\r\n");
    QTest::newRow("long paragraph") << QByteArray("医師の監修のもと、最新の情報をすべて掲載しています。効果には個人差があります。")
                                    << QByteArray("医師の監修により、最新の情報を掲載しています。効果には個人差があり、保証はありません。");
}

void TestReviewMarks::suggestion()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, edited);
    QByteArray markup;
    QString error;
    QVERIFY2(ReviewMarks::suggestionText(original, edited, &markup, &error), qPrintable(error));
    QVERIFY(markup != original || original == edited);
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Accept), edited);
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Reject), original);
    QVERIFY(ReviewMarks::parse(markup).problems().isEmpty());
}

void TestReviewMarks::suggestionMarkup()
{
    QByteArray markup;
    QVERIFY(ReviewMarks::suggestionText("本文です。", "まず、本文です。", &markup));
    QCOMPARE(markup, QByteArray("{++まず、++}本文です。"));
    QVERIFY(ReviewMarks::suggestionText("あいうえお", "かいうえき", &markup));
    QCOMPARE(markup, QByteArray("{~~あ~>か~~}いうえ{~~お~>き~~}"));
    QVERIFY(ReviewMarks::suggestionText("今日は晴れです。", "今日は快晴です。", &markup));
    QCOMPARE(markup, QByteArray("今日は{++快++}晴{--れ--}です。"));
    QVERIFY(ReviewMarks::suggestionText("本文です。補足。", "本文です。", &markup));
    QCOMPARE(markup, QByteArray("本文です。{--補足。--}"));
    QVERIFY(ReviewMarks::suggestionText("`foo` を使う。", "`bar` を使う。", &markup));
    QCOMPARE(markup, QByteArray("{~~`foo` を使う。~>`bar` を使う。~~}"));
    QVERIFY(ReviewMarks::suggestionText("同じ", "同じ", &markup));
    QCOMPARE(markup, QByteArray("同じ"));
}

// A replace-all over a long section keeps a mark per change rather than
// one substitution of the whole section.
void TestReviewMarks::suggestionOfLongTexts()
{
    QByteArray original;
    QByteArray edited;
    for (int index = 0; index < 200; ++index) {
        const QByteArray number = QByteArray::number(index);
        original += "項目" + number + "の説明です。";
        edited += "項目" + number + "の解説です。";
    }
    QByteArray markup;
    QVERIFY(ReviewMarks::suggestionText(original, edited, &markup));
    const QList<ReviewMark> changes = ReviewMarks::parse(markup).marks();
    // 説明 → 解説 keeps its 説: an insertion before it, a deletion after.
    QCOMPARE(changes.size(), 400);
    QCOMPARE(changes.at(0).source, QByteArray("{++解++}"));
    QCOMPARE(changes.at(1).source, QByteArray("{--明--}"));
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Accept), edited);
}

void TestReviewMarks::suggestionRefused()
{
    QByteArray markup = "unchanged";
    QString error;
    QVERIFY(!ReviewMarks::suggestionText("段落一。段落二。", "段落一。\n\n段落二。", &markup, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(markup, QByteArray("unchanged"));
    QVERIFY(!ReviewMarks::suggestionText("```\nコード\n```\n", "```\nコード変更\n```\n", &markup, &error));
}

void TestReviewMarks::suggestionKeepsExistingMarks()
{
    const QByteArray original = "既存の{++追加++}がある。";
    const QByteArray edited = "既存の{++追加++}がある文。";
    QByteArray markup;
    QVERIFY(ReviewMarks::suggestionText(original, edited, &markup));
    QCOMPARE(markup, QByteArray("既存の{++追加++}がある{++文++}。"));
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Accept),
             ReviewMarks::resolvedAll(edited, ReviewDecision::Accept));
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Reject),
             ReviewMarks::resolvedAll(original, ReviewDecision::Reject));
    // Typing inside an existing insertion.
    QVERIFY(ReviewMarks::suggestionText("a {++bc++} d", "a {++bXc++} d", &markup));
    QCOMPARE(markup, QByteArray("{~~a {++bc++} d~>a {++bXc++} d~~}"));
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Accept), QByteArray("a {++bXc++} d"));
    QCOMPARE(ReviewMarks::resolvedAll(markup, ReviewDecision::Reject), QByteArray("a {++bc++} d"));
}

QTEST_GUILESS_MAIN(TestReviewMarks)
#include "tst_reviewmarks.moc"
