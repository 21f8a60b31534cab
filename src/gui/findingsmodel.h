#pragma once

#include "finding.h"

#include <QAbstractTableModel>

class ArticleDocument;

// The findings of the open article for the Findings dock: one row each,
// in file order, with the heading of the section it is in.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, RuleColumn, SectionColumn, LineColumn, ColumnCount };

    explicit FindingsModel(ArticleDocument *document, QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    const Finding &findingAt(int row) const { return m_findings.at(row); }

    // Findings per section (-1: the lead and front matter), for the tree.
    QHash<int, int> countsBySection() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityName(FindingSeverity severity);

private:
    ArticleDocument *m_document;
    Findings m_findings;
};
