#pragma once

#include "progress/ProgressRecord.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vigia {
class ProgressTracker;
}

namespace vigia::app {

// The pending conflicts of a plan after merging another group's tracking: for each, our values
// and theirs side by side; the user keeps one side. Shown with open().
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    // `itemTexts`: the plan's item texts by id, for display. The tracker must outlive the dialog.
    ConflictsDialog(ProgressTracker &tracker, qint64 planId, QHash<qint64, QString> itemTexts,
                    const QString &evaluator, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<ProgressConflict> &conflicts() const { return m_conflicts; }
    // Resolves the conflict in `row` by keeping one side; false (and a message) on failure.
    bool resolve(int row, ProgressConflict::Side side);

Q_SIGNALS:
    void conflictResolved();

private:
    void reload();

    ProgressTracker &m_tracker;
    qint64 m_planId;
    QHash<qint64, QString> m_itemTexts;
    QString m_evaluator;
    QList<ProgressConflict> m_conflicts;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_oursButton;
    QPushButton *m_theirsButton;
};

} // namespace vigia::app
