#pragma once

#include "compare/PlanComparison.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigia::app {

// The side-by-side view of a comparison: one column per plan, and per dimension (aligned across
// the plans by name) a heading row followed by its aligned lines, so that items addressing the same
// thing share a row. A cell where a plan has nothing on a line is a gap ("— sin propuesta —",
// coloured); so is a heading where the plan lacks the dimension. Metas show their measurability.
class SideBySideModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ItemIndexRole = Qt::UserRole + 1, // int: index into PlanComparison::items; -1 for gaps and headings
        IsGapRole,                        // bool
        IsHeadingRole,                    // bool
    };

    explicit SideBySideModel(QObject *parent = nullptr);

    void setComparison(const PlanComparison &comparison);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row and column showing an item, or an invalid index.
    QModelIndex indexOfItem(int itemIndex) const;
    // The heading row of a dimension (canonical name), or -1.
    int headingRow(const QString &dimension) const;

private:
    struct RowRef {
        int dimension = 0;
        int line = -1; // -1: the dimension's heading
    };
    int itemAt(int row, int column) const;

    PlanComparison m_comparison;
    QList<RowRef> m_rows;
};

} // namespace vigia::app
