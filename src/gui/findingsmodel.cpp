#include "findingsmodel.h"

#include "articledocument.h"

#include <QApplication>
#include <QStyle>

FindingsModel::FindingsModel(ArticleDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QHash<int, int> FindingsModel::countsBySection() const
{
    QHash<int, int> counts;
    for (const Finding &finding : m_findings)
        ++counts[finding.section];
    return counts;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return tr("Error");
    case FindingSeverity::Warning:
        return tr("Warning");
    case FindingSeverity::Info:
        break;
    }
    return tr("Info");
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &finding = m_findings.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityName(finding.severity);
        case MessageColumn:
            return QString(finding.message).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
        case RuleColumn:
            return finding.ruleId;
        case SectionColumn: {
            const QList<Section> &sections = m_document->sections();
            if (finding.section >= 0 && finding.section < sections.size())
                return sections.at(finding.section).heading;
            return tr("Lead");
        }
        case LineColumn:
            return finding.start.line;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return finding.message;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle::StandardPixmap icon = finding.severity == FindingSeverity::Error ? QStyle::SP_MessageBoxCritical
            : finding.severity == FindingSeverity::Warning                             ? QStyle::SP_MessageBoxWarning
                                                                                       : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case RuleColumn:
        return tr("Rule");
    case SectionColumn:
        return tr("Section");
    case LineColumn:
        return tr("Line");
    }
    return {};
}
