#include "MeasurabilityMetasModel.h"

#include "ComparisonStyle.h"

namespace vigia::app {

MeasurabilityMetasModel::MeasurabilityMetasModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeasurabilityMetasModel::setComparison(const PlanComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_items.clear();
    m_caption.clear();
    endResetModel();
}

void MeasurabilityMetasModel::clear()
{
    setComparison({});
}

void MeasurabilityMetasModel::showMetas(int column, int dimensionIndex, Measurability level)
{
    beginResetModel();
    m_items.clear();
    for (int i = 0; i < int(m_comparison.items.size()); ++i) {
        const ComparedItem &item = m_comparison.items[i];
        if (item.column == column && item.measurability == level && (dimensionIndex < 0 || item.dimensionIndex == dimensionIndex))
            m_items.append(i);
    }
    m_caption.clear();
    if (column >= 0 && column < m_comparison.columnCount()) {
        const QString where = dimensionIndex < 0 || dimensionIndex >= m_comparison.measurability[column].byDimension.size()
            ? tr("todo el plan")
            : m_comparison.measurability[column].byDimension[dimensionIndex].dimension;
        m_caption = tr("%1: %n meta(s) de %2, %3", nullptr, int(m_items.size()))
                        .arg(ComparisonStyle::measurabilityName(level), m_comparison.plans[column].label, where);
    }
    endResetModel();
}

int MeasurabilityMetasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MeasurabilityMetasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurabilityMetasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparedItem &item = m_comparison.items[m_items[index.row()]];
    if (role == ItemIndexRole)
        return m_items[index.row()];
    if (role == Qt::DecorationRole && index.column() == MetaColumn && item.measurability)
        return ComparisonStyle::measurabilityIcon(*item.measurability);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DimensionColumn:
        return item.dimension;
    case MetaColumn:
        return item.text;
    case ReasonColumn:
        return item.measurability ? ComparisonStyle::measurabilityDescription(*item.measurability, item.measurabilityClause, item.quantity)
                                  : QString();
    default:
        return {};
    }
}

QVariant MeasurabilityMetasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DimensionColumn: return tr("Dimensión");
    case MetaColumn: return tr("Meta");
    case ReasonColumn: return tr("Por qué (cláusula de la rúbrica)");
    default: return {};
    }
}

} // namespace vigia::app
