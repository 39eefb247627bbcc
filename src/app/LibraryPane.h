#pragma once

#include "store/PlanLibrary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace vigia::app {

class LibraryFilterModel;
class LibraryTableModel;

// The plans of the open library in a sortable table, with a filter line and a choice of the
// column to filter on. Emits currentPlanChanged when the user moves to another plan.
class LibraryPane : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPane(QWidget *parent = nullptr);

    void setPlans(const QList<PlanSummary> &plans);
    // Selects a plan, clearing the filter when it hides the plan. Returns false when it is not listed.
    bool selectPlan(qint64 planId);
    qint64 currentPlanId() const;

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *filterColumnBox() const { return m_filterColumn; }
    LibraryTableModel *model() const { return m_model; }
    LibraryFilterModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void currentPlanChanged(qint64 planId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void retranslateUi();

    LibraryTableModel *m_model;
    LibraryFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_filterColumn;
    QLabel *m_filterLabel;
    QTableView *m_table;
    qint64 m_lastPlanId = 0;
};

} // namespace vigia::app
