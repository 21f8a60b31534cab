// The real window, offscreen: the tree, the forms and the preview follow
// the document, and an edit in a form reaches the file and the preview.
#include "articledocument.h"
#include "articleform.h"
#include "articlepreview.h"
#include "htmlexport.h"
#include "findreplacebar.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "previewsupport.h"
#include "sectionform.h"
#include "supervisorform.h"
#include "testsupport.h"
#include "ui_articleform.h"
#include "ui_sectionform.h"
#include "ui_supervisorform.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <sys/stat.h>

using namespace TestSupport;
using PreviewSupport::evaluate;

namespace {

const QString sample = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");

// Types Japanese as an input method commits it, one character at a time.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QInputMethodEvent event;
        event.setCommitString(character);
        QApplication::sendEvent(widget, &event);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void treeShowsEverySection();
    void selectingANodeShowsItsForm();
    void headingEditReachesTreeFileAndPreview();
    void typingInTheBodyIsOneUndoStep();
    void typingReachesThePreviewBeforeTheOutline();
    void typingLaysOutNothingAndRepaintsOnlyWhatChanged();
    void articleFormCountsAndWrites();
    void readerMode();
    void findSelectsTheMatchAndReplaceAllIsOneStep();
    void preeditChangesNothingUntilCommitted();
    void statusBarCountsTheSelection();
    void reopeningTheLatestArticleWritesNoSettings();
    void importTextAsNewUnsavedArticle();
    void pastedRichTextBecomesMarkdown();
    void pastedArticleIntoAnEmptyOneOffersItsStructure();
    void previewStartsAfterTheOutlineIsOnScreen();

private:
    QTemporaryDir m_directory;
    QString m_file;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    QVERIFY(m_directory.isValid());
    m_file = m_directory.filePath(QStringLiteral("article.md"));
    QFile::remove(m_file);
    QVERIFY(QFile::copy(sample, m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    m_window = new MainWindow;
    QString error;
    QVERIFY2(m_window->openFile(m_file, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->preview()->isReady(), 30000);
}

void TestMainWindow::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no unsaved-changes prompt
    delete m_window;
}

void TestMainWindow::treeShowsEverySection()
{
    OutlineModel *model = m_window->outlineModel();
    const ArticleDocument *document = m_window->document();
    QVERIFY(document->sections().size() >= 10);
    int rows = 0;
    for (int section = 0; section < document->sections().size(); ++section) {
        const QModelIndex index = model->indexOfSection(section);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), document->sections().at(section).heading);
        const int parent = document->sections().at(section).parent;
        QCOMPARE(model->sectionOf(index.parent()), parent);
        QVERIFY(index.siblingAtColumn(OutlineModel::CharsColumn)
                    .data()
                    .toString()
                    .startsWith(QString::number(document->sections().at(section).charsTotal)));
        QVERIFY(m_window->outline()->visualRect(index).isValid()); // expanded and shown
        ++rows;
    }
    QCOMPARE(rows, document->sections().size());
}

void TestMainWindow::selectingANodeShowsItsForm()
{
    OutlineModel *model = m_window->outlineModel();
    m_window->outline()->setCurrentIndex(model->indexOfNode(OutlineModel::ArticleNode));
    QCOMPARE(m_window->forms()->currentWidget(), m_window->articleForm());
    QCOMPARE(m_window->articleForm()->ui()->titleEdit->text(), m_window->document()->frontMatter().title);

    m_window->outline()->setCurrentIndex(model->indexOfNode(OutlineModel::SupervisorNode));
    QCOMPARE(m_window->forms()->currentWidget(), m_window->supervisorForm());
    const Supervisor supervisor = *m_window->document()->frontMatter().supervisor;
    QCOMPARE(m_window->supervisorForm()->ui()->nameEdit->text(), supervisor.name);
    QCOMPARE(m_window->supervisorForm()->ui()->credentialsList->count(), supervisor.credentials.size());
    QCOMPARE(m_window->supervisorForm()->ui()->reviewedEdit->date(), supervisor.reviewed);

    const Section &section = m_window->document()->sections().at(2);
    m_window->outline()->selectSection(2);
    QCOMPARE(m_window->forms()->currentWidget(), m_window->sectionForm());
    QCOMPARE(m_window->sectionForm()->ui()->headingEdit->text(), section.heading);
    QCOMPARE(m_window->sectionForm()->ui()->levelSpin->value(), section.level);
    const QByteArray &text = m_window->document()->text();
    QCOMPARE(m_window->sectionForm()->bodyEditor()->toPlainText(),
             QString::fromUtf8(text.mid(section.bodyBegin, section.end - section.bodyBegin)));
}

void TestMainWindow::headingEditReachesTreeFileAndPreview()
{
    ArticlePreview *preview = m_window->preview();
    const QByteArray original = readFile(m_file);
    // Mark every section node of the page, to see which ones get replaced.
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(preview, QStringLiteral("document.querySelectorAll('section.kiji-section').length"))
                                     .toInt() >= 10,
                             20000);
    evaluate(preview, QStringLiteral("document.querySelectorAll('section.kiji-section > :first-child').forEach(e => e.kijiMarker = 1); "
                                     "window.kijiPageMarker = 1; true"));

    QSignalSpy loads(preview->page(), &QWebEnginePage::loadStarted);
    m_window->outline()->selectSection(1);
    QLineEdit *heading = m_window->sectionForm()->ui()->headingEdit;
    heading->setFocus();
    heading->selectAll();
    typeText(heading, QStringLiteral("新しい見出し"));
    QCOMPARE(m_window->document()->sections().at(1).heading, QStringLiteral("新しい見出し"));
    QCOMPARE(m_window->outlineModel()->indexOfSection(1).data().toString(), QStringLiteral("新しい見出し"));

    QTRY_COMPARE_WITH_TIMEOUT(evaluate(preview, QStringLiteral("document.querySelector('section[data-section=\"1\"] h3, "
                                                               "section[data-section=\"1\"] h2').textContent"))
                                  .toString(),
                              QStringLiteral("新しい見出し"), 10000);
    QCOMPARE(loads.size(), 0);
    QCOMPARE(evaluate(preview, QStringLiteral("window.kijiPageMarker === 1")).toBool(), true);
    const QVariantList markers = evaluate(preview, QStringLiteral("Array.from(document.querySelectorAll('section.kiji-section'))"
                                                                  ".map(s => s.firstElementChild.kijiMarker === 1)"))
                                     .toList();
    QVERIFY(markers.size() >= 10);
    for (int index = 0; index < markers.size(); ++index) {
        const QString section = evaluate(preview, QStringLiteral("document.querySelectorAll('section.kiji-section')[%1]"
                                                                 ".dataset.section")
                                                      .arg(index))
                                    .toString();
        QCOMPARE(markers.at(index).toBool(), section != QLatin1String("1"));
    }

    QString error;
    QVERIFY2(m_window->saveFile(m_file, &error), qPrintable(error));
    const QByteArray saved = readFile(m_file);
    QVERIFY(saved.contains("### 新しい見出し\n"));
    QCOMPARE(saved, QByteArray(original).replace("### 施術当日〜翌日の経過\n", "### 新しい見出し\n"));

    // One undo step brings back the exact bytes.
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->data(), original);
    QCOMPARE(heading->text(), QStringLiteral("施術当日〜翌日の経過"));
}

void TestMainWindow::typingInTheBodyIsOneUndoStep()
{
    const QByteArray original = m_window->document()->data();
    const qsizetype sections = m_window->document()->sections().size();
    m_window->outline()->selectSection(3);
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    typeText(editor, QStringLiteral("追記です"));
    QVERIFY(m_window->document()->text().contains("追記です"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->document()->sections().size(), sections);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->data(), original);
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("追記です")));
}

// The page patches while the outline and the form follow the keystroke.
void TestMainWindow::typingReachesThePreviewBeforeTheOutline()
{
    ArticlePreview *preview = m_window->preview();
    m_window->outline()->selectSection(3);
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    const int before = preview->revision();
    QList<int> revisionsSeenByTheOutline;
    QObject context;
    connect(m_window->outlineModel(), &QAbstractItemModel::dataChanged, &context,
            [&] { revisionsSeenByTheOutline.append(preview->revision()); });
    typeText(editor, QStringLiteral("追"));
    QVERIFY(!revisionsSeenByTheOutline.isEmpty());
    QVERIFY(preview->revision() > before);
    for (int revision : std::as_const(revisionsSeenByTheOutline))
        QCOMPARE(revision, preview->revision());
}

// A keystroke changes the body, the counts and the outline's row: a count
// that changed size made every layout up to the window's run again, and the
// form's spin boxes, set to the same values, were repainted.
void TestMainWindow::typingLaysOutNothingAndRepaintsOnlyWhatChanged()
{
    m_window->outline()->selectSection(3);
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    typeText(editor, QStringLiteral("追")); // a count may grow once
    QTest::qWait(50);

    struct Watch : QObject
    {
        QWidget *window = nullptr;
        QStringList laidOut;
        QStringList painted;
        bool eventFilter(QObject *object, QEvent *event) override
        {
            auto *widget = qobject_cast<QWidget *>(object);
            if (!widget || widget->window() != window)
                return false;
            const QString name = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                + widget->objectName();
            if (event->type() == QEvent::LayoutRequest)
                laidOut.append(name);
            else if (event->type() == QEvent::Paint)
                painted.append(name);
            return false;
        }
    } watch;
    watch.window = m_window;
    qApp->installEventFilter(&watch);
    for (const QChar character : QStringLiteral("加筆")) {
        typeText(editor, QString(character));
        QTest::qWait(20);
    }
    qApp->removeEventFilter(&watch);

    QVERIFY2(watch.laidOut.isEmpty(), qPrintable(watch.laidOut.join(QLatin1String(", "))));
    QVERIFY2(!watch.painted.contains(QLatin1String("QSpinBox levelSpin")), qPrintable(watch.painted.join(QLatin1String(", "))));
    QVERIFY(!watch.painted.contains(QLatin1String("QSpinBox budgetSpin")));
    QVERIFY(watch.painted.contains(QLatin1String("CountLabel countLabel")));
    // The counts are the new ones, whole.
    const Section &section = m_window->document()->structure().sections.at(3);
    auto *count = m_window->sectionForm()->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count->text().contains(QString::number(section.chars)));
    QVERIFY(count->width() >= count->sizeHint().width());
    QVERIFY(m_window->statusText().contains(QString::number(m_window->document()->structure().totalChars)));
}

void TestMainWindow::articleFormCountsAndWrites()
{
    m_window->outline()->setCurrentIndex(m_window->outlineModel()->indexOfNode(OutlineModel::ArticleNode));
    QLineEdit *title = m_window->articleForm()->ui()->titleEdit;
    title->setFocus();
    title->selectAll();
    typeText(title, QStringLiteral("短い題"));
    QCOMPARE(m_window->document()->frontMatter().title, QStringLiteral("短い題"));
    QVERIFY(m_window->articleForm()->ui()->titleCounter->text().startsWith(QStringLiteral("3 / 32")));
    typeText(title, QString(40, QChar(0x3042)));
    QVERIFY(m_window->articleForm()->ui()->titleCounter->text().contains(QStringLiteral("43 / 32")));
    QVERIFY(m_window->articleForm()->ui()->titleCounter->text().contains(QStringLiteral("#c62828")));
    // The search preview cuts the title at 32 characters.
    QVERIFY(m_window->articleForm()->ui()->searchPreview->text().contains(QStringLiteral("…")));
    QVERIFY(m_window->outlineModel()->index(0, 0).data().toString().contains(QStringLiteral("短い題")));
}

void TestMainWindow::readerMode()
{
    m_window->setReaderMode(true);
    QVERIFY(!m_window->outline()->isVisible());
    QVERIFY(!m_window->forms()->isVisible());
    QVERIFY(m_window->preview()->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(m_window->outline()->isVisible());
    QVERIFY(!m_window->isReaderMode());
}

void TestMainWindow::findSelectsTheMatchAndReplaceAllIsOneStep()
{
    const QByteArray original = m_window->document()->data();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->findBar()->isVisible());
    m_window->findBar()->setFindText(QStringLiteral("かさぶた"));
    m_window->findBar()->findNext();
    const std::optional<SearchMatch> match = m_window->findBar()->currentMatch();
    QVERIFY(match);
    QCOMPARE(m_window->outline()->currentSection(), match->section);
    QCOMPARE(m_window->sectionForm()->bodyEditor()->textCursor().selectedText(), QStringLiteral("かさぶた"));

    const int occurrences = int(original.count("かさぶた"));
    QVERIFY(occurrences >= 2);
    m_window->findBar()->showReplace();
    m_window->findBar()->setReplacementText(QStringLiteral("痂皮"));
    m_window->findBar()->replaceAll();
    QCOMPARE(m_window->document()->text().count("かさぶた"), 0);
    QCOMPARE(m_window->document()->text().count("痂皮"), occurrences);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->data(), original);
}

void TestMainWindow::preeditChangesNothingUntilCommitted()
{
    const QByteArray original = m_window->document()->data();
    m_window->outline()->selectSection(1);
    QLineEdit *heading = m_window->sectionForm()->ui()->headingEdit;
    heading->setFocus();
    heading->end(false);
    QInputMethodEvent preedit(QStringLiteral("けいか"), {});
    QApplication::sendEvent(heading, &preedit);
    QCOMPARE(m_window->document()->data(), original);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("経過"));
    QApplication::sendEvent(heading, &commit);
    QVERIFY(m_window->document()->sections().at(1).heading.endsWith(QStringLiteral("経過経過")));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestMainWindow::statusBarCountsTheSelection()
{
    m_window->outline()->selectSection(2);
    QVERIFY(m_window->statusText().contains(QString::number(m_window->document()->structure().totalChars)));
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    QTextCursor cursor = editor->textCursor();
    const int first = int(editor->toPlainText().indexOf(QRegularExpression(QStringLiteral("\\S"))));
    cursor.setPosition(first);
    cursor.setPosition(first + 5, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QVERIFY2(m_window->statusText().contains(QStringLiteral(": 5 ")), qPrintable(m_window->statusText()));
}

// Settings are written to a new file that replaces the old one, and the
// write waits for the disk: opening the article that is already the most
// recent one, as most starts do, writes nothing.
void TestMainWindow::reopeningTheLatestArticleWritesNoSettings()
{
    const QString settingsFile = QSettings().fileName();
    auto fileId = [&settingsFile] {
        struct stat status = {};
        return ::stat(QFile::encodeName(settingsFile).constData(), &status) == 0 ? qint64(status.st_ino) : qint64(-1);
    };
    QString error;
    const QString other = m_directory.filePath(QStringLiteral("other.md"));
    QVERIFY(QFile::copy(m_file, other));
    QVERIFY2(m_window->openFile(other, &error), qPrintable(error));
    const qint64 written = fileId();
    QVERIFY(written >= 0);
    QVERIFY2(m_window->openFile(m_file, &error), qPrintable(error));
    QVERIFY(fileId() != written);
    const qint64 rewritten = fileId();
    QVERIFY2(m_window->openFile(m_file, &error), qPrintable(error));
    QCOMPARE(fileId(), rewritten);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().mid(0, 2),
             QStringList({QFileInfo(m_file).absoluteFilePath(), QFileInfo(other).absoluteFilePath()}));
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KijiTest"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

void TestMainWindow::importTextAsNewUnsavedArticle()
{
    QString error;
    QVERIFY(!m_window->importFile(m_directory.filePath(QStringLiteral("missing.txt")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_window->document()->fileName(), m_file); // the open article stays

    QSignalSpy patched(m_window->preview(), &ArticlePreview::patched);
    QVERIFY2(m_window->importFile(TestSupport::dataPath(QStringLiteral("import/seed-exosome-crater.txt")), &error),
             qPrintable(error));
    const ArticleDocument *document = m_window->document();
    QVERIFY(document->fileName().isEmpty()); // new and unsaved: Save asks for a name
    QCOMPARE(document->sections().size(), 21);
    QCOMPARE(m_window->outlineModel()->rowCount(), 3 + 7); // Article, Supervisor, Lead, seven H2
    QVERIFY(document->frontMatter().supervisor);
    // The guesses are listed in the window, with the lines of the text file.
    QListWidget *notes = m_window->importNotes();
    QVERIFY(notes->count() >= 22);
    QVERIFY(notes->isVisibleTo(m_window));
    QVERIFY(notes->findItems(QStringLiteral("seed-exosome-crater.txt:54: editor's note"), Qt::MatchStartsWith).size() == 1);
    // Activating a heading's note selects that heading.
    const QList<QListWidgetItem *> dermatitis = notes->findItems(QStringLiteral("「皮膚炎」"), Qt::MatchEndsWith);
    QCOMPARE(dermatitis.size(), 1);
    Q_EMIT notes->itemActivated(dermatitis.first());
    QCOMPARE(m_window->outlineModel()->sectionOf(m_window->outline()->currentIndex()), 11);
    QCOMPARE(m_window->document()->sections().at(11).heading, QStringLiteral("皮膚炎"));
    // The preview shows the imported article.
    QTRY_VERIFY_WITH_TIMEOUT(!patched.isEmpty() && patched.last().at(0).toInt() == m_window->preview()->revision(), 10000);

    // A damaged page is refused and the article on show stays.
    const QString binary = m_directory.filePath(QStringLiteral("binary.html"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x00\x01\x02", 3));
    file.close();
    QVERIFY(!m_window->importFile(binary, &error));
    QVERIFY(error.contains(QStringLiteral("NUL")));
    QCOMPARE(m_window->document()->sections().size(), 21);
}

void TestMainWindow::pastedRichTextBecomesMarkdown()
{
    OutlineView *outline = m_window->outline();
    outline->selectSection(0);
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    auto *rich = new QMimeData; // the clipboard owns it
    rich->setHtml(QStringLiteral("<meta charset='utf-8'><p><b>太字</b>と<a href=\"https://example.com/\">リンク</a></p>"
                                "<ul><li>項目</li></ul><script>alert(1)</script>"));
    rich->setText(QStringLiteral("太字とリンク\n項目"));
    const int steps = m_window->document()->undoStack()->count();
    QGuiApplication::clipboard()->setMimeData(rich);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    const QString body = editor->toPlainText();
    QVERIFY2(body.endsWith(QStringLiteral("**太字**と[リンク](<https://example.com/>)\n\n- 項目")), qPrintable(body));
    QVERIFY(!body.contains(QStringLiteral("alert")));
    QVERIFY(m_window->document()->text().contains("**太字**と[リンク](<https://example.com/>)"));
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);

    // Plain text pastes as it is.
    auto *plain = new QMimeData;
    plain->setText(QStringLiteral("*そのまま*"));
    QGuiApplication::clipboard()->setMimeData(plain);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(editor->toPlainText().endsWith(QStringLiteral("*そのまま*")));
}

void TestMainWindow::pastedArticleIntoAnEmptyOneOffersItsStructure()
{
    const QString seed = QString::fromUtf8(TestSupport::readFile(TestSupport::dataPath(QStringLiteral("import/seed-exosome-crater.txt"))));
    MarkdownEditor *editor = m_window->sectionForm()->bodyEditor();
    auto pasteSeed = [&] {
        auto *data = new QMimeData;
        data->setText(seed);
        QGuiApplication::clipboard()->setMimeData(data);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    };

    // Into an article that has text, a paste is a paste.
    m_window->setPasteAnswer(MainWindow::Answer::Yes);
    m_window->outline()->selectSection(0);
    pasteSeed();
    QVERIFY(m_window->document()->text().contains("記事監修医師プロフィール"));

    // Into an empty article (the lead of a new one), the structure is offered.
    m_window->document()->undoStack()->setClean();
    m_window->document()->setData({});
    m_window->outline()->setCurrentIndex(m_window->outlineModel()->indexOfNode(OutlineModel::LeadNode));
    m_window->setPasteAnswer(MainWindow::Answer::No);
    pasteSeed();
    QCOMPARE(m_window->document()->sections().size(), 0); // pasted as text
    QVERIFY(m_window->document()->text().contains("記事監修医師プロフィール"));

    m_window->document()->setData({});
    m_window->outline()->setCurrentIndex(m_window->outlineModel()->indexOfNode(OutlineModel::LeadNode));
    m_window->setPasteAnswer(MainWindow::Answer::Yes);
    pasteSeed();
    QCOMPARE(m_window->document()->sections().size(), 21);
    QVERIFY(m_window->document()->frontMatter().supervisor);
    QVERIFY(m_window->importNotes()->count() >= 22);
    // One undo step back to the empty article.
    m_window->document()->undoStack()->undo();
    QVERIFY(m_window->document()->text().isEmpty());
}

void TestMainWindow::previewStartsAfterTheOutlineIsOnScreen()
{
    MainWindow window;
    window.setRecoveryAnswer(MainWindow::Answer::No);
    window.setLockAnswer(MainWindow::LockAnswer::OpenAnyway); // m_window has it open too
    QString error;
    QVERIFY2(window.openFile(m_file, &error), qPrintable(error));
    QVERIFY(window.selectHeading(window.document()->sections().at(3).heading, &error));
    QVERIFY(!window.hasPreview()); // nothing of WebEngine before the window shows
    QSignalSpy created(&window, &MainWindow::previewCreated);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.hasPreview(), 10000);
    QCOMPARE(created.size(), 1);
    ArticlePreview *preview = window.preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), 30000);
    // It shows the article as it is now, and the preview sits where the
    // placeholder was.
    QCOMPARE(window.findChild<QSplitter *>()->indexOf(preview), 2);
    QVariant headings;
    bool done = false;
    preview->page()->runJavaScript(QStringLiteral("[...document.querySelectorAll('section.kiji-section')].length"),
                                   [&](const QVariant &value) { headings = value; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(headings.toInt(), int(window.document()->sections().size()));
    // With the preview's HTML made, the open article holds its text, not
    // its parse; asked for, the parse comes back as it was.
    QVERIFY(!window.document()->holdsMarkdownTree());
    ArticleDocument reference;
    reference.setData(window.document()->data());
    QCOMPARE(HtmlExport::standalonePage(*window.document()), HtmlExport::standalonePage(reference));
    QVERIFY(window.document()->holdsMarkdownTree());
    window.document()->undoStack()->setClean();
}

#include "tst_mainwindow.moc"
