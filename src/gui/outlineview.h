#pragma once

#include <QTreeView>

class OutlineModel;
class QAction;
class SectionStatusMenu;

// The outline tree with its commands: drag and drop, Alt+arrows to move,
// promote and demote, Insert to add, Delete to remove, and a context menu
// with Duplicate. Every command is one undo step of the document.
class OutlineView : public QTreeView
{
    Q_OBJECT

public:
    explicit OutlineView(QWidget *parent = nullptr);

    void setOutlineModel(OutlineModel *model);
    OutlineModel *outlineModel() const { return m_model; }

    // The selected section, or -1 when another node (or nothing) is selected.
    int currentSection() const;
    void selectSection(int section);

    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *promoteAction() const { return m_promote; }
    QAction *demoteAction() const { return m_demote; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *duplicateAction() const { return m_duplicate; }
    // The context menu's "Status" submenu for the selected section.
    SectionStatusMenu *statusMenu() const { return m_statusMenu; }

Q_SIGNALS:
    // The document refused a command (read-only file, level out of range…).
    void commandFailed(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, void (OutlineView::*slot)());
    void moveUp();
    void moveDown();
    void promote();
    void demote();
    void addSection();
    void removeSection();
    void duplicateSection();
    void report(bool ok, const QString &error);
    void updateActions();
    // The count columns are as wide as their widest text. Not
    // QHeaderView::ResizeToContents: that measures every row on every
    // dataChanged, which is most of a keystroke's cost in a long article.
    void fitCountColumns();
    void growCountColumns(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // The sibling before or after `section`, or -1.
    int sibling(int section, int step) const;

    OutlineModel *m_model = nullptr;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_promote;
    QAction *m_demote;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_duplicate;
    SectionStatusMenu *m_statusMenu;
};
