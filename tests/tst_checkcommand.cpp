// `kiji check` as a user runs it: formats, exit codes, many files, plain
// text reported at its own lines, and bad input.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using TestSupport::Run;
using TestSupport::runKiji;

namespace {

const QByteArray fourCommas = "これは、あれは、それは、どれは、だめです。\n";

QJsonArray messagesOf(const Run &run)
{
    const QJsonArray files = QJsonDocument::fromJson(run.out).array();
    return files.isEmpty() ? QJsonArray() : files.first().toObject().value(QStringLiteral("messages")).toArray();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonIsTextlintsShape();
    void exitCodesSayWhatWasFound();
    void formatsSarifAndJunit();
    void manyFilesKeepTheirOrder();
    void plainTextIsReportedAtItsOwnLines();
    void seedDefectsAreFound();
    void medicalColumnHasEveryCategory();
    void japanesePresetLeavesLabelsWithoutPeriods();
    void messagesFollowTheLocale();
    void badInputGivesFindingsOrAClearError();
};

void TestCheckCommand::jsonIsTextlintsShape()
{
    const Run run = runKiji({QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("max-ten"),
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                            "# 題\n\n" + fourCommas);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray files = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().toObject().value(QStringLiteral("filePath")).toString(), QStringLiteral("<stdin>"));
    const QJsonArray messages = messagesOf(run);
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("lint"));
    QCOMPARE(message.value(QStringLiteral("ruleId")).toString(), QStringLiteral("max-ten"));
    QCOMPARE(message.value(QStringLiteral("severity")).toInt(), 2);
    // The fourth 、 is reported, as textlint does.
    const int index = int(QStringLiteral("# 題\n\nこれは、あれは、それは、どれは").size());
    QCOMPARE(message.value(QStringLiteral("index")).toInt(), index);
    QCOMPARE(message.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(message.value(QStringLiteral("column")).toInt(), 16);
    QCOMPARE(message.value(QStringLiteral("range")).toArray(), (QJsonArray{index, index + 1}));
    const QJsonObject loc = message.value(QStringLiteral("loc")).toObject();
    QCOMPARE(loc.value(QStringLiteral("start")).toObject(),
             (QJsonObject{{QStringLiteral("line"), 3}, {QStringLiteral("column"), 16}}));
    QCOMPARE(loc.value(QStringLiteral("end")).toObject(),
             (QJsonObject{{QStringLiteral("line"), 3}, {QStringLiteral("column"), 17}}));
}

void TestCheckCommand::exitCodesSayWhatWasFound()
{
    const QStringList maxTen{QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("max-ten"),
                             QStringLiteral("-")};
    QCOMPARE(runKiji(maxTen, "短い文です。\n").exitCode, 0);
    QCOMPARE(runKiji(maxTen, fourCommas).exitCode, 1);
    Run run = runKiji({QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("no-such-rule"),
                       QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no-such-rule"));
    run = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    run = runKiji({QStringLiteral("check"), QStringLiteral("/no/such/file.md")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("kiji: error: /no/such/file.md"));
    // A user dictionary (prh) finds its words; an unreadable one is an error.
    QTemporaryDir dictionaries;
    const QString terms = write(dictionaries, QStringLiteral("terms.yml"),
                                "rules:\n  - expected: ウェブサイト\n    patterns: [Webサイト, ウェブサイト]\n");
    run = runKiji({QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("max-ten"), QStringLiteral("--dictionary"),
                   terms, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                  "Webサイトを作る。\n");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(messagesOf(run).size(), 1);
    QCOMPARE(messagesOf(run).first().toObject().value(QStringLiteral("ruleId")).toString(), QStringLiteral("prh"));
    QCOMPARE(messagesOf(run).first().toObject().value(QStringLiteral("fix")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("ウェブサイト"));
    run = runKiji({QStringLiteral("check"), QStringLiteral("--dictionary"), dictionaries.filePath(QStringLiteral("none.yml")),
                   QStringLiteral("-")},
                  "本文。\n");
    QCOMPARE(run.exitCode, 2);

    // Info findings never change the exit code.
    QTemporaryDir project;
    QDir(project.path()).mkpath(QStringLiteral(".kiji"));
    write(project, QStringLiteral(".kiji/config.yml"), "presets: []\nrules:\n  max-ten: {severity: info}\n");
    const QString article = write(project, QStringLiteral("a.md"), fourCommas);
    run = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), article});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(messagesOf(run).size(), 1);
    QCOMPARE(messagesOf(run).first().toObject().value(QStringLiteral("severity")).toInt(), 0);
}

void TestCheckCommand::formatsSarifAndJunit()
{
    const QStringList base{QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("max-ten"),
                           QStringLiteral("--rule"), QStringLiteral("sentence-length"), QStringLiteral("--format")};
    Run run = runKiji(base + QStringList{QStringLiteral("sarif"), QStringLiteral("-")}, fourCommas);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject sarif = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject runObject = sarif.value(QStringLiteral("runs")).toArray().first().toObject();
    const QJsonArray results = runObject.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject region = results.first()
                                   .toObject()
                                   .value(QStringLiteral("locations"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("physicalLocation"))
                                   .toObject()
                                   .value(QStringLiteral("region"))
                                   .toObject();
    QCOMPARE(region.value(QStringLiteral("startLine")).toInt(), 1);
    QCOMPARE(region.value(QStringLiteral("startColumn")).toInt(), 16);

    run = runKiji(base + QStringList{QStringLiteral("junit"), QStringLiteral("-")}, fourCommas);
    QXmlStreamReader xml(run.out);
    int testCases = 0;
    int failures = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testcase"))
            ++testCases;
        if (xml.name() == QLatin1String("failure"))
            ++failures;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testCases, 2); // one file, two rules
    QCOMPARE(failures, 1);
}

void TestCheckCommand::manyFilesKeepTheirOrder()
{
    QTemporaryDir dir;
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("max-ten"),
                          QStringLiteral("--format"), QStringLiteral("json")};
    QStringList files;
    for (int index = 0; index < 12; ++index) {
        QByteArray text;
        for (int line = 0; line < index % 4; ++line)
            text += fourCommas + "\n";
        files.append(write(dir, QStringLiteral("article-%1.md").arg(index), text + "終わりです。\n"));
    }
    const Run run = runKiji(arguments + files);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), files.size());
    for (int index = 0; index < files.size(); ++index) {
        const QJsonObject result = results.at(index).toObject();
        QCOMPARE(result.value(QStringLiteral("filePath")).toString(), QFileInfo(files.at(index)).absoluteFilePath());
        QCOMPARE(result.value(QStringLiteral("messages")).toArray().size(), index % 4);
    }
}

void TestCheckCommand::plainTextIsReportedAtItsOwnLines()
{
    const QString seed = TestSupport::dataPath(QStringLiteral("import/seed-exosome-crater.txt"));
    const QList<QByteArray> lines = TestSupport::readFile(seed).split('\n');
    const Run run = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), seed});
    QCOMPARE(run.exitCode, 1);
    bool doubledParticle = false;
    for (const QJsonValue &value : messagesOf(run)) {
        const QJsonObject message = value.toObject();
        const int line = message.value(QStringLiteral("line")).toInt();
        const int column = message.value(QStringLiteral("column")).toInt();
        QVERIFY(line >= 1 && line <= lines.size());
        const QString text = QString::fromUtf8(lines.at(line - 1));
        QVERIFY2(column >= 1 && column <= text.size() + 1, qPrintable(QStringLiteral("%1:%2").arg(line).arg(column)));
        // The second が of 「潤いが向上が期待できる」, as textlint reports it.
        const qsizetype phrase = text.indexOf(QStringLiteral("潤いが向上が"));
        if (message.value(QStringLiteral("ruleId")).toString() == QLatin1String("no-doubled-joshi") && phrase >= 0
            && column - 1 == phrase + 5)
            doubledParticle = true;
    }
    QVERIFY2(doubledParticle, "「潤いが向上が期待できる」 is reported at its place in the .txt");
}

void TestCheckCommand::japanesePresetLeavesLabelsWithoutPeriods()
{
    // Headings, list items, table cells and a caption line need no 。 in a
    // web article; a paragraph of sentences does.
    const QByteArray article = "# 施術の流れ\n\n本文です。\n\n図1: 施術前後の比較\n\n- 洗顔をする\n\n"
                               "| 項目 | 内容 |\n|---|---|\n| 期間 | 約1週間 |\n\n本文です。続きは次の節で説明します\n";
    auto periodLines = [&](const QStringList &preset) {
        const Run run = runKiji(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}
                                    + preset + QStringList{QStringLiteral("-")},
                                article);
        QList<int> lines;
        for (const QJsonValue &value : messagesOf(run)) {
            if (value.toObject().value(QStringLiteral("ruleId")).toString() == QLatin1String("ja-no-mixed-period"))
                lines.append(value.toObject().value(QStringLiteral("line")).toInt());
        }
        return lines;
    };
    QCOMPARE(periodLines({}), QList<int>{13});
    QCOMPARE(periodLines({QStringLiteral("--preset"), QStringLiteral("ja-technical-writing")}), (QList<int>{5, 13}));
}

void TestCheckCommand::messagesFollowTheLocale()
{
    const QStringList arguments{QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("no-doubled-joshi"),
                                QStringLiteral("--rule"), QStringLiteral("ja-no-redundant-expression"),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")};
    const QByteArray text = "肌の潤いが向上が期待できる。省略することが可能だ。\n";
    auto messages = [&](const QByteArray &locale) {
        const QByteArray saved = qgetenv("LANG");
        qputenv("LANG", locale);
        qunsetenv("LC_ALL");
        qunsetenv("LANGUAGE");
        const Run run = runKiji(arguments, text);
        qputenv("LANG", saved);
        QStringList list;
        for (const QJsonValue &value : messagesOf(run))
            list.append(value.toObject().value(QStringLiteral("message")).toString());
        return list;
    };
    const QStringList japanese = messages("ja_JP.UTF-8");
    QCOMPARE(japanese.size(), 2);
    QVERIFY2(japanese.at(0).contains(QStringLiteral("助詞 \"が\"")), qPrintable(japanese.at(0)));
    QVERIFY2(japanese.at(1).contains(QStringLiteral("冗長な表現です")), qPrintable(japanese.at(1)));
    const QStringList english = messages("C.UTF-8");
    QCOMPARE(english.size(), 2);
    QVERIFY2(english.at(0).startsWith(QStringLiteral("The particle \"が\"")), qPrintable(english.at(0)));
    QVERIFY2(english.at(1).contains(QStringLiteral("is redundant")), qPrintable(english.at(1)));
}

void TestCheckCommand::seedDefectsAreFound()
{
    // The published article's defects, each at its line of the .txt and
    // pointing into the phrase (the default presets: its supervisor block
    // makes it a medical article).
    const QString seed = TestSupport::dataPath(QStringLiteral("import/seed-exosome-crater.txt"));
    const QList<QByteArray> lines = TestSupport::readFile(seed).split('\n');
    const Run run = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), seed});
    QCOMPARE(run.exitCode, 1);
    QMultiMap<QString, QString> found; // rule → text from the finding's column
    int missingUnapproved = 0;
    for (const QJsonValue &value : messagesOf(run)) {
        const QJsonObject message = value.toObject();
        const QString rule = message.value(QStringLiteral("ruleId")).toString();
        const int line = message.value(QStringLiteral("line")).toInt();
        const int column = message.value(QStringLiteral("column")).toInt();
        if (rule == QLatin1String("required-disclosure")) {
            QCOMPARE(line, 1);
            if (message.value(QStringLiteral("message")).toString().contains(QStringLiteral("unapproved")))
                ++missingUnapproved;
            continue;
        }
        found.insert(rule, QStringLiteral("%1:").arg(line) + QString::fromUtf8(lines.value(line - 1)).mid(column - 1));
    }
    auto reported = [&](const char *rule, int line, const QString &phrase) {
        const QStringList texts = found.values(QString::fromLatin1(rule));
        const QString prefix = QStringLiteral("%1:").arg(line);
        for (const QString &text : texts) {
            if (text.startsWith(prefix) && text.mid(prefix.size()).startsWith(phrase))
                return true;
        }
        qWarning().noquote() << rule << "at line" << line << "does not point at" << phrase << texts;
        return false;
    };
    QVERIFY(reported("duplicate-sentence", 12, QStringLiteral("肌の状態を改善し、炎症しにくい肌を作る")));
    QVERIFY(reported("no-doubled-joshi", 13, QStringLiteral("が期待できる")));
    QVERIFY(reported("leftover-note", 54, QStringLiteral("エクソソーム ニキビの内部リンクを設置")));
    QVERIFY(reported("kanji-misconversion", 38, QStringLiteral("指した")));
    QVERIFY(reported("contradictory-numbers", 23, QStringLiteral("1週間ほど")));
    QVERIFY(reported("width-consistency", 1, QStringLiteral("?")));
    QVERIFY(reported("width-consistency", 11, QStringLiteral("?")));
    QVERIFY(reported("width-consistency", 29, QStringLiteral("(")));
    QVERIFY(reported("width-consistency", 29, QStringLiteral(")")));
    QVERIFY(reported("medical-ad-false-claim", 52, QStringLiteral("完治")));
    QVERIFY(reported("medical-ad-false-claim", 68, QStringLiteral("完治")));
    QVERIFY(reported("medical-ad-exaggeration", 23, QStringLiteral("最も効果を感じやすい")));
    QVERIFY(reported("medical-ad-comparison", 87, QStringLiteral("第一人者")));
    QVERIFY(reported("medical-ad-comparison", 87, QStringLiteral("従来品よりも高濃度・高純度")));
    // エクソソーム is unapproved: all five of its disclosures are missing.
    QCOMPARE(missingUnapproved, 5);
}

void TestCheckCommand::medicalColumnHasEveryCategory()
{
    // The column has a supervisor: the medical-ad preset applies by default.
    const QString column = TestSupport::dataPath(QStringLiteral("medical-column.md"));
    const Run run = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), column});
    QCOMPARE(run.exitCode, 1);
    QSet<QString> rules;
    for (const QJsonValue &value : messagesOf(run))
        rules.insert(value.toObject().value(QStringLiteral("ruleId")).toString());
    for (const char *rule : {"medical-ad-false-claim", "medical-ad-comparison", "medical-ad-exaggeration",
                             "medical-ad-testimonial", "medical-ad-before-after", "medical-ad-price",
                             "cosmetic-efficacy", "required-disclosure"})
        QVERIFY2(rules.contains(QString::fromLatin1(rule)), rule);

    // A technical article without a supervisor gets none of them by default.
    const Run technical = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                                   TestSupport::articleFiles().first()});
    for (const QJsonValue &value : messagesOf(technical)) {
        const QString rule = value.toObject().value(QStringLiteral("ruleId")).toString();
        QVERIFY2(!rule.startsWith(QLatin1String("medical-ad")) && rule != QLatin1String("required-disclosure"),
                 qPrintable(rule));
    }
}

void TestCheckCommand::badInputGivesFindingsOrAClearError()
{
    QTemporaryDir dir;
    // Broken UTF-8: a clear error, exit 2, nothing on stdout.
    Run run = runKiji({QStringLiteral("check"), write(dir, QStringLiteral("broken.md"), "正しい\xff\xfe文。\n")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("UTF-8"), run.err.constData());

    // A 1 MB sentence, 100 000 tiny paragraphs and control characters are
    // checked, within a hang watchdog.
    QByteArray longSentence;
    while (longSentence.size() < 1024 * 1024)
        longSentence += "とても長い文が、句点なしで続いて";
    QByteArray tiny;
    for (int index = 0; index < 100000; ++index)
        tiny += "短。\n\n";
    const QByteArray control = "制御\x01文字\x1b[31mと\x7f削除。\n";
    for (const QByteArray &input : {longSentence, tiny, control}) {
        run = runKiji({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                      input, 120000);
        QVERIFY2(run.finished, "kiji check hung");
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).isArray());
    }
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
