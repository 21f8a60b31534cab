// The review checks as a user runs them: `kiji check` reporting a stale
// supervisor check (supervisor-review-stale) and open CriticMarkup
// (review-open, --max-open-comments), CriticMarkup giving no findings of
// other rules, and `kiji report` writing a standalone review page.
#include "gumbosupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gumbo.h>

using GumboSupport::attribute;
using GumboSupport::collectElements;
using GumboSupport::textOf;
using TestSupport::Run;
using TestSupport::runKiji;

namespace {

QJsonArray messagesOf(const Run &run)
{
    const QJsonArray files = QJsonDocument::fromJson(run.out).array();
    return files.isEmpty() ? QJsonArray() : files.first().toObject().value(QStringLiteral("messages")).toArray();
}

QList<QJsonObject> messagesOfRule(const Run &run, const QString &rule)
{
    QList<QJsonObject> messages;
    for (const QJsonValue &value : messagesOf(run)) {
        if (value.toObject().value(QStringLiteral("ruleId")).toString() == rule)
            messages.append(value.toObject());
    }
    return messages;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

// An article with a supervisor checked on `reviewed` (none when empty) and
// a section approved on `sectionDate`. The `reviewed:` line is line 6, the
// `supervisor:` line line 3.
QByteArray supervisedArticle(const QByteArray &reviewed, const QByteArray &sectionDate)
{
    QByteArray text = "---\ntitle: ダーマペンの経過\nsupervisor:\n  name: 佐藤 美咲\n  title: 皮膚科専門医\n";
    if (!reviewed.isEmpty())
        text += "  reviewed: " + reviewed + "\n";
    text += "---\n\nダーマペンは極細の針を使う治療です。\n\n## 経過\n<!-- kiji: status=approved by=校正担当 date=" + sectionDate
        + " -->\n\n施術後は数日赤みが出ます。\n";
    return text;
}

// Two open items: a suggestion on line 3 and a comment thread (with a
// reply) on line 5. Nothing else for the editorial preset to find.
const QByteArray twoOpen = "# 施術の流れ\n\n施術時間は{++約++}30分です。\n\n"
                           "麻酔は{==クリーム==}{>>@校正担当 2026-11-20: 種類を確認<<}{>>@執筆者 2026-11-21: 確認済み<<}を使います。\n";

QByteArray insertAfter(QByteArray text, const QByteArray &anchor, const QByteArray &insertion)
{
    const qsizetype at = text.indexOf(anchor);
    if (at < 0)
        return {};
    text.insert(at + anchor.size(), insertion);
    return text;
}

} // namespace

class TestReviewChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supervisorReviewStale_data();
    void supervisorReviewStale();
    void todayComesFromTheProjectConfiguration();
    void reviewOpenReportsEachMarkAtItsPlace();
    void tooManyOpenCommentsIsAnError();
    void criticMarkupBracesGiveNoOtherFindings();
    void reportListsSectionsStatusCommentsAndFindings();
    void reportErrors();
};

void TestReviewChecks::supervisorReviewStale_data()
{
    QTest::addColumn<QByteArray>("article");
    QTest::addColumn<QString>("today");
    QTest::addColumn<int>("line"); // 0: no finding
    QTest::addColumn<QString>("cited"); // a date the message cites

    QTest::newRow("missing") << supervisedArticle({}, "2026-11-01") << QStringLiteral("2026-11-26") << 3 << QString();
    QTest::newRow("older than a section") << supervisedArticle("2026-10-01", "2026-11-01")
                                          << QStringLiteral("2026-11-26") << 6 << QStringLiteral("2026-11-01");
    QTest::newRow("older than 365 days") << supervisedArticle("2025-11-25", "2025-11-01")
                                         << QStringLiteral("2026-11-26") << 6 << QStringLiteral("2025-11-25");
    QTest::newRow("365 days is fresh") << supervisedArticle("2025-11-26", "2025-11-01") << QStringLiteral("2026-11-26")
                                       << 0 << QString();
    QTest::newRow("fresh") << supervisedArticle("2026-11-20", "2026-11-20") << QStringLiteral("2026-11-26") << 0
                           << QString();
    // The same article is stale a year later: today comes from --today.
    QTest::newRow("fresh then stale") << supervisedArticle("2026-11-20", "2026-11-20") << QStringLiteral("2027-11-21")
                                      << 6 << QStringLiteral("2026-11-20");
    QTest::newRow("no supervisor") << QByteArray("---\ntitle: 監修者なし\n---\n\n本文です。\n")
                                   << QStringLiteral("2026-11-26") << 0 << QString();
}

void TestReviewChecks::supervisorReviewStale()
{
    QFETCH(QByteArray, article);
    QFETCH(QString, today);
    QFETCH(int, line);
    QFETCH(QString, cited);
    const Run run = runKiji({QStringLiteral("check"), QStringLiteral("--preset"), QStringLiteral("editorial"),
                             QStringLiteral("--today"), today, QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("-")},
                            article);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QList<QJsonObject> found = messagesOfRule(run, QStringLiteral("supervisor-review-stale"));
    if (line == 0) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).value(QStringLiteral("message")).toString()));
        QCOMPARE(run.exitCode, 0);
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value(QStringLiteral("line")).toInt(), line);
    QCOMPARE(found.first().value(QStringLiteral("column")).toInt(), line == 3 ? 1 : 3);
    QCOMPARE(found.first().value(QStringLiteral("severity")).toInt(), 1); // a warning in the editorial preset
    if (!cited.isEmpty())
        QVERIFY2(found.first().value(QStringLiteral("message")).toString().contains(cited),
                 qPrintable(found.first().value(QStringLiteral("message")).toString()));
    QCOMPARE(run.exitCode, 1);
}

void TestReviewChecks::todayComesFromTheProjectConfiguration()
{
    QTemporaryDir dir;
    const QString article = write(dir, QStringLiteral("article.md"), supervisedArticle("2026-01-10", "2025-12-01"));
    write(dir, QStringLiteral(".kiji/config.yml"), "presets: [editorial]\ntoday: 2027-06-01\n");
    const QStringList check{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), article};

    // 2027-06-01 is more than 365 days after 2026-01-10.
    Run run = runKiji(check);
    QCOMPARE(messagesOfRule(run, QStringLiteral("supervisor-review-stale")).size(), 1);
    // The command line's date wins over the project's.
    run = runKiji(check + QStringList{QStringLiteral("--today"), QStringLiteral("2026-06-01")});
    QCOMPARE(messagesOfRule(run, QStringLiteral("supervisor-review-stale")).size(), 0);

    write(dir, QStringLiteral(".kiji/config.yml"), "today: next week\n");
    run = runKiji(check);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("today"), run.err.constData());

    run = runKiji({QStringLiteral("check"), QStringLiteral("--today"), QStringLiteral("2026-02-30"), article});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

void TestReviewChecks::reviewOpenReportsEachMarkAtItsPlace()
{
    const QByteArray text = "# 施術の流れ\n\n"
                            "施術時間は{++約++}30分です。{--とても--}安全です。\n\n"
                            "料金は{~~3万円~>3万3000円~~}です。\n\n"
                            "麻酔は{==クリーム==}{>>@校正担当 2026-11-20: 種類を確認<<}{>>@執筆者: 確認済み<<}を使います。\n\n"
                            "`{++コードの中++}` は数えません。{>>根拠は？<<}\n";
    const Run run = runKiji({QStringLiteral("check"), QStringLiteral("--preset"), QStringLiteral("editorial"),
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                            text);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QList<QJsonObject> found = messagesOfRule(run, QStringLiteral("review-open"));
    struct Expected
    {
        int line;
        int column;
        QString cited;
    };
    // Columns count UTF-16 units: "施術時間は" is five.
    const QList<Expected> expected = {
        {3, 6, QStringLiteral("約")},
        {3, 19, QStringLiteral("とても")},
        {5, 4, QStringLiteral("3万3000円")},
        {7, 14, QStringLiteral("校正担当 (2026-11-20): 種類を確認")},
        {9, 22, QStringLiteral("根拠は？")},
    };
    QCOMPARE(found.size(), expected.size());
    for (int index = 0; index < expected.size(); ++index) {
        const QJsonObject &message = found.at(index);
        QCOMPARE(message.value(QStringLiteral("line")).toInt(), expected.at(index).line);
        QCOMPARE(message.value(QStringLiteral("column")).toInt(), expected.at(index).column);
        QCOMPARE(message.value(QStringLiteral("severity")).toInt(), 0);
        QVERIFY2(message.value(QStringLiteral("message")).toString().contains(expected.at(index).cited),
                 qPrintable(message.value(QStringLiteral("message")).toString()));
    }
    // The reply is part of its thread, not reported by itself.
    QVERIFY(!found.at(3).value(QStringLiteral("message")).toString().contains(QStringLiteral("確認済み")));
}

void TestReviewChecks::tooManyOpenCommentsIsAnError()
{
    const QStringList check{QStringLiteral("check"), QStringLiteral("--preset"), QStringLiteral("editorial"),
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")};
    // Open items alone are information: exit 0.
    Run run = runKiji(check, twoOpen);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(messagesOfRule(run, QStringLiteral("review-open")).size(), 2);

    run = runKiji(check + QStringList{QStringLiteral("--max-open-comments"), QStringLiteral("2")}, twoOpen);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(messagesOfRule(run, QStringLiteral("review-open")).size(), 2);

    run = runKiji(check + QStringList{QStringLiteral("--max-open-comments"), QStringLiteral("1")}, twoOpen);
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> found = messagesOfRule(run, QStringLiteral("review-open"));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.first().value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(found.first().value(QStringLiteral("severity")).toInt(), 2);
    QVERIFY(found.first().value(QStringLiteral("message")).toString().contains(QLatin1Char('2')));
    for (int index = 1; index < found.size(); ++index)
        QCOMPARE(found.at(index).value(QStringLiteral("severity")).toInt(), 0);

    // The limit counts even when review-open itself is not on.
    run = runKiji({QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("max-ten"),
                   QStringLiteral("--max-open-comments"), QStringLiteral("0"), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("-")},
                  twoOpen);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(messagesOfRule(run, QStringLiteral("review-open")).size(), 1);

    run = runKiji(check + QStringList{QStringLiteral("--max-open-comments"), QStringLiteral("-1")}, twoOpen);
    QCOMPARE(run.exitCode, 2);
}

void TestReviewChecks::criticMarkupBracesGiveNoOtherFindings()
{
    // The medical column with insertions, deletions, a highlight and
    // comments put inside its sentences: the default check finds what it
    // found without them, plus one review-open finding per open item.
    const QString path = TestSupport::dataPath(QStringLiteral("medical-column.md"));
    const QByteArray original = TestSupport::readFile(path);
    QByteArray marked = original;
    marked = insertAfter(marked, "夏になると、", "{--特に--}");
    marked = insertAfter(marked, "施術時間は", "{++約++}");
    marked = insertAfter(marked, "麻酔クリームを使うため", "{==痛み==}{>>@校正担当 2026-11-20: 表現を確認<<}");
    marked = insertAfter(marked, "当院は", "{>>@監修者 2026-11-21: 根拠を示す<<}");
    marked = insertAfter(marked, "ルミナセル導入療法は、", "{++（仮称）++}");
    QVERIFY(!marked.isEmpty());

    QTemporaryDir dir;
    const QStringList check{QStringLiteral("check"), QStringLiteral("--today"), QStringLiteral("2026-11-26"),
                            QStringLiteral("--format"), QStringLiteral("json")};
    const Run before = runKiji(check + QStringList{write(dir, QStringLiteral("original.md"), original)});
    const Run after = runKiji(check + QStringList{write(dir, QStringLiteral("marked.md"), marked)});
    QCOMPARE(before.exitCode, 1);
    QCOMPARE(after.exitCode, 1);

    auto findings = [](const Run &run) {
        QStringList list;
        for (const QJsonValue &value : messagesOf(run)) {
            const QJsonObject message = value.toObject();
            if (message.value(QStringLiteral("ruleId")).toString() != QLatin1String("review-open"))
                list.append(message.value(QStringLiteral("ruleId")).toString() + u' '
                            + message.value(QStringLiteral("message")).toString());
        }
        list.sort();
        return list;
    };
    QVERIFY(!findings(before).isEmpty());
    QCOMPARE(findings(after), findings(before));
    QCOMPARE(messagesOfRule(after, QStringLiteral("review-open")).size(), 5);
    QCOMPARE(messagesOfRule(before, QStringLiteral("review-open")).size(), 0);
}

void TestReviewChecks::reportListsSectionsStatusCommentsAndFindings()
{
    const QByteArray article =
        "---\ntitle: ダーマペンの効果と経過\nsupervisor:\n  name: 佐藤 美咲\n  title: 皮膚科専門医\n"
        "  reviewed: 2026-10-01\n---\n\n"
        "ダーマペンは極細の針を使う治療です。\n\n"
        "## ダーマペンとは\n<!-- kiji: status=approved by=校正担当 date=2026-11-01 -->\n\n"
        "極細の針で肌に穴を開けます。\n\n"
        "### 施術の流れ\n<!-- kiji: status=changes by=編集長 date=2026-11-02 -->\n\n"
        "施術時間は{++約++}30分です。{==麻酔クリーム==}{>>@校正担当 2026-11-20: 種類を確認<<}"
        "{>>@執筆者 2026-11-21: 確認済み<<}を使います。\n\n"
        "## 料金\n<!-- kiji: status=review -->\n\n"
        "料金は、回数によって、部位によって、時期によって、変わります。\n\n"
        "## まとめ\n\n"
        "ダーマペンは<script>alert(1)</script>手軽な治療です。\n";
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("article.md"), article);
    const QString output = dir.filePath(QStringLiteral("report.html"));
    const Run run = runKiji({QStringLiteral("report"), input, QStringLiteral("-o"), output, QStringLiteral("--today"),
                             QStringLiteral("2026-11-26")});
    QCOMPARE(run.exitCode, 0);
    const QByteArray html = TestSupport::readFile(output);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));

    // Standalone: no script (the article's own is text) and nothing loaded.
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("http://") && !html.contains("https://"));
    QVERIFY(!html.contains("url(") && !html.contains("@import"));

    GumboOutput *parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QList<const GumboNode *> elements;
    collectElements(parsed->root, &elements);
    QStringList headings;
    QStringList statuses;
    QStringList comments;
    QStringList rules;
    QString summary;
    for (const GumboNode *element : std::as_const(elements)) {
        const GumboTag tag = element->v.element.tag;
        QVERIFY(tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_LINK && tag != GUMBO_TAG_IFRAME && tag != GUMBO_TAG_IMG);
        QVERIFY(attribute(element, "src").isEmpty() && attribute(element, "href").isEmpty());
        const QString cssClass = attribute(element, "class");
        if (tag == GUMBO_TAG_H1)
            QCOMPARE(textOf(element), QStringLiteral("ダーマペンの効果と経過"));
        if (tag == GUMBO_TAG_SECTION && cssClass.startsWith(QLatin1String("part level-"))) {
            headings.append(cssClass.mid(11) + u' ');
        }
        if (tag == GUMBO_TAG_H2 && !headings.isEmpty() && headings.last().endsWith(u' '))
            headings.last() += textOf(element).section(u' ', 0, 0);
        if (tag == GUMBO_TAG_P && cssClass.startsWith(QLatin1String("status "))) {
            // The status's class, then who and when (the words around them are translated).
            QString status = cssClass.mid(14);
            for (const QString &name : {QStringLiteral("校正担当"), QStringLiteral("編集長")}) {
                if (textOf(element).contains(name))
                    status += u' ' + name;
            }
            const QRegularExpressionMatch date =
                QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d")).match(textOf(element));
            if (date.hasMatch())
                status += u' ' + date.captured();
            statuses.append(status);
        }
        if (tag == GUMBO_TAG_LI && (cssClass == QLatin1String("comment") || cssClass == QLatin1String("reply")
                                    || cssClass == QLatin1String("suggestion")))
            comments.append(cssClass);
        if (tag == GUMBO_TAG_TD && cssClass == QLatin1String("rule"))
            rules.append(textOf(element));
        if (tag == GUMBO_TAG_SECTION && cssClass == QLatin1String("summary"))
            summary = textOf(element);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);

    // Every section in order, with its level.
    QCOMPARE(headings, (QStringList{QStringLiteral("2 ダーマペンとは"), QStringLiteral("3 施術の流れ"),
                                    QStringLiteral("2 料金"), QStringLiteral("2 まとめ")}));
    QCOMPARE(statuses, (QStringList{QStringLiteral("approved 校正担当 2026-11-01"),
                                    QStringLiteral("changes 編集長 2026-11-02"), QStringLiteral("review"),
                                    QStringLiteral("none")}));
    QCOMPARE(comments, (QStringList{QStringLiteral("suggestion"), QStringLiteral("comment"), QStringLiteral("reply")}));
    QVERIFY(html.contains("種類を確認") && html.contains("確認済み") && html.contains("2026-11-21"));
    QVERIFY(html.contains("<ins>約</ins>"));
    QVERIFY(html.contains("<mark>麻酔クリーム</mark>"));
    // The supervisor checked before a section's status date; the lead's part
    // comes first. The commas of 料金 are a max-ten finding in its section.
    QVERIFY(rules.contains(QStringLiteral("supervisor-review-stale")));
    QVERIFY(rules.indexOf(QStringLiteral("supervisor-review-stale")) < rules.indexOf(QStringLiteral("max-ten")));
    QVERIFY(!rules.contains(QStringLiteral("review-open")));
    QVERIFY2(summary.contains(QStringLiteral("1 / 4")), qPrintable(summary));
    QVERIFY(html.contains("佐藤 美咲") && html.contains("2026-10-01"));
}

void TestReviewChecks::reportErrors()
{
    QTemporaryDir dir;
    const QString input = write(dir, QStringLiteral("article.md"), twoOpen);
    Run run = runKiji({QStringLiteral("report")});
    QCOMPARE(run.exitCode, 2);
    run = runKiji({QStringLiteral("report"), dir.filePath(QStringLiteral("missing.md")), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("out.html"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.html"))));
    run = runKiji({QStringLiteral("report"), input, QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("no/such/folder/out.html"))});
    QCOMPARE(run.exitCode, 2);
    run = runKiji({QStringLiteral("report"), input, QStringLiteral("--today"), QStringLiteral("tomorrow")});
    QCOMPARE(run.exitCode, 2);
    // Without -o the page goes to standard output.
    run = runKiji({QStringLiteral("report"), input});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(run.out.contains("種類を確認"));
}

QTEST_GUILESS_MAIN(TestReviewChecks)
#include "tst_reviewchecks.moc"
