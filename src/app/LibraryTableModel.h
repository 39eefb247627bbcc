#pragma once

#include "model/Plan.h"
#include "store/PlanLibrary.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigia::app {

// The plans of a library, one per row, for the library pane. Filled from PlanLibrary::plans()
// in the GUI thread; sorting and filtering are done by LibraryFilterModel on top.
class LibraryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Place, Organization, Period, ElectionType, Problems, Objectives, Indicators, Targets, Items, ColumnCount };
    enum Role { PlanIdRole = Qt::UserRole + 1, SortRole };

    explicit LibraryTableModel(QObject *parent = nullptr);

    void setPlans(const QList<PlanSummary> &plans);
    // Brings one plan's details and counts (dimensions, rows, items of each kind) to `plan`, a plan
    // of the list after a correction, with dataChanged on its row (no reset: the selection stays).
    // Returns false when the plan is not listed.
    bool updatePlanCounts(const vigia::Plan &plan);
    const QList<PlanSummary> &plans() const { return m_plans; }
    const PlanSummary *planAt(int row) const;
    int rowOfPlan(qint64 planId) const;
    static bool isNumeric(int column) { return column >= Problems && column < ColumnCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The language changed: tells the views that every header and cell text changed.
    void retranslate();

private:
    QList<PlanSummary> m_plans;
};

} // namespace vigia::app
