#include "MeasurabilityModel.h"

#include "ComparisonStyle.h"

#include <QFont>

namespace vigia::app {

MeasurabilityModel::MeasurabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MeasurabilityModel::setComparison(const PlanComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_rows.clear();
    for (qsizetype p = 0; p < m_comparison.measurability.size(); ++p) {
        m_rows.append({int(p), -1});
        for (qsizetype d = 0; d < m_comparison.measurability[p].byDimension.size(); ++d)
            m_rows.append({int(p), int(d)});
    }
    endResetModel();
}

void MeasurabilityModel::clear()
{
    beginResetModel();
    m_comparison = {};
    m_rows.clear();
    endResetModel();
}

int MeasurabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Measurability MeasurabilityModel::levelOf(int column)
{
    switch (column) {
    case PartlyColumn: return Measurability::PartlyMeasurable;
    case NotColumn: return Measurability::NotMeasurable;
    default: return Measurability::Measurable;
    }
}

const MeasurabilityShares &MeasurabilityModel::sharesOf(const RowRef &ref) const
{
    const PlanMeasurability &plan = m_comparison.measurability[ref.plan];
    return ref.dimension < 0 ? plan.overall : plan.byDimension[ref.dimension].shares;
}

QString MeasurabilityModel::displayText(const RowRef &ref, int column) const
{
    const MeasurabilityShares &shares = sharesOf(ref);
    switch (column) {
    case PlanColumn:
        return ref.dimension < 0 ? m_comparison.plans[ref.plan].label : QString();
    case DimensionColumn:
        return ref.dimension < 0 ? tr("Todo el plan") : m_comparison.measurability[ref.plan].byDimension[ref.dimension].dimension;
    case TargetsColumn:
        return QString::number(shares.total());
    default:
        break;
    }
    if (shares.total() == 0)
        return QStringLiteral("—");
    return tr("%1 % (%2)").arg(qRound(100.0 * shares.share(levelOf(column)))).arg(shares.count(levelOf(column)));
}

QVariant MeasurabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowRef &ref = m_rows[index.row()];
    const MeasurabilityShares &shares = sharesOf(ref);
    const int column = index.column();
    const bool levelColumn = column >= MeasurableColumn && column <= NotColumn;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(ref, column);
    case ShareRole:
        return levelColumn ? QVariant(shares.share(levelOf(column))) : QVariant();
    case ColumnIndexRole:
        return ref.plan;
    case DimensionIndexRole:
        return ref.dimension;
    case Qt::ToolTipRole:
        if (column == PlanColumn && ref.dimension < 0)
            return m_comparison.plans[ref.plan].label;
        return levelColumn && shares.count(levelOf(column)) > 0 ? tr("Pulse para ver estas metas y la cláusula que decidió cada una") : QVariant();
    case Qt::DecorationRole:
        return levelColumn ? QVariant(ComparisonStyle::measurabilityIcon(levelOf(column))) : QVariant();
    case Qt::TextAlignmentRole:
        return column >= TargetsColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (ref.dimension < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant MeasurabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlanColumn: return tr("Plan");
    case DimensionColumn: return tr("Dimensión");
    case TargetsColumn: return tr("Metas");
    case MeasurableColumn:
    case PartlyColumn:
    case NotColumn: return ComparisonStyle::measurabilityName(levelOf(section));
    default: return {};
    }
}

} // namespace vigia::app
