#include "TrackingStatistics.h"

namespace vigia::app {

TrackingStatistics TrackingStatistics::compute(const Plan &plan, const QList<ProgressRecord> &records,
                                               const QString &dimension, const QSet<qint64> *onlyItems)
{
    QHash<qint64, ProgressStatus> statusOf;
    for (const ProgressRecord &record : records)
        statusOf.insert(record.itemId, record.values.status);
    TrackingStatistics statistics;
    for (const Dimension &planDimension : plan.dimensions) {
        if (!dimension.isEmpty() && planDimension.name != dimension)
            continue;
        bool any = false;
        for (const Row &row : planDimension.rows) {
            for (const Item &item : row.items(ItemKind::Target)) {
                if (onlyItems && !onlyItems->contains(item.id))
                    continue;
                const ProgressStatus status = statusOf.value(item.id, ProgressStatus::NoInformation);
                statistics.m_metas.append(Meta{item.id, planDimension.name, item.text, status});
                auto &counts = statistics.m_counts[planDimension.name];
                ++counts[static_cast<size_t>(status)];
                ++statistics.m_totals[static_cast<size_t>(status)];
                any = true;
            }
        }
        if (any && !statistics.m_dimensions.contains(planDimension.name))
            statistics.m_dimensions.append(planDimension.name);
    }
    return statistics;
}

int TrackingStatistics::count(const QString &dimension, ProgressStatus status) const
{
    const auto found = m_counts.constFind(dimension);
    return found == m_counts.constEnd() ? 0 : (*found)[static_cast<size_t>(status)];
}

double TrackingStatistics::complianceShare() const
{
    return m_metas.isEmpty() ? 0.0 : static_cast<double>(count(ProgressStatus::Met)) / static_cast<double>(m_metas.size());
}

QList<TrackingStatistics::Meta> TrackingStatistics::metas(const QString &dimension, ProgressStatus status) const
{
    QList<Meta> found;
    for (const Meta &meta : m_metas) {
        if (meta.status == status && (dimension.isEmpty() || meta.dimension == dimension))
            found.append(meta);
    }
    return found;
}

} // namespace vigia::app
