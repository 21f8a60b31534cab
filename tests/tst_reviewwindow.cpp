// Review in the window, offscreen: suggest mode records typing as
// CriticMarkup, the Review dock lists and resolves marks, the preview shows
// them safely, export takes them accepted, and a comment goes on the
// editor's selection.
#include "articledocument.h"
#include "articlepreview.h"
#include "htmlexport.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "previewsupport.h"
#include "reviewcontroller.h"
#include "reviewdock.h"
#include "reviewername.h"
#include "reviewmarks.h"
#include "sectionform.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWebEnginePage>

using PreviewSupport::evaluate;

namespace {

const QByteArray article = "前文です。\n"
                           "\n"
                           "## 一\n"
                           "\n"
                           "今日は晴れです。\n"
                           "\n"
                           "## 二\n"
                           "\n"
                           "{++追加++}と{--削除--}と{~~古い~>新しい~~}。{==ここ==}{>>@校正担当 2026-11-20: 確認してください。<<}\n"
                           "\n"
                           "## 三\n"
                           "\n"
                           "{++三の追加++}です。{>>@校正担当 2026-11-20: <script>window.kijiInjected = 1</script>を見て<<}\n";

const QString reviewer = QStringLiteral("校正担当");

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void suggestModeRecordsTypingAndDeleting();
    void suggestModeRefusesABlankLine();
    void dockListsMarksBySection();
    void acceptOneSuggestion();
    void acceptAllInSection();
    void replyAddsAReply();
    void previewShowsMarksSafely();
    void exportTakesMarksAccepted();
    void addCommentOnEditorSelection();

private:
    void selectSection(int section);
    MarkdownEditor *editor() const { return m_window->sectionForm()->bodyEditor(); }
    void placeCursor(const QString &before);
    ReviewDock *dock() const { return m_window->review()->dock(); }

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestReviewWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    QApplication::setApplicationName(QStringLiteral("tst_reviewwindow"));
}

void TestReviewWindow::init()
{
    ReviewerName::setStored(reviewer);
    m_dir = new QTemporaryDir;
    QFile file(m_dir->filePath(QStringLiteral("article.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(article);
    file.close();
    m_window = new MainWindow;
    m_window->show();
    QString error;
    QVERIFY2(m_window->openFile(file.fileName(), &error), qPrintable(error));
    QCOMPARE(m_window->document()->text(), article);
}

void TestReviewWindow::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    delete m_dir;
}

void TestReviewWindow::selectSection(int section)
{
    m_window->outline()->setCurrentIndex(m_window->outlineModel()->indexOfSection(section));
    QCOMPARE(m_window->sectionForm()->section(), section);
}

void TestReviewWindow::placeCursor(const QString &before)
{
    const int position = int(editor()->toPlainText().indexOf(before));
    QVERIFY(position >= 0);
    QTextCursor cursor = editor()->textCursor();
    cursor.setPosition(position + int(before.size()));
    editor()->setTextCursor(cursor);
}

void TestReviewWindow::suggestModeRecordsTypingAndDeleting()
{
    selectSection(0);
    editor()->setFocus();
    m_window->review()->suggestAction()->setChecked(true);

    placeCursor(QStringLiteral("今日は"));
    QTest::keyClicks(editor(), QStringLiteral("yoi"));
    placeCursor(QStringLiteral("晴れ"));
    QTest::keyClick(editor(), Qt::Key_Backspace);
    QTest::keyClick(editor(), Qt::Key_Backspace);

    const QByteArray expected = replaced(article, "今日は晴れです。", "今日は{++yoi++}{--晴れ--}です。");
    QCOMPARE(m_window->document()->text(), expected);
    QCOMPARE(editor()->toPlainText(), QStringLiteral("\n今日は{++yoi++}{--晴れ--}です。\n\n"));
    // Only this section's new marks differ: resolving everything compares
    // with the article resolved the same way.
    QCOMPARE(ReviewMarks::resolvedAll(expected, ReviewDecision::Accept),
             ReviewMarks::resolvedAll(replaced(article, "今日は晴れです。", "今日はyoiです。"), ReviewDecision::Accept));
    QCOMPARE(ReviewMarks::resolvedAll(expected, ReviewDecision::Reject),
             ReviewMarks::resolvedAll(article, ReviewDecision::Reject));
    const ArticleDocument *document = m_window->document();
    const Section &section = document->sections().at(0);
    const QByteArray body = document->text().mid(section.bodyBegin, section.end - section.bodyBegin);
    QCOMPARE(ReviewMarks::resolvedAll(body, ReviewDecision::Accept), QByteArray("\n今日はyoiです。\n\n"));
    QCOMPARE(ReviewMarks::resolvedAll(body, ReviewDecision::Reject), QByteArray("\n今日は晴れです。\n\n"));

    QUndoStack *undo = m_window->document()->undoStack();
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(m_window->document()->text(), article);
}

void TestReviewWindow::suggestModeRefusesABlankLine()
{
    selectSection(0);
    editor()->setFocus();
    m_window->review()->suggestAction()->setChecked(true);
    m_window->statusBar()->clearMessage();
    placeCursor(QStringLiteral("今日は"));
    editor()->textCursor().insertText(QStringLiteral("\n\n"));
    QCOMPARE(m_window->document()->text(), article);
    QCOMPARE(editor()->toPlainText(), QStringLiteral("\n今日は晴れです。\n\n"));
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
}

void TestReviewWindow::dockListsMarksBySection()
{
    dock()->relist();
    QTreeWidget *view = dock()->view();
    QCOMPARE(view->topLevelItemCount(), 2);
    QTreeWidgetItem *two = view->topLevelItem(0);
    QCOMPARE(two->text(ReviewDock::KindColumn), QStringLiteral("二"));
    QCOMPARE(two->childCount(), 4);
    QCOMPARE(two->child(0)->text(ReviewDock::TextColumn), QStringLiteral("+ 追加"));
    QCOMPARE(two->child(1)->text(ReviewDock::TextColumn), QStringLiteral("− 削除"));
    QCOMPARE(two->child(2)->text(ReviewDock::TextColumn), QStringLiteral("古い → 新しい"));
    QCOMPARE(two->child(3)->text(ReviewDock::TextColumn), QStringLiteral("「ここ」  — 確認してください。"));
    QCOMPARE(two->child(3)->text(ReviewDock::AuthorColumn), reviewer);
    QCOMPARE(two->child(3)->text(ReviewDock::DateColumn), QStringLiteral("2026-11-20"));
    QTreeWidgetItem *three = view->topLevelItem(1);
    QCOMPARE(three->text(ReviewDock::KindColumn), QStringLiteral("三"));
    QCOMPARE(three->childCount(), 2);

    // Activating an entry shows its section and selects its text.
    Q_EMIT view->itemActivated(two->child(1), 0);
    QCOMPARE(m_window->sectionForm()->section(), 1);
    QCOMPARE(editor()->textCursor().selectedText(), QStringLiteral("{--削除--}"));
}

void TestReviewWindow::acceptOneSuggestion()
{
    dock()->relist();
    QTreeWidget *view = dock()->view();
    view->setCurrentItem(view->topLevelItem(0)->child(1));
    QVERIFY(dock()->acceptButton()->isEnabled());
    dock()->acceptButton()->click();
    QCOMPARE(m_window->document()->text(), replaced(article, "{--削除--}", ""));
    // The list follows, the entry in the accepted one's place selected.
    QCOMPARE(view->topLevelItem(0)->childCount(), 3);
    QCOMPARE(view->currentItem()->text(ReviewDock::TextColumn), QStringLiteral("古い → 新しい"));
    dock()->rejectButton()->click();
    QCOMPARE(m_window->document()->text(),
             replaced(replaced(article, "{--削除--}", ""), "{~~古い~>新しい~~}", "古い"));
}

void TestReviewWindow::acceptAllInSection()
{
    dock()->relist();
    QTreeWidget *view = dock()->view();
    view->setCurrentItem(view->topLevelItem(0)->child(0));
    dock()->acceptSectionButton()->click();
    QCOMPARE(m_window->document()->text(),
             replaced(article, "{++追加++}と{--削除--}と{~~古い~>新しい~~}", "追加とと新しい"));
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->text(), article);
}

void TestReviewWindow::replyAddsAReply()
{
    dock()->relist();
    QTreeWidget *view = dock()->view();
    view->setCurrentItem(view->topLevelItem(0)->child(3));
    dock()->replyEdit()->setText(QStringLiteral("直しました。"));
    QVERIFY(dock()->replyButton()->isEnabled());
    dock()->replyButton()->click();
    const QByteArray reply = "{>>@校正担当 " + QDate::currentDate().toString(Qt::ISODate).toUtf8() + ": 直しました。<<}";
    QCOMPARE(m_window->document()->text(), replaced(article, "確認してください。<<}", "確認してください。<<}" + reply));
    QVERIFY(dock()->replyEdit()->text().isEmpty());
    QCOMPARE(view->topLevelItem(0)->child(3)->childCount(), 1);
}

void TestReviewWindow::previewShowsMarksSafely()
{
    ArticlePreview *preview = m_window->preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(preview, QStringLiteral("Array.from(document.querySelectorAll('#kiji-sections ins.kiji-insertion'), "
                                         "e => e.textContent).join('|')"))
            .toString(),
        QStringLiteral("追加|新しい|三の追加"), 20000);
    QCOMPARE(evaluate(preview, QStringLiteral("Array.from(document.querySelectorAll('del.kiji-deletion'), "
                                              "e => e.textContent).join('|')"))
                 .toString(),
             QStringLiteral("削除|古い"));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('mark.kiji-review-highlight').textContent"))
                 .toString(),
             QStringLiteral("ここ"));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('section[data-section=\"1\"] .kiji-note "
                                              ".kiji-note-text').textContent"))
                 .toString(),
             QStringLiteral("確認してください。"));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('section[data-section=\"1\"] .kiji-note "
                                              ".kiji-note-author').textContent"))
                 .toString(),
             reviewer);
    // No delimiter reaches the page as text.
    QVERIFY(!evaluate(preview, QStringLiteral("document.getElementById('kiji-sections').textContent"))
                 .toString()
                 .contains(QStringLiteral("{++")));
    // The comment's <script> is text, not an element, and did not run.
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('section[data-section=\"2\"] .kiji-note-text')"
                                              ".textContent"))
                 .toString(),
             QStringLiteral("<script>window.kijiInjected = 1</script>を見て"));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('#kiji-article script').length")).toInt(), 0);
    QCOMPARE(evaluate(preview, QStringLiteral("typeof window.kijiInjected")).toString(), QStringLiteral("undefined"));

    // Typing a suggestion patches the section live.
    selectSection(0);
    editor()->setFocus();
    m_window->review()->suggestAction()->setChecked(true);
    placeCursor(QStringLiteral("今日は"));
    QTest::keyClicks(editor(), QStringLiteral("ok"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(preview, QStringLiteral("(document.querySelector('section[data-section=\"0\"] ins.kiji-insertion') "
                                         "|| {}).textContent || ''"))
            .toString(),
        QStringLiteral("ok"), 20000);
}

void TestReviewWindow::exportTakesMarksAccepted()
{
    const QByteArray page = HtmlExport::standalonePage(*m_window->document());
    QVERIFY(page.contains("<p>追加とと新しい。ここ</p>"));
    QVERIFY(page.contains("<p>三の追加です。</p>"));
    for (const char *delimiter : {"{++", "++}", "{--", "{~~", "~&gt;", "{==", "{&gt;&gt;", "&lt;&lt;}", "script"})
        QVERIFY2(!page.contains(delimiter), delimiter);
}

void TestReviewWindow::addCommentOnEditorSelection()
{
    selectSection(0);
    const int position = int(editor()->toPlainText().indexOf(QStringLiteral("晴れ")));
    QTextCursor cursor = editor()->textCursor();
    cursor.setPosition(position);
    cursor.setPosition(position + 2, QTextCursor::KeepAnchor);
    editor()->setTextCursor(cursor);
    m_window->review()->setCommentAnswer(QStringLiteral("要確認"));
    QCOMPARE(m_window->review()->addCommentAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_window->review()->addCommentAction()->trigger();
    const QByteArray expected = replaced(article, "今日は晴れです。",
                                         "今日は{==晴れ==}{>>@校正担当 " + QDate::currentDate().toString(Qt::ISODate).toUtf8()
                                             + ": 要確認<<}です。");
    QCOMPARE(m_window->document()->text(), expected);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->text(), article);
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
