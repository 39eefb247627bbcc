#include "MainWindow.h"

#include "AboutDialog.h"
#include "ItemKindStyle.h"
#include "AppSettings.h"
#include "BackupJob.h"
#include "EditItemTextCommand.h"
#include "edit/ItemEditActions.h"
#include "edit/PlanDetailsActions.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueueModel.h"
#include "FileDialog.h"
#include "ImportJob.h"
#include "ImportProgressDisplay.h"
#include "ImportReportDialog.h"
#include "ImportSession.h"
#include "ItemDetailView.h"
#include "ItemTextDialog.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MessageBox.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "PreferencesDialog.h"
#include "SampleLibrary.h"
#include "library/WelcomeDialog.h"
#include "SearchPanel.h"
#include "compare/ComparisonWindow.h"
#include "library/LibraryChangeWatcher.h"
#include "tracking/TrackingMenu.h"
#include "store/OpenDatabaseFiles.h"
#include "store/SourceArchive.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <utility>

#include <algorithm>

namespace vigia::app {

namespace {
const QString libraryFilter = QStringLiteral("*.vigia");
bool isLibraryFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QStringLiteral("vigia"), Qt::CaseInsensitive) == 0;
}
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPane(new LibraryPane(this))
    , m_planView(new PlanView(this))
    , m_itemDetail(new ItemDetailView(this))
    , m_searchPanel(new SearchPanel(this))
    , m_searchDock(new QDockWidget(this))
    , m_reviewPanel(new ReviewPanel(m_planView, this))
    , m_reviewDock(new QDockWidget(this))
    , m_verticalSplitter(new QSplitter(Qt::Vertical, this))
    , m_planSplitter(new QSplitter(Qt::Horizontal, this))
    , m_importJob(new ImportJob(this))
    , m_backupJob(new BackupJob(this))
    , m_importSession(new ImportSession(m_importJob, this, this))
    , m_undoStack(new QUndoStack(this))
    , m_planDetails(new PlanDetailsActions(this, m_planView, m_undoStack))
    , m_changeWatcher(new LibraryChangeWatcher(this))
    , m_libraryStatus(new QLabel(this))
    , m_importStatus(new QLabel(this))
    , m_importProgress(new QProgressBar(this))
    , m_importProgressDisplay(new ImportProgressDisplay(m_importStatus, m_importProgress, this))
    , m_cancelImportButton(new QToolButton(this))
    , m_backupProgress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_planSplitter->setObjectName(QStringLiteral("planSplitter"));
    m_planSplitter->addWidget(m_planView);
    m_planSplitter->addWidget(m_itemDetail);
    m_planSplitter->setStretchFactor(0, 3);
    m_planSplitter->setStretchFactor(1, 2);
    m_verticalSplitter->setObjectName(QStringLiteral("verticalSplitter"));
    m_verticalSplitter->addWidget(m_libraryPane);
    m_verticalSplitter->addWidget(m_planSplitter);
    m_verticalSplitter->setStretchFactor(0, 1);
    m_verticalSplitter->setStretchFactor(1, 3);
    m_verticalSplitter->setSizes({220, 600});
    setCentralWidget(m_verticalSplitter);

    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    m_reviewDock->hide();
    m_searchPanel->setSearchFunction([this](const SearchQuery &query) {
        return m_library ? m_library->search(query) : QList<SearchHit>();
    });

    m_libraryStatus->setObjectName(QStringLiteral("libraryStatus"));
    m_importProgress->setMaximumWidth(220);
    m_importProgressDisplay->end();
    m_cancelImportButton->hide();
    statusBar()->addWidget(m_importStatus, 1);
    statusBar()->addWidget(m_importProgress);
    statusBar()->addWidget(m_cancelImportButton);
    // The backup copies all pages in one step: a busy bar, beside the message that says where to.
    m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
    m_backupProgress->setRange(0, 0);
    m_backupProgress->setMaximumWidth(120);
    m_backupProgress->hide();
    statusBar()->addPermanentWidget(m_backupProgress);
    statusBar()->addPermanentWidget(m_libraryStatus);

    m_itemEdits = new ItemEditActions(this, m_planView, m_undoStack);
    createActions();
    createItemMenu();
    createMenus();
    retranslateUi();
    m_cancelImportButton->setDefaultAction(m_cancelImportAction);

    connect(m_libraryPane, &LibraryPane::currentPlanChanged, this, &MainWindow::showPlan);
    connect(m_changeWatcher, &LibraryChangeWatcher::libraryChanged, this, &MainWindow::onLibraryChangedOutside);
    connect(m_planDetails, &PlanDetailsActions::planChanged, this,
            [this](qint64 planId, bool ok, const QString &error) { onItemEdited(planId, 0, ok, error); });
    connect(m_planView, &PlanView::currentIndexChanged, this, &MainWindow::showCurrentItem);
    connect(m_reviewPanel, &ReviewPanel::openCountChanged, this, [this](int open) {
        m_planView->setRowsToReview(open);
        updateReviewDockTitle();
    });
    connect(m_planView, &PlanView::reviewRequested, this, [this] {
        m_reviewDock->show();
        m_reviewDock->raise();
        m_reviewPanel->queueView()->setFocus();
    });
    connect(m_planView, &PlanView::currentIndexChanged, this, &MainWindow::updateItemEditActions);
    connect(m_itemEdits, &ItemEditActions::itemEdited, this, &MainWindow::onItemEdited);
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openItem);
    // The library's counts follow the corrections (a row's dataChanged: the selection stays).
    connect(this, &MainWindow::planCorrected, m_libraryPane->model(), &LibraryTableModel::updatePlanCounts);
    connect(m_importJob, &ImportJob::fileStarted, m_importProgressDisplay, &ImportProgressDisplay::fileStarted);
    connect(m_importJob, &ImportJob::fileProgress, m_importProgressDisplay, &ImportProgressDisplay::fileProgress);
    connect(m_importJob, &ImportJob::fileOcrProgress, m_importProgressDisplay, &ImportProgressDisplay::fileOcrProgress);
    connect(m_importJob, &ImportJob::fileFinished, m_importProgressDisplay, &ImportProgressDisplay::fileFinished);
    connect(m_importSession, &ImportSession::finished, this, &MainWindow::onImportFinished);
    connect(m_backupJob, &BackupJob::finished, this, &MainWindow::onBackupFinished);

    resize(1280, 820);
    restoreState();
    updateActions();
    updateLibraryStatus();
}

MainWindow::~MainWindow()
{
    m_importSession->cancel();
    // The undo stack is a child: QWidget's destructor clears it, and its signals must not reach
    // this half-destroyed window.
    m_undoStack->disconnect(this);
}

void MainWindow::createActions()
{
    // The texts are set by retranslateUi().
    auto make = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newLibraryAction = make(QKeySequence::New, &MainWindow::newLibrary);
    m_openLibraryAction = make(QKeySequence::Open, &MainWindow::chooseLibrary);
    m_importAction = make(QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::chooseFilesToImport);
    m_cancelImportAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), [this] { m_importSession->cancel(); });
    m_removePlanAction = make(QKeySequence(Qt::CTRL | Qt::Key_Delete), &MainWindow::removeCurrentPlan);
    m_backupAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::chooseBackupFile);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_quitAction = make(QKeySequence(Qt::CTRL | Qt::Key_Q), &QWidget::close);
    m_copyAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        if (!m_planView->copyCurrentText())
            statusBar()->showMessage(tr("No hay un ítem elegido para copiar."), 3000);
        else
            statusBar()->showMessage(tr("Texto copiado."), 3000);
    });
    // Plain actions rather than QUndoStack::createUndoAction(), whose prefix cannot be retranslated.
    m_undoAction = make(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { m_undoStack->undo(); });
    m_redoAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undoStack->redo(); });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_editTextAction = make(QKeySequence(Qt::Key_F2), &MainWindow::editCurrentItem);
    m_findAction = make(QKeySequence::Find, &MainWindow::showSearch);
    m_preferencesAction = make(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Ctrl++ / Ctrl+- / Ctrl+0 have one meaning in Vigía: the page's zoom (ItemDetailView).
    m_expandAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { m_planView->expandAll(); });
    m_collapseAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { m_planView->collapseAll(); });
    m_focusLibraryAction = make(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_libraryPane->tableView()->setFocus();
    });
    m_focusPlanAction = make(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { m_planView->treeView()->setFocus(); });
    m_aboutAction = make(QKeySequence(Qt::Key_F1), [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QMenu *file = m_fileMenu;
    file->addAction(m_newLibraryAction);
    file->addAction(m_openLibraryAction);
    m_recentMenu = file->addMenu(QString());
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_cancelImportAction);
    file->addAction(m_removePlanAction);
    file->addSeparator();
    file->addAction(m_backupAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    QMenu *edit = m_editMenu;
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editTextAction);
    edit->addMenu(m_itemEdits->kindMenu());
    edit->addAction(m_itemEdits->splitAction());
    edit->addAction(m_itemEdits->mergeAction());
    edit->addAction(m_itemEdits->moveAction());
    edit->addAction(m_itemEdits->addItemAction());
    edit->addAction(m_itemEdits->deleteItemAction());
    edit->addSeparator();
    edit->addAction(m_planDetails->editDetailsAction());
    edit->addAction(m_planDetails->renameDimensionAction());
    edit->addAction(m_planDetails->mergeDimensionAction());
    edit->addSeparator();
    edit->addAction(m_copyAction);
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    QMenu *view = m_viewMenu;
    view->addAction(m_expandAction);
    view->addAction(m_collapseAction);
    view->addSeparator();
    view->addAction(m_focusLibraryAction);
    view->addAction(m_focusPlanAction);
    QAction *toggleSearch = m_searchDock->toggleViewAction();
    toggleSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addAction(toggleSearch);
    QAction *toggleReview = m_reviewDock->toggleViewAction();
    toggleReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(toggleReview);
    view->addSeparator();
    m_compareAction = view->addAction(QString(), this, [this] { openComparison(); });
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    m_trackingMenu = menuBar()->addMenu(QString());
    new TrackingMenu(this, m_trackingMenu, [this] { refreshLibrary(); });

    m_helpMenu = menuBar()->addMenu(QString());
    QMenu *help = m_helpMenu;
    help->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentLibraries();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path); });
        ++number;
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_library != nullptr;
    const bool importing = isImporting();
    m_importAction->setEnabled(open && !importing);
    m_cancelImportAction->setEnabled(importing);
    m_removePlanAction->setEnabled(open && !importing && m_planView->hasPlan());
    m_backupAction->setEnabled(open && !m_backupJob->isRunning());
    m_newLibraryAction->setEnabled(!importing);
    m_openLibraryAction->setEnabled(!importing);
    m_recentMenu->setEnabled(!importing && !m_recentMenu->isEmpty());
    m_copyAction->setEnabled(m_planView->hasPlan());
    m_editTextAction->setEnabled(open && m_planView->hasPlan());
    m_expandAction->setEnabled(m_planView->hasPlan());
    m_collapseAction->setEnabled(m_planView->hasPlan());
    updateItemEditActions();
}

bool MainWindow::isImporting() const
{
    return m_importSession->isRunning();
}

void MainWindow::restoreState()
{
    const AppSettings settings;
    restoreGeometry(settings.state(QStringLiteral("geometry")));
    QMainWindow::restoreState(settings.state(QStringLiteral("state")));
    m_verticalSplitter->restoreState(settings.state(QStringLiteral("verticalSplitter")));
    m_planSplitter->restoreState(settings.state(QStringLiteral("planSplitter")));
    m_libraryPane->tableView()->horizontalHeader()->restoreState(settings.state(QStringLiteral("libraryHeader")));
}

void MainWindow::saveState()
{
    AppSettings settings;
    settings.setState(QStringLiteral("geometry"), saveGeometry());
    settings.setState(QStringLiteral("state"), QMainWindow::saveState());
    settings.setState(QStringLiteral("verticalSplitter"), m_verticalSplitter->saveState());
    settings.setState(QStringLiteral("planSplitter"), m_planSplitter->saveState());
    settings.setState(QStringLiteral("libraryHeader"), m_libraryPane->tableView()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_importSession->cancel();
    event->accept();
}

void MainWindow::startUp(const QString &libraryPath)
{
    if (!libraryPath.isEmpty()) {
        openLibrary(libraryPath);
        return;
    }
    const QString last = AppSettings().lastLibrary();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openLibrary(last);
        return;
    }
    // First run: the default library, with the bundled samples imported into it.
    const QString path = SampleLibrary::defaultLibraryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!openLibrary(path))
        return;
    const QStringList samples = SampleLibrary::sampleFiles(SampleLibrary::samplesDirectory());
    if (m_libraryPane->model()->plans().isEmpty() && !samples.isEmpty()) {
        statusBar()->showMessage(tr("Primera vez: importando los planes de ejemplo…"));
        m_welcomeAfterImport = importFiles(samples, false);
    }
}

bool MainWindow::openLibrary(const QString &path)
{
    if (isImporting()) {
        MessageBox::warning(this, tr("Importación en curso"), tr("Espere a que termine la importación o cancélela antes de cambiar de biblioteca."));
        return false;
    }
    QString error;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(absolute, &error);
    if (!library) {
        AppSettings().removeRecentLibrary(absolute);
        updateRecentMenu();
        MessageBox::warning(this, tr("No se pudo abrir la biblioteca"), tr("No se pudo abrir la biblioteca %1.").arg(QDir::toNativeSeparators(absolute)), error);
        return false;
    }
    // The undo history belongs to the library it changed.
    m_undoStack->clear();
    m_sourcePaths.clear();
    m_itemEdits->setEditor(nullptr);
    m_editor.reset();
    m_planDetails->setLibrary(nullptr);
    m_reviewPanel->setLibrary(nullptr);
    m_changeWatcher->setLibrary(nullptr);
    m_library = std::move(library);
    m_changeWatcher->setLibrary(m_library.get());
    m_editor = PlanEditor::open(*m_library, &error);
    m_itemEdits->setEditor(m_editor.get());
    m_planDetails->setLibrary(m_editor ? m_library.get() : nullptr);
    m_reviewPanel->setLibrary(m_editor ? m_library.get() : nullptr);
    if (m_library->isAltered())
        MessageBox::warning(this, tr("Biblioteca modificada fuera de Vigía"),
                            tr("La biblioteca %1 fue modificada fuera de Vigía, así que se abrió solo para lectura: puede leer y "
                               "exportar sus planes, pero no cambiarlos ni añadir otros.")
                                .arg(QDir::toNativeSeparators(absolute)),
                            m_library->alteredReason());
    else if (!m_editor)
        MessageBox::warning(this, tr("Biblioteca de solo lectura"), tr("Los planes de esta biblioteca no se podrán corregir."), error);
    AppSettings settings;
    settings.setLastLibrary(absolute);
    settings.addRecentLibrary(absolute);
    updateRecentMenu();
    updateWindowTitle();
    m_planView->clear();
    m_itemDetail->clear();
    m_searchPanel->clearResults();
    m_searchPanel->setOpenPlan(0, {});
    refreshLibrary();
    // The listing refreshLibrary() just read: reading it again costs as much on a large library.
    const QList<PlanSummary> &plans = m_libraryPane->model()->plans();
    if (!plans.isEmpty() && m_libraryPane->currentPlanId() == 0) {
        const QModelIndex first = m_libraryPane->tableView()->model()->index(0, 0);
        m_libraryPane->tableView()->setCurrentIndex(first);
    }
    Q_EMIT libraryOpened(absolute);
    return true;
}

void MainWindow::refreshLibrary()
{
    m_libraryPane->setPlans(m_library ? m_library->plans() : QList<PlanSummary>());
    updateLibraryStatus();
    updateActions();
}

void MainWindow::updateLibraryStatus()
{
    if (!m_library) {
        m_libraryStatus->setText(tr("Ninguna biblioteca abierta"));
        return;
    }
    const QList<PlanSummary> &plans = m_libraryPane->model()->plans();
    int items = 0;
    for (const PlanSummary &plan : plans)
        items += plan.itemCount();
    const QFileInfo file(m_library->path());
    // SQLite keeps recent writes in the write-ahead log beside the file until a checkpoint.
    const qint64 bytes = file.size() + QFileInfo(m_library->path() + QStringLiteral("-wal")).size();
    m_libraryStatus->setText(tr("%1 · %n plan(es)", nullptr, static_cast<int>(plans.size())).arg(file.fileName())
                             + tr(" · %n ítem(s)", nullptr, items)
                             + QStringLiteral(" · ") + QLocale().formattedDataSize(bytes));
    m_libraryStatus->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
}

void MainWindow::showPlan(qint64 planId)
{
    m_itemDetail->clear();
    std::optional<Plan> plan = (m_library && planId != 0) ? m_library->plan(planId) : std::nullopt;
    if (!plan) {
        m_planView->clear();
        m_searchPanel->setOpenPlan(0, {});
        if (m_library && planId != 0)
            reportUnreadablePlan(planId);
    } else {
        m_planView->setPlan(*plan, m_library->importWarnings(planId));
        QStringList dimensions;
        for (const Dimension &dimension : plan->dimensions)
            dimensions.append(dimension.name);
        m_searchPanel->setOpenPlan(planId, dimensions);
    }
    updateActions();
}

void MainWindow::reportUnreadablePlan(qint64 planId)
{
    const QString libraryPath = m_library->path();
    // lastError() reads "PATH: reason"; the message names the library once.
    QString error = m_library->lastError();
    if (const QString prefix = libraryPath + QStringLiteral(": "); error.startsWith(prefix))
        error = error.mid(prefix.size());
    // Not there any more (another program removed it), or there and unreadable?
    const QList<PlanSummary> listed = m_library->plans();
    const bool removed = m_library->lastError().isEmpty()
                         && std::none_of(listed.begin(), listed.end(), [planId](const PlanSummary &plan) { return plan.id == planId; });
    // Told after the selection change that led here has been handled: the answer may reopen the
    // library, which resets the very models whose signals are being delivered now.
    QMetaObject::invokeMethod(this, [this, planId, error, libraryPath, removed] {
        if (!m_library || m_library->path() != libraryPath)
            return;
        if (removed) {
            statusBar()->showMessage(tr("El plan %1 ya no está en la biblioteca: otro programa lo quitó.").arg(planId), 10000);
            refreshLibrary();
            return;
        }
        MessageBox::show(this, QMessageBox::Warning, tr("No se pudo abrir el plan"),
                         tr("No se pudo leer el plan %1 de la biblioteca %2:\n%3\n\n¿Volver a abrir la biblioteca?")
                             .arg(planId)
                             .arg(QDir::toNativeSeparators(libraryPath), error),
                         QMessageBox::Yes | QMessageBox::No,
                         [this, libraryPath](QMessageBox::StandardButton answer) {
                             if (answer == QMessageBox::Yes)
                                 QMetaObject::invokeMethod(this, [this, libraryPath] { openLibrary(libraryPath); }, Qt::QueuedConnection);
                         });
    }, Qt::QueuedConnection);
}

void MainWindow::onLibraryChangedOutside()
{
    // An import of this window's own ends with a refresh of its own.
    if (isImporting() || !m_library)
        return;
    refreshLibrary();
    statusBar()->showMessage(tr("La biblioteca cambió fuera de esta ventana; la lista está al día."), 5000);
}

void MainWindow::showCurrentItem(const QModelIndex &index)
{
    const PlanTreeModel *model = m_planView->model();
    const Item *item = model->itemAt(index);
    if (!item) {
        m_itemDetail->clear();
        return;
    }
    const Plan &plan = m_planView->plan();
    ItemDetailView::Context context;
    context.kind = static_cast<ItemKind>(index.data(PlanTreeModel::ItemKindRole).toInt());
    context.number = index.data(PlanTreeModel::NumberRole).toString();
    context.dimension = model->dimensionNameAt(index);
    context.rowNumber = model->rowNumberAt(index);
    context.sourceFileName = plan.sourceFileName;
    context.sourcePath = sourcePathFor(plan);
    m_itemDetail->showItem(*item, context);
}

// The library's archived copy of a plan's source; for a library filled by other means (vigia-cli
// import keeps no copy), a file of the same name and the same SHA-256 beside the library or among
// the bundled samples.
QString MainWindow::sourcePathFor(const Plan &plan)
{
    if (!m_library || plan.sourceSha256.isEmpty())
        return {};
    const auto known = m_sourcePaths.constFind(plan.sourceSha256);
    if (known != m_sourcePaths.constEnd() && QFileInfo::exists(*known))
        return *known;
    QString found = SourceArchive(m_library->path()).find(plan.sourceSha256, plan.sourceFileName);
    if (found.isEmpty()) {
        const QStringList folders{QFileInfo(m_library->path()).absolutePath(), SampleLibrary::samplesDirectory()};
        for (const QString &folder : folders) {
            if (folder.isEmpty())
                continue;
            const QString candidatePath = QDir(folder).filePath(plan.sourceFileName);
            if (OpenDatabaseFiles::contains(candidatePath))
                continue;
            QFile candidate(candidatePath);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (candidate.open(QIODevice::ReadOnly) && hash.addData(&candidate)
                && hash.result().toHex().compare(plan.sourceSha256, Qt::CaseInsensitive) == 0) {
                found = candidate.fileName();
                break;
            }
        }
    }
    if (!found.isEmpty())
        m_sourcePaths.insert(plan.sourceSha256, found);
    return found;
}

bool MainWindow::openItem(qint64 planId, qint64 itemId)
{
    if (!m_libraryPane->selectPlan(planId))
        return false;
    if (m_planView->plan().id != planId && m_libraryPane->currentPlanId() == planId)
        showPlan(planId);
    if (itemId == 0)
        return true;
    const bool found = m_planView->selectItem(itemId);
    if (found)
        m_planView->treeView()->setFocus();
    return found;
}

void MainWindow::showSearch()
{
    if (!m_searchDock->isVisible()) {
        m_searchDock->show();
        // A third of the window for the results, the rest for the plan.
        resizeDocks({m_searchDock}, {height() / 3}, Qt::Vertical);
    }
    m_searchDock->raise();
    m_searchPanel->focusQuery();
}

ComparisonWindow *MainWindow::openComparison(const QList<qint64> &planIds)
{
    if (!m_library) {
        statusBar()->showMessage(tr("Abra una biblioteca para comparar sus planes."), 3000);
        return nullptr;
    }
    if (m_comparisonWindow && m_comparisonWindow->libraryPath() != m_library->path()) {
        m_comparisonWindow->close(); // deleted later
        m_comparisonWindow = nullptr;
    }
    if (!m_comparisonWindow) {
        m_comparisonWindow = new ComparisonWindow(m_library->path(), this);
        m_comparisonWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    QList<qint64> ids = planIds;
    if (ids.isEmpty() && m_libraryPane->currentPlanId() != 0)
        ids.append(m_libraryPane->currentPlanId());
    if (!ids.isEmpty())
        m_comparisonWindow->comparePlans(ids);
    m_comparisonWindow->show();
    m_comparisonWindow->raise();
    m_comparisonWindow->activateWindow();
    return m_comparisonWindow;
}

void MainWindow::newLibrary()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    FileDialog::getSaveFileName(this, tr("Nueva biblioteca"), directory, tr("Bibliotecas de Vigía (%1)").arg(libraryFilter),
                                [this](const QStringList &paths) {
                                    QString path = paths.first();
                                    if (!isLibraryFile(path))
                                        path += QStringLiteral(".vigia");
                                    if (QFileInfo::exists(path)) {
                                        MessageBox::warning(this, tr("Nueva biblioteca"),
                                                            tr("%1 ya existe. Ábrala con Archivo ▸ Abrir biblioteca o elija otro nombre.")
                                                                .arg(QDir::toNativeSeparators(path)));
                                        return;
                                    }
                                    openLibrary(path);
                                });
}

void MainWindow::chooseLibrary()
{
    const QString directory = m_library ? QFileInfo(m_library->path()).absolutePath() : QDir::homePath();
    FileDialog::getOpenFileName(this, tr("Abrir biblioteca"), directory, tr("Bibliotecas de Vigía (%1)").arg(libraryFilter),
                                [this](const QStringList &paths) { openLibrary(paths.first()); });
}

void MainWindow::chooseFilesToImport()
{
    FileDialog::getOpenFileNames(this, tr("Importar planes de gobierno"), QDir::homePath(),
                                 tr("Planes de gobierno (*.pdf *.txt *.md *.markdown *.json);;Todos los archivos (*)"),
                                 [this](const QStringList &paths) { importFiles(paths); });
}

QString MainWindow::defaultBackupPath() const
{
    if (!m_library)
        return {};
    const QFileInfo library(m_library->path());
    return library.dir().filePath(QStringLiteral("%1-%2.vigia").arg(library.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
}

void MainWindow::chooseBackupFile()
{
    if (!m_library) {
        statusBar()->showMessage(tr("Abra una biblioteca para hacer su copia de seguridad."), 3000);
        return;
    }
    FileDialog::getSaveFileName(this, tr("Copia de seguridad de la biblioteca"), defaultBackupPath(),
                                tr("Bibliotecas de Vigía (%1)").arg(libraryFilter), [this](const QStringList &paths) {
                                    QString path = paths.first();
                                    if (!isLibraryFile(path))
                                        path += QStringLiteral(".vigia");
                                    backupLibrary(path);
                                });
}

bool MainWindow::backupLibrary(const QString &targetPath)
{
    if (!m_library || !m_backupJob->start(m_library->path(), targetPath))
        return false;
    m_backupProgress->show();
    statusBar()->showMessage(tr("Copiando la biblioteca a %1…").arg(QDir::toNativeSeparators(targetPath)));
    updateActions();
    return true;
}

void MainWindow::onBackupFinished(const BackupJob::Outcome &outcome)
{
    m_backupProgress->hide();
    updateActions();
    const QString target = QDir::toNativeSeparators(outcome.targetPath);
    if (outcome.ok) {
        const QString message = tr("Copia de seguridad guardada en %1 (%2).").arg(target, QLocale().formattedDataSize(outcome.bytes));
        statusBar()->showMessage(message, 10000);
        MessageBox::information(this, tr("Copia de seguridad"), message);
        Q_EMIT backupFinished(true, message);
        return;
    }
    const QString message = tr("No se pudo guardar la copia de seguridad en %1.\n%2").arg(target, outcome.error);
    statusBar()->showMessage(tr("No se pudo guardar la copia de seguridad."), 10000);
    MessageBox::warning(this, tr("Copia de seguridad"), message);
    Q_EMIT backupFinished(false, message);
}

bool MainWindow::importFiles(const QStringList &paths, bool showReport)
{
    if (!m_library) {
        MessageBox::warning(this, tr("Importar"), tr("Abra o cree primero una biblioteca."));
        return false;
    }
    if (paths.isEmpty() || !m_importSession->start(m_library->path(), paths))
        return false;
    m_showReportOfRunningImport = showReport;
    m_importProgressDisplay->begin(static_cast<int>(paths.size()));
    m_cancelImportButton->show();
    updateActions();
    return true;
}

void MainWindow::onImportFinished(const ImportReport &finished)
{
    ImportReport report = finished;
    m_importProgressDisplay->end();
    m_cancelImportButton->hide();
    statusBar()->showMessage(tr("Importación terminada: %1").arg(ImportReportDialog::summary(report)), 10000);
    refreshLibrary();
    m_changeWatcher->setLibrary(m_library.get());
    // Plans are named as people know them, never by their (hashed) file names.
    QHash<qint64, QString> names;
    for (const PlanSummary &plan : m_libraryPane->model()->plans())
        names.insert(plan.id, plan.metadata.displayName(plan.sourceFileName));
    for (ImportReport::File &file : report.files)
        file.planName = names.value(file.planId);
    // Show the last plan brought in, so that the user sees what the import gave.
    qint64 lastPlan = 0;
    for (const ImportReport::File &file : report.files) {
        if (file.status == ImportReport::Status::Imported || file.status == ImportReport::Status::Duplicate)
            lastPlan = file.planId;
    }
    if (lastPlan != 0 && m_showReportOfRunningImport)
        m_libraryPane->selectPlan(lastPlan);
    else if (m_libraryPane->currentPlanId() == 0 && m_libraryPane->tableView()->model()->rowCount() > 0)
        m_libraryPane->tableView()->setCurrentIndex(m_libraryPane->tableView()->model()->index(0, 0));
    const bool problems = report.count(ImportReport::Status::Failed) > 0 || report.warningCount() > 0;
    if (std::exchange(m_welcomeAfterImport, false))
        showWelcome(report, problems); // the first start: what Vigía does, not what its samples' reader noticed
    else if (m_showReportOfRunningImport || problems)
        showImportReport(report);
    updateActions();
    Q_EMIT importFinished(report);
}

void MainWindow::showImportReport(const ImportReport &report)
{
    if (m_lastReport)
        m_lastReport->close();
    m_lastReport = new ImportReportDialog(report, this);
    m_lastReport->setAttribute(Qt::WA_DeleteOnClose);
    m_lastReport->open();
}

void MainWindow::showWelcome(const ImportReport &report, bool problems)
{
    m_welcome = new WelcomeDialog(this, m_libraryPane->model()->plans(), problems);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomeDialog::importReportRequested, this, [this, report] { showImportReport(report); });
    m_welcome->open();
}

QString MainWindow::importStatusText() const
{
    return m_importProgressDisplay->statusText();
}

WelcomeDialog *MainWindow::welcomeDialog() const
{
    return m_welcome.data();
}

ImportReportDialog *MainWindow::lastImportReport() const
{
    return m_lastReport.data();
}

void MainWindow::removeCurrentPlan()
{
    const qint64 planId = m_libraryPane->currentPlanId();
    if (!m_library || planId == 0)
        return;
    const QString title = m_planView->titleLabel()->text();
    MessageBox::question(this, tr("Quitar plan"), tr("¿Quitar «%1» de la biblioteca? Esto no se puede deshacer.").arg(title),
                         [this, planId](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes || !m_library)
                                 return;
                             QString error;
                             if (!m_library->removePlan(planId, &error))
                                 MessageBox::warning(this, tr("Quitar plan"), tr("No se pudo quitar el plan."), error);
                             refreshLibrary();
                         });
}

void MainWindow::editCurrentItem()
{
    const Item *item = m_planView->currentItem();
    if (!m_library || !item) {
        statusBar()->showMessage(tr("Elija primero un ítem del plan."), 3000);
        return;
    }
    auto *dialog = new ItemTextDialog(item->text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { correctCurrentItemText(dialog->text()); });
    dialog->open();
}

bool MainWindow::correctCurrentItemText(const QString &text)
{
    const Item *item = m_planView->currentItem();
    if (!m_editor || !item || text.isEmpty())
        return false;
    if (text == item->text)
        return true;
    m_undoStack->push(new EditItemTextCommand(m_editor.get(), item->id, text,
                                              [this](qint64 planId, qint64 itemId, bool ok, const QString &error) {
                                                  onItemEdited(planId, itemId, ok, error);
                                              }));
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// Every text of the window, set again when the language changes (the children retranslate
// themselves on the same QEvent::LanguageChange).
void MainWindow::updateReviewDockTitle()
{
    const int open = m_reviewPanel->model()->openCount();
    m_reviewDock->setWindowTitle(m_planView->hasPlan() ? tr("Filas por revisar (%1)").arg(open) : tr("Filas por revisar"));
    m_reviewDock->toggleViewAction()->setText(tr("Filas por &revisar"));
}

void MainWindow::retranslateUi()
{
    m_planDetails->retranslate();
    updateWindowTitle();
    m_searchDock->setWindowTitle(tr("Búsqueda"));
    m_reviewPanel->retranslate();
    updateReviewDockTitle();
    m_fileMenu->setTitle(tr("&Archivo"));
    m_recentMenu->setTitle(tr("Bibliotecas &recientes"));
    m_editMenu->setTitle(tr("&Editar"));
    m_viewMenu->setTitle(tr("&Ver"));
    m_trackingMenu->setTitle(tr("&Seguimiento"));
    m_helpMenu->setTitle(tr("A&yuda"));

    m_newLibraryAction->setText(tr("&Nueva biblioteca…"));
    m_openLibraryAction->setText(tr("&Abrir biblioteca…"));
    m_importAction->setText(tr("&Importar planes…"));
    m_cancelImportAction->setText(tr("&Cancelar importación"));
    m_removePlanAction->setText(tr("&Quitar plan de la biblioteca…"));
    m_backupAction->setText(tr("Copia de &seguridad…"));
    m_quitAction->setText(tr("&Salir"));
    m_copyAction->setText(tr("&Copiar texto del ítem"));
    updateUndoTexts();
    m_editTextAction->setText(tr("Corregir el &texto del ítem…"));
    m_findAction->setText(tr("&Buscar…"));
    m_preferencesAction->setText(tr("&Preferencias…"));
    m_expandAction->setText(tr("&Expandir todo"));
    m_collapseAction->setText(tr("&Contraer todo"));
    m_focusLibraryAction->setText(tr("Ir a la &lista de planes"));
    m_focusPlanAction->setText(tr("Ir al &plan"));
    m_searchDock->toggleViewAction()->setText(tr("Panel de &búsqueda"));
    m_compareAction->setText(tr("C&omparar planes…"));
    m_aboutAction->setText(tr("&Acerca de Vigía"));
    m_itemEdits->retranslate();
    updateLibraryStatus();
    // The item detail shows what the window gives it: give it again in the new language.
    showCurrentItem(m_planView->treeView()->currentIndex());
}

void MainWindow::updateWindowTitle()
{
    if (!m_library)
        setWindowTitle(tr("Vigía"));
    else if (m_library->isAltered())
        setWindowTitle(tr("%1 (solo lectura: modificada fuera de Vigía) — Vigía").arg(QFileInfo(m_library->path()).fileName()));
    else
        setWindowTitle(tr("%1 — Vigía").arg(QFileInfo(m_library->path()).fileName()));
}

// As QUndoStack::createUndoAction() would: "Deshacer" followed by what the command did.
void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Deshacer") : tr("&Deshacer %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Rehacer") : tr("&Rehacer %1").arg(redo));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList documents;
    QString library;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isLibraryFile(path))
            library = path;
        else
            documents.append(path);
    }
    event->acceptProposedAction();
    if (!documents.isEmpty())
        importFiles(documents);
    else if (!library.isEmpty())
        openLibrary(library);
}

// The plan tree's context menu: the item edits, then the plan's.
void MainWindow::createItemMenu()
{
    QTreeView *tree = m_planView->treeView();
    m_itemMenu = new QMenu(this);
    m_itemMenu->setObjectName(QStringLiteral("itemContextMenu"));
    m_itemMenu->addAction(m_editTextAction);
    m_itemMenu->addMenu(m_itemEdits->kindMenu());
    m_itemMenu->addAction(m_itemEdits->splitAction());
    m_itemMenu->addAction(m_itemEdits->mergeAction());
    m_itemMenu->addAction(m_itemEdits->moveAction());
    m_itemMenu->addSeparator();
    m_itemMenu->addAction(m_itemEdits->addItemAction());
    m_itemMenu->addAction(m_itemEdits->deleteItemAction());
    m_itemMenu->addSeparator();
    m_itemMenu->addAction(m_planDetails->renameDimensionAction());
    m_itemMenu->addAction(m_planDetails->mergeDimensionAction());
    m_itemMenu->addAction(m_planDetails->editDetailsAction());
    m_itemMenu->addSeparator();
    m_itemMenu->addAction(m_copyAction);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &position) {
        if (!m_planView->hasPlan())
            return;
        updateItemEditActions();
        m_itemMenu->popup(tree->viewport()->mapToGlobal(position));
    });
}

void MainWindow::updateItemEditActions()
{
    m_itemEdits->update(isImporting());
    m_planDetails->update(isImporting());
}

void MainWindow::onItemEdited(qint64 planId, qint64 itemId, bool ok, const QString &error)
{
    if (!ok) {
        MessageBox::warning(this, tr("Corregir el plan"), tr("No se pudo guardar la corrección."), error);
        return;
    }
    // Undo and redo may concern a plan that is not open any more: open it again.
    if (m_planView->plan().id != planId)
        openItem(planId, 0);
    if (const std::optional<Plan> plan = m_library->plan(planId)) {
        m_planView->updatePlan(*plan);
        if (itemId != 0)
            m_planView->selectItem(itemId);
        Q_EMIT planCorrected(*plan);
    }
    m_searchPanel->runSearch();
    updateLibraryStatus();
    updateItemEditActions();
    // The correction went through the editor's own connection: not a change from outside.
    m_changeWatcher->setLibrary(m_library.get());
}

} // namespace vigia::app
