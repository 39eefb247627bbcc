#pragma once

#include "model/Plan.h"
#include "progress/ProgressRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace vigia::app {

// The objectives and metas of a plan in one semester: one row per item with its progress record
// (status, percentage or value against the target, note, evidence count, evaluator, date).
class TrackingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DimensionColumn, KindColumn, TextColumn, StatusColumn, ProgressColumn, NoteColumn,
                  EvidenceColumn, EvaluatorColumn, DateColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, StatusIdRole, DimensionRole, KindRole };

    struct Line {
        qint64 itemId = 0;
        QString dimension;
        ItemKind kind = ItemKind::Target;
        QString text;
        std::optional<ProgressRecord> record;
    };

    explicit TrackingTableModel(QObject *parent = nullptr);

    // The plan's objectives and metas, in plan order, with their records of one semester.
    void setPlan(const Plan &plan, const QList<ProgressRecord> &records);
    // Replaces the records (same plan, another semester or after a change).
    void setRecords(const QList<ProgressRecord> &records);
    void clear();

    const QList<Line> &lines() const { return m_lines; }
    const Line *lineAt(int row) const;
    int rowOfItem(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "45 %", "40 / 100 (40 %)" or empty.
    static QString progressText(const ProgressValues &values);

private:
    QList<Line> m_lines;
};

} // namespace vigia::app
