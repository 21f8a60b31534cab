#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QMap>
#include <QStringList>

class ArticleDocument;

// The article as a tree for a QTreeView: Article metadata, Supervisor and
// Lead, then the sections nested by level. It reads the document and changes
// it only through the document's named operations: a drop is one
// moveSection(), never insertRows/removeRows.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum NodeKind { ArticleNode, SupervisorNode, LeadNode, SectionNode };
    enum Column { HeadingColumn, CharsColumn, FindingsColumn, StatusColumn, ColumnCount };
    // StatusRole: a section's status word (draft, review, changes, approved).
    // MarkRole: the words of the row's mark (setMarks), e.g. {"moved"}.
    enum Role { NodeKindRole = Qt::UserRole + 1, SectionRole, StatusRole, MarkRole };

    explicit OutlineModel(ArticleDocument *document, QObject *parent = nullptr);

    ArticleDocument *document() const { return m_document; }
    QModelIndex indexOfNode(NodeKind kind) const;
    QModelIndex indexOfSection(int section) const;
    NodeKind kindOf(const QModelIndex &index) const;
    // The section of `index`, or -1 for the other nodes.
    int sectionOf(const QModelIndex &index) const;

    // The checker's findings per section (-1: the lead), shown as counts;
    // the Article row shows the total.
    void setFindingCounts(const QHash<int, int> &counts);

    // A mark beside a row's heading, such as a comparison's result: a dot
    // in `color`, the `words` it stands for and a tooltip.
    struct Mark
    {
        QStringList words;
        QColor color;
        QString toolTip;
    };
    // Marks by section (-1: the lead, ArticleMark: the Article row);
    // replaces the earlier ones, and none clears them.
    static constexpr int ArticleMark = -2;
    void setMarks(const QHash<int, Mark> &marks);
    const QHash<int, Mark> &marks() const { return m_marks; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    static constexpr int FixedRows = 3; // Article, Supervisor, Lead
    static constexpr quintptr SectionIdBase = 3;

    // What a row shows; a change of any of these repaints the row.
    struct Shown
    {
        QString heading;
        qsizetype chars = 0;
        qsizetype charsTotal = 0;
        QMap<QString, QString> attributes;
        QString statusSummary; // the Article row: approved sections of all
        QString warning;       // the Supervisor row: its check is stale
        bool operator==(const Shown &) const = default;
    };

    // "Approved 3/7": approved sections of all.
    QString statusSummary() const;
    QVariant statusData(const QModelIndex &index, int role) const;
    QVariant markData(const QModelIndex &index, int role) const;
    void documentChanged();
    // After an edit inside one part: only that row, its ancestors and the
    // Article row can show something new.
    void partChanged(int part);
    void takeShape();
    QList<Shown> shownRows() const;
    Shown shownSection(int section) const;
    void emitRowChanged(const QModelIndex &row);
    int droppedSection(const QMimeData *data) const;

    ArticleDocument *m_document;
    // The tree shape the views know: each section's parent and row.
    QList<int> m_parents;
    QList<int> m_rows;
    QList<QList<int>> m_children; // index 0: top level; i + 1: children of section i
    QList<Shown> m_shown;         // the fixed rows, then each section
    quint64 m_shownRevision = 0;  // the document's revision m_shown shows
    QHash<int, int> m_findingCounts;
    QHash<int, Mark> m_marks;
};
