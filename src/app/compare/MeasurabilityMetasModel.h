#pragma once

#include "compare/PlanComparison.h"

#include <QAbstractTableModel>

namespace vigia::app {

// The metas behind one count of the measurability table: those of one plan (and one of its
// dimensions, or all) at one level, each with the clause of the rubric that decided it, so a
// journalist can check a share meta by meta.
class MeasurabilityMetasModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DimensionColumn, MetaColumn, ReasonColumn, ColumnCount };
    enum Role { ItemIndexRole = Qt::UserRole + 1 }; // int: index into PlanComparison::items

    explicit MeasurabilityMetasModel(QObject *parent = nullptr);

    void setComparison(const PlanComparison &comparison);
    // The metas of plan `column` (its dimension `dimensionIndex`, or all when -1) at `level`.
    void showMetas(int column, int dimensionIndex, Measurability level);
    void clear();
    // What is listed, in words ("Medible: 47 metas de EL FRENTE AMPLIO…, todo el plan").
    QString caption() const { return m_caption; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanComparison m_comparison;
    QList<int> m_items;
    QString m_caption;
};

} // namespace vigia::app
