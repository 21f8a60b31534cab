#include "outlineview.h"

#include "articledocument.h"
#include "outlinemodel.h"
#include "sectionstatusmenu.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

OutlineView::OutlineView(QWidget *parent)
    : QTreeView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setHeaderHidden(false);

    m_moveUp = makeAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), &OutlineView::moveUp);
    m_moveDown = makeAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), &OutlineView::moveDown);
    m_promote = makeAction(tr("Promote"), QKeySequence(Qt::ALT | Qt::Key_Left), &OutlineView::promote);
    m_demote = makeAction(tr("Demote"), QKeySequence(Qt::ALT | Qt::Key_Right), &OutlineView::demote);
    m_add = makeAction(tr("Add Section After"), QKeySequence(Qt::Key_Insert), &OutlineView::addSection);
    m_remove = makeAction(tr("Delete Section"), QKeySequence(QKeySequence::Delete), &OutlineView::removeSection);
    m_duplicate = makeAction(tr("Duplicate Section"), QKeySequence(), &OutlineView::duplicateSection);
    m_statusMenu = new SectionStatusMenu(this);
    connect(m_statusMenu, &SectionStatusMenu::commandFailed, this, &OutlineView::commandFailed);
}

QAction *OutlineView::makeAction(const QString &text, const QKeySequence &shortcut, void (OutlineView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

void OutlineView::setOutlineModel(OutlineModel *model)
{
    m_model = model;
    setModel(model);
    header()->setSectionResizeMode(OutlineModel::HeadingColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(OutlineModel::CharsColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(OutlineModel::FindingsColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(OutlineModel::StatusColumn, QHeaderView::Interactive);
    header()->setStretchLastSection(false);
    expandAll();
    fitCountColumns();
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        fitCountColumns();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &OutlineView::growCountColumns);
    connect(model->document(), &ArticleDocument::sectionPlaced, this, &OutlineView::selectSection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &OutlineView::updateActions);
    updateActions();
}

void OutlineView::fitCountColumns()
{
    for (const int column : {OutlineModel::CharsColumn, OutlineModel::FindingsColumn, OutlineModel::StatusColumn})
        resizeColumnToContents(column);
}

void OutlineView::growCountColumns(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int column = std::max(topLeft.column(), int(OutlineModel::CharsColumn)); column <= bottomRight.column();
         ++column) {
        int width = columnWidth(column);
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            width = std::max(width, sizeHintForIndex(m_model->index(row, column, topLeft.parent())).width());
        if (width > columnWidth(column))
            setColumnWidth(column, width);
    }
}

int OutlineView::currentSection() const
{
    return m_model ? m_model->sectionOf(currentIndex()) : -1;
}

void OutlineView::selectSection(int section)
{
    const QModelIndex index = m_model->indexOfSection(section);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

int OutlineView::sibling(int section, int step) const
{
    const QModelIndex index = m_model->indexOfSection(section);
    const QModelIndex next = index.sibling(index.row() + step, 0);
    return m_model->sectionOf(next);
}

void OutlineView::report(bool ok, const QString &error)
{
    if (!ok && !error.isEmpty())
        Q_EMIT commandFailed(error);
    updateActions();
}

void OutlineView::moveUp()
{
    const int section = currentSection();
    const int previous = sibling(section, -1);
    if (section < 0 || previous < 0)
        return;
    QString error;
    report(m_model->document()->moveSection(section, previous, SectionPlacement::Before, LevelPolicy::FitPlacement,
                                            &error),
           error);
}

void OutlineView::moveDown()
{
    const int section = currentSection();
    const int next = sibling(section, 1);
    if (section < 0 || next < 0)
        return;
    QString error;
    report(m_model->document()->moveSection(section, next, SectionPlacement::After, LevelPolicy::FitPlacement,
                                            &error),
           error);
}

void OutlineView::promote()
{
    const int section = currentSection();
    if (section < 0)
        return;
    QString error;
    const int level = m_model->document()->sections().at(section).level;
    report(m_model->document()->setSectionLevel(section, level - 1, LevelScope::WithSubsections, &error), error);
    selectSection(section);
}

void OutlineView::demote()
{
    const int section = currentSection();
    if (section < 0)
        return;
    QString error;
    const int level = m_model->document()->sections().at(section).level;
    report(m_model->document()->setSectionLevel(section, level + 1, LevelScope::WithSubsections, &error), error);
    selectSection(section);
}

void OutlineView::addSection()
{
    const int section = currentSection();
    QString error;
    const bool ok = section >= 0
        ? m_model->document()->insertSection(section, SectionPlacement::After, tr("New section"), QString(), &error)
        : m_model->document()->insertSection(-1, SectionPlacement::After, tr("New section"), QString(), &error);
    report(ok, error);
}

void OutlineView::removeSection()
{
    const int section = currentSection();
    if (section < 0)
        return;
    QString error;
    report(m_model->document()->removeSection(section, &error), error);
    selectSection(std::min<int>(section, int(m_model->document()->sections().size()) - 1));
}

void OutlineView::duplicateSection()
{
    const int section = currentSection();
    if (section < 0)
        return;
    QString error;
    report(m_model->document()->duplicateSection(section, &error), error);
}

void OutlineView::updateActions()
{
    const int section = currentSection();
    const bool editable = m_model && !m_model->document()->isReadOnly();
    const bool isSection = editable && section >= 0;
    const int level = isSection ? m_model->document()->sections().at(section).level : 0;
    m_moveUp->setEnabled(isSection && sibling(section, -1) >= 0);
    m_moveDown->setEnabled(isSection && sibling(section, 1) >= 0);
    m_promote->setEnabled(isSection && level > 1);
    m_demote->setEnabled(isSection && level < 6);
    m_add->setEnabled(editable);
    m_remove->setEnabled(isSection);
    m_duplicate->setEnabled(isSection);
    if (m_model)
        m_statusMenu->setSection(m_model->document(), section);
}

void OutlineView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_duplicate);
    menu.addSeparator();
    menu.addAction(m_moveUp);
    menu.addAction(m_moveDown);
    menu.addAction(m_promote);
    menu.addAction(m_demote);
    menu.addSeparator();
    menu.addMenu(m_statusMenu);
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.exec(event->globalPos());
}
