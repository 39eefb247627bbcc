#include "SideBySideModel.h"

#include "ComparisonStyle.h"
#include "ItemKindStyle.h"

#include <QFont>

namespace vigia::app {

SideBySideModel::SideBySideModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SideBySideModel::setComparison(const PlanComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_rows.clear();
    for (qsizetype d = 0; d < m_comparison.alignment.size(); ++d) {
        m_rows.append({int(d), -1});
        for (qsizetype l = 0; l < m_comparison.alignment[d].lines.size(); ++l)
            m_rows.append({int(d), int(l)});
    }
    endResetModel();
}

void SideBySideModel::clear()
{
    beginResetModel();
    m_comparison = {};
    m_rows.clear();
    endResetModel();
}

int SideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_comparison.columnCount();
}

int SideBySideModel::itemAt(int row, int column) const
{
    const RowRef &ref = m_rows[row];
    if (ref.line < 0)
        return -1;
    return m_comparison.alignment[ref.dimension].lines[ref.line].cells.value(column, -1);
}

QVariant SideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowRef &ref = m_rows[index.row()];
    const AlignedDimension &dimension = m_comparison.alignment[ref.dimension];
    const int column = index.column();
    if (ref.line < 0) {
        const bool present = dimension.present.value(column, false);
        switch (role) {
        case Qt::DisplayRole:
            return present ? dimension.name : tr("%1 — sin esta dimensión").arg(dimension.name);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::BackgroundRole:
            return present ? ComparisonStyle::headingBackground() : ComparisonStyle::gapBackground();
        case ItemIndexRole:
            return -1;
        case IsGapRole:
            return !present;
        case IsHeadingRole:
            return true;
        default:
            return {};
        }
    }
    const int item = itemAt(index.row(), column);
    if (item < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return ComparisonStyle::gapText();
        case Qt::BackgroundRole:
            return ComparisonStyle::gapBackground();
        case Qt::ForegroundRole:
            return ComparisonStyle::gapForeground();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case ItemIndexRole:
            return -1;
        case IsGapRole:
            return true;
        case IsHeadingRole:
            return false;
        default:
            return {};
        }
    }
    const ComparedItem &compared = m_comparison.items[item];
    switch (role) {
    case Qt::DisplayRole:
        return compared.text;
    case Qt::DecorationRole:
        if (compared.measurability)
            return ComparisonStyle::measurabilityIcon(*compared.measurability);
        return ItemKindStyle::icon(compared.kind);
    case Qt::ToolTipRole: {
        QStringList lines{ItemKindStyle::singularName(compared.kind)};
        if (compared.measurability)
            lines.append(ComparisonStyle::measurabilityDescription(*compared.measurability, compared.measurabilityClause, compared.quantity));
        if (!compared.topics.isEmpty()) {
            QStringList names;
            for (const QString &key : compared.topics) {
                const QString keyword = compared.topicKeywords.value(key);
                names.append(keyword.isEmpty() ? m_comparison.topicName(key) : tr("%1 («%2»)").arg(m_comparison.topicName(key), keyword));
            }
            lines.append(tr("Temas: %1").arg(names.join(QStringLiteral(", "))));
        }
        const AlignedLine &line = dimension.lines[ref.line];
        if (line.filledCount() > 1)
            lines.append(tr("Alineado con similitud %1").arg(line.score, 0, 'f', 2));
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case ItemIndexRole:
        return item;
    case IsGapRole:
    case IsHeadingRole:
        return false;
    default:
        return {};
    }
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_comparison.columnCount())
            return {};
        // Two lines, the organization over place and period, so that a narrow column does not
        // cut the name at both ends; the tooltip holds the whole label.
        const ComparedPlan &plan = m_comparison.plans[section];
        if (role == Qt::ToolTipRole || plan.organization.isEmpty())
            return plan.label;
        QStringList rest;
        for (const QString &part : {plan.place, plan.period}) {
            if (!part.isEmpty())
                rest.append(part);
        }
        return rest.isEmpty() ? plan.organization : plan.organization + u'\n' + rest.join(QStringLiteral(" · "));
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const RowRef &ref = m_rows[section];
    if (ref.line < 0)
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant(tr("Dimensión"));
    return ItemKindStyle::singularName(m_comparison.alignment[ref.dimension].lines[ref.line].kind);
}

QModelIndex SideBySideModel::indexOfItem(int itemIndex) const
{
    if (itemIndex < 0 || itemIndex >= m_comparison.items.size())
        return {};
    const int column = m_comparison.items[itemIndex].column;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (itemAt(row, column) == itemIndex)
            return index(row, column);
    }
    return {};
}

int SideBySideModel::headingRow(const QString &dimension) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].line < 0 && m_comparison.alignment[m_rows[row].dimension].name == dimension)
            return row;
    }
    return -1;
}

} // namespace vigia::app
