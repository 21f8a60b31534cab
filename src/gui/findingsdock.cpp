#include "findingsdock.h"

#include "findingactions.h"
#include "findingsmodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>

FindingsDock::FindingsDock(FindingsModel *model, QWidget *parent)
    : QDockWidget(parent), m_model(model), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("FindingsDock"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 110);
    m_view->setColumnWidth(FindingsModel::RuleColumn, 220);
    m_view->setColumnWidth(FindingsModel::SectionColumn, 220);
    m_view->setColumnWidth(FindingsModel::LineColumn, 60);
    setWidget(m_view);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT findingActivated(index.row());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsDock::showMenu);
    connect(model, &QAbstractItemModel::modelReset, this, &FindingsDock::updateTitle);
    updateTitle();
}

void FindingsDock::updateTitle()
{
    setWindowTitle(tr("Findings (%1)").arg(m_model->rowCount()));
}

void FindingsDock::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const int row = index.row();
    const Finding &finding = m_model->findingAt(row);
    QMenu menu(this);
    menu.addAction(tr("Show"), this, [this, row] { Q_EMIT findingActivated(row); });
    QAction *fix = menu.addAction(finding.fix ? tr("Fix: %1").arg(finding.fix->text.isEmpty() ? tr("remove")
                                                                                              : finding.fix->text)
                                              : tr("No Quick Fix"),
                                  this, [this, row] { Q_EMIT fixRequested(row); });
    fix->setEnabled(finding.fix.has_value());
    menu.addSeparator();
    menu.addAction(tr("Turn Off %1 for This Article").arg(finding.ruleId), this,
                   [this, row] { Q_EMIT disableInArticleRequested(row); });
    menu.addAction(tr("Turn Off %1 for This Line").arg(finding.ruleId), this,
                   [this, row] { Q_EMIT disableOnLineRequested(row); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
