// The checker's engine: blocks and their positions, sentence splitting, the
// per-block cache, configuration and turning rules off. Rules' own
// semantics are in tst_proofreading.
#include "articledocument.h"
#include "articlelimits.h"
#include "blockextraction.h"
#include "checkconfig.h"
#include "checker.h"
#include "cmarktree.h"
#include "morphology.h"
#include "reviewmarks.h"
#include "sentencesplitter.h"
#include "testsupport.h"
#include "textpositions.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

CheckConfig rules(const QStringList &ids)
{
    CheckConfig config;
    QString errorString;
    for (const QString &id : ids) {
        if (!config.addRule(id, &errorString))
            qFatal("%s", qPrintable(errorString));
    }
    return config;
}

const QString fourCommas = QStringLiteral("これは、あれは、それは、どれは、だめです。");

Findings check(const QByteArray &markdown, const CheckConfig &config)
{
    ArticleDocument document;
    document.setData(markdown);
    Checker checker(config);
    return checker.check(document);
}

QStringList sentencesOf(const QString &text, const QList<TextRange> &opaque = {})
{
    QStringList result;
    for (const TextRange &range : SentenceSplitter::split(text, opaque))
        result.append(text.mid(range.begin, range.length()));
    return result;
}

QList<SourceBlock> blocksOf(const QByteArray &markdown)
{
    const CmarkTree tree(markdown);
    const ArticleStructure structure = ArticleStructure::derive(markdown, FrontMatter());
    return BlockExtraction::extract(markdown, structure, tree);
}

// An article's text with CriticMarkup put into it: each piece of markup
// goes in at a byte offset of the text the marks leave when accepted.
struct MarkedText
{
    struct Piece
    {
        qsizetype at;
        QByteArray bytes;
    };
    QByteArray accepted;
    QList<Piece> pieces; // in the order they are added; several may share a place

    // Puts `bytes` at the first `anchor` of the accepted text (before it,
    // or after it when `after`); false when the anchor is missing.
    bool put(const QByteArray &anchor, const QByteArray &bytes, bool after = false)
    {
        const qsizetype found = accepted.indexOf(anchor);
        if (found < 0)
            return false;
        pieces.append({after ? found + anchor.size() : found, bytes});
        return true;
    }
    bool wrap(const QByteArray &anchor, const QByteArray &opening, const QByteArray &closing)
    {
        return put(anchor, opening) && put(anchor, closing, true);
    }
    // Wraps `part` where it starts the first `context`.
    bool wrapIn(const QByteArray &context, const QByteArray &part, const QByteArray &opening,
                const QByteArray &closing)
    {
        const qsizetype found = accepted.indexOf(context);
        if (found < 0 || !context.startsWith(part))
            return false;
        pieces.append({found, opening});
        pieces.append({found + part.size(), closing});
        return true;
    }
    QList<Piece> sortedPieces() const
    {
        QList<Piece> sorted = pieces;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Piece &a, const Piece &b) { return a.at < b.at; });
        return sorted;
    }
    QByteArray marked() const
    {
        QByteArray result;
        qsizetype copied = 0;
        for (const Piece &piece : sortedPieces()) {
            result += accepted.mid(copied, piece.at - copied) + piece.bytes;
            copied = piece.at;
        }
        return result + accepted.mid(copied);
    }
    // Where the character at `byte` of the accepted text is in the marked
    // text: markup put at or before it comes first.
    qsizetype markedOffset(qsizetype byte) const
    {
        qsizetype shifted = byte;
        for (const Piece &piece : pieces) {
            if (piece.at <= byte)
                shifted += piece.bytes.size();
        }
        return shifted;
    }
    // Whether markup went in strictly inside [begin, end) of the accepted text.
    bool splits(qsizetype begin, qsizetype end) const
    {
        return std::any_of(pieces.cbegin(), pieces.cend(),
                           [&](const Piece &piece) { return begin < piece.at && piece.at < end; });
    }
};

Findings checkWithDefaults(const QByteArray &markdown)
{
    CheckConfig config;
    QString errorString;
    if (!config.addDefaultPresets(&errorString))
        qFatal("%s", qPrintable(errorString));
    return check(markdown, config);
}

QString describe(const Finding &finding)
{
    return QStringLiteral("%1:%2 %3 %4").arg(finding.start.line).arg(finding.start.column).arg(finding.ruleId,
                                                                                             finding.message);
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesSplitLikeTextlint();
    void blocksHoldTheTextReadersSee();
    void findingsAreAtFileLineAndUtf16Column();
    void findingInsideMarkupPointsAtTheSource();
    void editRechecksOnlyTheChangedBlock();
    void rulesTurnOffPerArticleAndPerLine();
    void projectConfigurationSetsOptionsAndSeverity();
    void presetsNameTheirRules();
    void blocksReadReviewMarksAsAccepted();
    void reviewMarksGiveTheFindingsOfTheAcceptedText();
    void findingInsideAnInsertionIsAtItsColumn();
    void quickFixAcrossReviewMarkupIsDropped();
    void findingsOfOneRuleStopAtTheLimit();
    void stopFlagEndsTheCheck();
    void dictionaryPagesAreHandedBack();
};

void TestChecker::sentencesSplitLikeTextlint()
{
    QCOMPARE(sentencesOf(QStringLiteral("一文目。二文目！三文目")),
             (QStringList{QStringLiteral("一文目。"), QStringLiteral("二文目！"), QStringLiteral("三文目")}));
    // A line break does not end a sentence; quotes keep theirs inside.
    QCOMPARE(sentencesOf(QStringLiteral("前半で\n後半。彼は「はい。そうです。」と言った。")),
             (QStringList{QStringLiteral("前半で\n後半。"), QStringLiteral("彼は「はい。そうです。」と言った。")}));
    // "." ends a sentence only before white space: not in 1.5 or a URL.
    QCOMPARE(sentencesOf(QStringLiteral("It is 1.5 m. Next one")),
             (QStringList{QStringLiteral("It is 1.5 m."), QStringLiteral("Next one")}));
    // Runs of marks stay with their sentence.
    QCOMPARE(sentencesOf(QStringLiteral("本当？！うそ。")),
             (QStringList{QStringLiteral("本当？！"), QStringLiteral("うそ。")}));
    // Inline markup (here chars 2-6) is one piece: its 。 ends nothing.
    QCOMPARE(sentencesOf(QStringLiteral("前の文。と後ろ。"), {{2, 6}}), QStringList{QStringLiteral("前の文。と後ろ。")});
}

void TestChecker::blocksHoldTheTextReadersSee()
{
    const QByteArray markdown = "# 見出し\n\n本文の**強調**と`コード`と[リンク](https://example.com)。\n\n"
                                "- 項目の文\n\n| 列 | 値 |\n|---|---|\n| セル | 1 |\n\n```\nコードブロック。\n```\n\n"
                                "> 引用の文。\n\n脚注つき[^1]。\n\n[^1]: 脚注の文。\n";
    const CmarkTree tree(markdown);
    ArticleStructure structure = ArticleStructure::derive(markdown, FrontMatter());
    const QList<SourceBlock> blocks = BlockExtraction::extract(markdown, structure, tree);
    QStringList texts;
    QList<CheckBlock::Kind> kinds;
    for (const SourceBlock &block : blocks) {
        texts.append(block.block->text());
        kinds.append(block.block->kind());
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("見出し"), QStringLiteral("本文の強調とコードとリンク。"),
                                  QStringLiteral("項目の文"), QStringLiteral("列"), QStringLiteral("値"),
                                  QStringLiteral("セル"), QStringLiteral("1"), QStringLiteral("引用の文。"),
                                  QStringLiteral("脚注つき。"), QStringLiteral("脚注の文。")}));
    using Kind = CheckBlock::Kind;
    QCOMPARE(kinds, (QList<Kind>{Kind::Heading, Kind::Paragraph, Kind::ListItem, Kind::TableCell, Kind::TableCell,
                                 Kind::TableCell, Kind::TableCell, Kind::Paragraph, Kind::Paragraph, Kind::Footnote}));
    QVERIFY(blocks.at(7).block->isInBlockQuote());
    QVERIFY(blocks.at(1).block->isInCode(7));  // コ of コード
    QVERIFY(!blocks.at(1).block->isInCode(3)); // 強
    // Every character maps to where it is in the file.
    const SourceBlock &cell = blocks.at(5);
    QCOMPARE(markdown.mid(cell.sourceOffsets.at(0), 6), QByteArray("セル"));
    const SourceBlock &headerCell = blocks.at(4); // 値, in the header row
    QCOMPARE(markdown.mid(headerCell.sourceOffsets.at(0), 3), QByteArray("値"));
}

void TestChecker::findingsAreAtFileLineAndUtf16Column()
{
    // Front matter lines count; 😀 is two UTF-16 code units, as in textlint.
    const QByteArray markdown = "---\ntitle: 題\n---\n\n😀" + fourCommas.toUtf8() + "\n";
    const Findings findings = check(markdown, rules({QStringLiteral("max-ten")}));
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.ruleId, QStringLiteral("max-ten"));
    QCOMPARE(finding.start.line, 5);
    const QString line = QStringLiteral("😀") + fourCommas;
    const int column = int(line.lastIndexOf(QStringLiteral("、"))) + 1;
    QCOMPARE(finding.start.column, column);
    QCOMPARE(finding.end.column, column + 1);
    const QString whole = QString::fromUtf8(markdown);
    QCOMPARE(finding.start.index, whole.lastIndexOf(QStringLiteral("、")));
    QCOMPARE(finding.end.index, finding.start.index + 1);
}

void TestChecker::findingInsideMarkupPointsAtTheSource()
{
    // The fourth 、 sits inside strong emphasis on the second line of a list item.
    const QByteArray markdown = "- これは、あれは、\n  それは、**どれは、**だめです。\n";
    const Findings findings = check(markdown, rules({QStringLiteral("max-ten")}));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().start.line, 2);
    const QString line = QStringLiteral("  それは、**どれは、**だめです。");
    QCOMPARE(findings.first().start.column, int(line.lastIndexOf(QStringLiteral("、"))) + 1);
}

void TestChecker::editRechecksOnlyTheChangedBlock()
{
    QByteArray markdown = "# 記事\n\n";
    for (int section = 0; section < 20; ++section)
        markdown += "## 節" + QByteArray::number(section) + "\n\n" + fourCommas.toUtf8() + "\n\n短い段落です。\n\n";
    ArticleDocument document;
    document.setData(markdown);
    Checker checker(rules({QStringLiteral("max-ten"), QStringLiteral("sentence-length")}));
    const Findings before = checker.check(document);
    QCOMPARE(before.size(), 20);
    QVERIFY(checker.blocksCheckedLastTime() > 20);

    const int section = 6; // 節5 (index 0 is the title)
    QVERIFY(document.setSectionBody(section, QStringLiteral("直した段落です。\n\n短い段落です。\n")));
    const Findings after = checker.check(document);
    QCOMPARE(checker.blocksCheckedLastTime(), 1);
    QCOMPARE(after.size(), 19);
    for (const Finding &finding : after)
        QVERIFY(finding.section != section);
    // Unchanged again: nothing to read.
    checker.check(document);
    QCOMPARE(checker.blocksCheckedLastTime(), 0);
}

void TestChecker::rulesTurnOffPerArticleAndPerLine()
{
    const QByteArray body = fourCommas.toUtf8() + "\n\n<!-- kiji-disable-next-line max-ten -->\n" + fourCommas.toUtf8()
        + "\n\n<!-- kiji-disable-next-line sentence-length -->\n" + fourCommas.toUtf8() + "\n";
    Findings findings = check(body, rules({QStringLiteral("max-ten")}));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).start.line, 1);
    QCOMPARE(findings.at(1).start.line, 7);

    findings = check("---\ntitle: t\nkiji:\n  disable: [max-ten]\n---\n" + body,
                     rules({QStringLiteral("max-ten")}));
    QVERIFY(findings.isEmpty());
}

void TestChecker::projectConfigurationSetsOptionsAndSeverity()
{
    QTemporaryDir project;
    QVERIFY(project.isValid());
    QDir(project.path()).mkpath(QStringLiteral(".kiji"));
    QDir(project.path()).mkpath(QStringLiteral("drafts/2026"));
    QFile file(project.filePath(QStringLiteral(".kiji/config.yml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("presets: [ja-technical-writing]\n"
               "rules:\n"
               "  max-ten: {max: 1, severity: info}\n"
               "  sentence-length: false\n"
               "dictionaries: [terms.yml]\n");
    file.close();
    QFile terms(project.filePath(QStringLiteral("terms.yml")));
    QVERIFY(terms.open(QIODevice::WriteOnly));
    terms.write("version: 1\nrules:\n  - expected: ウェブ\n    patterns: [ウエブ, /ｳｪﾌﾞ|web/i]\n"
                "  - expected: JavaScript\n");
    terms.close();

    const QString found = CheckConfig::findProjectFile(project.filePath(QStringLiteral("drafts/2026")));
    QCOMPARE(QFileInfo(found).canonicalFilePath(), QFileInfo(file.fileName()).canonicalFilePath());

    CheckConfig config;
    QString errorString;
    QVERIFY2(config.applyProjectFile(found, true, &errorString), qPrintable(errorString));
    QStringList ids;
    for (const RuleSetting &setting : config.rules())
        ids.append(setting.id);
    QVERIFY(ids.contains(QStringLiteral("max-ten")));
    QVERIFY(ids.contains(QStringLiteral("ja-no-weak-phrase")));
    QVERIFY(!ids.contains(QStringLiteral("sentence-length")));
    QCOMPARE(config.dictionaries(), QStringList{QDir::cleanPath(project.filePath(QStringLiteral("terms.yml")))});

    const Findings findings = check("これは、あれは、それは。\n\nウエブとWEBとjavascriptの話。\n", config);
    QStringList seen;
    for (const Finding &finding : findings)
        seen.append(finding.ruleId + QLatin1Char(' ') + (finding.fix ? finding.fix->text : QString()));
    QCOMPARE(seen, (QStringList{QStringLiteral("max-ten "), QStringLiteral("prh ウェブ"), QStringLiteral("prh ウェブ"),
                                QStringLiteral("prh JavaScript")}));
    QCOMPARE(findings.first().severity, FindingSeverity::Info);

    // A mistake in the file is an error naming it, not a silent default.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("rules:\n  no-such-rule: true\n");
    file.close();
    CheckConfig broken;
    QVERIFY(!broken.applyProjectFile(found, true, &errorString));
    QVERIFY2(errorString.contains(QStringLiteral("no-such-rule")), qPrintable(errorString));
}

void TestChecker::presetsNameTheirRules()
{
    QVERIFY(CheckConfig::presetNames().contains(QStringLiteral("japanese")));
    QVERIFY(CheckConfig::presetNames().contains(QStringLiteral("ja-technical-writing")));
    CheckConfig technical;
    QString errorString;
    QVERIFY(technical.addPreset(QStringLiteral("ja-technical-writing"), &errorString));
    QCOMPARE(technical.rules().size(), 23); // textlint's preset: every rule but no-dropping-i
    for (const RuleSetting &setting : technical.rules())
        QCOMPARE(setting.severity, FindingSeverity::Error);
    CheckConfig japanese;
    QVERIFY(japanese.addPreset(QStringLiteral("japanese"), &errorString));
    QVERIFY(!japanese.addPreset(QStringLiteral("no-such-preset"), &errorString));
    QVERIFY(errorString.contains(QStringLiteral("no-such-preset")));
}

void TestChecker::blocksReadReviewMarksAsAccepted()
{
    using Type = CheckBlock::Span::Type;
    const QByteArray markdown = "前{++挿入++}後{--削除--}。{~~旧~>新~~}と{==**強調**==}{>>@監修者: 確認？<<}、"
                                "**太{>>内<<}字**。\n\n"
                                "{>>段落だけのコメント<<}\n\n"
                                "本文の文。{>>最後のコメント<<}\n";
    const QList<SourceBlock> blocks = blocksOf(markdown);
    // The paragraph of only a comment has no text left to check.
    QCOMPARE(blocks.size(), 2);
    const SourceBlock &first = blocks.at(0);
    const QString text = QStringLiteral("前挿入後。新と強調、太字。");
    QCOMPARE(first.block->text(), text);
    // Every kept character still maps to its bytes in the file, and the
    // offset past the end stays.
    QCOMPARE(first.sourceOffsets.size(), text.size() + 1);
    for (int index = 0; index < text.size(); ++index) {
        const QByteArray character = text.mid(index, 1).toUtf8();
        QCOMPARE(markdown.mid(first.sourceOffsets.at(index), character.size()), character);
    }
    QCOMPARE(first.sourceOffsets.last(), markdown.indexOf("\n\n"));
    // The substitution's strikethrough is gone; a comment is an empty
    // hidden span where it was, as raw HTML would be, inside the markup
    // around it.
    QList<Type> types;
    QList<TextRange> ranges;
    QList<bool> topLevel;
    for (const CheckBlock::Span &span : first.block->spans()) {
        types.append(span.type);
        ranges.append(span.range);
        topLevel.append(span.isTopLevel);
    }
    QCOMPARE(types, (QList<Type>{Type::Strong, Type::Hidden, Type::Strong, Type::Hidden}));
    const int strong = int(text.indexOf(u'強'));
    const int bold = int(text.indexOf(u'太'));
    QCOMPARE(ranges, (QList<TextRange>{{strong, strong + 2}, {strong + 2, strong + 2}, {bold, bold + 2},
                                       {bold + 1, bold + 1}}));
    QCOMPARE(topLevel, (QList<bool>{true, true, true, false}));
    QCOMPARE(first.block->sentences().size(), 2);

    const SourceBlock &last = blocks.at(1);
    QCOMPARE(last.block->text(), QStringLiteral("本文の文。"));
    QCOMPARE(last.block->spans().size(), 1);
    QCOMPARE(last.block->spans().first().type, Type::Hidden);
    QCOMPARE(last.block->spans().first().range, (TextRange{5, 5}));

    // cmark-gfm moves footnote definitions to the end; the marks of the
    // blocks after one are still found.
    const QList<SourceBlock> withFootnote =
        blocksOf("前の{++段落++}[^1]。\n\n[^1]: 脚注の文。\n\n後の{--削除--}段落{>>確認<<}。\n");
    QStringList texts;
    for (const SourceBlock &block : withFootnote)
        texts.append(block.block->text());
    QCOMPARE(texts, (QStringList{QStringLiteral("前の段落。"), QStringLiteral("後の段落。"), QStringLiteral("脚注の文。")}));

    // Text without marks reads as before: nothing left out, no gaps.
    const QList<SourceBlock> plain = blocksOf("前挿入後。\n");
    QCOMPARE(plain.first().block->text(), QStringLiteral("前挿入後。"));
    QVERIFY(plain.first().block->reviewMarkGaps().isEmpty());
    QVERIFY(!first.block->reviewMarkGaps().isEmpty());
}

void TestChecker::reviewMarksGiveTheFindingsOfTheAcceptedText()
{
    MarkedText text;
    text.accepted = TestSupport::readFile(TestSupport::dataPath(QStringLiteral("medical-column.md")));
    QVERIFY(!text.accepted.isEmpty());
    // The text of a substitution and of an insertion is part of the
    // accepted article.
    text.accepted.replace("1回目から肌が劇的に変化します", "1回目から肌が少しずつ変化します");
    text.accepted.replace("院長が解説します。", "院長が解説します。これは、あれは、それは、どれは、だめです。");
    text.accepted.replace("施術時間は30分ほど", "施術時間は約30分ほど");
    // An insertion of a word, and one of a whole sentence.
    QVERIFY(text.wrapIn("約30分", "約", "{++", "++}"));
    QVERIFY(text.wrap("これは、あれは、それは、どれは、だめです。", "{++", "++}"));
    // A deletion holding a sentence a rule would report.
    QVERIFY(text.put("気になるという方が増えます。", "{--それは、これは、あれは、どれは、だめです。--}", true));
    // A substitution whose old text a medical-ad rule would report.
    QVERIFY(text.wrap("少しずつ", "{~~劇的に~>", "~~}"));
    // A highlight with a comment that asks a question, joined by a space,
    // and a reply.
    QVERIFY(text.wrap("副作用が一切ありません", "{==", "==} {>>@監修者: 本当に一切ないのですか？<<}"
                                                      "{>>@執筆者: 言い換えます<<}"));
    // A comment after a paragraph's final 。
    QVERIFY(text.put("お早めにご予約ください。", "{>>@校正担当 2026-11-20: 期間を明記する<<}", true));
    const QByteArray marked = text.marked();
    QCOMPARE(ReviewMarks::resolvedAll(marked, ReviewDecision::Accept), text.accepted);
    QCOMPARE(ReviewMarks::parse(marked).marks().size(), 8);

    // review-open reports the open items of the marked text, and only there.
    auto withoutReviewOpen = [](const Findings &all, int *open) {
        Findings kept;
        *open = 0;
        for (const Finding &finding : all) {
            if (finding.ruleId == QLatin1String("review-open"))
                ++*open;
            else
                kept.append(finding);
        }
        return kept;
    };
    int acceptedOpen = 0;
    int markedOpen = 0;
    const Findings expected = withoutReviewOpen(checkWithDefaults(text.accepted), &acceptedOpen);
    const Findings found = withoutReviewOpen(checkWithDefaults(marked), &markedOpen);
    QCOMPARE(acceptedOpen, 0);
    QCOMPARE(markedOpen, 6); // four suggestions, two comment threads
    QVERIFY(expected.size() > 10);

    const TextPositions markedPositions(marked);
    QStringList expectedList;
    QStringList foundList;
    for (const Finding &finding : expected) {
        Finding moved = finding;
        const TextPosition start = markedPositions.at(text.markedOffset(finding.start.byte));
        moved.start.line = start.line;
        moved.start.column = start.column;
        expectedList.append(describe(moved));
    }
    for (const Finding &finding : found)
        foundList.append(describe(finding));
    QCOMPARE(foundList, expectedList);

    int fixesDropped = 0;
    for (int index = 0; index < found.size(); ++index) {
        const Finding &before = expected.at(index);
        const Finding &after = found.at(index);
        // The text around a finding is the same as the reader sees it.
        QCOMPARE(after.context, before.context);
        QCOMPARE(after.contextOffset, before.contextOffset);
        QCOMPARE(after.contextLength, before.contextLength);
        QCOMPARE(after.section, before.section);
        if (!before.fix) {
            QVERIFY(!after.fix);
            continue;
        }
        if (text.splits(before.fix->byteBegin, before.fix->byteEnd)) {
            QVERIFY2(!after.fix, qPrintable(describe(after)));
            ++fixesDropped;
            continue;
        }
        QVERIFY2(after.fix, qPrintable(describe(after)));
        QCOMPARE(after.fix->text, before.fix->text);
        QCOMPARE(marked.mid(after.fix->byteBegin, after.fix->byteEnd - after.fix->byteBegin),
                 text.accepted.mid(before.fix->byteBegin, before.fix->byteEnd - before.fix->byteBegin));
    }
    QCOMPARE(fixesDropped, 0);
}

void TestChecker::findingInsideAnInsertionIsAtItsColumn()
{
    const QByteArray markdown = "一行目です。\n\n前の文です。{++" + fourCommas.toUtf8() + "++}{>>追加<<}後の文です。\n";
    const Findings findings = check(markdown, rules({QStringLiteral("max-ten")}));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().start.line, 3);
    const QString line = QStringLiteral("前の文です。{++") + fourCommas + QStringLiteral("++}{>>追加<<}後の文です。");
    QCOMPARE(findings.first().start.column, int(line.lastIndexOf(QStringLiteral("、"))) + 1);

    // The same sentence deleted, or in a comment, is not read.
    const QByteArray deleted = "前の文です。{--" + fourCommas.toUtf8() + "--}{>>" + fourCommas.toUtf8() + "<<}\n";
    QVERIFY(check(deleted, rules({QStringLiteral("max-ten")})).isEmpty());
    // Without the marks read as accepted the commas would be counted.
    QCOMPARE(check(fourCommas.toUtf8() + "\n", rules({QStringLiteral("max-ten")})).size(), 1);
}

void TestChecker::quickFixAcrossReviewMarkupIsDropped()
{
    // Half-width katakana: one finding over the run, with the full-width
    // form as its fix.
    const CheckConfig hankaku = rules({QStringLiteral("no-hankaku-kana")});
    const Findings plain = check("これはｶﾀｶﾅです。\n", hankaku);
    QCOMPARE(plain.size(), 1);
    QVERIFY(plain.first().fix);
    QCOMPARE(plain.first().fix->text, QStringLiteral("カタカナ"));

    // Inserted in the middle: the finding stays, but its fix would write
    // over `{++` and `++}`.
    const QByteArray split = "これはｶﾀ{++ｶ++}ﾅです。\n";
    Findings findings = check(split, hankaku);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().message, plain.first().message);
    QCOMPARE(findings.first().start.column, plain.first().start.column);
    QCOMPARE(findings.first().context, plain.first().context);
    QVERIFY(!findings.first().fix);

    // The same with a substitution or a deletion in the run.
    QVERIFY(!check("これはｶﾀ{~~ｷ~>ｶ~~}ﾅです。\n", hankaku).first().fix);
    QVERIFY(!check("これはｶﾀ{--ﾞ--}ｶﾅです。\n", hankaku).first().fix);

    // Wholly inside an insertion, the fix rewrites only the inserted text.
    const QByteArray inside = "これは{++ｶﾀｶﾅ++}です。\n";
    findings = check(inside, hankaku);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().fix);
    const FindingFix &fix = *findings.first().fix;
    QCOMPARE(inside.mid(fix.byteBegin, fix.byteEnd - fix.byteBegin), QByteArray("ｶﾀｶﾅ"));
    QCOMPARE(findings.first().start.column, int(QStringLiteral("これは{++").size()) + 1);
}

// 1 200 paragraphs of four commas: max-ten lists 1 000 of them, then one
// info finding that says how many more there are; other rules are not cut.
void TestChecker::findingsOfOneRuleStopAtTheLimit()
{
    const int paragraphs = ArticleLimits::MaximumFindingsPerRule + 200;
    const QByteArray markdown = (fourCommas.toUtf8() + "\n\n").repeated(paragraphs);
    const Findings findings = check(markdown, rules({QStringLiteral("max-ten")}));
    QCOMPARE(findings.size(), ArticleLimits::MaximumFindingsPerRule + 1);
    for (int index = 0; index < ArticleLimits::MaximumFindingsPerRule; ++index)
        QCOMPARE(findings.at(index).severity, FindingSeverity::Error);
    const Finding &more = findings.last();
    QCOMPARE(more.ruleId, QStringLiteral("max-ten"));
    QCOMPARE(more.severity, FindingSeverity::Info);
    QVERIFY2(more.message.contains(QStringLiteral("200 more finding")), qPrintable(more.message));
    QVERIFY(!more.fix);
    // Where the list stops: the paragraph after the last one listed.
    QCOMPARE(more.start.line, 2 * ArticleLimits::MaximumFindingsPerRule + 1);

    // Exactly at the limit nothing is cut.
    const QByteArray atLimit = (fourCommas.toUtf8() + "\n\n").repeated(ArticleLimits::MaximumFindingsPerRule);
    const Findings all = check(atLimit, rules({QStringLiteral("max-ten")}));
    QCOMPARE(all.size(), ArticleLimits::MaximumFindingsPerRule);
    QCOMPARE(all.last().severity, FindingSeverity::Error);
}

// The window closing sets the flag: a check under way returns nothing.
void TestChecker::stopFlagEndsTheCheck()
{
    ArticleDocument document;
    document.setData((fourCommas.toUtf8() + "\n\n").repeated(20));
    Checker checker(rules({QStringLiteral("max-ten")}));
    std::atomic_bool stop{false};
    checker.setStopFlag(&stop);
    QCOMPARE(checker.check(document).size(), 20);
    stop = true;
    document.setData((fourCommas.toUtf8() + "\n\n").repeated(21));
    QVERIFY(checker.check(document).isEmpty());
}

void TestChecker::dictionaryPagesAreHandedBack()
{
    const QString text = QStringLiteral("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。");
    auto readings = [&] {
        QStringList result;
        for (const Token &token : Morphology::tokenize(text))
            result.append(token.surface + QLatin1Char('/') + token.pos() + QLatin1Char('/') + token.reading());
        return result;
    };
    const QStringList before = readings();
    QVERIFY(before.size() > 10);
    // A checker keeps tokens: they come without room to grow.
    const QList<Token> tokens = Morphology::tokenizeInPlace(text);
    QCOMPARE(tokens.capacity(), tokens.size());
    QVERIFY(TestSupport::dictionaryResidentKb() > 0);
    Morphology::releaseDictionaryPages();
    QCOMPARE(TestSupport::dictionaryResidentKb(), 0);
    // The same dictionary, read again from the page cache.
    QCOMPARE(readings(), before);
    QVERIFY(TestSupport::dictionaryResidentKb() > 0);
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
