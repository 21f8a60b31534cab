// Whether the supervisor's check covers the article (SupervisorReview, the
// logic of supervisor-review-stale), and how the window says it does not:
// a warning icon and tooltip on the Supervisor row, a label in its form.
#include "articledocument.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "supervisorform.h"
#include "supervisorreview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

QByteArray article(const QString &reviewedLine, const QString &sectionDate,
                   const QString &otherDate = QStringLiteral("2025-06-01"))
{
    QByteArray text = "---\ntitle: 題名\nsupervisor:\n  name: 山田 太郎\n";
    if (!reviewedLine.isEmpty())
        text += "  " + reviewedLine.toUtf8() + "\n";
    text += "---\nリード。\n\n## 一\n";
    if (!sectionDate.isEmpty())
        text += "<!-- kiji: status=approved by=田中 date=" + sectionDate.toUtf8() + " -->\n";
    text += "\n一の本文。\n\n## 二\n<!-- kiji: status=review date=" + otherDate.toUtf8() + " -->\n\n二の本文。\n";
    return text;
}

} // namespace

class TestSupervisorReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void states_data();
    void states();
    void noSupervisorNoWarning();
    void windowWarnsOnTheSupervisorRowAndForm();
};

void TestSupervisorReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    QApplication::setApplicationName(QStringLiteral("tst_supervisorreview"));
}

void TestSupervisorReview::states_data()
{
    QTest::addColumn<QString>("reviewed");
    QTest::addColumn<QString>("sectionDate");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("section");
    QTest::addColumn<qint64>("age");
    // Today is 2026-11-26 throughout.
    QTest::newRow("current") << "reviewed: 2026-11-20" << "2026-11-01" << int(SupervisorReview::Current) << -1
                             << qint64(6);
    QTest::newRow("same day as the newest section") << "reviewed: 2026-11-20" << "2026-11-20"
                                                    << int(SupervisorReview::Current) << -1 << qint64(6);
    QTest::newRow("missing") << "" << "2026-11-01" << int(SupervisorReview::Missing) << -1 << qint64(0);
    QTest::newRow("not a date") << "reviewed: someday" << "" << int(SupervisorReview::Missing) << -1 << qint64(0);
    QTest::newRow("before a section changed") << "reviewed: 2026-11-20" << "2026-11-21"
                                              << int(SupervisorReview::BeforeSectionChange) << 0 << qint64(0);
    QTest::newRow("before the other section") << "reviewed: 2025-05-01" << "2025-04-01"
                                              << int(SupervisorReview::BeforeSectionChange) << 1 << qint64(0);
    QTest::newRow("365 days is not too old") << "reviewed: 2025-11-26" << "" << int(SupervisorReview::Current) << -1
                                             << qint64(365);
    QTest::newRow("too old") << "reviewed: 2025-11-25" << "" << int(SupervisorReview::TooOld) << -1 << qint64(366);
}

void TestSupervisorReview::states()
{
    QFETCH(QString, reviewed);
    QFETCH(QString, sectionDate);
    QFETCH(int, state);
    QFETCH(int, section);
    QFETCH(qint64, age);
    ArticleDocument document;
    document.setData(article(reviewed, sectionDate));
    const SupervisorReview review =
        SupervisorReview::of(document.frontMatter(), document.structure(), QDate(2026, 11, 26));
    QCOMPARE(int(review.state), state);
    QCOMPARE(review.section, section);
    QCOMPARE(review.ageDays, age);
    QCOMPARE(review.isStale(), state != SupervisorReview::Current);
}

void TestSupervisorReview::noSupervisorNoWarning()
{
    ArticleDocument document;
    document.setData("## 一\n<!-- kiji: status=approved date=2026-11-21 -->\n\n本文。\n");
    const SupervisorReview review = SupervisorReview::of(document.frontMatter(), document.structure(), QDate(2026, 11, 26));
    QCOMPARE(review.state, SupervisorReview::NoSupervisor);
    QVERIFY(!review.isStale());

    // Age alone: more than maxAgeDays.
    document.setData("---\nsupervisor:\n  name: 山田\n  reviewed: 2026-01-01\n---\n本文。\n");
    QCOMPARE(SupervisorReview::of(document.frontMatter(), document.structure(), QDate(2026, 11, 26), 300).state,
             SupervisorReview::TooOld);
    QCOMPARE(SupervisorReview::of(document.frontMatter(), document.structure(), QDate(2026, 11, 26), 300).ageDays,
             qint64(329));
    QCOMPARE(SupervisorReview::of(document.frontMatter(), document.structure(), QDate(2026, 11, 26)).state,
             SupervisorReview::Current);
}

void TestSupervisorReview::windowWarnsOnTheSupervisorRowAndForm()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("article.md"));
    const QDate today = QDate::currentDate();
    const auto write = [&](const QByteArray &text) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
    };
    // The check is two years old, and no section changed since.
    write(article(QStringLiteral("reviewed: ") + today.addYears(-2).toString(Qt::ISODate),
                  today.addYears(-3).toString(Qt::ISODate), today.addYears(-3).toString(Qt::ISODate)));
    MainWindow window;
    new QAbstractItemModelTester(window.outlineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &window);
    QString error;
    QVERIFY2(window.openFile(file, &error), qPrintable(error));
    OutlineModel *model = window.outlineModel();
    const QModelIndex supervisor = model->indexOfNode(OutlineModel::SupervisorNode);
    QVERIFY(!supervisor.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tooOld = supervisor.data(Qt::ToolTipRole).toString();
    QVERIFY2(tooOld.contains(QStringLiteral("days old, more than 365")), qPrintable(tooOld));

    window.outline()->setCurrentIndex(supervisor);
    QCOMPARE(window.forms()->currentWidget(), window.supervisorForm());
    QLabel *label = window.supervisorForm()->reviewWarning();
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), tooOld);

    // A fresh check clears the warning, in the tree and the form at once.
    QVERIFY(window.document()->setFrontMatterField(QStringLiteral("supervisor.reviewed"),
                                                   today.toString(Qt::ISODate)));
    QVERIFY(supervisor.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(supervisor.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(label->isHidden());

    // A section approved after the check: the warning names it.
    QVERIFY(window.document()->setSectionStatus(0, SectionStatus::Approved, QStringLiteral("田中"), today.addDays(1)));
    QVERIFY(!supervisor.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(supervisor.data(Qt::ToolTipRole).toString().contains(QStringLiteral("\"一\"")));
    window.outline()->setCurrentIndex(model->indexOfSection(0));
    window.outline()->setCurrentIndex(supervisor);
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("\"一\"")));

    // No date at all.
    QVERIFY(window.document()->setFrontMatterField(QStringLiteral("supervisor.reviewed"), QString()));
    QVERIFY(supervisor.data(Qt::ToolTipRole).toString().contains(QStringLiteral("missing")));
    QVERIFY(!label->isHidden());
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestSupervisorReview)
#include "tst_supervisorreview.moc"
