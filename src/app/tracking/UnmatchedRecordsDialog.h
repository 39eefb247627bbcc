#pragma once

#include "progress/ProgressRecord.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigia {
class ProgressTracker;
struct Plan;
}

namespace vigia::app {

// The progress records a re-import could not place on the new version of a plan: the user picks,
// for each, the objective or meta of the new plan it belongs to. Nothing is dropped: records left
// here stay on the old plan's items. Shown with open().
class UnmatchedRecordsDialog : public QDialog {
    Q_OBJECT

public:
    // The tracker must outlive the dialog.
    UnmatchedRecordsDialog(ProgressTracker &tracker, const Plan &newPlan, const QString &evaluator,
                           QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *targetCombo() const { return m_target; }
    const QList<ProgressRecord> &records() const { return m_records; }
    // Attaches the record in `row` to an item of the new plan; false (and a message) on failure.
    bool attach(int row, qint64 itemId);

Q_SIGNALS:
    void recordAttached();

private:
    void reload();

    ProgressTracker &m_tracker;
    qint64 m_planId;
    QString m_evaluator;
    QList<ProgressRecord> m_records;
    QTableWidget *m_table;
    QComboBox *m_target;
    QLabel *m_summary;
    QPushButton *m_attachButton;
};

} // namespace vigia::app
