#pragma once

#include "progress/ProgressRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigia::app {

// An item's progress history, oldest first: when, who, what, the values before → after.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, SemesterColumn, ActionColumn, ChangeColumn, DetailColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "En proceso, 40 %, «nota»" or "—" when there are no values.
    static QString describe(const std::optional<ProgressValues> &values);
    static QString actionLabel(const QString &action);
    // The entry's detail as a person reads it: "Enlace «Informe 2025»: https://… (consultado el …)",
    // "Archivo: acta.pdf (12 KB)", "de Grupo B"; the stored detail when it has no known form.
    static QString readableDetail(const HistoryEntry &entry);

private:
    QList<HistoryEntry> m_entries;
};

} // namespace vigia::app
