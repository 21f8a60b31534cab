// textlint's own test cases for its Japanese rules (tests/data/proofreading),
// run through `kiji check --rule RULE --format json -`: a `valid` text must
// give no finding of that rule, an `invalid` one exactly `count`.
// tests/data/proofreading-kiji holds cases in the same form for rules
// textlint's files do not cover and for Kiji's own behaviour; all of those
// must pass. KIJI_RULE=ID runs the cases of one rule only. A file's
// "today" (YYYY-MM-DD) is passed as `--today` for rules that read the date.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Case
{
    QString rule;
    QString text;
    int expected = 0;
    QString today;
};

QList<Case> loadCases(const QString &folder)
{
    QList<Case> cases;
    const QDir dir(QStringLiteral(KIJI_TEST_DATA "/") + folder);
    const QString only = qEnvironmentVariable("KIJI_RULE");
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
        const QString rule = data.value(QStringLiteral("rule")).toString();
        if (!only.isEmpty() && rule != only)
            continue;
        const QString today = data.value(QStringLiteral("today")).toString();
        for (const QJsonValue &valid : data.value(QStringLiteral("valid")).toArray()) {
            cases.append({rule, valid.isString() ? valid.toString() : valid.toObject().value(QStringLiteral("text")).toString(), 0,
                          today});
        }
        for (const QJsonValue &invalid : data.value(QStringLiteral("invalid")).toArray()) {
            const QJsonObject object = invalid.toObject();
            cases.append({rule, object.value(QStringLiteral("text")).toString(),
                          object.value(QStringLiteral("count")).toInt(), today});
        }
    }
    return cases;
}

// Findings of `rule` that `kiji check` reports for `text`, or -1 when it failed.
int countFindings(QProcess &process, const Case &testCase)
{
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() == 2) {
        qWarning().noquote() << testCase.rule << "failed:" << process.readAllStandardError();
        return -1;
    }
    const QJsonArray files = QJsonDocument::fromJson(output).array();
    if (files.size() != 1)
        return -1;
    int count = 0;
    for (const QJsonValue &message : files.first().toObject().value(QStringLiteral("messages")).toArray()) {
        if (message.toObject().value(QStringLiteral("ruleId")).toString() == testCase.rule)
            ++count;
    }
    return count;
}

} // namespace

class TestProofreading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textlintCasesAgree();
    void kijiCasesPass();

private:
    // Runs the cases; returns how many agree, printing the others.
    int run(const QList<Case> &cases);
};

void TestProofreading::textlintCasesAgree()
{
    const QList<Case> cases = loadCases(QStringLiteral("proofreading"));
    // With KIJI_RULE naming a rule textlint's files do not cover, there is
    // nothing to compare; without it, the cases must be there.
    if (!qEnvironmentVariableIsEmpty("KIJI_RULE") && cases.isEmpty())
        return;
    QVERIFY(!cases.isEmpty());
    const int passed = run(cases);
    if (QTest::currentTestFailed())
        return;
    qInfo().noquote() << QStringLiteral("%1 passed, %2 failed").arg(passed).arg(cases.size() - passed);
    // The goal: at least 95% agree (docs/checker.md lists the rest and why).
    QVERIFY2(passed * 100 >= cases.size() * 95,
             qPrintable(QStringLiteral("%1 of %2 cases agree with textlint").arg(passed).arg(cases.size())));
}

void TestProofreading::kijiCasesPass()
{
    const QList<Case> cases = loadCases(QStringLiteral("proofreading-kiji"));
    if (!qEnvironmentVariableIsEmpty("KIJI_RULE") && cases.isEmpty())
        return;
    QVERIFY(!cases.isEmpty());
    const int passed = run(cases);
    if (QTest::currentTestFailed())
        return;
    qInfo().noquote() << QStringLiteral("%1 passed, %2 failed").arg(passed).arg(cases.size() - passed);
    QCOMPARE(passed, int(cases.size()));
}

int TestProofreading::run(const QList<Case> &cases)
{
    const QString kiji = QStringLiteral(KIJI_BINARY_DIR "/kiji");

    // A few `kiji` processes at a time: each case is one run, as a user's.
    QList<int> counts(cases.size(), -1);
    const int parallel = std::max(2, QThread::idealThreadCount());
    QList<QProcess *> running;
    QList<int> runningCase;
    int next = 0;
    while (next < cases.size() || !running.isEmpty()) {
        while (next < cases.size() && running.size() < parallel) {
            const Case &testCase = cases.at(next);
            auto *process = new QProcess(this);
            QStringList arguments{QStringLiteral("check"), QStringLiteral("--rule"), testCase.rule,
                                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")};
            if (!testCase.today.isEmpty())
                arguments << QStringLiteral("--today") << testCase.today;
            process->start(kiji, arguments);
            process->write(testCase.text.toUtf8());
            process->closeWriteChannel();
            running.append(process);
            runningCase.append(next);
            ++next;
        }
        QProcess *first = running.first();
        if (!first->waitForFinished(60000)) {
            QTest::qFail("kiji check hung", __FILE__, __LINE__);
            return 0;
        }
        counts[runningCase.first()] = countFindings(*first, cases.at(runningCase.first()));
        running.removeFirst();
        runningCase.removeFirst();
        first->deleteLater();
    }

    int passed = 0;
    QMap<QString, QPair<int, int>> perRule; // passed, total
    for (int index = 0; index < cases.size(); ++index) {
        const Case &testCase = cases.at(index);
        const bool ok = counts.at(index) == testCase.expected;
        passed += ok ? 1 : 0;
        perRule[testCase.rule].first += ok ? 1 : 0;
        perRule[testCase.rule].second += 1;
        if (!ok) {
            qInfo().noquote() << QStringLiteral("disagree %1: expected %2, got %3: %4")
                                     .arg(testCase.rule)
                                     .arg(testCase.expected)
                                     .arg(counts.at(index))
                                     .arg(testCase.text.left(120).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
        }
    }
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        qInfo().noquote() << QStringLiteral("%1: %2/%3").arg(it.key()).arg(it.value().first).arg(it.value().second);
    return passed;
}

QTEST_GUILESS_MAIN(TestProofreading)
#include "tst_proofreading.moc"
