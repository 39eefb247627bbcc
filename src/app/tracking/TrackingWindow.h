#pragma once

#include "TrackingJobs.h"
#include "model/Plan.h"
#include "progress/EvidenceIntake.h"
#include "progress/ProgressRecord.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QUrl;

namespace vigia {
class PlanLibrary;
class ProgressTracker;
}

namespace vigia::app {

class ConflictsDialog;
class DashboardView;
class RecordDetailPanel;
class SavedFileBar;
class TimelineModel;
class TrackingTableModel;
class UnmatchedRecordsDialog;

// Six-monthly progress tracking of one plan, in a window of its own: the objectives and metas of
// the chosen semester with their records (edit, evidence, timeline), the dashboard, re-importing a
// corrected version, exchanging the tracking with other groups and the semester report. Works on
// its own connection to the library file; slow work (report, export, merge, re-import) runs on a
// worker thread (TrackingJobs) and comes back by queued signal.
class TrackingWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Tab { Records, Dashboard };

    TrackingWindow(const QString &libraryPath, qint64 planId, QWidget *parent = nullptr);
    ~TrackingWindow() override;

    // False when the library or plan could not be opened (the reason is in error()).
    bool isReady() const { return m_tracker != nullptr && m_plan.id != 0; }
    QString error() const { return m_error; }

    QString libraryPath() const { return m_libraryPath; }
    qint64 planId() const { return m_plan.id; }
    const Plan &plan() const { return m_plan; }
    QString semester() const;
    QStringList semesters() const;
    bool setSemester(const QString &semester);
    bool setSemesters(const QStringList &semesters);
    void showTab(Tab tab);

    // Selects an item's row (objective or meta); false when it is not in the table.
    bool selectItem(qint64 itemId);
    qint64 currentItemId() const;

    // The actions, each as the menu runs it (dialogs with open(), files through FileDialog).
    void editCurrentRecord();
    void editSemesters();
    void addUrlEvidence();
    void attachFileEvidence();
    void openCurrentEvidence();
    void chooseCorrectedVersion();
    void chooseExportFile();
    void chooseFileToMerge();
    void showConflicts();
    void chooseReportFile();

    // The same without dialogs.
    bool saveProgress(qint64 itemId, const ProgressValues &values);
    // Who adds it: `addedBy`, else evaluator().
    bool addEvidenceUrl(qint64 itemId, const QString &url, const QDate &consultedOn, const QString &title = {},
                        const QString &addedBy = {});
    bool addEvidenceFile(qint64 itemId, const QString &path);
    bool openEvidence(qint64 evidenceId);
    bool startReimport(const QString &path);
    bool startExport(const QString &path);
    bool startMerge(const QString &path);
    bool startReport(const QString &path);
    bool isBusy() const { return m_busy; }
    // Who records progress: the evaluator last named in this library by this user, else the
    // login name (or VIGIA_EVALUATOR).
    QString evaluator() const;

    TrackingTableModel *tableModel() const { return m_tableModel; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    QTableView *tableView() const { return m_tableView; }
    QListWidget *evidenceList() const;
    DashboardView *dashboard() const { return m_dashboard; }
    QComboBox *semesterCombo() const { return m_semesterCombo; }
    ProgressTracker *tracker() const { return m_tracker.get(); }
    UnmatchedRecordsDialog *unmatchedDialog() const;
    ConflictsDialog *conflictsDialog() const;
    QString lastJobMessage() const { return m_lastJobMessage; }
    // Offers to open a report or an exported file, or its folder, once written.
    SavedFileBar *savedFileBar() const { return m_savedFileBar; }

Q_SIGNALS:
    // A job ended; `message` says what it did or why it failed.
    void jobFinished(bool ok, const QString &message);
    // Plans were added to the library (a re-import); the main window refreshes its list.
    void libraryChanged();
    // The item shown as current changed.
    void currentItemChanged(qint64 itemId);

protected:
    // Remembers the window's size and place for the next time it opens.
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void loadPlan(qint64 planId);
    void loadTopics();
    void reloadSemesters();
    void reloadRecords();
    void showCurrentItem();
    void updateActions();
    void setBusy(bool busy, const QString &message = {});
    void finishJob(bool ok, const QString &message);
    void onReimportFinished();
    void onMergeFinished();
    std::optional<ProgressRecord> currentRecord() const;
    // Adds the evidence to the item's record in the current semester; with no record yet, an empty
    // one ("no information") and the evidence are stored together.
    bool storeEvidence(qint64 itemId, const PendingEvidence &evidence, QString *error);

    QString m_libraryPath;
    std::unique_ptr<PlanLibrary> m_library;
    std::unique_ptr<ProgressTracker> m_tracker;
    Plan m_plan;
    QString m_error;
    QTemporaryDir m_evidenceDir;
    bool m_busy = false;
    QString m_lastJobMessage;

    QLabel *m_title;
    QComboBox *m_semesterCombo;
    QTabWidget *m_tabs;
    TrackingTableModel *m_tableModel;
    QTableView *m_tableView;
    RecordDetailPanel *m_detail;
    TimelineModel *m_timelineModel;
    QTableView *m_timelineView;
    DashboardView *m_dashboard;
    QLabel *m_busyLabel;
    SavedFileBar *m_savedFileBar;
    QPointer<UnmatchedRecordsDialog> m_unmatchedDialog; // null once closed (it deletes itself)
    QPointer<ConflictsDialog> m_conflictsDialog; // null once closed (it deletes itself)

    QFutureWatcher<TrackingJobs::Outcome> m_outcomeWatcher;
    QFutureWatcher<MergeReport> m_mergeWatcher;
    QFutureWatcher<ReimportResult> m_reimportWatcher;
    QString m_outcomeDescription;

    QAction *m_editAction = nullptr;
    QAction *m_semestersAction = nullptr;
    QAction *m_urlAction = nullptr;
    QAction *m_fileAction = nullptr;
    QAction *m_openEvidenceAction = nullptr;
    QAction *m_reimportAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_reportAction = nullptr;
};

} // namespace vigia::app
