#pragma once

#include "compare/PlanComparison.h"

#include <QAbstractTableModel>

namespace vigia::app {

// The measurability of the metas of each compared plan: per plan a row for the whole plan, then a
// row per dimension; columns give the number of metas and the share of each level.
class MeasurabilityModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PlanColumn, DimensionColumn, TargetsColumn, MeasurableColumn, PartlyColumn, NotColumn, ColumnCount };
    enum Role {
        ShareRole = Qt::UserRole + 1, // double 0..1 in the level columns
        ColumnIndexRole,              // int: the plan's column in the comparison
        DimensionIndexRole,           // int: the dimension's place in its plan, -1 for the whole plan
    };

    explicit MeasurabilityModel(QObject *parent = nullptr);

    void setComparison(const PlanComparison &comparison);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Measurability levelOf(int column); // for the level columns

private:
    struct RowRef {
        int plan = 0;
        int dimension = -1; // -1: the whole plan
    };
    const MeasurabilityShares &sharesOf(const RowRef &ref) const;
    QString displayText(const RowRef &ref, int column) const;

    PlanComparison m_comparison;
    QList<RowRef> m_rows;
};

} // namespace vigia::app
