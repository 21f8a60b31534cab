#pragma once

#include "articlesearch.h"

#include <QWidget>

#include <optional>

class ArticleDocument;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
struct TextEdit;

// A strip like a browser's find bar, over the whole article (front matter,
// headings, bodies): find field, replace field, case / whole word /
// regular expression toggles, Previous / Next / Replace / Replace All and
// a "3 of 12" counter. Enter finds the next match, Shift+Enter the
// previous one, Escape hides the bar. The window owns the shortcuts and,
// on matchActivated(), shows the match; the bar keeps the focus.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(ArticleDocument *document, QWidget *parent = nullptr);

    QString findText() const;
    // Fills the find field (the window passes the editor's selection).
    void setFindText(const QString &text);
    QString replacementText() const;
    void setReplacementText(const QString &text);
    ArticleSearch::Options options() const;
    void setOptions(ArticleSearch::Options options);
    bool isReplaceVisible() const;

    const QList<SearchMatch> &matches() const { return m_matches; }
    // Index into matches(), -1 when there is none.
    int currentIndex() const { return m_current; }
    std::optional<SearchMatch> currentMatch() const;

public Q_SLOTS:
    void showFind();
    void showReplace();
    void findNext();
    void findPrevious();
    // Replaces the current match and moves to the next one.
    void replaceCurrent();
    // Replaces every match as one undo step.
    void replaceAll();

Q_SIGNALS:
    // The current match changed by the user's doing: select the node of
    // `section` (SearchMatch::FrontMatterSection, -1 for the lead, or a
    // section) and the bytes [offset, offset + length) of the text;
    // currentMatch() has the position inside the form's field.
    void matchActivated(qsizetype offset, qsizetype length, int section);
    void matchesReplaced(int count);
    void replaceFailed(const QString &reason);
    // Escape or the close button hid the bar: the window gives the focus back.
    void dismissed();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Activation { Keep, Activate };

    void showBar(bool withReplace);
    void setReplaceVisible(bool visible);
    void dismiss();
    void search(Activation activation);
    void searchIfStale();
    void setCurrent(int index, Activation activation);
    void updateCounter();
    void updateEnabled();
    void followEdit(const TextEdit &edit);
    void documentChanged();

    ArticleDocument *m_document;
    QList<SearchMatch> m_matches;
    int m_current = -1;
    // Where the current match starts, kept across edits, so that a new
    // search continues from there.
    qsizetype m_anchor = 0;
    // The article changed while the bar was hidden.
    bool m_stale = false;
    QString m_searchError;

    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QToolButton *m_caseButton;
    QToolButton *m_wordButton;
    QToolButton *m_regexButton;
    QLabel *m_counterLabel;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_closeButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
};
