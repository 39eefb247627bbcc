#include "LibraryTableModel.h"

#include "ItemKindStyle.h"

namespace vigia::app {

LibraryTableModel::LibraryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryTableModel::setPlans(const QList<PlanSummary> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

bool LibraryTableModel::updatePlanCounts(const Plan &plan)
{
    const int row = rowOfPlan(plan.id);
    if (row < 0)
        return false;
    PlanSummary &summary = m_plans[row];
    summary.metadata = plan.metadata;
    summary.dimensionCount = static_cast<int>(plan.dimensions.size());
    summary.rowCount = 0;
    summary.itemCounts = {};
    for (const Dimension &dimension : plan.dimensions) {
        summary.rowCount += static_cast<int>(dimension.rows.size());
        for (const Row &planRow : dimension.rows) {
            for (ItemKind kind : allItemKinds)
                summary.itemCounts[static_cast<size_t>(kind)] += static_cast<int>(planRow.items(kind).size());
        }
    }
    Q_EMIT dataChanged(index(row, Place), index(row, Items));
    return true;
}

const PlanSummary *LibraryTableModel::planAt(int row) const
{
    return row >= 0 && row < m_plans.size() ? &m_plans[row] : nullptr;
}

int LibraryTableModel::rowOfPlan(qint64 planId) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans[row].id == planId)
            return row;
    }
    return -1;
}

int LibraryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

int LibraryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString orNotStated(const QString &value)
{
    return value.isEmpty() ? LibraryTableModel::tr("—") : value;
}

QVariant LibraryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSummary &plan = m_plans[index.row()];
    const int column = index.column();
    if (role == PlanIdRole)
        return plan.id;
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (column == Organization || column == Place)
            return tr("%1\nArchivo: %2").arg(orNotStated(plan.metadata.organization), plan.sourceFileName);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case Place: return display ? orNotStated(plan.metadata.place) : plan.metadata.place;
    case Organization: return display ? orNotStated(plan.metadata.organization) : plan.metadata.organization;
    case Period: return display ? orNotStated(plan.metadata.period) : plan.metadata.period;
    case ElectionType: return display ? orNotStated(plan.metadata.electionType) : plan.metadata.electionType;
    case Problems: return plan.itemCounts[static_cast<size_t>(ItemKind::Problem)];
    case Objectives: return plan.itemCounts[static_cast<size_t>(ItemKind::Objective)];
    case Indicators: return plan.itemCounts[static_cast<size_t>(ItemKind::Indicator)];
    case Targets: return plan.itemCounts[static_cast<size_t>(ItemKind::Target)];
    case Items: return plan.itemCount();
    default: return {};
    }
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DecorationRole && section >= Problems && section <= Targets)
        return ItemKindStyle::icon(static_cast<ItemKind>(section - Problems));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Place: return tr("Lugar");
    case Organization: return tr("Organización política");
    case Period: return tr("Periodo");
    case ElectionType: return tr("Tipo de elección");
    case Problems: return ItemKindStyle::pluralName(ItemKind::Problem);
    case Objectives: return ItemKindStyle::pluralName(ItemKind::Objective);
    case Indicators: return ItemKindStyle::pluralName(ItemKind::Indicator);
    case Targets: return ItemKindStyle::pluralName(ItemKind::Target);
    case Items: return tr("Total");
    default: return {};
    }
}

void LibraryTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_plans.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace vigia::app
