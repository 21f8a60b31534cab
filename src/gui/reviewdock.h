#pragma once

#include <QDockWidget>

#include <functional>

class ArticleDocument;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The Review dock: the article's suggestions and comment threads, grouped
// by section, with buttons to accept or reject them (one, a section's, all;
// each one undo step), to resolve a thread and to reply to it. It lists the
// marks again a moment after each change, keeping the entry selected.
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { KindColumn, TextColumn, AuthorColumn, DateColumn };
    // Item data: the mark's index in ArticleDocument::reviewMarks() (-1 on
    // a section row) and its section (-1: the lead).
    static constexpr int MarkRole = Qt::UserRole;
    static constexpr int SectionRole = Qt::UserRole + 1;

    explicit ReviewDock(ArticleDocument *document, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QLineEdit *replyEdit() const { return m_replyEdit; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *acceptSectionButton() const { return m_acceptSection; }
    QPushButton *rejectSectionButton() const { return m_rejectSection; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QPushButton *rejectAllButton() const { return m_rejectAll; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *replyButton() const { return m_reply; }

    // Where replies get their author; "" stops the reply.
    void setReviewerNameProvider(std::function<QString()> provider) { m_reviewerName = std::move(provider); }

    // Lists the marks of the text now (otherwise a moment after a change).
    void relist();
    // The entry for mark `index`; false when it has none.
    bool selectMark(int index);
    int currentMark() const;
    // Open comments and suggestions, as the title shows them.
    int openCount() const { return m_openCount; }

Q_SIGNALS:
    // An entry was activated: show bytes [begin, end) of section `section`.
    void markActivated(int section, qsizetype begin, qsizetype end);
    void commandFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRelist();
    void updateButtons();
    void resolveCurrent(bool accept);
    void resolveSuggestions(int section, bool accept, bool wholeArticle);
    void resolveThread();
    void reply();
    // The current entry's thread: its first comment's index, or -1.
    int currentThread() const;
    int currentSuggestion() const;
    int currentSection() const;

    ArticleDocument *m_document;
    QTreeWidget *m_view;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_acceptSection;
    QPushButton *m_rejectSection;
    QPushButton *m_acceptAll;
    QPushButton *m_rejectAll;
    QPushButton *m_resolve;
    QLineEdit *m_replyEdit;
    QPushButton *m_reply;
    QTimer *m_relistTimer;
    std::function<QString()> m_reviewerName;
    quint64 m_listedRevision = 0;
    int m_openCount = 0;
};
