#pragma once

#include "articlediff.h"
#include "outlinemodel.h"

#include <QHash>
#include <QObject>

#include <optional>

class ArticleDocument;
class ArticlePreview;
class MainWindow;
class QAction;

// File → Compare with… and Compare with Saved: the open article (NEW)
// against another file or its last saved version (OLD), section by section
// (ArticleDiff). The preview shows every section of NEW with its change,
// removed sections struck through where they stood, and the words or
// characters inserted and deleted; the tree marks the sections that
// differ. Close Comparison, or any edit, returns to the article.
class CompareController : public QObject
{
    Q_OBJECT

public:
    explicit CompareController(MainWindow *window);

    QAction *compareWithFileAction() const { return m_compareWithFileAction; }
    QAction *compareWithSavedAction() const { return m_compareWithSavedAction; }
    QAction *closeAction() const { return m_closeAction; }

    bool isComparing() const { return m_diff.has_value(); }
    const std::optional<ArticleDiff> &diff() const { return m_diff; }

    // Compares with `fileName` (Markdown, or .txt/.html imported first).
    bool compareWithFile(const QString &fileName, QString *errorString);
    // Compares with the article's file as it is on disk.
    bool compareWithSaved(QString *errorString);
    void closeComparison();

    // What the tree shows for `diff`: a mark per section that differs (and
    // the lead, the Article row for the front matter); a removed section
    // marks the section it followed.
    static QHash<int, OutlineModel::Mark> treeMarks(const ArticleDiff &diff);

Q_SIGNALS:
    // The preview shows the comparison with this many parts.
    void comparisonShown(int parts);
    // The preview shows the article again.
    void comparisonClosed();

private:
    bool compareWith(const QByteArray &bytes, const QString &source, QString *errorString);
    QByteArray comparisonJson() const;
    void sendToPreview();
    void connectPreview(ArticlePreview *preview);
    void updateActions();
    void showMessage(const QString &message);

    MainWindow *m_window;
    ArticleDocument *m_document;
    QAction *m_compareWithFileAction;
    QAction *m_compareWithSavedAction;
    QAction *m_closeAction;
    std::optional<ArticleDiff> m_diff;
    QString m_source; // what NEW was compared with, for the view's title
};
