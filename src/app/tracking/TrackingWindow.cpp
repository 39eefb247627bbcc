#include "TrackingWindow.h"

#include "AppSettings.h"

#include "ConflictsDialog.h"
#include "common/DesktopOpener.h"
#include "common/SavedFileBar.h"
#include "DashboardView.h"
#include "EvidenceUrlDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ProgressEditDialog.h"
#include "RecordDetailPanel.h"
#include "SemestersDialog.h"
#include "TimelineModel.h"
#include "TrackingTableModel.h"
#include "UnmatchedRecordsDialog.h"
#include "progress/ProgressTracker.h"
#include "progress/TargetValue.h"
#include "store/PlanLibrary.h"
#include "topics/TopicStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace vigia::app {

namespace {

QString planTitle(const Plan &plan)
{
    return plan.metadata.displayName(plan.sourceFileName);
}

} // namespace

TrackingWindow::TrackingWindow(const QString &libraryPath, qint64 planId, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(libraryPath)
    , m_title(new QLabel(this))
    , m_semesterCombo(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_tableModel(new TrackingTableModel(this))
    , m_tableView(new QTableView(this))
    , m_detail(new RecordDetailPanel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_timelineView(new QTableView(this))
    , m_dashboard(new DashboardView(this))
    , m_busyLabel(new QLabel(this))
    , m_savedFileBar(new SavedFileBar(this))
{
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Seguimiento — Vigía"));

    m_library = PlanLibrary::open(libraryPath, &m_error);
    if (m_library)
        m_tracker = ProgressTracker::open(*m_library, &m_error);

    // The records: table on the left; the current item's record, evidence and timeline on the right.
    m_tableView->setModel(m_tableModel);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    // The text gets most of the room; the figures scroll in from the right when the window is narrow.
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setMinimumSectionSize(40);
    const QFontMetrics metrics(m_tableView->font());
    const auto widthOf = [&metrics](const QString &text) { return metrics.horizontalAdvance(text) + 16; };
    m_tableView->setColumnWidth(TrackingTableModel::DimensionColumn, widthOf(QStringLiteral("Institucional ▸ 12")));
    m_tableView->setColumnWidth(TrackingTableModel::KindColumn, widthOf(QStringLiteral("Objetivo")));
    m_tableView->setColumnWidth(TrackingTableModel::TextColumn, metrics.averageCharWidth() * 48);
    m_tableView->setColumnWidth(TrackingTableModel::ObjectiveColumn, metrics.averageCharWidth() * 32);
    m_tableView->setColumnWidth(TrackingTableModel::StatusColumn, widthOf(QStringLiteral("Cumplida parcialmente")));
    m_tableView->setColumnWidth(TrackingTableModel::ProgressColumn, widthOf(QStringLiteral("40 / 80 (50 %)")));
    m_tableView->setColumnWidth(TrackingTableModel::NoteColumn, widthOf(QStringLiteral("una nota breve")));
    m_tableView->setColumnWidth(TrackingTableModel::EvidenceColumn, widthOf(tr("Evidencias")));
    m_tableView->setColumnWidth(TrackingTableModel::EvaluatorColumn, widthOf(QStringLiteral("Evaluadora")));
    m_tableView->setColumnWidth(TrackingTableModel::DateColumn, widthOf(QStringLiteral("31/12/2026")));
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrackingWindow::showCurrentItem);
    connect(m_tableView, &QTableView::doubleClicked, this, &TrackingWindow::editCurrentRecord);

    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->verticalHeader()->hide();
    for (const int column : {TimelineModel::WhenColumn, TimelineModel::WhoColumn, TimelineModel::SemesterColumn, TimelineModel::ActionColumn})
        m_timelineView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::ChangeColumn, QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_timelineView->setWordWrap(false);
    connect(m_detail, &RecordDetailPanel::editRequested, this, &TrackingWindow::editCurrentRecord);
    connect(m_detail, &RecordDetailPanel::addUrlRequested, this, &TrackingWindow::addUrlEvidence);
    connect(m_detail, &RecordDetailPanel::attachFileRequested, this, &TrackingWindow::attachFileEvidence);
    connect(m_detail, &RecordDetailPanel::openEvidenceRequested, this, &TrackingWindow::openCurrentEvidence);
    connect(m_detail, &RecordDetailPanel::currentEvidenceChanged, this, &TrackingWindow::updateActions);

    auto *timeline = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(new QLabel(tr("Historial del ítem:"), this));
    timelineLayout->addWidget(m_timelineView);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tableView);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({940, 380});
    auto *records = new QSplitter(Qt::Vertical, this);
    records->addWidget(split);
    records->addWidget(timeline);
    records->setStretchFactor(0, 3);
    records->setStretchFactor(1, 1);
    records->setSizes({500, 200});
    m_tabs->addTab(records, tr("&Registros"));
    m_tabs->addTab(m_dashboard, tr("&Tablero"));
    connect(m_dashboard, &DashboardView::itemActivated, this, [this](qint64 itemId) {
        showTab(Tab::Records);
        selectItem(itemId);
    });

    auto *top = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    auto *semesterLabel = new QLabel(tr("&Semestre:"), this);
    semesterLabel->setBuddy(m_semesterCombo);
    auto *semestersButton = new QPushButton(tr("Semestres…"), this);
    connect(semestersButton, &QPushButton::clicked, this, &TrackingWindow::editSemesters);
    top->addWidget(m_title, 1);
    top->addWidget(semesterLabel);
    top->addWidget(m_semesterCombo);
    top->addWidget(semestersButton);
    connect(m_semesterCombo, &QComboBox::currentIndexChanged, this, [this] {
        reloadRecords();
        m_dashboard->setSemester(semester());
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_savedFileBar);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_busyLabel);

    createActions();
    connect(&m_outcomeWatcher, &QFutureWatcher<TrackingJobs::Outcome>::finished, this, [this] {
        const TrackingJobs::Outcome outcome = m_outcomeWatcher.result();
        finishJob(outcome.ok, outcome.ok ? tr("%1: %2").arg(m_outcomeDescription, QDir::toNativeSeparators(outcome.path))
                                         : outcome.error);
        if (outcome.ok)
            m_savedFileBar->showFile(m_outcomeDescription, outcome.path);
    });
    connect(&m_mergeWatcher, &QFutureWatcher<MergeReport>::finished, this, &TrackingWindow::onMergeFinished);
    connect(&m_reimportWatcher, &QFutureWatcher<ReimportResult>::finished, this, &TrackingWindow::onReimportFinished);
    resize(1200, 760);
    // Where the user last left it (Qt keeps a restored window on a screen that still exists).
    restoreGeometry(AppSettings().state(QStringLiteral("trackingGeometry")));

    if (m_tracker)
        loadPlan(planId);
    updateActions();
}

TrackingWindow::~TrackingWindow()
{
    // A job still running writes to its own connection; wait so that it does not outlive us.
    m_outcomeWatcher.waitForFinished();
    m_mergeWatcher.waitForFinished();
    m_reimportWatcher.waitForFinished();
}

void TrackingWindow::createActions()
{
    QMenu *menu = menuBar()->addMenu(tr("&Seguimiento"));
    auto add = [this, menu](const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_editAction = add(tr("&Editar avance…"), QKeySequence(Qt::Key_F2), &TrackingWindow::editCurrentRecord);
    m_urlAction = add(tr("Añadir en&lace de evidencia…"), QKeySequence(), &TrackingWindow::addUrlEvidence);
    m_fileAction = add(tr("Adjuntar a&rchivo de evidencia…"), QKeySequence(), &TrackingWindow::attachFileEvidence);
    m_openEvidenceAction = add(tr("A&brir evidencia"), QKeySequence(), &TrackingWindow::openCurrentEvidence);
    menu->addSeparator();
    m_semestersAction = add(tr("&Semestres…"), QKeySequence(), &TrackingWindow::editSemesters);
    m_reimportAction = add(tr("&Importar versión corregida…"), QKeySequence(), &TrackingWindow::chooseCorrectedVersion);
    menu->addSeparator();
    m_exportAction = add(tr("E&xportar seguimiento…"), QKeySequence(), &TrackingWindow::chooseExportFile);
    m_mergeAction = add(tr("&Combinar seguimiento de otro grupo…"), QKeySequence(), &TrackingWindow::chooseFileToMerge);
    m_conflictsAction = add(tr("C&onflictos…"), QKeySequence(), &TrackingWindow::showConflicts);
    menu->addSeparator();
    m_reportAction = add(tr("&Generar informe…"), QKeySequence(Qt::CTRL | Qt::Key_R), &TrackingWindow::chooseReportFile);
    menu->addSeparator();
    add(tr("&Cerrar"), QKeySequence(QKeySequence::Close), &TrackingWindow::close);
}

void TrackingWindow::loadPlan(qint64 planId)
{
    const std::optional<Plan> plan = m_library->plan(planId);
    if (!plan) {
        m_error = m_library->lastError().isEmpty() ? tr("No existe el plan %1.").arg(planId) : m_library->lastError();
        return;
    }
    m_plan = *plan;
    m_title->setText(planTitle(m_plan));
    setWindowTitle(tr("Seguimiento: %1 — Vigía").arg(planTitle(m_plan)));
    m_tableModel->setPlan(m_plan, {});
    loadTopics();
    reloadSemesters();
}

void TrackingWindow::loadTopics()
{
    // Topics are optional here: without them the dashboard simply has no topic filter.
    QString error;
    const std::unique_ptr<TopicStore> store = TopicStore::open(*m_library, &error);
    if (!store)
        return;
    const std::optional<QHash<qint64, QList<ItemTopic>>> itemTopics = store->itemTopics(m_plan.id, &error);
    if (!itemTopics)
        return;
    QHash<QString, QSet<qint64>> itemsByTopic;
    for (auto it = itemTopics->constBegin(); it != itemTopics->constEnd(); ++it) {
        for (const ItemTopic &topic : it.value())
            itemsByTopic[topic.key].insert(it.key());
    }
    QList<std::pair<QString, QString>> keysAndNames;
    for (const Topic &topic : store->topics()) {
        if (itemsByTopic.contains(topic.key))
            keysAndNames.append({topic.key, topic.name});
    }
    m_dashboard->setTopics(keysAndNames, itemsByTopic);
}

QString TrackingWindow::semester() const
{
    return m_semesterCombo->currentText();
}

QStringList TrackingWindow::semesters() const
{
    QStringList list;
    for (int index = 0; index < m_semesterCombo->count(); ++index)
        list.append(m_semesterCombo->itemText(index));
    return list;
}

bool TrackingWindow::setSemester(const QString &semester)
{
    const int index = m_semesterCombo->findText(semester);
    if (index < 0)
        return false;
    m_semesterCombo->setCurrentIndex(index);
    return true;
}

void TrackingWindow::reloadSemesters()
{
    const QString current = semester();
    QString error;
    const QStringList list = m_tracker->semesters(m_plan.id, &error);
    {
        const QSignalBlocker blocker(m_semesterCombo);
        m_semesterCombo->clear();
        m_semesterCombo->addItems(list);
        // Today's semester, or the last, unless one was chosen already.
        int index = m_semesterCombo->findText(current);
        if (index < 0) {
            const QDate today = QDate::currentDate();
            index = m_semesterCombo->findText(QStringLiteral("%1-S%2").arg(today.year()).arg(today.month() <= 6 ? 1 : 2));
        }
        if (index < 0)
            index = m_semesterCombo->count() - 1;
        m_semesterCombo->setCurrentIndex(index);
    }
    if (list.isEmpty())
        statusBar()->showMessage(tr("El plan no indica su periodo: indique los semestres del seguimiento (Semestres…)."));
    reloadRecords();
}

void TrackingWindow::reloadRecords()
{
    if (!m_tracker || m_plan.id == 0)
        return;
    const qint64 current = currentItemId();
    QString error;
    const QList<ProgressRecord> all = m_tracker->records(m_plan.id, {}, &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    QList<ProgressRecord> ofSemester;
    for (const ProgressRecord &record : all) {
        if (record.semester == semester())
            ofSemester.append(record);
    }
    m_tableModel->setRecords(ofSemester);
    m_dashboard->setData(m_plan, semesters(), all);
    m_dashboard->setSemester(semester());
    if (current != 0)
        selectItem(current);
    showCurrentItem();
}

bool TrackingWindow::setSemesters(const QStringList &list)
{
    QString error;
    if (!m_tracker->setSemesters(m_plan.id, list, &error)) {
        MessageBox::warning(this, tr("No se cambiaron los semestres"), error);
        return false;
    }
    reloadSemesters();
    return true;
}

void TrackingWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Records ? 0 : 1);
}

bool TrackingWindow::selectItem(qint64 itemId)
{
    const int row = m_tableModel->rowOfItem(itemId);
    if (row < 0)
        return false;
    const QModelIndex index = m_tableModel->index(row, TrackingTableModel::TextColumn);
    m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

qint64 TrackingWindow::currentItemId() const
{
    const TrackingTableModel::Line *line = m_tableModel->lineAt(m_tableView->currentIndex().row());
    return line ? line->itemId : 0;
}

std::optional<ProgressRecord> TrackingWindow::currentRecord() const
{
    const TrackingTableModel::Line *line = m_tableModel->lineAt(m_tableView->currentIndex().row());
    return line ? line->record : std::nullopt;
}

void TrackingWindow::showCurrentItem()
{
    const TrackingTableModel::Line *line = m_tableModel->lineAt(m_tableView->currentIndex().row());
    m_detail->showLine(line, semester());
    if (!line) {
        m_timelineModel->setEntries({});
        updateActions();
        return;
    }
    QString error;
    m_timelineModel->setEntries(m_tracker->history(line->itemId, &error));
    updateActions();
    Q_EMIT currentItemChanged(line->itemId);
}

void TrackingWindow::updateActions()
{
    const bool ready = isReady();
    const bool item = ready && currentItemId() != 0 && !semester().isEmpty();
    for (QAction *action : {m_editAction, m_urlAction, m_fileAction})
        action->setEnabled(item);
    m_detail->setItemActionsEnabled(item);
    m_openEvidenceAction->setEnabled(m_detail->currentEvidenceId() != 0);
    m_semestersAction->setEnabled(ready);
    for (QAction *action : {m_reimportAction, m_exportAction, m_mergeAction})
        action->setEnabled(ready && !m_busy);
    m_reportAction->setEnabled(ready && !m_busy && !semester().isEmpty());
    m_conflictsAction->setEnabled(ready);
}

// ---- records and evidence ------------------------------------------------------------------

void TrackingWindow::editCurrentRecord()
{
    const TrackingTableModel::Line *line = m_tableModel->lineAt(m_tableView->currentIndex().row());
    if (!line || semester().isEmpty())
        return;
    auto *dialog = new ProgressEditDialog(line->text, semester(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ProgressValues values = line->record ? line->record->values : ProgressValues{};
    if (values.evaluator.isEmpty())
        values.evaluator = evaluator();
    const std::optional<double> stated = line->kind == ItemKind::Target ? TargetValue::fromText(line->text) : std::nullopt;
    dialog->setValues(values, stated);
    const qint64 itemId = line->itemId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, itemId] { saveProgress(itemId, dialog->values()); });
    dialog->open();
}

bool TrackingWindow::saveProgress(qint64 itemId, const ProgressValues &values)
{
    QString error;
    if (!m_tracker->setProgress(itemId, semester(), values, &error)) {
        MessageBox::warning(this, tr("No se guardó el avance"), error);
        return false;
    }
    AppSettings().setLastEvaluator(m_libraryPath, values.evaluator);
    reloadRecords();
    selectItem(itemId);
    statusBar()->showMessage(tr("Avance guardado."), 4000);
    return true;
}

bool TrackingWindow::storeEvidence(qint64 itemId, const PendingEvidence &evidence, QString *error)
{
    if (const std::optional<ProgressRecord> record = m_tracker->record(itemId, semester(), error))
        return m_tracker->addEvidence(record->id, evidence, error).has_value();
    if (!error->isEmpty())
        return false;
    // No record yet: an empty one and the evidence, in one transaction.
    ProgressValues values;
    values.evaluator = evaluator();
    return m_tracker->setProgress(itemId, semester(), values, {evidence}, error).has_value();
}

void TrackingWindow::addUrlEvidence()
{
    const qint64 itemId = currentItemId();
    if (itemId == 0 || semester().isEmpty())
        return;
    auto *dialog = new EvidenceUrlDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddedBy(evaluator());
    connect(dialog, &QDialog::accepted, this, [this, dialog, itemId] {
        addEvidenceUrl(itemId, dialog->url(), dialog->consultedOn(), dialog->title(), dialog->addedBy());
    });
    dialog->open();
}

bool TrackingWindow::addEvidenceUrl(qint64 itemId, const QString &url, const QDate &consultedOn, const QString &title,
                                    const QString &addedBy)
{
    QString error;
    const std::optional<PendingEvidence> evidence =
        EvidenceIntake::fromUrl(url, consultedOn, addedBy.isEmpty() ? evaluator() : addedBy, &error, title);
    if (!evidence || !storeEvidence(itemId, *evidence, &error)) {
        MessageBox::warning(this, tr("No se añadió la evidencia"), error);
        return false;
    }
    if (!addedBy.isEmpty())
        AppSettings().setLastEvaluator(m_libraryPath, addedBy);
    reloadRecords();
    selectItem(itemId);
    return true;
}

void TrackingWindow::attachFileEvidence()
{
    const qint64 itemId = currentItemId();
    if (itemId == 0 || semester().isEmpty())
        return;
    FileDialog::getOpenFileName(this, tr("Adjuntar archivo de evidencia"), FileDialog::saveFolder(), tr("Todos los archivos (*)"),
                                [this, itemId](const QStringList &paths) {
                                    if (!paths.isEmpty())
                                        addEvidenceFile(itemId, paths.constFirst());
                                });
}

bool TrackingWindow::addEvidenceFile(qint64 itemId, const QString &path)
{
    QString error;
    const std::optional<PendingEvidence> evidence = EvidenceIntake::fromFile(path, evaluator(), &error);
    if (!evidence || !storeEvidence(itemId, *evidence, &error)) {
        MessageBox::warning(this, tr("No se adjuntó el archivo"), error);
        return false;
    }
    reloadRecords();
    selectItem(itemId);
    return true;
}

void TrackingWindow::openCurrentEvidence()
{
    if (const qint64 evidenceId = m_detail->currentEvidenceId(); evidenceId != 0)
        openEvidence(evidenceId);
}

bool TrackingWindow::openEvidence(qint64 evidenceId)
{
    const std::optional<ProgressRecord> record = currentRecord();
    if (!record)
        return false;
    for (const Evidence &evidence : record->evidence) {
        if (evidence.id != evidenceId)
            continue;
        if (evidence.kind == Evidence::Kind::Url)
            return DesktopOpener::open(QUrl(evidence.url));
        if (!m_evidenceDir.isValid()) {
            MessageBox::warning(this, tr("No se abrió la evidencia"), tr("No hay una carpeta temporal donde escribirla."));
            return false;
        }
        QString error;
        const QString path = m_tracker->saveEvidence(evidenceId, m_evidenceDir.path(), &error);
        if (path.isEmpty()) {
            MessageBox::warning(this, tr("No se abrió la evidencia"), error);
            return false;
        }
        return DesktopOpener::open(QUrl::fromLocalFile(path));
    }
    return false;
}

void TrackingWindow::editSemesters()
{
    auto *dialog = new SemestersDialog(semesters(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setSemesters(dialog->semesters()); });
    dialog->open();
}

// ---- jobs ----------------------------------------------------------------------------------

void TrackingWindow::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_busyLabel->setText(busy ? message : QString());
    updateActions();
}

void TrackingWindow::finishJob(bool ok, const QString &message)
{
    setBusy(false);
    m_lastJobMessage = message;
    if (ok)
        statusBar()->showMessage(message, 8000);
    else
        MessageBox::warning(this, tr("Seguimiento"), message);
    Q_EMIT jobFinished(ok, message);
}

void TrackingWindow::chooseCorrectedVersion()
{
    FileDialog::getOpenFileName(this, tr("Importar versión corregida"), FileDialog::saveFolder(),
                                tr("Planes (*.pdf *.txt *.md *.json);;Todos los archivos (*)"),
                                [this](const QStringList &paths) {
                                    if (!paths.isEmpty())
                                        startReimport(paths.constFirst());
                                });
}

bool TrackingWindow::startReimport(const QString &path)
{
    if (m_busy || !isReady())
        return false;
    setBusy(true, tr("Importando la versión corregida…"));
    m_reimportWatcher.setFuture(TrackingJobs::reimport(m_libraryPath, m_plan.id, path, evaluator()));
    return true;
}

void TrackingWindow::onReimportFinished()
{
    const ReimportResult result = m_reimportWatcher.result();
    if (!result.ok) {
        finishJob(false, result.error);
        return;
    }
    loadPlan(result.newPlanId);
    Q_EMIT libraryChanged();
    const QString message = tr("Nueva versión importada: %n registro(s) pasaron a la nueva versión", nullptr,
                               static_cast<int>(result.moved.size()))
        + QStringLiteral("; ") + tr("%n sin ítem correspondiente.", nullptr, static_cast<int>(result.unmatched.size()));
    finishJob(true, message);
    if (!result.unmatched.isEmpty()) {
        m_unmatchedDialog = new UnmatchedRecordsDialog(*m_tracker, m_plan, evaluator(), this);
        m_unmatchedDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_unmatchedDialog, &UnmatchedRecordsDialog::recordAttached, this, &TrackingWindow::reloadRecords);
        m_unmatchedDialog->open();
    }
}

ConflictsDialog *TrackingWindow::conflictsDialog() const
{
    return m_conflictsDialog.data();
}

UnmatchedRecordsDialog *TrackingWindow::unmatchedDialog() const
{
    return m_unmatchedDialog.data();
}

void TrackingWindow::chooseExportFile()
{
    const QString name = FileDialog::fileNameFrom(QStringLiteral("seguimiento"), {m_plan.metadata.place, m_plan.metadata.period}, QStringLiteral(".json"));
    FileDialog::getSaveFileName(this, tr("Exportar seguimiento"), QDir(FileDialog::saveFolder()).filePath(name),
                                tr("Seguimiento de Vigía (*.json)"), [this](const QStringList &paths) {
                                    if (!paths.isEmpty())
                                        startExport(paths.constFirst());
                                });
}

bool TrackingWindow::startExport(const QString &path)
{
    if (m_busy || !isReady())
        return false;
    setBusy(true, tr("Exportando el seguimiento…"));
    m_outcomeDescription = tr("Seguimiento exportado");
    m_outcomeWatcher.setFuture(TrackingJobs::exportTracking(m_libraryPath, m_plan.id, evaluator(), path));
    return true;
}

void TrackingWindow::chooseFileToMerge()
{
    FileDialog::getOpenFileName(this, tr("Combinar seguimiento de otro grupo"), FileDialog::saveFolder(),
                                tr("Seguimiento de Vigía (*.json);;Todos los archivos (*)"),
                                [this](const QStringList &paths) {
                                    if (!paths.isEmpty())
                                        startMerge(paths.constFirst());
                                });
}

bool TrackingWindow::startMerge(const QString &path)
{
    if (m_busy || !isReady())
        return false;
    setBusy(true, tr("Combinando el seguimiento…"));
    m_mergeWatcher.setFuture(TrackingJobs::mergeTracking(m_libraryPath, path, m_plan.id, evaluator()));
    return true;
}

void TrackingWindow::onMergeFinished()
{
    const MergeReport report = m_mergeWatcher.result();
    if (!report.ok) {
        finishJob(false, report.error);
        return;
    }
    reloadRecords();
    const QString message = report.changedNothing()
        ? tr("El archivo de %1 no trae nada nuevo.").arg(report.origin)
        : tr("Combinado el seguimiento de %1: %2 registro(s) nuevo(s), %3 evidencia(s), %4 conflicto(s), %5 sin ítem.")
              .arg(report.origin)
              .arg(report.addedRecords)
              .arg(report.addedEvidence)
              .arg(report.conflicts.size())
              .arg(report.unmatched.size());
    finishJob(true, message);
    if (!report.conflicts.isEmpty())
        showConflicts();
}

void TrackingWindow::showConflicts()
{
    if (!isReady())
        return;
    if (m_conflictsDialog) {
        m_conflictsDialog->raise();
        return;
    }
    QHash<qint64, QString> texts;
    for (const TrackingTableModel::Line &line : m_tableModel->lines())
        texts.insert(line.itemId, line.text);
    m_conflictsDialog = new ConflictsDialog(*m_tracker, m_plan.id, texts, evaluator(), this);
    m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflictsDialog, &ConflictsDialog::conflictResolved, this, &TrackingWindow::reloadRecords);
    m_conflictsDialog->open();
}

void TrackingWindow::chooseReportFile()
{
    const QString name = FileDialog::fileNameFrom(QStringLiteral("informe"), {m_plan.metadata.place, semester()}, QStringLiteral(".pdf"));
    FileDialog::getSaveFileName(this, tr("Generar informe de %1").arg(semester()), QDir(FileDialog::saveFolder()).filePath(name),
                                tr("PDF (*.pdf);;HTML (*.html)"), [this](const QStringList &paths) {
                                    if (!paths.isEmpty())
                                        startReport(paths.constFirst());
                                });
}

bool TrackingWindow::startReport(const QString &path)
{
    if (m_busy || !isReady() || semester().isEmpty())
        return false;
    QString target = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"html" && suffix != u"htm")
        target += QStringLiteral(".pdf");
    setBusy(true, tr("Generando el informe…"));
    m_outcomeDescription = tr("Informe generado");
    m_outcomeWatcher.setFuture(TrackingJobs::writeReport(m_libraryPath, m_plan.id, semester(), target));
    return true;
}

} // namespace vigia::app

namespace vigia::app {

QListWidget *TrackingWindow::evidenceList() const
{
    return m_detail->evidenceList();
}

QString TrackingWindow::evaluator() const
{
    const QString remembered = AppSettings().lastEvaluator(m_libraryPath);
    return remembered.isEmpty() ? ProgressTracker::defaultEvaluator() : remembered;
}

void TrackingWindow::closeEvent(QCloseEvent *event)
{
    AppSettings().setState(QStringLiteral("trackingGeometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace vigia::app
