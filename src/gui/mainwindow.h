#pragma once

#include "finding.h"
#include "renderedarticle.h"

#include <QMainWindow>

#include <memory>

class ArticleDocument;
class ArticleLock;
class BackgroundChecker;
class CompareController;
class CountLabel;
class ExportController;
class FindingsDock;
class FindingsModel;
class QTimer;
class ArticleForm;
class ArticlePreview;
class FindReplaceBar;
class OutlineModel;
class OutlineView;
class QAction;
class QDockWidget;
class QFileSystemWatcher;
class RecoveryStore;
class ReviewController;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoView;
class SectionForm;
class SupervisorForm;
struct ImportNote;

// The writer's window: the outline tree, a form for the selected node, and
// the live preview. Everything edits one ArticleDocument through its undo
// stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // False with an empty errorString when the user cancels (the file is
    // open in another Kiji window).
    bool openFile(const QString &fileName, QString *errorString);
    // Imports a text (.txt) or HTML (.html, .htm) article as a new unsaved
    // article and lists the importer's guesses in the Import Notes dock.
    bool importFile(const QString &fileName, QString *errorString);
    QListWidget *importNotes() const { return m_importNotes; }
    bool saveFile(const QString &fileName, QString *errorString);
    // Selects the node whose heading is exactly `heading` ("" for none);
    // false when none or several match.
    bool selectHeading(const QString &heading, QString *errorString);
    void setReaderMode(bool reader);
    bool isReaderMode() const;
    RecoveryStore *recoveryStore() const { return m_recovery; }

    // How the window answers its questions; tests and the crash-recovery
    // hook set an answer instead of showing a dialog.
    enum class Answer { Ask, Yes, No };
    void setRecoveryAnswer(Answer answer) { m_recoveryAnswer = answer; }
    void setReloadAnswer(Answer answer) { m_reloadAnswer = answer; }
    void setPasteAnswer(Answer answer) { m_pasteAnswer = answer; }
    // The answer when the file to open is open in another Kiji window.
    enum class LockAnswer { Ask, OpenReadOnly, OpenAnyway, Cancel };
    void setLockAnswer(LockAnswer answer) { m_lockAnswer = answer; }
    // Whether the window marks its article as open (a lock file beside it)
    // and heeds such marks; a window that only takes a picture does neither.
    enum class ArticleLocking { On, Off };
    void setArticleLocking(ArticleLocking locking) { m_articleLocking = locking; }
    // The next File → Save As takes this file instead of showing the file
    // dialog (an empty name cancels).
    void setSaveAsAnswer(const QString &fileName);

    ArticleDocument *document() const { return m_document; }
    OutlineModel *outlineModel() const { return m_model; }
    OutlineView *outline() const { return m_outline; }
    // The preview is created after the outline's first paint, so that the
    // window shows the article before Qt WebEngine is even loaded; asking
    // for it creates it now.
    ArticlePreview *preview();
    bool hasPreview() const { return m_preview; }
    ArticleForm *articleForm() const { return m_articleForm; }
    SupervisorForm *supervisorForm() const { return m_supervisorForm; }
    SectionForm *sectionForm() const { return m_sectionForm; }
    QStackedWidget *forms() const { return m_forms; }
    FindReplaceBar *findBar() const { return m_findBar; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    FindingsDock *findingsDock() const { return m_findingsDock; }
    ReviewController *review() const { return m_review; }
    CompareController *compare() const { return m_compare; }
    ExportController *exporter() const { return m_export; }
    // Shows finding `row` of the Findings dock: its node, and its place in
    // the form.
    void showFinding(int row);
    // The 文字数 shown in the status bar.
    QString statusText() const;

Q_SIGNALS:
    void previewCreated(ArticlePreview *preview);
    // The Findings dock now shows the findings of the text at this revision.
    void findingsShown(quint64 revision);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    void showError(const QString &message);
    // A failed save: a message box that does not block, since the window
    // still holds the work.
    void showSaveError(const QString &message);

private:
    void createActions();
    void newFile();
    void open();
    void importArticle();
    // A new unsaved article with `markdown` (an empty one for File → New).
    void showNewArticle(const QByteArray &markdown);
    void listImportNotes(const QString &source, const QList<ImportNote> &notes);
    // Pasted plain text that reads as a whole article, into an empty one:
    // offers to recover its structure (one undo step). False to paste as text.
    bool offerStructureRecovery(const QString &text);
    bool save();
    bool saveAs();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void documentChanged();
    // Gives the preview the document's revision, unless it has it already.
    void showDocumentInPreview();
    void showCurrentNode();
    void updateTitle();
    void updateStatus();
    void restoreLayout();
    void offerRecovery();
    void fileChangedOnDisk(const QString &fileName);
    void watch(const QString &fileName);
    void showMatch(qsizetype offset, qsizetype length, int section);
    void articleFolderChanged();
    // After the beginning of a long article, the preview gets all of it.
    void showWholeArticle();
    void scheduleCheck();
    void check();
    void endCheckWaitForPreview();
    void showFindings(quint64 revision, const Findings &findings);
    void markFindingsInEditor();
    // Runs an action on finding `row` when the findings are current.
    void actOnFinding(int row, bool (*action)(ArticleDocument *, const Finding &, QString *));
    bool ask(Answer preset, const QString &title, const QString &question, const QString &yes, const QString &no);
    LockAnswer askAboutLockedFile(const QString &fileName, qint64 holderProcessId);
    // Holds the lock of `fileName` from now on, when it can be had.
    void lockArticle(const QString &fileName);

    ArticleDocument *m_document;
    OutlineModel *m_model;
    OutlineView *m_outline;
    QStackedWidget *m_forms;
    ArticleForm *m_articleForm;
    SupervisorForm *m_supervisorForm;
    SectionForm *m_sectionForm;
    ArticlePreview *m_preview = nullptr;
    QWidget *m_previewPlaceholder;
    QString m_previewBaseDirectory;
    RenderedArticle m_rendered; // what the preview was last given
    quint64 m_previewedRevision = 0; // the revision showDocumentInPreview() last rendered
    QSplitter *m_splitter;
    FindReplaceBar *m_findBar;
    QUndoView *m_undoView;
    CountLabel *m_countLabel;
    QListWidget *m_importNotes;
    QDockWidget *m_importDock;
    BackgroundChecker *m_checker;
    QTimer *m_checkTimer;
    bool m_checkWaitsForPreview = true; // until the preview first shows the article
    bool m_checkPostponed = false;
    FindingsModel *m_findingsModel;
    FindingsDock *m_findingsDock;
    ReviewController *m_review = nullptr;
    CompareController *m_compare = nullptr;
    ExportController *m_export = nullptr;
    quint64 m_findingsRevision = 0;
    QMenu *m_recentMenu;
    QAction *m_readerAction;
    QAction *m_narrowAction;
    QByteArray m_splitterBeforeReader;
    RecoveryStore *m_recovery;
    QFileSystemWatcher *m_watcher;
    Answer m_recoveryAnswer = Answer::Ask;
    Answer m_reloadAnswer = Answer::Ask;
    Answer m_pasteAnswer = Answer::Ask;
    LockAnswer m_lockAnswer = LockAnswer::Ask;
    ArticleLocking m_articleLocking = ArticleLocking::On;
    bool m_hasSaveAsAnswer = false;
    QString m_saveAsAnswer;
    std::unique_ptr<ArticleLock> m_lock; // null: another window has it, or no lock can be made
    bool m_readerMode = false;
};
