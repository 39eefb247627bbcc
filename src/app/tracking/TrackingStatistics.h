#pragma once

#include "model/Plan.h"
#include "progress/ProgressRecord.h"
#include "progress/ProgressStatus.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>

namespace vigia::app {

// Counts of a plan's metas per dimension and status in one semester (metas without a record count
// as "no information", as in the report), for the dashboard.
class TrackingStatistics {
public:
    struct Meta {
        qint64 itemId = 0;
        QString dimension;
        QString text;
        ProgressStatus status = ProgressStatus::NoInformation;
    };

    // `dimension` empty: every dimension. `onlyItems`, when given: only the metas it holds.
    static TrackingStatistics compute(const Plan &plan, const QList<ProgressRecord> &records,
                                      const QString &dimension = {}, const QSet<qint64> *onlyItems = nullptr);

    const QStringList &dimensions() const { return m_dimensions; }
    int count(const QString &dimension, ProgressStatus status) const;
    int count(ProgressStatus status) const { return m_totals[static_cast<size_t>(status)]; }
    int metaCount() const { return static_cast<int>(m_metas.size()); }
    // Metas met over all metas, 0–1.
    double complianceShare() const;
    QList<Meta> metas(const QString &dimension, ProgressStatus status) const;

private:
    QStringList m_dimensions;
    QList<Meta> m_metas;
    QHash<QString, std::array<int, 7>> m_counts;
    std::array<int, 7> m_totals{};
};

} // namespace vigia::app
