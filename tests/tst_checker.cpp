// The checker's engine: blocks and their positions, sentence splitting, the
// per-block cache, configuration and turning rules off. Rules' own
// semantics are in tst_proofreading.
#include "articledocument.h"
#include "blockextraction.h"
#include "checkconfig.h"
#include "checker.h"
#include "cmarktree.h"
#include "sentencesplitter.h"

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

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
