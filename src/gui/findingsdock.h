#pragma once

#include <QDockWidget>

class FindingsModel;
class QTreeView;

// The Findings dock: every finding of the open article. Activating one
// shows it; its context menu offers the quick fix and turning the rule off.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(FindingsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void findingActivated(int row);
    void fixRequested(int row);
    void disableInArticleRequested(int row);
    void disableOnLineRequested(int row);

private:
    void showMenu(const QPoint &position);
    void updateTitle();

    FindingsModel *m_model;
    QTreeView *m_view;
};
