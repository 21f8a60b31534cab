#pragma once

#include <QObject>

#include <optional>

class ArticleDocument;
class MainWindow;
class QAction;
class ReviewDock;
class SuggestMode;

// The review tools of the window: the Review dock, the Review menu with
// "Suggest Changes" and "Add Comment", and Edit → Preferences for the
// reviewer's name. Comments go on the body editor's selection or on the
// text selected in the preview.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    explicit ReviewController(MainWindow *window);

    ReviewDock *dock() const { return m_dock; }
    SuggestMode *suggestMode() const { return m_suggestMode; }
    QAction *suggestAction() const { return m_suggestAction; }
    QAction *addCommentAction() const { return m_addCommentAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }

    // Tests answer the comment dialog instead of a person; nullopt asks.
    void setCommentAnswer(std::optional<QString> answer) { m_commentAnswer = std::move(answer); }

    // Comments the body editor's selection (at the cursor when none).
    void addCommentOnEditorSelection();
    // Comments the text selected in the preview, found in its section's
    // source; at the start of the section's body when it is not found.
    void addCommentOnPreviewSelection();
    // Shows bytes [begin, end) of section `section` (-1: the lead) in the
    // tree and the body editor.
    void showMark(int section, qsizetype begin, qsizetype end);
    // A new article was opened: the dock shows when it has review marks.
    void articleOpened();

private:
    QString askCommentText();
    bool comment(qsizetype begin, qsizetype end);
    void showMessage(const QString &message);

    MainWindow *m_window;
    ArticleDocument *m_document;
    ReviewDock *m_dock;
    SuggestMode *m_suggestMode;
    QAction *m_suggestAction;
    QAction *m_addCommentAction;
    QAction *m_previewCommentAction;
    QAction *m_preferencesAction;
    std::optional<QString> m_commentAnswer;
};
