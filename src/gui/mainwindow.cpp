#include "mainwindow.h"

#include "applicationicon.h"
#include "backgroundchecker.h"
#include "findingactions.h"
#include "findingsdock.h"
#include "findingsmodel.h"

#include "articledocument.h"
#include "articleform.h"
#include "articleimport.h"
#include "articlelock.h"
#include "articlepreview.h"
#include "articlesearch.h"
#include "comparecontroller.h"
#include "countlabel.h"
#include "exportcontroller.h"
#include "findreplacebar.h"
#include "markdowneditor.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "recoverystore.h"
#include "renderedarticle.h"
#include "reviewcontroller.h"
#include "sectionform.h"
#include "supervisorform.h"
#include "textcount.h"
#include "textimport.h"
#include "ui_sectionform.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QListWidget>
#include <QPushButton>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringDecoder>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The preview keeps room for a readable column of text (a phone is 375 px).
constexpr int previewMinimumWidth = 300;

constexpr int MaximumRecentFiles = 8;
const QString recentFilesKey = QStringLiteral("recentFiles");

// How long the first check waits at most for the preview (see check()).
constexpr int checkWaitForPreviewMs = 3000;

// An article this long (its Markdown) goes to a preview on screen in two
// steps: its beginning, about this much HTML (several screens), which the
// page draws without taking in the rest; the whole once that is drawn, or
// after the delay should no frame come.
constexpr qsizetype twoStepArticleBytes = 128 * 1024;
constexpr qsizetype articleBeginningBytes = 24 * 1024;
constexpr int wholeArticleDelayMs = 3000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ArticleDocument(this))
    , m_model(new OutlineModel(m_document, this))
    , m_outline(new OutlineView(this))
    , m_forms(new QStackedWidget(this))
    , m_articleForm(new ArticleForm(m_document, this))
    , m_supervisorForm(new SupervisorForm(m_document, this))
    , m_sectionForm(new SectionForm(m_document, this))
    , m_previewPlaceholder(new QWidget(this))
    , m_splitter(new QSplitter(this))
    , m_findBar(new FindReplaceBar(m_document, this))
    , m_undoView(new QUndoView(m_document->undoStack(), this))
    , m_countLabel(new CountLabel(this))
    , m_importNotes(new QListWidget(this))
    , m_checker(new BackgroundChecker(this))
    , m_checkTimer(new QTimer(this))
    , m_findingsModel(new FindingsModel(m_document, this))
    , m_findingsDock(new FindingsDock(m_findingsModel, this))
    , m_recovery(new RecoveryStore(m_document, this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_outline->setOutlineModel(m_model);
    m_forms->addWidget(m_articleForm);
    m_forms->addWidget(m_supervisorForm);
    m_forms->addWidget(m_sectionForm);

    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_forms);
    m_previewPlaceholder->setAutoFillBackground(true);
    m_previewPlaceholder->setBackgroundRole(QPalette::Base);
    m_splitter->addWidget(m_previewPlaceholder);
    m_outline->viewport()->installEventFilter(this);
    m_splitter->setChildrenCollapsible(false);
    // Headings stay readable beside the count columns when docks take room.
    m_outline->setMinimumWidth(220);
    m_previewPlaceholder->setMinimumWidth(previewMinimumWidth);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({320, 480, 600});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);
    connect(m_findBar, &FindReplaceBar::matchActivated, this, &MainWindow::showMatch);
    connect(m_findBar, &FindReplaceBar::replaceFailed, this, &MainWindow::showError);
    connect(m_findBar, &FindReplaceBar::dismissed, m_outline, qOverload<>(&QWidget::setFocus));
    connect(m_findBar, &FindReplaceBar::matchesReplaced, this, [this](int count) {
        statusBar()->showMessage(tr("Replaced %n match(es).", nullptr, count), 5000);
    });
    connect(m_sectionForm->bodyEditor(), &MarkdownEditor::imageRejected, this, &MainWindow::showError);
    m_sectionForm->bodyEditor()->setPlainTextPasteHandler(
        [this](const QString &text) { return offerStructureRecovery(text); });
    connect(m_sectionForm->bodyEditor(), &QPlainTextEdit::selectionChanged, this, &MainWindow::updateStatus);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    historyDock->setWidget(m_undoView);
    m_undoView->setEmptyLabel(tr("Opened"));
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();

    m_importDock = new QDockWidget(tr("Import Notes"), this);
    m_importDock->setObjectName(QStringLiteral("ImportNotesDock"));
    m_importDock->setWidget(m_importNotes);
    // A note about a heading selects that heading.
    connect(m_importNotes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QString error;
        if (const QString heading = item->data(Qt::UserRole).toString(); !heading.isEmpty())
            selectHeading(heading, &error);
    });
    // Below the window's full width: the notes are long lines.
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();

    // Findings: checked off the GUI thread a moment after the typing stops.
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &MainWindow::check);
    connect(m_checker, &BackgroundChecker::findingsReady, this, &MainWindow::showFindings);
    connect(m_checker, &BackgroundChecker::checkFailed, this, &MainWindow::showError);
    connect(m_findingsDock, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
    connect(m_findingsDock, &FindingsDock::fixRequested, this,
            [this](int row) { actOnFinding(row, &FindingActions::applyFix); });
    connect(m_findingsDock, &FindingsDock::disableInArticleRequested, this,
            [this](int row) { actOnFinding(row, &FindingActions::disableInArticle); });
    connect(m_findingsDock, &FindingsDock::disableOnLineRequested, this,
            [this](int row) { actOnFinding(row, &FindingActions::disableOnLine); });

    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_countLabel);
    createActions();
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(historyDock->toggleViewAction());
    menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))->addAction(m_findingsDock->toggleViewAction());
    m_review = new ReviewController(this);
    m_compare = new CompareController(this);

    // An edit goes to the preview first (the page's patch then runs while
    // the outline and the forms follow); any other change as they follow.
    connect(m_document, &ArticleDocument::textEdited, this, &MainWindow::showDocumentInPreview);
    connect(m_document, &ArticleDocument::structureChanged, this, &MainWindow::documentChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentNode);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_outline->currentIndex().isValid())
            m_outline->setCurrentIndex(m_model->indexOfNode(OutlineModel::LeadNode));
    });
    for (QObject *source : std::initializer_list<QObject *>{m_outline, m_articleForm, m_supervisorForm, m_sectionForm}) {
        connect(source, SIGNAL(commandFailed(QString)), this, SLOT(showError(QString)));
    }

    setWindowIcon(ApplicationIcon::icon());
    resize(1400, 900);
    restoreLayout();
    documentChanged();
    m_outline->setCurrentIndex(m_model->indexOfNode(OutlineModel::LeadNode));
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The preview goes with the children, after the checker: what it says
    // on its way out must not reach a window half gone.
    if (m_preview)
        disconnect(m_preview, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newFile);
    fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    fileMenu->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, &MainWindow::importArticle);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    fileMenu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_export = new ExportController(m_document, this);
    connect(m_export, &ExportController::exportFailed, this, &MainWindow::showError);
    connect(m_export, &ExportController::exported, this, [this](const QString &fileName) {
        statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(fileName)), 5000);
    });
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_export,
                                                &ExportController::exportArticle);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindReplaceBar::showFind);
    editMenu->addAction(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_findBar, &FindReplaceBar::showReplace);
    editMenu->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindReplaceBar::findNext);
    editMenu->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, m_findBar, &FindReplaceBar::findPrevious);

    QMenu *sectionMenu = menuBar()->addMenu(tr("&Section"));
    for (QAction *action : {m_outline->addAction(), m_outline->duplicateAction(), m_outline->moveUpAction(),
                            m_outline->moveDownAction(), m_outline->promoteAction(), m_outline->demoteAction(),
                            m_outline->removeAction()})
        sectionMenu->addAction(action);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_readerAction = viewMenu->addAction(tr("&Reader Mode"), this, &MainWindow::setReaderMode);
    m_readerAction->setCheckable(true);
    m_readerAction->setShortcut(Qt::Key_F11);
    m_narrowAction = viewMenu->addAction(tr("&Smartphone Width"), this, [this](bool narrow) {
        if (m_preview)
            m_preview->setNarrow(narrow);
    });
    m_narrowAction->setCheckable(true);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_outline->addAction());
    toolBar->addAction(m_outline->moveUpAction());
    toolBar->addAction(m_outline->moveDownAction());
    toolBar->addSeparator();
    toolBar->addAction(m_narrowAction);
    toolBar->addAction(m_readerAction);
}

bool MainWindow::openFile(const QString &fileName, QString *errorString)
{
    // Two windows editing one file would each overwrite the other's work on
    // save: a file that another Kiji window has open needs the user's word.
    const bool reopens = m_lock && m_lock->articleFileName() == QFileInfo(fileName).absoluteFilePath();
    std::unique_ptr<ArticleLock> lock;
    ArticleDocument::Access access = ArticleDocument::Access::ReadWrite;
    if (!reopens && m_articleLocking == ArticleLocking::On) {
        lock = std::make_unique<ArticleLock>(fileName);
        const ArticleLock::Result result = lock->tryLock();
        if (result == ArticleLock::Result::HeldByAnother) {
            switch (askAboutLockedFile(fileName, lock->holderProcessId())) {
            case LockAnswer::Ask:
            case LockAnswer::Cancel:
                if (errorString)
                    errorString->clear();
                return false;
            case LockAnswer::OpenReadOnly:
                access = ArticleDocument::Access::ReadOnly;
                break;
            case LockAnswer::OpenAnyway:
                break;
            }
        }
        if (result != ArticleLock::Result::Locked)
            lock.reset();
    }
    if (!m_document->load(fileName, errorString, access))
        return false;
    if (!reopens)
        m_lock = std::move(lock);
    m_previewBaseDirectory = QFileInfo(fileName).absolutePath();
    if (m_preview)
        m_preview->setBaseDirectory(m_previewBaseDirectory);
    addRecentFile(fileName);
    watch(fileName);
    articleFolderChanged();
    offerRecovery();
    m_outline->setCurrentIndex(m_model->indexOfNode(OutlineModel::LeadNode));
    showCurrentNode();
    m_review->articleOpened();
    updateTitle();
    if (m_document->wasOpenedReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1 is open in another Kiji window.")
                                     .arg(QFileInfo(fileName).fileName()));
    else if (const Diagnostics &diagnostics = m_document->diagnostics(); m_document->isReadOnly()) {
        // The reason is the first error; warnings may come before it.
        const auto error = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                        [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
        statusBar()->showMessage(tr("Opened read-only: line %1: %2").arg(error->line).arg(error->message));
    } else {
        statusBar()->clearMessage(); // it spoke of the article before
    }
    return true;
}

MainWindow::LockAnswer MainWindow::askAboutLockedFile(const QString &fileName, qint64 holderProcessId)
{
    if (m_lockAnswer != LockAnswer::Ask)
        return m_lockAnswer;
    const QString name = QFileInfo(fileName).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Article Already Open"),
                    holderProcessId > 0
                        ? tr("%1 is already open in another Kiji window (process %2).").arg(name).arg(holderProcessId)
                        : tr("%1 is already open in another Kiji window.").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("If both windows edit it, the one that saves last overwrites the other's changes. "
                              "Open it read-only to read it safely, or open it anyway if the other window is "
                              "not editing it."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    QPushButton *anyway = box.addButton(tr("Open &Anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockAnswer::OpenReadOnly;
    if (box.clickedButton() == anyway)
        return LockAnswer::OpenAnyway;
    return LockAnswer::Cancel;
}

void MainWindow::lockArticle(const QString &fileName)
{
    if (m_articleLocking == ArticleLocking::Off)
        return;
    if (m_lock && m_lock->articleFileName() == QFileInfo(fileName).absoluteFilePath())
        return;
    auto lock = std::make_unique<ArticleLock>(fileName);
    if (lock->tryLock() == ArticleLock::Result::Locked)
        m_lock = std::move(lock);
    else
        m_lock.reset();
}

bool MainWindow::saveFile(const QString &fileName, QString *errorString)
{
    const QString previous = m_document->fileName();
    if (!m_document->save(fileName, errorString)) {
        // The work stays in the window, and now in the recovery file too.
        m_recovery->writeRecovery();
        return false;
    }
    if (previous != fileName)
        QFile::remove(RecoveryStore::recoveryFileName(previous));
    lockArticle(fileName);
    addRecentFile(fileName);
    watch(fileName);
    articleFolderChanged();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(fileName).fileName()), 3000);
    return true;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    showNewArticle({});
}

void MainWindow::showNewArticle(const QByteArray &markdown)
{
    m_recovery->discard();
    m_lock.reset();
    if (!m_document->fileName().isEmpty())
        m_watcher->removePath(m_document->fileName());
    m_document->setData(markdown);
    m_document->setFileName(QString());
    articleFolderChanged();
    m_outline->setCurrentIndex(m_model->indexOfNode(OutlineModel::ArticleNode));
    updateTitle();
}

void MainWindow::importArticle()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Article"), QString(),
        tr("Text and web pages (*.txt *.html *.htm);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!importFile(fileName, &error))
        showError(tr("Cannot import %1: %2").arg(fileName, error));
}

bool MainWindow::importFile(const QString &fileName, QString *errorString)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    const ImportResult result = ArticleImport::run(
        file.readAll(), ArticleImport::formatOf(fileName).value_or(ArticleImport::Format::Text));
    if (!result.ok()) {
        *errorString = result.error;
        return false;
    }
    showNewArticle(result.markdown);
    listImportNotes(QFileInfo(fileName).fileName(), result.notes);
    return true;
}

void MainWindow::listImportNotes(const QString &source, const QList<ImportNote> &notes)
{
    m_importNotes->clear();
    for (const ImportNote &note : notes) {
        auto *item = new QListWidgetItem(tr("%1:%2: %3").arg(source).arg(note.line).arg(note.message), m_importNotes);
        item->setData(Qt::UserRole, note.heading);
    }
    m_importDock->setVisible(!notes.isEmpty());
    statusBar()->showMessage(tr("Imported %1: %n guess(es) to check in Import Notes", nullptr, int(notes.size()))
                                 .arg(source));
}

bool MainWindow::offerStructureRecovery(const QString &text)
{
    if (!m_document->text().trimmed().isEmpty() || m_document->isReadOnly() || text.count(u'\n') < 4)
        return false;
    const ImportResult result = TextImport::fromText(text.toUtf8());
    if (!result.ok())
        return false;
    ArticleDocument probe;
    probe.setData(result.markdown);
    if (probe.sections().size() < 2)
        return false;
    if (!ask(m_pasteAnswer, tr("Paste Article"),
             tr("The pasted text reads as a whole article with %n section(s). Recover its structure "
                "(title, supervisor, headings)?", nullptr, int(probe.sections().size())),
             tr("Recover Structure"), tr("Paste as Text")))
        return false;
    QString error;
    if (!m_document->restoreText(result.markdown, tr("Paste Article with Its Structure"), &error)) {
        showError(error);
        return true;
    }
    listImportNotes(tr("pasted text"), result.notes);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Article"), QString(),
                                                          tr("Markdown articles (*.md *.markdown);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!openFile(fileName, &error) && !error.isEmpty())
        showError(tr("Cannot open %1: %2").arg(fileName, error));
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty() || m_document->isReadOnly())
        return saveAs();
    QString error;
    if (!saveFile(m_document->fileName(), &error)) {
        showSaveError(error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QString fileName;
    if (m_hasSaveAsAnswer) {
        m_hasSaveAsAnswer = false;
        fileName = m_saveAsAnswer;
    } else {
        fileName = QFileDialog::getSaveFileName(this, tr("Save Article As"), m_document->fileName(),
                                                tr("Markdown articles (*.md *.markdown)"));
    }
    if (fileName.isEmpty())
        return false;
    QString error;
    if (!saveFile(fileName, &error)) {
        showSaveError(error);
        return false;
    }
    return true;
}

void MainWindow::setSaveAsAnswer(const QString &fileName)
{
    m_hasSaveAsAnswer = true;
    m_saveAsAnswer = fileName;
}

bool MainWindow::maybeSave()
{
    if (m_document->undoStack()->isClean())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("The article has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->discard();
    m_lock.reset();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"),
                      isReaderMode() ? m_splitterBeforeReader : m_splitter->saveState());
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    // Reopening the latest article, as most starts do, changes nothing: no
    // write, which waits for the disk (up to 300 ms) while the window starts.
    if (files.value(0) != path) {
        files.removeAll(path);
        files.prepend(path);
        settings.setValue(recentFilesKey, files.mid(0, MaximumRecentFiles));
    }
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(recentFilesKey).toStringList();
    for (const QString &file : files) {
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] {
            if (!maybeSave())
                return;
            QString error;
            if (!openFile(file, &error) && !error.isEmpty())
                showError(tr("Cannot open %1: %2").arg(file, error));
        })->setToolTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::documentChanged()
{
    // Only the form on show follows each keystroke; the others refresh when
    // their node is selected.
    if (m_forms->currentWidget() == m_articleForm)
        m_articleForm->refresh();
    else if (m_forms->currentWidget() == m_supervisorForm)
        m_supervisorForm->refresh();
    else
        m_sectionForm->refresh();
    showDocumentInPreview();
    updateStatus();
    scheduleCheck();
}

void MainWindow::showDocumentInPreview()
{
    // Until the preview exists, nothing is rendered for it.
    if (!m_preview || m_previewedRevision == m_document->revision())
        return;
    m_previewedRevision = m_document->revision();
    m_rendered = RenderedArticle::render(*m_document, &m_rendered);
    m_document->releaseMarkdownTree();
    m_preview->showArticle(m_rendered);
}

void MainWindow::showWholeArticle()
{
    if (!m_preview || m_rendered.complete)
        return;
    m_rendered = RenderedArticle::render(*m_document);
    m_preview->showArticle(m_rendered);
}

void MainWindow::scheduleCheck()
{
    m_checkTimer->start();
}

void MainWindow::check()
{
    // The window's first moments belong to its preview: starting Qt
    // WebEngine and loading the page keep both cores of a small machine
    // busy, and a check beside them (seconds of work for a long article)
    // made the preview of a 1 MB article 20–70 ms later; one that starts
    // when the page has the article slows the frame that draws it. The first
    // check of a window on screen waits until that frame has been drawn, or
    // for a few seconds should it never be.
    if (m_checkWaitsForPreview && isVisible()) {
        if (!m_checkPostponed) {
            m_checkPostponed = true;
            QTimer::singleShot(checkWaitForPreviewMs, this, &MainWindow::endCheckWaitForPreview);
        }
        return;
    }
    m_checker->check(m_document->text(), m_document->revision(), m_document->fileName());
}

void MainWindow::endCheckWaitForPreview()
{
    if (!m_checkWaitsForPreview)
        return;
    m_checkWaitsForPreview = false;
    if (m_checkPostponed) {
        m_checkPostponed = false;
        check();
    }
}

void MainWindow::showFindings(quint64 revision, const Findings &findings)
{
    // Findings of an older text than the one on show wait for the next check.
    if (revision != m_document->revision())
        return;
    m_findingsRevision = revision;
    m_findingsModel->setFindings(findings);
    m_model->setFindingCounts(m_findingsModel->countsBySection());
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.severity == FindingSeverity::Error;
    });
    m_articleForm->setErrorFindingCount(int(errors));
    markFindingsInEditor();
    if (m_preview)
        m_preview->showFindings(findings);
    Q_EMIT findingsShown(revision);
}

// Where each byte offset of `body` falls in the editor's text, which shows
// the body decoded and with LF line breaks: one pass over the body, not one
// per offset (a damaged 1 MB lead had tens of thousands of findings).
static QHash<qsizetype, int> editorPositions(const QByteArray &body, QList<qsizetype> offsets)
{
    std::sort(offsets.begin(), offsets.end());
    QHash<qsizetype, int> positions;
    QStringDecoder decoder(QStringDecoder::Utf8);
    qsizetype decodedBytes = 0;
    int position = 0;
    for (qsizetype offset : std::as_const(offsets)) {
        if (positions.contains(offset))
            continue;
        const QString decoded = decoder.decode(QByteArrayView(body).sliced(decodedBytes, offset - decodedBytes));
        position += int(decoded.size() - decoded.count(QLatin1Char('\r')));
        decodedBytes = offset;
        positions.insert(offset, position);
    }
    return positions;
}

void MainWindow::markFindingsInEditor()
{
    MarkdownEditor *editor = m_sectionForm->bodyEditor();
    const ArticleStructure &structure = m_document->structure();
    const int section = m_sectionForm->section();
    qsizetype begin = structure.markdownBegin;
    qsizetype end = structure.leadEnd;
    if (section >= 0 && section < structure.sections.size()) {
        begin = structure.sections.at(section).bodyBegin;
        end = structure.sections.at(section).end;
    }
    QList<MarkdownEditor::FindingMark> marks;
    if (m_findingsRevision == m_document->revision()) {
        QList<const Finding *> shown;
        QList<qsizetype> offsets;
        for (const Finding &finding : m_findingsModel->findings()) {
            if (finding.start.byte < begin || finding.start.byte >= end)
                continue;
            shown.append(&finding);
            offsets.append(finding.start.byte - begin);
            offsets.append(std::min(finding.end.byte, end) - begin);
        }
        const QHash<qsizetype, int> positions = editorPositions(m_document->text().mid(begin, end - begin), offsets);
        for (const Finding *finding : std::as_const(shown)) {
            const int position = positions.value(finding->start.byte - begin);
            const int endPosition = positions.value(std::min(finding->end.byte, end) - begin);
            marks.append({position, endPosition - position, int(finding->severity), finding->message});
        }
    }
    editor->setFindingMarks(marks);
}

void MainWindow::showFinding(int row)
{
    if (row < 0 || row >= m_findingsModel->rowCount())
        return;
    const Finding finding = m_findingsModel->findingAt(row);
    const QModelIndex index = finding.section >= 0 ? m_model->indexOfSection(finding.section)
                                                    : m_model->indexOfNode(OutlineModel::LeadNode);
    if (index.isValid() && index != m_outline->currentIndex())
        m_outline->setCurrentIndex(index);
    markFindingsInEditor();
    const ArticleStructure &structure = m_document->structure();
    const qsizetype bodyBegin = finding.section >= 0 && finding.section < structure.sections.size()
        ? structure.sections.at(finding.section).bodyBegin
        : structure.markdownBegin;
    if (finding.start.byte < bodyBegin) {
        m_sectionForm->ui()->headingEdit->setFocus();
        return;
    }
    // The finding's place in the body editor, which shows LF line breaks.
    const QByteArray &text = m_document->text();
    auto editorPosition = [&](qsizetype byte) {
        return int(QString::fromUtf8(text.mid(bodyBegin, byte - bodyBegin)).remove(QLatin1Char('\r')).size());
    };
    MarkdownEditor *editor = m_sectionForm->bodyEditor();
    const int last = editor->document()->characterCount() - 1;
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(std::min(editorPosition(finding.start.byte), last));
    cursor.setPosition(std::min(editorPosition(finding.end.byte), last), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    editor->setFocus();
}

void MainWindow::actOnFinding(int row, bool (*action)(ArticleDocument *, const Finding &, QString *))
{
    if (row < 0 || row >= m_findingsModel->rowCount())
        return;
    if (m_findingsRevision != m_document->revision()) {
        showError(tr("The findings are being updated; try again in a moment."));
        return;
    }
    const Finding finding = m_findingsModel->findingAt(row);
    QString error;
    if (!action(m_document, finding, &error))
        showError(error);
}

void MainWindow::showCurrentNode()
{
    const QModelIndex index = m_outline->currentIndex();
    switch (m_model->kindOf(index)) {
    case OutlineModel::ArticleNode:
        m_articleForm->refresh();
        m_forms->setCurrentWidget(m_articleForm);
        break;
    case OutlineModel::SupervisorNode:
        m_supervisorForm->refresh();
        m_forms->setCurrentWidget(m_supervisorForm);
        break;
    case OutlineModel::LeadNode:
        m_sectionForm->showSection(SectionForm::Lead);
        m_forms->setCurrentWidget(m_sectionForm);
        markFindingsInEditor();
        break;
    case OutlineModel::SectionNode:
        m_sectionForm->showSection(m_model->sectionOf(index));
        m_forms->setCurrentWidget(m_sectionForm);
        markFindingsInEditor();
        break;
    }
    if (m_preview)
        m_preview->scrollToSection(m_model->sectionOf(index));
    m_countLabel->fitNextCount();
    updateStatus();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Once the outline has painted, the window is on screen: start the
    // preview right after (loading Qt WebEngine and starting it takes
    // ~200 ms; see PreviewEngine).
    if (watched == m_outline->viewport() && event->type() == QEvent::Paint && !m_preview) {
        m_outline->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::preview);
    }
    return QMainWindow::eventFilter(watched, event);
}

ArticlePreview *MainWindow::preview()
{
    if (m_preview)
        return m_preview;
    m_outline->viewport()->removeEventFilter(this);
    m_preview = new ArticlePreview(this);
    m_preview->setMinimumWidth(previewMinimumWidth);
    const QList<int> sizes = m_splitter->sizes();
    delete m_splitter->replaceWidget(2, m_preview);
    m_previewPlaceholder = nullptr;
    m_splitter->setSizes(sizes);
    connect(m_preview, &ArticlePreview::sectionActivated, this, [this](int section) {
        const QModelIndex index = section < 0 ? m_model->indexOfNode(OutlineModel::LeadNode)
                                              : m_model->indexOfSection(section);
        if (index.isValid() && index != m_outline->currentIndex()) {
            const QSignalBlocker blocker(m_preview);
            m_outline->setCurrentIndex(index);
        }
    });
    if (!m_previewBaseDirectory.isEmpty())
        m_preview->setBaseDirectory(m_previewBaseDirectory);
    m_preview->setNarrow(m_narrowAction->isChecked());
    m_preview->setZoomFactor(m_readerMode ? 1.25 : 1.0);
    const int selectedSection = m_model->sectionOf(m_outline->currentIndex());
    m_rendered = isVisible() && m_document->text().size() >= twoStepArticleBytes
        ? RenderedArticle::renderBeginning(*m_document, articleBeginningBytes)
        : RenderedArticle::render(*m_document);
    // The selected section is scrolled to: it goes in the first step.
    if (!m_rendered.complete && selectedSection >= m_rendered.sections.size())
        m_rendered = RenderedArticle::render(*m_document);
    m_preview->showArticle(m_rendered);
    if (!m_rendered.complete) {
        // Queued: building it takes a while, and the others told of the
        // frame hear of it first.
        connect(m_preview, &ArticlePreview::drawn, this, &MainWindow::showWholeArticle,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        QTimer::singleShot(wholeArticleDelayMs, this, &MainWindow::showWholeArticle);
    }
    // The parse goes once the page shows the article: freeing it (~30 ms
    // for a 1 MB article) would otherwise delay the page's first load.
    connect(m_preview, &ArticlePreview::ready, m_document, &ArticleDocument::releaseMarkdownTree,
            Qt::SingleShotConnection);
    connect(m_preview, &ArticlePreview::drawn, this, &MainWindow::endCheckWaitForPreview, Qt::SingleShotConnection);
    if (!m_preview->loadError().isEmpty())
        endCheckWaitForPreview();
    m_preview->scrollToSection(selectedSection);
    if (m_findingsRevision == m_document->revision())
        m_preview->showFindings(m_findingsModel->findings());
    Q_EMIT previewCreated(m_preview);
    return m_preview;
}

bool MainWindow::selectHeading(const QString &heading, QString *errorString)
{
    QList<int> matches;
    for (int index = 0; index < m_document->sections().size(); ++index) {
        if (m_document->sections().at(index).heading == heading)
            matches.append(index);
    }
    if (matches.size() != 1) {
        *errorString = matches.isEmpty() ? tr("no heading \"%1\"").arg(heading)
                                         : tr("%1 headings read \"%2\"").arg(matches.size()).arg(heading);
        return false;
    }
    m_outline->selectSection(matches.first());
    return true;
}

void MainWindow::setReaderMode(bool reader)
{
    if (reader == m_readerMode)
        return;
    m_readerMode = reader;
    m_readerAction->setChecked(reader);
    if (reader)
        m_splitterBeforeReader = m_splitter->saveState();
    m_outline->setVisible(!reader);
    m_forms->setVisible(!reader);
    if (!reader)
        m_splitter->restoreState(m_splitterBeforeReader);
    preview()->setZoomFactor(reader ? 1.25 : 1.0);
}

bool MainWindow::isReaderMode() const
{
    return m_readerMode;
}

void MainWindow::updateTitle()
{
    const QString name = m_document->fileName().isEmpty() ? tr("Untitled")
                                                          : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(tr("%1[*] – Kiji").arg(name) + (m_document->isReadOnly() ? tr(" (read-only)") : QString()));
    setWindowModified(!m_document->undoStack()->isClean());
}

void MainWindow::updateStatus()
{
    const ArticleStructure &structure = m_document->structure();
    const int section = m_model->sectionOf(m_outline->currentIndex());
    QString text = tr("Article: %1 characters").arg(structure.totalChars);
    const QString selected = m_sectionForm->bodyEditor()->textCursor().selectedText();
    if (!selected.isEmpty() && m_forms->currentWidget() == m_sectionForm)
        text = tr("Selection: %1 characters  ·  ").arg(TextCount::visibleChars(selected.toUtf8())) + text;
    if (section >= 0 && section < structure.sections.size()) {
        text = tr("Section: %1 characters (%2 with subsections)  ·  ")
                   .arg(structure.sections.at(section).chars)
                   .arg(structure.sections.at(section).charsTotal)
            + text;
    }
    m_countLabel->setCount(text);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showSaveError(const QString &message)
{
    showError(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save"),
                                tr("The article was not saved: %1.").arg(message), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveErrorBox"));
    box->setInformativeText(tr("Your changes are still here and in the recovery file. Free some disk space, or "
                               "save to another folder with Save As."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::ask(Answer preset, const QString &title, const QString &question, const QString &yes,
                     const QString &no)
{
    if (preset != Answer::Ask)
        return preset == Answer::Yes;
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton *yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(yesButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

void MainWindow::offerRecovery()
{
    const QByteArray recovered = RecoveryStore::leftOver(m_document->fileName(), m_document->data());
    if (recovered.isEmpty() || m_document->isReadOnly())
        return;
    if (!ask(m_recoveryAnswer, tr("Recover Unsaved Changes"),
             tr("Kiji found changes to %1 that were not saved when it last closed. Recover them?")
                 .arg(QFileInfo(m_document->fileName()).fileName()),
             tr("&Recover"), tr("&Discard"))) {
        m_recovery->discard();
        return;
    }
    QString error;
    if (!m_document->restoreText(recovered, tr("Recover Unsaved Changes"), &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Recovered unsaved changes; save to keep them."), 8000);
}

void MainWindow::watch(const QString &fileName)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!fileName.isEmpty())
        m_watcher->addPath(fileName);
}

void MainWindow::fileChangedOnDisk(const QString &fileName)
{
    if (fileName != m_document->fileName())
        return;
    // Editors that save by renaming replace the watched file: watch again.
    if (!m_watcher->files().contains(fileName) && QFileInfo::exists(fileName))
        m_watcher->addPath(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return; // removed or being replaced; the next change tells more
    const QByteArray bytes = file.readAll();
    if (bytes == m_document->data() || m_document->isReadOnly())
        return;
    const bool clean = m_document->undoStack()->isClean();
    if (!clean
        && !ask(m_reloadAnswer, tr("File Changed on Disk"),
                tr("%1 was changed by another program, and you have unsaved changes. Reload it and lose "
                   "your changes?")
                    .arg(QFileInfo(fileName).fileName()),
                tr("&Reload"), tr("&Keep Mine")))
        return;
    QString error;
    if (!m_document->restoreText(bytes, tr("Reload from Disk"), &error)) {
        showError(error);
        return;
    }
    m_document->undoStack()->setClean();
    statusBar()->showMessage(tr("Reloaded %1: it was changed on disk.").arg(QFileInfo(fileName).fileName()), 8000);
}

void MainWindow::articleFolderChanged()
{
    const QString fileName = m_document->fileName();
    m_sectionForm->bodyEditor()->setArticleDirectory(fileName.isEmpty() ? QString()
                                                                         : QFileInfo(fileName).absolutePath());
}

void MainWindow::showMatch(qsizetype offset, qsizetype length, int section)
{
    Q_UNUSED(offset);
    Q_UNUSED(length);
    const QModelIndex index = section == SearchMatch::FrontMatterSection ? m_model->indexOfNode(OutlineModel::ArticleNode)
        : section == SearchMatch::LeadSection                           ? m_model->indexOfNode(OutlineModel::LeadNode)
                                                                        : m_model->indexOfSection(section);
    if (index.isValid() && index != m_outline->currentIndex())
        m_outline->setCurrentIndex(index);
    const std::optional<SearchMatch> match = m_findBar->currentMatch();
    if (!match || match->formPosition < 0)
        return;
    // Show the match in the form without taking the focus from the find bar.
    if (match->place == SearchMatch::Place::Heading) {
        m_sectionForm->ui()->headingEdit->setSelection(match->formPosition, match->formLength);
    } else if (match->place == SearchMatch::Place::Lead || match->place == SearchMatch::Place::SectionBody) {
        MarkdownEditor *editor = m_sectionForm->bodyEditor();
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(match->formPosition);
        cursor.setPosition(match->formPosition + match->formLength, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        editor->ensureCursorVisible();
    }
}

QString MainWindow::statusText() const
{
    return m_countLabel->text();
}
