#pragma once

#include "BackupJob.h"
#include "ImportReport.h"
#include "store/PlanEditor.h"
#include "store/PlanLibrary.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;
class QUndoCommand;
class QUndoStack;

namespace vigia::app {

class ComparisonWindow;
class WelcomeDialog;
class ImportJob;
class ImportProgressDisplay;
class ItemEditActions;
class ImportReportDialog;
class ImportSession;
class ItemDetailView;
class LibraryChangeWatcher;
class LibraryPane;
class PlanDetailsActions;
class ReviewPanel;
class PlanView;
class SearchPanel;

// The main window: the library's plans on top, the open plan and the current item below, the
// search in a dock. Talks to the library only through PlanLibrary (reads, in the GUI thread) and
// ImportJob (imports, in a worker).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `libraryPath` if given, else the last library, else (first run) the default library,
    // importing the bundled samples into it when it is empty.
    void startUp(const QString &libraryPath = {});

    // Opens (creating when missing) a library; tells the user and returns false on failure.
    bool openLibrary(const QString &path);
    // Starts importing files into the open library; false when no library is open or an import runs.
    bool importFiles(const QStringList &paths, bool showReport = true);
    // Starts backing up the open library to `targetPath` in a worker (Archivo ▸ Copia de
    // seguridad); the outcome is told in a message box and by backupFinished(). False when no
    // library is open or a backup runs.
    bool backupLibrary(const QString &targetPath);
    // Where the backup is proposed: <library>-YYYY-MM-DD.vigia beside the library.
    QString defaultBackupPath() const;
    // Opens a plan and selects an item in it (itemId 0: just the plan).
    bool openItem(qint64 planId, qint64 itemId);
    void showSearch();
    // Opens the compare window of the open library on these plans (none: the current plan, to which
    // the user adds others); null when no library is open.
    ComparisonWindow *openComparison(const QList<qint64> &planIds = {});
    // Saves a person's correction of the current item's text (undoable); false when no item is current.
    bool correctCurrentItemText(const QString &text);
    // Corrections of the current item beyond its text (undoable, saved in the library); a refused
    // edit is told in a message box.
    ItemEditActions *itemEditActions() const { return m_itemEdits; }

    PlanLibrary *library() const { return m_library.get(); }
    PlanEditor *planEditor() const { return m_editor.get(); }
    QMenu *itemContextMenu() const { return m_itemMenu; }
    LibraryPane *libraryPane() const { return m_libraryPane; }
    PlanView *planView() const { return m_planView; }
    ItemDetailView *itemDetail() const { return m_itemDetail; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    QDockWidget *searchDock() const { return m_searchDock; }
    QDockWidget *reviewDock() const { return m_reviewDock; }
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    ImportJob *importJob() const { return m_importJob; }
    BackupJob *backupJob() const { return m_backupJob; }
    QAction *backupAction() const { return m_backupAction; }
    ImportSession *importSession() const { return m_importSession; }
    ImportReportDialog *lastImportReport() const;
    // What the status bar says of the running import ("Importando 1 de 1: plan.pdf — página 3 de 9").
    QString importStatusText() const;
    // The welcome of the first start (shown once the sample plans are in); null once closed.
    WelcomeDialog *welcomeDialog() const;
    QLabel *libraryStatusLabel() const { return m_libraryStatus; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PlanDetailsActions *planDetailsActions() const { return m_planDetails; }
    LibraryChangeWatcher *changeWatcher() const { return m_changeWatcher; }
    bool isImporting() const;

Q_SIGNALS:
    void libraryOpened(const QString &path);
    void importFinished(const vigia::app::ImportReport &report);
    // A correction (or its undo or redo) was saved: `plan` as it is now in the library.
    void planCorrected(const vigia::Plan &plan);
    // A backup ended; `message` is what the user was told.
    void backupFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateReviewDockTitle();
    void updateWindowTitle();
    void updateUndoTexts();
    void restoreState();
    void saveState();
    void refreshLibrary();
    void updateLibraryStatus();
    void updateRecentMenu();
    void updateActions();
    void showPlan(qint64 planId);
    void reportUnreadablePlan(qint64 planId);
    void onLibraryChangedOutside();
    void showCurrentItem(const QModelIndex &index);
    QString sourcePathFor(const Plan &plan);

    void newLibrary();
    void chooseLibrary();
    void chooseFilesToImport();
    void chooseBackupFile();
    void removeCurrentPlan();
    void editCurrentItem();
    void createItemMenu();
    void updateItemEditActions();
    void onItemEdited(qint64 planId, qint64 itemId, bool ok, const QString &error);
    void onImportFinished(const ImportReport &report);
    void onBackupFinished(const BackupJob::Outcome &outcome);
    void showImportReport(const ImportReport &report);
    void showWelcome(const ImportReport &report, bool problems);

    std::unique_ptr<PlanLibrary> m_library;
    std::unique_ptr<PlanEditor> m_editor; // over m_library; destroyed before it
    LibraryPane *m_libraryPane;
    PlanView *m_planView;
    ItemDetailView *m_itemDetail;
    SearchPanel *m_searchPanel;
    QDockWidget *m_searchDock;
    ReviewPanel *m_reviewPanel;
    QDockWidget *m_reviewDock;
    QSplitter *m_verticalSplitter;
    QSplitter *m_planSplitter;
    ImportJob *m_importJob;
    BackupJob *m_backupJob;
    ImportSession *m_importSession; // m_importJob's passes, with the passwords of encrypted PDFs
    QUndoStack *m_undoStack;
    PlanDetailsActions *m_planDetails;
    LibraryChangeWatcher *m_changeWatcher;
    QPointer<ImportReportDialog> m_lastReport; // null once the dialog is closed (it deletes itself)
    QPointer<WelcomeDialog> m_welcome;          // likewise
    bool m_showReportOfRunningImport = true;
    bool m_welcomeAfterImport = false;          // the running import is the first start's samples
    QHash<QByteArray, QString> m_sourcePaths; // by SHA-256: where each plan's source document was found

    QLabel *m_libraryStatus;
    QLabel *m_importStatus;
    QProgressBar *m_importProgress;
    ImportProgressDisplay *m_importProgressDisplay; // says how far an import is, in the two above
    QToolButton *m_cancelImportButton;
    QProgressBar *m_backupProgress;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_trackingMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_cancelImportAction = nullptr;
    QAction *m_removePlanAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editTextAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_focusLibraryAction = nullptr;
    QAction *m_focusPlanAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_compareAction = nullptr;
    ItemEditActions *m_itemEdits = nullptr;
    QMenu *m_itemMenu = nullptr;   // the plan tree's context menu
    QPointer<ComparisonWindow> m_comparisonWindow;
};

} // namespace vigia::app
