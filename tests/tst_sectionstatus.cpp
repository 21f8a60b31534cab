// Per-section review status: the `<!-- kiji: status=… -->` line written as
// one undo step, approval lost (in the same step) when an approved body
// changes, the gate on the article's `status: approved`, and how the tree
// and the forms show and set it.
#include "approvalgate.h"
#include "articledocument.h"
#include "articleform.h"
#include "articlesearch.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "sectionform.h"
#include "sectionstatusicon.h"
#include "sectionstatusmenu.h"
#include "ui_articleform.h"
#include "ui_sectionform.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray twoSections = QByteArrayLiteral("リード。\n"
                                                 "\n"
                                                 "## 一\n"
                                                 "<!-- kiji: status=approved by=田中 date=2026-11-20 -->\n"
                                                 "\n"
                                                 "一の本文です。\n"
                                                 "\n"
                                                 "## 二\n"
                                                 "<!-- kiji: budget=400 status=approved by=佐藤 date=2026-11-21 -->\n"
                                                 "\n"
                                                 "二の本文です。\n");

QByteArray replaced(QByteArray text, const QByteArray &before, const QByteArray &after)
{
    return text.replace(before, after);
}

} // namespace

class TestSectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void statusWordsAndMissingStatus();
    void setStatusWritesTheLineAsOneStep_data();
    void setStatusWritesTheLineAsOneStep();
    void setStatusRefusesBadInput();
    void bodyEditOfApprovedSectionGoesBackToReview_data();
    void bodyEditOfApprovedSectionGoesBackToReview();
    void editsThatKeepApproval();
    void typingInAnApprovedSectionIsOneStep();
    void gateListsEveryReason();

    void treeShowsStatusIconsAndCounts();
    void treeContextMenuSetsStatus();
    void sectionFormShowsAndSetsStatus();
    void articleCannotBeApprovedWhileASectionIsInReview();
    void openMarksBlockApproval();
    void errorFindingBlocksApproval();

private:
    MainWindow *openWindow(const QByteArray &article, const QByteArray &config = "presets: []\n");
    QTemporaryDir m_directory;
};

void TestSectionStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    QApplication::setApplicationName(QStringLiteral("tst_sectionstatus"));
    QSettings().setValue(QStringLiteral("review/name"), QStringLiteral("校正担当"));
    QVERIFY(m_directory.isValid());
}

void TestSectionStatus::statusWordsAndMissingStatus()
{
    ArticleDocument document;
    document.setData("## 無印\n\n本文。\n\n## 不明\n<!-- kiji: status=maybe -->\n\n## 差し戻し\n"
                     "<!-- kiji: status=changes -->\n");
    QCOMPARE(SectionStatuses::of(document.sections().at(0)), SectionStatus::Draft);
    QCOMPARE(SectionStatuses::of(document.sections().at(1)), SectionStatus::Draft);
    QCOMPARE(SectionStatuses::of(document.sections().at(2)), SectionStatus::ChangesRequested);
    QCOMPARE(SectionStatuses::word(SectionStatus::ChangesRequested), QStringLiteral("changes"));
    QCOMPARE(SectionStatuses::fromWord(QStringLiteral("approved")), SectionStatus::Approved);
    QVERIFY(!SectionStatuses::fromWord(QStringLiteral("Approved")));
}

void TestSectionStatus::setStatusWritesTheLineAsOneStep_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("new line") << QByteArray("## 見出し\n\n本文。\n") << int(SectionStatus::Approved)
                              << QStringLiteral("田中") << QByteArray("## 見出し\n<!-- kiji: status=approved by=田中 "
                                                                     "date=2026-11-20 -->\n\n本文。\n");
    QTest::newRow("keeps budget first")
        << QByteArray("## 見出し\n<!-- kiji: budget=800 -->\n本文。\n") << int(SectionStatus::Review)
        << QStringLiteral("佐藤")
        << QByteArray("## 見出し\n<!-- kiji: budget=800 status=review by=佐藤 date=2026-11-20 -->\n本文。\n");
    QTest::newRow("replaces all three")
        << QByteArray("## 見出し\n<!-- kiji: date=2025-01-01 status=draft by=X budget=5 -->\n本文。\n")
        << int(SectionStatus::ChangesRequested) << QStringLiteral("Taro Yamada")
        << QByteArray("## 見出し\n<!-- kiji: date=2026-11-20 status=changes by=Taro\xC2\xA0Yamada budget=5 -->\n本文。\n");
    QTest::newRow("crlf, last line without break")
        << QByteArray("リード\r\n\r\n## 見出し") << int(SectionStatus::Approved) << QStringLiteral("田中")
        << QByteArray("リード\r\n\r\n## 見出し\r\n<!-- kiji: status=approved by=田中 date=2026-11-20 -->\r\n");
}

void TestSectionStatus::setStatusWritesTheLineAsOneStep()
{
    QFETCH(QByteArray, before);
    QFETCH(int, status);
    QFETCH(QString, by);
    QFETCH(QByteArray, after);
    ArticleDocument document;
    document.setData(before);
    QString error;
    QVERIFY2(document.setSectionStatus(0, SectionStatus(status), by, QDate(2026, 11, 20), &error), qPrintable(error));
    QCOMPARE(document.text(), after);
    QCOMPARE(document.undoStack()->count(), 1);
    // The file as read again says what was set.
    ArticleDocument reread;
    reread.setData(document.text());
    QCOMPARE(SectionStatuses::of(reread.sections().at(0)), SectionStatus(status));
    QCOMPARE(reread.sections().at(0).attributes.value(QStringLiteral("date")), QStringLiteral("2026-11-20"));
    document.undoStack()->undo();
    QCOMPARE(document.text(), before);
    document.undoStack()->redo();
    QCOMPARE(document.text(), after);
}

void TestSectionStatus::setStatusRefusesBadInput()
{
    ArticleDocument document;
    document.setData("リードだけ。\n");
    QString error;
    QVERIFY(!document.setSectionStatus(0, SectionStatus::Approved, QStringLiteral("田中"), QDate(2026, 1, 1), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.text(), QByteArray("リードだけ。\n"));
    QCOMPARE(document.undoStack()->count(), 0);

    // A name that would end the comment is stored without breaking it.
    document.setData("## 見出し\n");
    QVERIFY(document.setSectionStatus(0, SectionStatus::Review, QStringLiteral("a-->b"), QDate(), &error));
    QCOMPARE(document.text(), QByteArray("## 見出し\n<!-- kiji: status=review by=ab -->\n"));
}

void TestSectionStatus::bodyEditOfApprovedSectionGoesBackToReview_data()
{
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::addColumn<QString>("how");
    for (const char *how : {"setSectionBody", "replaceText", "replaceMatches", "resolveReviewMarks"}) {
        QTest::addRow("%s lf", how) << QByteArray("\n") << QString::fromLatin1(how);
        QTest::addRow("%s crlf", how) << QByteArray("\r\n") << QString::fromLatin1(how);
    }
}

void TestSectionStatus::bodyEditOfApprovedSectionGoesBackToReview()
{
    QFETCH(QByteArray, lineBreak);
    QFETCH(QString, how);
    QByteArray before = replaced(twoSections, "二の本文です。", "二の{++新しい++}本文です。");
    before.replace("\n", lineBreak);
    ArticleDocument document;
    document.setData(before);
    const QByteArray line2 = "<!-- kiji: budget=400 status=approved by=佐藤 date=2026-11-21 -->";
    QVERIFY(document.text().contains(line2));

    QString error;
    bool ok = false;
    if (how == QLatin1String("setSectionBody")) {
        ok = document.setSectionBody(1, QStringLiteral("\n二の{++新しい++}本文を直しました。\n"), &error);
    } else if (how == QLatin1String("replaceText")) {
        const qsizetype offset = document.text().lastIndexOf("本文です");
        ok = document.replaceText(offset, "本文です", QStringLiteral("本文を直しました"), QStringLiteral("fix"),
                                  &error);
    } else if (how == QLatin1String("replaceMatches")) {
        const QList<SearchMatch> matches = ArticleSearch(QStringLiteral("二の")).findAll(document);
        QCOMPARE(matches.size(), 1);
        ok = document.replaceMatches(matches, QStringLiteral("2の"), &error);
    } else {
        ok = document.resolveReviewMarks(document.reviewMarks(), ReviewDecision::Accept, &error);
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 1);
    // Only the changed section lost its approval; who and when stay.
    QVERIFY(document.text().contains("<!-- kiji: budget=400 status=review by=佐藤 date=2026-11-21 -->" + lineBreak));
    QVERIFY(document.text().contains("<!-- kiji: status=approved by=田中 date=2026-11-20 -->"));
    QCOMPARE(SectionStatuses::of(document.sections().at(1)), SectionStatus::Review);
    QCOMPARE(SectionStatuses::of(document.sections().at(0)), SectionStatus::Approved);
    const QByteArray after = document.text();

    document.undoStack()->undo();
    QCOMPARE(document.text(), before);
    QCOMPARE(SectionStatuses::of(document.sections().at(1)), SectionStatus::Approved);
    document.undoStack()->redo();
    QCOMPARE(document.text(), after);
}

void TestSectionStatus::editsThatKeepApproval()
{
    ArticleDocument document;
    document.setData(twoSections);
    QVERIFY(document.setHeadingText(1, QStringLiteral("二の改題")));
    QVERIFY(document.setSectionAttribute(1, QStringLiteral("budget"), QStringLiteral("500")));
    QVERIFY(document.setSectionLevel(1, 3, LevelScope::SectionOnly));
    // Another section's body, and the lead.
    QVERIFY(document.setLead(QStringLiteral("新しいリード。\n")));
    QVERIFY(document.moveSection(1, 0, SectionPlacement::Before));
    for (const Section &section : document.sections())
        QCOMPARE(SectionStatuses::of(section), SectionStatus::Approved);
    QCOMPARE(document.undoStack()->count(), 5);

    // Setting the body to what it already is changes nothing.
    ArticleDocument same;
    same.setData(twoSections);
    QVERIFY(same.setSectionBody(0, QStringLiteral("\n一の本文です。\n\n")));
    QCOMPARE(same.text(), twoSections);

    // A body edit of section 一 leaves 二 approved.
    QVERIFY(same.setSectionBody(0, QStringLiteral("\n一を書き換えた。\n\n")));
    QCOMPARE(SectionStatuses::of(same.sections().at(0)), SectionStatus::Review);
    QCOMPARE(SectionStatuses::of(same.sections().at(1)), SectionStatus::Approved);
}

void TestSectionStatus::typingInAnApprovedSectionIsOneStep()
{
    // Keystroke by keystroke, as the body editor sends them: the first one
    // also sets the section back to review, and the rest join its step.
    ArticleDocument document;
    document.setData(twoSections);
    QString body = QStringLiteral("\n一の本文です。\n\n");
    for (const QString &typed : {QStringLiteral("追"), QStringLiteral("加"), QStringLiteral("分")}) {
        body.insert(body.indexOf(QStringLiteral("です")), typed);
        QString error;
        QVERIFY2(document.setSectionBody(0, body, &error), qPrintable(error));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.text(), replaced(replaced(twoSections, "一の本文です", "一の本文追加分です"),
                                       "status=approved by=田中", "status=review by=田中"));
    document.undoStack()->undo();
    QCOMPARE(document.text(), twoSections);
    QCOMPARE(SectionStatuses::of(document.sections().at(0)), SectionStatus::Approved);

    // The same typed into the window's body editor.
    std::unique_ptr<MainWindow> window(openWindow(twoSections));
    QVERIFY(window);
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfSection(1));
    MarkdownEditor *editor = window->sectionForm()->bodyEditor();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const int steps = window->document()->undoStack()->count();
    QTest::keyClicks(editor, QStringLiteral("abc"));
    QCOMPARE(window->document()->undoStack()->count(), steps + 1);
    QVERIFY(window->document()->text().contains("status=review by=佐藤"));
    QVERIFY(window->document()->text().contains("二の本文です。\nabc"));
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->text(), twoSections);
    window->document()->undoStack()->setClean();
}

void TestSectionStatus::gateListsEveryReason()
{
    ArticleDocument document;
    document.setData(replaced(twoSections, "二の本文です。", "二の{~~本文~>文章~~}です。{>>要確認<<}"));
    const ApprovalGate blocked(document, 2);
    QVERIFY(!blocked.isOpen());
    QCOMPARE(blocked.openComments(), 1);
    QCOMPARE(blocked.openSuggestions(), 1);
    QCOMPARE(blocked.reasons(),
             QStringList({QStringLiteral("1 comment(s) open"), QStringLiteral("1 suggestion(s) open"),
                          QStringLiteral("2 error finding(s) remain")}));

    document.setData(replaced(twoSections, "status=approved by=田中", "status=review by=田中"));
    const ApprovalGate section(document, 0);
    QCOMPARE(section.unapprovedSections(), QList<int>{0});
    QCOMPARE(section.reasons(), QStringList{QStringLiteral("Section \"一\" is not approved (In review)")});

    document.setData(twoSections);
    QVERIFY(ApprovalGate(document, 0).isOpen());
    QVERIFY(!ApprovalGate(document, 1).isOpen());
}

void TestSectionStatus::treeShowsStatusIconsAndCounts()
{
    ArticleDocument document;
    document.setData(replaced(twoSections, "status=approved by=田中", "status=changes by=田中") + "\n## 三\n\n三。\n");
    OutlineModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QModelIndex article = model.indexOfNode(OutlineModel::ArticleNode).siblingAtColumn(OutlineModel::StatusColumn);
    QCOMPARE(article.data().toString(), QStringLiteral("Approved 1/3"));
    QCOMPARE(model.headerData(OutlineModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));

    auto statusCell = [&](int section) { return model.indexOfSection(section).siblingAtColumn(OutlineModel::StatusColumn); };
    auto iconColor = [&](int section, int x, int y) {
        return statusCell(section).data(Qt::DecorationRole).value<QPixmap>().toImage().pixelColor(x, y);
    };
    QCOMPARE(iconColor(0, 8, 13), SectionStatusIcon::color(SectionStatus::ChangesRequested));
    QCOMPARE(iconColor(1, 8, 13), SectionStatusIcon::color(SectionStatus::Approved));
    // Draft (no status line) is a hollow ring.
    QVERIFY(!statusCell(2).data(Qt::DecorationRole).value<QPixmap>().isNull());
    QCOMPARE(iconColor(2, 8, 8).alpha(), 0);
    QCOMPARE(statusCell(0).data(Qt::ToolTipRole).toString(), QStringLiteral("Changes requested · 田中 · 2026-11-20"));
    QCOMPARE(statusCell(2).data(Qt::ToolTipRole).toString(), QStringLiteral("Draft"));
    QCOMPARE(statusCell(1).data(OutlineModel::StatusRole).toString(), QStringLiteral("approved"));
    // The heading column keeps its text and no longer carries the icon.
    QVERIFY(!model.indexOfSection(1).data(Qt::DecorationRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(document.setSectionStatus(0, SectionStatus::Approved, QStringLiteral("田中"), QDate(2026, 12, 1)));
    QCOMPARE(article.data().toString(), QStringLiteral("Approved 2/3"));
    QCOMPARE(iconColor(0, 8, 13), SectionStatusIcon::color(SectionStatus::Approved));
    bool articleRowRepainted = false;
    for (const QList<QVariant> &arguments : changed)
        articleRowRepainted |= arguments.at(0).toModelIndex().internalId() == article.internalId();
    QVERIFY(articleRowRepainted);
}

MainWindow *TestSectionStatus::openWindow(const QByteArray &article, const QByteArray &config)
{
    static int count = 0;
    const QString folder = m_directory.filePath(QString::number(++count));
    QDir().mkpath(folder + QStringLiteral("/.kiji"));
    QFile configFile(folder + QStringLiteral("/.kiji/config.yml"));
    if (!configFile.open(QIODevice::WriteOnly))
        return nullptr;
    configFile.write(config);
    configFile.close();
    QFile file(folder + QStringLiteral("/article.md"));
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(article);
    file.close();
    auto *window = new MainWindow;
    window->show();
    QString error;
    if (!window->openFile(file.fileName(), &error)) {
        qWarning("%s", qPrintable(error));
        delete window;
        return nullptr;
    }
    return window;
}

void TestSectionStatus::treeContextMenuSetsStatus()
{
    std::unique_ptr<MainWindow> window(openWindow(twoSections));
    QVERIFY(window);
    OutlineView *outline = window->outline();
    outline->setCurrentIndex(window->outlineModel()->indexOfSection(0));
    SectionStatusMenu *menu = outline->statusMenu();
    QVERIFY(menu->isEnabled());
    QVERIFY(menu->actionFor(SectionStatus::Approved)->isChecked());
    const int steps = window->document()->undoStack()->count();
    menu->actionFor(SectionStatus::ChangesRequested)->trigger();
    const QByteArray expected = "<!-- kiji: status=changes by=校正担当 date="
        + QDate::currentDate().toString(Qt::ISODate).toUtf8() + " -->";
    QVERIFY2(window->document()->text().contains(expected), window->document()->text().constData());
    QCOMPARE(window->document()->undoStack()->count(), steps + 1);
    QVERIFY(menu->actionFor(SectionStatus::ChangesRequested)->isChecked());
    QCOMPARE(window->outlineModel()
                 ->indexOfNode(OutlineModel::ArticleNode)
                 .siblingAtColumn(OutlineModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Approved 1/2"));
    // The Article row has no section: the submenu is off.
    outline->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QVERIFY(!menu->isEnabled());
    window->document()->undoStack()->setClean();
}

void TestSectionStatus::sectionFormShowsAndSetsStatus()
{
    std::unique_ptr<MainWindow> window(openWindow(twoSections));
    QVERIFY(window);
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfSection(1));
    Ui::SectionForm *form = window->sectionForm()->ui();
    QVERIFY(form->statusCombo->isVisible());
    QCOMPARE(form->statusCombo->currentData().toString(), QStringLiteral("approved"));
    QCOMPARE(form->statusSignature->text(), QStringLiteral("by 佐藤 on 2026-11-21"));

    form->statusCombo->setCurrentIndex(int(SectionStatus::Review));
    Q_EMIT form->statusCombo->activated(int(SectionStatus::Review));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(window->document()->text().contains(
        ("<!-- kiji: budget=400 status=review by=校正担当 date=" + today + " -->").toUtf8()));
    QCOMPARE(form->statusSignature->text(), QStringLiteral("by 校正担当 on %1").arg(today));

    // Typing in an approved body shows "In review" in the form at once.
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfSection(0));
    QCOMPARE(form->statusCombo->currentData().toString(), QStringLiteral("approved"));
    QVERIFY(window->document()->setSectionBody(0, QStringLiteral("\n書き換え。\n\n")));
    QCOMPARE(form->statusCombo->currentData().toString(), QStringLiteral("review"));
    // The lead has no status.
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::LeadNode));
    QVERIFY(!form->statusCombo->isVisible());
    window->document()->undoStack()->setClean();
}

namespace {

// Picks `status` in the Article form's status field as a user would.
void chooseArticleStatus(MainWindow *window, const QString &status)
{
    QComboBox *combo = window->articleForm()->ui()->statusCombo;
    const int index = combo->findData(status);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

void TestSectionStatus::articleCannotBeApprovedWhileASectionIsInReview()
{
    const QByteArray article = "---\ntitle: 承認テスト\nstatus: review\n---\n\n"
        + replaced(twoSections, "status=approved by=佐藤", "status=review by=佐藤");
    std::unique_ptr<MainWindow> window(openWindow(article));
    QVERIFY(window);
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QLabel *reasons = window->articleForm()->ui()->approvalBlockers;
    QVERIFY(reasons->isVisible());
    QCOMPARE(reasons->text(),
             QStringLiteral("Cannot be approved yet:\n• Section \"二\" is not approved (In review)"));

    chooseArticleStatus(window.get(), QStringLiteral("approved"));
    QCOMPARE(window->document()->frontMatter().status, QStringLiteral("review"));
    QVERIFY(window->document()->text().contains("status: review\n"));
    QCOMPARE(window->articleForm()->ui()->statusCombo->currentData().toString(), QStringLiteral("review"));
    QVERIFY(reasons->isVisible());

    // Approving the section (from the tree) opens the gate.
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfSection(1));
    window->outline()->statusMenu()->actionFor(SectionStatus::Approved)->trigger();
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QVERIFY(!reasons->isVisible());
    chooseArticleStatus(window.get(), QStringLiteral("approved"));
    QCOMPARE(window->document()->frontMatter().status, QStringLiteral("approved"));
    QVERIFY(window->document()->text().contains("status: approved\n"));
    window->document()->undoStack()->setClean();
}

void TestSectionStatus::openMarksBlockApproval()
{
    const QByteArray article = "---\ntitle: 承認テスト\nstatus: review\n---\n\n"
        + replaced(twoSections, "一の本文です。", "一の{--古い--}本文です。{>>@田中 2026-11-20: 確認<<}");
    std::unique_ptr<MainWindow> window(openWindow(article));
    QVERIFY(window);
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QLabel *reasons = window->articleForm()->ui()->approvalBlockers;
    QCOMPARE(reasons->text(),
             QStringLiteral("Cannot be approved yet:\n• 1 comment(s) open\n• 1 suggestion(s) open"));
    chooseArticleStatus(window.get(), QStringLiteral("approved"));
    QCOMPARE(window->document()->frontMatter().status, QStringLiteral("review"));

    // Accepting the marks changes the approved body: the section goes back
    // to review, which the form now names instead.
    QVERIFY(window->document()->resolveReviewMarks(window->document()->reviewMarks(), ReviewDecision::Accept));
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfSection(0));
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QCOMPARE(reasons->text(),
             QStringLiteral("Cannot be approved yet:\n• Section \"一\" is not approved (In review)"));
    window->document()->undoStack()->setClean();
}

void TestSectionStatus::errorFindingBlocksApproval()
{
    const QByteArray article = "---\ntitle: 承認テスト\nstatus: review\n---\n\n"
        + replaced(twoSections, "二の本文です。", "二の本文\u200bです。");
    std::unique_ptr<MainWindow> window(
        openWindow(article, "presets: []\nrules:\n  no-zero-width-spaces: {severity: error}\n"));
    QVERIFY(window);
    QSignalSpy shown(window.get(), &MainWindow::findingsShown);
    QVERIFY(shown.wait(20000));
    window->outline()->setCurrentIndex(window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QLabel *reasons = window->articleForm()->ui()->approvalBlockers;
    QCOMPARE(reasons->text(), QStringLiteral("Cannot be approved yet:\n• 1 error finding(s) remain"));
    chooseArticleStatus(window.get(), QStringLiteral("approved"));
    QCOMPARE(window->document()->frontMatter().status, QStringLiteral("review"));

    // The fix changes an approved body: the finding goes, and section 二
    // needs approving again before the article can be approved.
    const qsizetype offset = window->document()->text().indexOf("\u200b");
    QVERIFY(window->document()->replaceText(offset, "\u200b", QString(), QStringLiteral("fix")));
    QVERIFY(shown.wait(20000));
    QCOMPARE(reasons->text(),
             QStringLiteral("Cannot be approved yet:\n• Section \"二\" is not approved (In review)"));
    QVERIFY(window->document()->setSectionStatus(1, SectionStatus::Approved, QStringLiteral("佐藤"),
                                                 QDate(2026, 12, 1)));
    QVERIFY(!reasons->isVisible());
    chooseArticleStatus(window.get(), QStringLiteral("approved"));
    QCOMPARE(window->document()->frontMatter().status, QStringLiteral("approved"));
    window->document()->undoStack()->setClean();
}

QTEST_MAIN(TestSectionStatus)
#include "tst_sectionstatus.moc"
