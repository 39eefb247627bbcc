#pragma once

#include "store/PlanLibrary.h"

#include <QDialog>
#include <QList>

class QCommandLinkButton;
class QLabel;

namespace vigia::app {

class MainWindow;

// What the first start shows once the sample plans are in: what Vigía does, the sample plans by
// organization, place and period, and three next steps (read a plan, compare plans, track one),
// each doing what it says in the main window. Shown with open().
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    // `plans`: the library's plans; `importHadProblems`: offer the import report too.
    WelcomeDialog(MainWindow *window, const QList<PlanSummary> &plans, bool importHadProblems);

    // The three steps, as their buttons run them; each closes the dialog.
    void readPlan();
    void comparePlans();
    void trackPlan();
    // Closes and asks for the first import's report (importReportRequested).
    void openImportReport();

    QLabel *plansLabel() const { return m_plans; }
    QCommandLinkButton *readButton() const { return m_readButton; }
    QCommandLinkButton *compareButton() const { return m_compareButton; }
    QCommandLinkButton *trackButton() const { return m_trackButton; }

Q_SIGNALS:
    // "Ver el informe de importación" was chosen.
    void importReportRequested();

private:
    MainWindow *m_window;
    QList<PlanSummary> m_summaries;
    QLabel *m_plans;
    QCommandLinkButton *m_readButton;
    QCommandLinkButton *m_compareButton;
    QCommandLinkButton *m_trackButton;
};

} // namespace vigia::app
