#pragma once

#include "compare/PlanComparison.h"

#include <QAbstractTableModel>

namespace vigia::app {

// The topic matrix of a comparison: a row per topic (taxonomy order) and a last row for items
// without a topic, a column per plan, the number of the plan's items in each. A topic a plan says
// nothing about (0 items) is a coloured gap.
class TopicMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        TopicKeyRole = Qt::UserRole + 1, // QString; empty on the "without topic" row
        CountRole,                       // int
    };

    explicit TopicMatrixModel(QObject *parent = nullptr);

    void setComparison(const PlanComparison &comparison);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of a topic, or -1.
    int rowOf(const QString &key) const;
    int count(int row, int column) const;

private:
    PlanComparison m_comparison;
};

} // namespace vigia::app
