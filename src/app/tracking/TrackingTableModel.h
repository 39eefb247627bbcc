#pragma once

#include "model/Plan.h"
#include "progress/ProgressRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace vigia::app {

// The objectives and metas of a plan in one semester: one row per item with its progress record
// (status, percentage or value against the target, note, evidence count, evaluator, date).
class TrackingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // DimensionColumn shows "Social ▸ 3": the dimension and the row's number in it, so two metas
    // with the same text can be told apart; ObjectiveColumn, for a meta, the objective it serves.
    enum Column { DimensionColumn, KindColumn, TextColumn, ObjectiveColumn, StatusColumn, ProgressColumn, NoteColumn,
                  EvidenceColumn, EvaluatorColumn, DateColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, StatusIdRole, DimensionRole, KindRole };

    struct Line {
        qint64 itemId = 0;
        QString dimension;
        int rowNumber = 0;        // 1-based, within the dimension, as the plan view numbers rows
        ItemKind kind = ItemKind::Target;
        QString text;
        QStringList objectives;   // of the row, for a meta; empty for an objective
        QStringList indicators;   // of the row
        QStringList problems;     // of the row
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

    // "Social ▸ 3".
    static QString placeText(const Line &line);
    // The row around a line, for a tooltip or a detail pane: "Social ▸ fila 3 · Objetivo: … · Indicador: …".
    static QString contextText(const Line &line);

    // "45 %", "40 / 100 (40 %)" or empty.
    static QString progressText(const ProgressValues &values);

private:
    QList<Line> m_lines;
};

} // namespace vigia::app
