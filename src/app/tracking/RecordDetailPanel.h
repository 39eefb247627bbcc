#pragma once

#include "TrackingTableModel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace vigia::app {

// The current line of the tracking table beside it: where the item sits in the plan (dimension ▸
// row, problem, objective, indicator), its text, its record in the semester and the evidence
// backing it, with the buttons that act on them. Shows; the window does the work.
class RecordDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit RecordDetailPanel(QWidget *parent = nullptr);

    // The line to show (null: none chosen) and the semester the table shows.
    void showLine(const TrackingTableModel::Line *line, const QString &semester);
    // Editing and adding evidence need an item and a semester; opening needs a chosen piece.
    void setItemActionsEnabled(bool enabled);

    qint64 currentEvidenceId() const; // 0 when none is chosen
    QListWidget *evidenceList() const { return m_evidenceList; }

Q_SIGNALS:
    void editRequested();
    void addUrlRequested();
    void attachFileRequested();
    void openEvidenceRequested();
    void currentEvidenceChanged();

private:
    QLabel *m_itemContext;
    QLabel *m_itemText;
    QLabel *m_recordSummary;
    QListWidget *m_evidenceList;
    QPushButton *m_editButton;
    QPushButton *m_urlButton;
    QPushButton *m_fileButton;
    QPushButton *m_openButton;
};

} // namespace vigia::app
