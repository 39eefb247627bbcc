#pragma once

#include "TrackingStatistics.h"
#include "model/Plan.h"
#include "progress/ProgressRecord.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <set>

class QBarSet;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace vigia::app {

// The tracking dashboard of a plan: for the chosen semester its metas per dimension and status
// (stacked bars) and the overall compliance; the share met and in progress over the semesters
// (lines). Filters by dimension and status; clicking a bar lists its metas.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    // `records`: every record of the plan, all semesters.
    void setData(const Plan &plan, const QStringList &semesters, const QList<ProgressRecord> &records);
    void setSemester(const QString &semester);
    void setDimensionFilter(const QString &dimension);   // empty: all
    // The library's topics and the plan's items under each (topic key -> item ids); empty hides the filter.
    void setTopics(const QList<std::pair<QString, QString>> &keysAndNames, const QHash<QString, QSet<qint64>> &itemsByTopic);
    void setTopicFilter(const QString &key);             // empty: all
    void setStatusShown(ProgressStatus status, bool shown);
    // Lists the metas of one bar segment, as a click on it does.
    void showMetasOf(const QString &dimension, ProgressStatus status);

    const TrackingStatistics &statistics() const { return m_statistics; }
    QChart *barChart() const;
    QChart *lineChart() const;
    QLabel *complianceLabel() const { return m_compliance; }
    QListWidget *metaList() const { return m_metaList; }
    QComboBox *topicCombo() const { return m_topicCombo; }

Q_SIGNALS:
    // The user asked to open an item (double click in the list).
    void itemActivated(qint64 itemId);

private:
    void refresh();
    void buildBars();
    void buildLines();
    TrackingStatistics statisticsOf(const QString &semester) const;

    Plan m_plan;
    QStringList m_semesters;
    QHash<QString, QList<ProgressRecord>> m_recordsBySemester;
    QString m_semester;
    QString m_dimension;
    QString m_topic;
    QHash<QString, QSet<qint64>> m_itemsByTopic;
    std::set<ProgressStatus> m_hiddenStatuses;
    TrackingStatistics m_statistics;

    QComboBox *m_dimensionCombo;
    QComboBox *m_topicCombo;
    QLabel *m_topicLabel;
    QList<QCheckBox *> m_statusBoxes;
    QLabel *m_compliance;
    QChartView *m_barView;
    QChartView *m_lineView;
    QLabel *m_metaTitle;
    QListWidget *m_metaList;
};

} // namespace vigia::app
