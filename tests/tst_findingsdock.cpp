// The checker in the window: findings listed in the dock after an edit,
// counted in the tree, underlined in the body editor, shown on activation,
// fixed and turned off, each one undo step.
#include "articledocument.h"
#include "articlepreview.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "sectionform.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>

namespace {

// The nice value of each thread of this process, by thread name.
QMultiHash<QString, int> threadNiceness()
{
    QMultiHash<QString, int> result;
    for (const TestSupport::Thread &thread : TestSupport::threads()) {
        const QList<QByteArray> fields = TestSupport::procStatFields(thread.folder + QStringLiteral("/stat"));
        if (!thread.name.isEmpty() && fields.size() > 16)
            result.insert(thread.name, fields.at(16).toInt());
    }
    return result;
}

const QByteArray article = "# 題\n"                                             // 1
                           "\n"                                                 // 2
                           "前文です。\n"                                       // 3
                           "\n"                                                 // 4
                           "## 一\n"                                            // 5
                           "\n"                                                 // 6
                           "これは、あれは、それは、どれは、だめです。\n"       // 7
                           "\n"                                                 // 8
                           "## 二\n"                                            // 9
                           "\n"                                                 // 10
                           "ゼロ幅\u200bです。\n";                              // 11

} // namespace

class TestFindingsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findingsAreListedCountedAndUnderlined();
    void underlinesInACrLfArticle();
    void activatingAFindingShowsItsPlace();
    void fixIsOneUndoStep();
    void rulesTurnOffForTheArticleAndForALine();
    void editsAreCheckedAgain();
    void previewMarksFindings();
    void checksGiveWayToTheWindow();
    void firstCheckWaitsForThePreview();
    void windowHoldsNoDictionaryBetweenChecks();

private:
    bool waitForFindings();

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestFindingsDock::init()
{
    m_dir = new QTemporaryDir;
    QDir(m_dir->path()).mkpath(QStringLiteral(".kiji"));
    QFile config(m_dir->filePath(QStringLiteral(".kiji/config.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("presets: []\nrules:\n  max-ten: true\n  no-zero-width-spaces: true\n");
    config.close();
    QFile file(m_dir->filePath(QStringLiteral("article.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(article);
    file.close();
    m_window = new MainWindow;
    m_window->show();
    QString error;
    QVERIFY2(m_window->openFile(file.fileName(), &error), qPrintable(error));
    QVERIFY(waitForFindings());
}

void TestFindingsDock::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    delete m_dir;
}

bool TestFindingsDock::waitForFindings()
{
    QSignalSpy shown(m_window, &MainWindow::findingsShown);
    return shown.wait(20000) || m_window->findingsModel()->rowCount() > 0;
}

void TestFindingsDock::findingsAreListedCountedAndUnderlined()
{
    FindingsModel *model = m_window->findingsModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->findingAt(0).ruleId, QStringLiteral("max-ten"));
    QCOMPARE(model->findingAt(0).start.line, 7);
    QCOMPARE(model->findingAt(1).ruleId, QStringLiteral("no-zero-width-spaces"));
    QCOMPARE(model->findingAt(1).start.line, 11);
    QCOMPARE(model->index(0, FindingsModel::SectionColumn).data().toString(), QStringLiteral("一"));
    QVERIFY(m_window->findingsDock()->windowTitle().contains(QLatin1Char('2')));

    OutlineModel *outline = m_window->outlineModel();
    auto countOf = [outline](const QModelIndex &row) {
        return row.siblingAtColumn(OutlineModel::FindingsColumn).data().toInt();
    };
    QCOMPARE(countOf(outline->indexOfSection(1)), 1);
    QCOMPARE(countOf(outline->indexOfSection(2)), 1);
    QCOMPARE(countOf(outline->indexOfSection(0)), 0);
    QCOMPARE(countOf(outline->indexOfNode(OutlineModel::ArticleNode)), 2);

    // The section on show has its finding underlined in the body editor.
    m_window->outline()->setCurrentIndex(outline->indexOfSection(1));
    const QList<MarkdownEditor::FindingMark> marks = m_window->sectionForm()->bodyEditor()->findingMarks();
    QCOMPARE(marks.size(), 1);
    const QString body = m_window->sectionForm()->bodyEditor()->toPlainText();
    QCOMPARE(body.mid(marks.first().position, marks.first().length), QStringLiteral("、"));
    QCOMPARE(marks.first().position, int(body.indexOf(QStringLiteral("どれは、")) + 3));
    QCOMPARE(m_window->sectionForm()->bodyEditor()->extraSelections().size(), 1);
}

void TestFindingsDock::underlinesInACrLfArticle()
{
    // Byte offsets of the file become places in the editor, which shows LF
    // line breaks: each CR before a finding moves it back by one.
    const QString fileName = m_dir->filePath(QStringLiteral("crlf.md"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = article;
    text.insert(text.indexOf("これは"), "一行目です。\n二行目です。\n\n");
    file.write(text.replace("\n", "\r\n"));
    file.close();
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(fileName, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(window.findingsModel()->rowCount(), 2, 20000);
    window.outline()->setCurrentIndex(window.outlineModel()->indexOfSection(1));
    MarkdownEditor *editor = window.sectionForm()->bodyEditor();
    const QString body = editor->toPlainText();
    QVERIFY(!body.contains(QLatin1Char('\r')));
    QCOMPARE(editor->findingMarks().size(), 1);
    QCOMPARE(editor->findingMarks().first().position, int(body.indexOf(QStringLiteral("どれは、")) + 3));
    QCOMPARE(editor->findingMarks().first().length, 1);
    window.outline()->setCurrentIndex(window.outlineModel()->indexOfSection(2));
    QCOMPARE(editor->findingMarks().size(), 1);
    QCOMPARE(editor->findingMarks().first().position, int(editor->toPlainText().indexOf(QChar(0x200b))));
}

void TestFindingsDock::activatingAFindingShowsItsPlace()
{
    QTreeView *view = m_window->findingsDock()->view();
    view->setCurrentIndex(m_window->findingsModel()->index(1, 0));
    emit view->activated(view->currentIndex());
    QCOMPARE(m_window->outlineModel()->sectionOf(m_window->outline()->currentIndex()), 2);
    const QTextCursor cursor = m_window->sectionForm()->bodyEditor()->textCursor();
    QCOMPARE(cursor.selectedText(), QStringLiteral("\u200b"));
}

void TestFindingsDock::fixIsOneUndoStep()
{
    ArticleDocument *document = m_window->document();
    const int steps = document->undoStack()->count();
    emit m_window->findingsDock()->fixRequested(1);
    QVERIFY(!document->text().contains("\u200b"));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY(waitForFindings());
    QCOMPARE(m_window->findingsModel()->rowCount(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->text(), article);
    QVERIFY(waitForFindings());
    QCOMPARE(m_window->findingsModel()->rowCount(), 2);
}

void TestFindingsDock::rulesTurnOffForTheArticleAndForALine()
{
    ArticleDocument *document = m_window->document();
    emit m_window->findingsDock()->disableOnLineRequested(1);
    QVERIFY(document->text().contains("\n<!-- kiji-disable-next-line no-zero-width-spaces -->\nゼロ幅"));
    QVERIFY(waitForFindings());
    QCOMPARE(m_window->findingsModel()->rowCount(), 1);

    emit m_window->findingsDock()->disableInArticleRequested(0);
    QCOMPARE(document->frontMatter().disabledRules, QStringList{QStringLiteral("max-ten")});
    QVERIFY(waitForFindings());
    QCOMPARE(m_window->findingsModel()->rowCount(), 0);
    // Both were undo steps.
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->text(), article);
}

void TestFindingsDock::editsAreCheckedAgain()
{
    ArticleDocument *document = m_window->document();
    QVERIFY(document->setSectionBody(1, QStringLiteral("これは直しました。\n\n")));
    QVERIFY(waitForFindings());
    QCOMPARE(m_window->findingsModel()->rowCount(), 1);
    QCOMPARE(m_window->findingsModel()->findingAt(0).ruleId, QStringLiteral("no-zero-width-spaces"));
    QCOMPARE(m_window->outlineModel()
                 ->indexOfSection(1)
                 .siblingAtColumn(OutlineModel::FindingsColumn)
                 .data()
                 .toInt(),
             0);
}

void TestFindingsDock::previewMarksFindings()
{
    ArticlePreview *preview = m_window->preview();
    QSignalSpy marked(preview, &ArticlePreview::findingsMarked);
    if (!preview->isReady())
        QVERIFY(QSignalSpy(preview, &ArticlePreview::ready).wait(30000));
    // The findings arrived before the page: they are marked once it loads.
    QTRY_VERIFY_WITH_TIMEOUT(!marked.isEmpty() && marked.last().first().toInt() == 2, 30000);
    QEventLoop loop;
    QString titles;
    preview->page()->runJavaScript(
        QStringLiteral("Array.from(document.querySelectorAll('mark.kiji-finding')).map(m => m.textContent + '|' + m.title).join('\\n')"),
        QWebEngineScript::MainWorld, [&](const QVariant &result) {
            titles = result.toString();
            loop.quit();
        });
    loop.exec();
    const QStringList marks = titles.split(QLatin1Char('\n'));
    QCOMPARE(marks.size(), 2);
    QVERIFY2(marks.at(0).startsWith(QStringLiteral("、|")) && marks.at(0).contains(QStringLiteral("(max-ten)")),
             qPrintable(marks.at(0)));
    QVERIFY2(marks.at(1).startsWith(QStringLiteral("\u200b|")), qPrintable(marks.at(1)));
}

void TestFindingsDock::checksGiveWayToTheWindow()
{
    // A check runs while the user types and the preview paints: on two
    // cores it must not take their time.
    const QMultiHash<QString, int> niceness = threadNiceness();
    QCOMPARE(niceness.values(QStringLiteral("checker")).size(), 1);
    QCOMPARE(niceness.value(QStringLiteral("checker")), 10);
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(15);
    QCOMPARE(niceness.value(self, -1), 0);
}

void TestFindingsDock::firstCheckWaitsForThePreview()
{
    // While the preview starts, a check would take the cores it needs: the
    // first check of a window on screen waits for the page, but not for
    // ever.
    const QString fileName = m_dir->filePath(QStringLiteral("second.md"));
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("article.md")), fileName));
    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openFile(fileName, &error), qPrintable(error));
    ArticlePreview *preview = window.preview();
    preview->page()->triggerAction(QWebEnginePage::Stop);
    QSignalSpy shown(&window, &MainWindow::findingsShown);
    QTest::qWait(1500);
    QVERIFY(!preview->isReady());
    QCOMPARE(shown.count(), 0);
    QVERIFY(shown.wait(20000));
    QCOMPARE(window.findingsModel()->rowCount(), 2);
}

void TestFindingsDock::windowHoldsNoDictionaryBetweenChecks()
{
    // The findings are on show: the check that found them is over and has
    // handed the dictionary's pages back.
    QVERIFY(m_window->findingsModel()->rowCount() > 0);
    QCOMPARE(TestSupport::dictionaryResidentKb(), 0);
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
