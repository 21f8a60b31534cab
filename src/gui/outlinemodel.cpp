#include "outlinemodel.h"

#include "articledocument.h"
#include "sectionstatusicon.h"
#include "supervisorreviewwarning.h"

#include <QBrush>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

const QString sectionMimeType = QStringLiteral("application/x-kiji-section");

} // namespace

OutlineModel::OutlineModel(ArticleDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    takeShape();
    connect(document, &ArticleDocument::structureChanged, this, &OutlineModel::documentChanged);
}

void OutlineModel::takeShape()
{
    const QList<Section> &sections = m_document->sections();
    m_parents.resize(sections.size());
    m_rows.resize(sections.size());
    m_children = QList<QList<int>>(sections.size() + 1);
    m_children[0] = m_document->structure().topLevel;
    for (int index = 0; index < sections.size(); ++index) {
        const Section &section = sections.at(index);
        m_parents[index] = section.parent;
        m_children[index + 1] = section.children;
    }
    for (int index = 0; index < m_children.size(); ++index) {
        const QList<int> &children = m_children.at(index);
        for (int row = 0; row < children.size(); ++row)
            m_rows[children.at(row)] = row + (index == 0 ? FixedRows : 0);
    }
    m_shown = shownRows();
    m_shownRevision = m_document->revision();
}

QList<OutlineModel::Shown> OutlineModel::shownRows() const
{
    const FrontMatter &frontMatter = m_document->frontMatter();
    const ArticleStructure &structure = m_document->structure();
    QList<Shown> shown;
    shown.reserve(FixedRows + structure.sections.size());
    shown.append({frontMatter.title, structure.totalChars, 0, {}});
    shown.append({frontMatter.supervisor ? frontMatter.supervisor->name : QString(), 0, 0, {}});
    shown.append({{}, structure.leadChars, 0, {}});
    for (int index = 0; index < structure.sections.size(); ++index)
        shown.append(shownSection(index));
    shown[ArticleNode].statusSummary = statusSummary();
    shown[SupervisorNode].warning = SupervisorReviewWarning::text(*m_document);
    return shown;
}

OutlineModel::Shown OutlineModel::shownSection(int index) const
{
    const Section &section = m_document->sections().at(index);
    Shown shown;
    shown.heading = section.heading;
    shown.chars = section.chars;
    shown.charsTotal = section.charsTotal;
    shown.attributes = section.attributes;
    return shown;
}

void OutlineModel::emitRowChanged(const QModelIndex &row)
{
    Q_EMIT dataChanged(row.siblingAtColumn(0), row.siblingAtColumn(ColumnCount - 1));
}

void OutlineModel::documentChanged()
{
    const quint64 shownRevision = std::exchange(m_shownRevision, m_document->revision());
    const std::optional<ArticleDocument::LocalChange> &change = m_document->localChange();
    if (change && change->baseRevision == shownRevision && m_document->sections().size() == m_parents.size()) {
        partChanged(change->part);
        return;
    }
    const QList<Section> &sections = m_document->sections();
    bool sameShape = sections.size() == m_parents.size();
    for (int index = 0; sameShape && index < sections.size(); ++index)
        sameShape = sections.at(index).parent == m_parents.at(index);
    if (!sameShape) {
        beginResetModel();
        takeShape();
        endResetModel();
        return;
    }
    // Same tree: repaint only the rows whose text, counts or attributes
    // changed (typing in a body changes that section and its ancestors).
    const QList<Shown> old = std::exchange(m_shown, shownRows());
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row) == old.at(row))
            continue;
        emitRowChanged(row < FixedRows ? indexOfNode(NodeKind(row)) : indexOfSection(row - FixedRows));
    }
}

void OutlineModel::partChanged(int part)
{
    const ArticleStructure &structure = m_document->structure();
    auto update = [this](int row, const Shown &shown) {
        if (shown == m_shown.at(row))
            return;
        // Typing changes the counts alone: their cell, not the row, is
        // measured and repainted again.
        Shown countsAsBefore = shown;
        countsAsBefore.chars = m_shown.at(row).chars;
        countsAsBefore.charsTotal = m_shown.at(row).charsTotal;
        const bool countsOnly = countsAsBefore == m_shown.at(row);
        m_shown[row] = shown;
        const QModelIndex index = row < FixedRows ? indexOfNode(NodeKind(row)) : indexOfSection(row - FixedRows);
        if (countsOnly) {
            const QModelIndex counts = index.siblingAtColumn(CharsColumn);
            Q_EMIT dataChanged(counts, counts);
        } else {
            emitRowChanged(index);
        }
    };
    bool statusMayChange = false;
    if (part < 0) {
        Shown lead = m_shown.at(LeadNode);
        lead.chars = structure.leadChars;
        update(LeadNode, lead);
    } else {
        // The part's own attribute line is in it: a status it changes
        // changes the Article's summary and the Supervisor's warning.
        statusMayChange = m_shown.at(FixedRows + part).attributes != structure.sections.at(part).attributes;
        for (int index = part; index >= 0; index = structure.sections.at(index).parent)
            update(FixedRows + index, shownSection(index));
    }
    Shown article = m_shown.at(ArticleNode);
    article.chars = structure.totalChars;
    if (statusMayChange) {
        article.statusSummary = statusSummary();
        Shown supervisor = m_shown.at(SupervisorNode);
        supervisor.warning = SupervisorReviewWarning::text(*m_document);
        update(SupervisorNode, supervisor);
    }
    update(ArticleNode, article);
}

QModelIndex OutlineModel::indexOfNode(NodeKind kind) const
{
    return kind == SectionNode ? QModelIndex() : createIndex(int(kind), 0, quintptr(kind));
}

QModelIndex OutlineModel::indexOfSection(int section) const
{
    if (section < 0 || section >= m_rows.size())
        return {};
    return createIndex(m_rows.at(section), 0, SectionIdBase + quintptr(section));
}

OutlineModel::NodeKind OutlineModel::kindOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return ArticleNode;
    return index.internalId() >= SectionIdBase ? SectionNode : NodeKind(index.internalId());
}

int OutlineModel::sectionOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() < SectionIdBase)
        return -1;
    return int(index.internalId() - SectionIdBase);
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row < FixedRows)
            return createIndex(row, column, quintptr(row));
        const QList<int> &top = m_children.at(0);
        if (row - FixedRows >= top.size())
            return {};
        return createIndex(row, column, SectionIdBase + quintptr(top.at(row - FixedRows)));
    }
    const int section = sectionOf(parent);
    if (section < 0 || parent.column() != 0)
        return {};
    const QList<int> &children = m_children.at(section + 1);
    if (row >= children.size())
        return {};
    return createIndex(row, column, SectionIdBase + quintptr(children.at(row)));
}

QModelIndex OutlineModel::parent(const QModelIndex &index) const
{
    const int section = sectionOf(index);
    if (section < 0)
        return {};
    return indexOfSection(m_parents.at(section));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return FixedRows + int(m_children.at(0).size());
    if (parent.column() != 0)
        return 0;
    const int section = sectionOf(parent);
    return section < 0 ? 0 : int(m_children.at(section + 1).size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void OutlineModel::setFindingCounts(const QHash<int, int> &counts)
{
    const QHash<int, int> old = std::exchange(m_findingCounts, counts);
    auto changed = [&](int section) { return old.value(section) != counts.value(section); };
    int total = 0;
    int oldTotal = 0;
    for (int count : counts)
        total += count;
    for (int count : old)
        oldTotal += count;
    QList<QModelIndex> rows;
    if (total != oldTotal)
        rows.append(indexOfNode(ArticleNode));
    if (changed(-1))
        rows.append(indexOfNode(LeadNode));
    for (int section = 0; section < m_document->sections().size(); ++section) {
        if (changed(section))
            rows.append(indexOfSection(section));
    }
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex cell = row.siblingAtColumn(FindingsColumn);
        if (cell.isValid())
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void OutlineModel::setMarks(const QHash<int, Mark> &marks)
{
    QList<int> keys = m_marks.keys() + marks.keys();
    m_marks = marks;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (int key : std::as_const(keys)) {
        const QModelIndex row = key == ArticleMark ? indexOfNode(ArticleNode)
            : key == -1                            ? indexOfNode(LeadNode)
                                                   : indexOfSection(key);
        if (row.isValid())
            Q_EMIT dataChanged(row, row, {Qt::DecorationRole, Qt::ToolTipRole, MarkRole});
    }
}

QVariant OutlineModel::markData(const QModelIndex &index, int role) const
{
    const int key = kindOf(index) == ArticleNode ? ArticleMark
        : kindOf(index) == SupervisorNode         ? std::numeric_limits<int>::min()
                                                  : sectionOf(index);
    const auto mark = m_marks.constFind(key);
    if (mark == m_marks.cend())
        return {};
    if (role == MarkRole)
        return mark->words;
    if (role == Qt::ToolTipRole)
        return mark->toolTip;
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mark->color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return dot;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == NodeKindRole)
        return int(kindOf(index));
    if (role == SectionRole)
        return sectionOf(index);
    if (!m_marks.isEmpty() && index.column() == HeadingColumn
        && (role == MarkRole || role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        if (const QVariant mark = markData(index, role); mark.isValid())
            return mark;
    }
    if (index.column() == FindingsColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        int count = 0;
        if (kindOf(index) == ArticleNode) {
            for (int value : m_findingCounts)
                count += value;
        } else if (kindOf(index) != SupervisorNode) {
            count = m_findingCounts.value(sectionOf(index));
        }
        if (count == 0)
            return {};
        return role == Qt::DisplayRole ? QVariant(count) : QVariant(tr("%n finding(s)", nullptr, count));
    }

    if (index.column() == StatusColumn)
        return statusData(index, role);

    const int sectionIndex = sectionOf(index);
    const ArticleStructure &structure = m_document->structure();
    if (sectionIndex < 0) {
        const NodeKind kind = kindOf(index);
        if (role == Qt::DisplayRole && index.column() == HeadingColumn) {
            switch (kind) {
            case ArticleNode: {
                const QString title = m_document->frontMatter().title;
                return title.isEmpty() ? tr("Article") : tr("Article: %1").arg(title);
            }
            case SupervisorNode: {
                const auto &supervisor = m_document->frontMatter().supervisor;
                return supervisor && !supervisor->name.isEmpty() ? tr("Supervisor: %1").arg(supervisor->name)
                                                                 : tr("Supervisor");
            }
            default:
                return tr("Lead");
            }
        }
        if (role == Qt::DisplayRole && index.column() == CharsColumn) {
            if (kind == LeadNode)
                return QString::number(structure.leadChars);
            if (kind == ArticleNode)
                return QString::number(structure.totalChars);
        }
        if (kind == SupervisorNode && index.column() == HeadingColumn
            && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
            const QString warning = SupervisorReviewWarning::text(*m_document);
            if (warning.isEmpty())
                return {};
            return role == Qt::ToolTipRole ? QVariant(warning) : QVariant(SupervisorReviewWarning::icon());
        }
        if (role == Qt::FontRole && kind != LeadNode && index.column() == HeadingColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::TextAlignmentRole && index.column() == CharsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    if (sectionIndex >= structure.sections.size())
        return {};
    const Section &section = structure.sections.at(sectionIndex);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == HeadingColumn)
            return section.heading;
        if (index.column() == CharsColumn) {
            return section.budget() > 0 ? tr("%1 / %2").arg(section.charsTotal).arg(section.budget())
                                        : QString::number(section.charsTotal);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CharsColumn) {
            return tr("%1 characters in this section, %2 with its subsections%3")
                .arg(section.chars)
                .arg(section.charsTotal)
                .arg(section.budget() > 0 ? tr("; budget %1").arg(section.budget()) : QString());
        }
        return tr("H%1 · line %2").arg(section.level).arg(section.line);
    case Qt::ForegroundRole:
        if (index.column() == CharsColumn && section.isOverBudget())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != HeadingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        return section.heading;
    default:
        return {};
    }
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadingColumn:
        return tr("Section");
    case CharsColumn:
        return tr("Characters");
    case FindingsColumn:
        return tr("Findings");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (sectionOf(index) >= 0 && !m_document->isReadOnly())
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {sectionMimeType};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    int section = -1;
    for (const QModelIndex &index : indexes) {
        if (sectionOf(index) >= 0) {
            section = sectionOf(index);
            break;
        }
    }
    if (section < 0)
        return nullptr;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // The document's address and the heading's offset tell a stale or
    // foreign drag from a real one.
    stream << quint64(quintptr(m_document)) << qint32(section)
           << qint64(m_document->sections().at(section).begin);
    auto *data = new QMimeData;
    data->setData(sectionMimeType, encoded);
    return data;
}

int OutlineModel::droppedSection(const QMimeData *data) const
{
    if (!data || !data->hasFormat(sectionMimeType))
        return -1;
    QDataStream stream(data->data(sectionMimeType));
    quint64 document = 0;
    qint32 section = -1;
    qint64 begin = -1;
    stream >> document >> section >> begin;
    if (stream.status() != QDataStream::Ok || document != quint64(quintptr(m_document)) || section < 0
        || section >= m_document->sections().size() || m_document->sections().at(section).begin != begin)
        return -1;
    return section;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    if (action != Qt::MoveAction || m_document->isReadOnly() || droppedSection(data) < 0)
        return false;
    return !parent.isValid() || sectionOf(parent) >= 0;
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int moved = droppedSection(data);
    const int parentSection = sectionOf(parent);
    const QList<int> &siblings = m_children.at(parentSection + 1);
    int reference = -1;
    SectionPlacement placement = SectionPlacement::Before;
    if (row < 0) {
        if (parentSection < 0)
            return false; // onto the Article, Supervisor or Lead rows
        reference = parentSection;
        placement = SectionPlacement::LastChild;
    } else {
        const int position = parentSection < 0 ? std::max(0, row - FixedRows) : row;
        if (position < siblings.size()) {
            reference = siblings.at(position);
        } else if (!siblings.isEmpty()) {
            reference = siblings.last();
            placement = SectionPlacement::After;
        } else if (parentSection >= 0) {
            reference = parentSection;
            placement = SectionPlacement::LastChild;
        } else {
            return false;
        }
    }
    if (reference == moved)
        return false;
    return m_document->moveSection(moved, reference, placement);
}

QString OutlineModel::statusSummary() const
{
    const QList<Section> &sections = m_document->sections();
    const auto approved = std::count_if(sections.cbegin(), sections.cend(), [](const Section &section) {
        return SectionStatuses::of(section) == SectionStatus::Approved;
    });
    return tr("Approved %1/%2").arg(approved).arg(sections.size());
}

QVariant OutlineModel::statusData(const QModelIndex &index, int role) const
{
    const int section = sectionOf(index);
    if (section < 0) {
        if (kindOf(index) != ArticleNode || m_document->sections().isEmpty())
            return {};
        // Kept in m_shown: counting the approved sections of thousands on
        // every keystroke (the row's total changes) would cost.
        if (role == Qt::DisplayRole)
            return m_shown.value(ArticleNode).statusSummary;
        if (role == Qt::ToolTipRole) {
            QMap<SectionStatus, int> counts;
            for (const Section &each : m_document->sections())
                ++counts[SectionStatuses::of(each)];
            QStringList lines;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                lines.append(tr("%1: %2").arg(SectionStatuses::displayName(it.key())).arg(it.value()));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (section >= m_document->sections().size())
        return {};
    const Section &target = m_document->sections().at(section);
    const SectionStatus status = SectionStatuses::of(target);
    switch (role) {
    case Qt::DecorationRole:
        return SectionStatusIcon::icon(status);
    case Qt::ToolTipRole:
        return SectionStatusIcon::description(target);
    case Qt::AccessibleTextRole:
        return SectionStatuses::displayName(status);
    case StatusRole:
        return SectionStatuses::word(status);
    default:
        return {};
    }
}
