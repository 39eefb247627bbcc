#include "AppSettings.h"
#include "AppTestSupport.h"
#include "FileDialog.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PlanView.h"
#include "json/PlanJson.h"
#include "progress/ProgressReport.h"
#include "progress/ProgressTracker.h"
#include "progress/Semester.h"
#include "progress/TrackingExchange.h"
#include "topics/TopicStore.h"
#include "topics/TopicTaxonomy.h"
#include "tracking/ConflictsDialog.h"
#include "tracking/DashboardView.h"
#include "tracking/EvidenceUrlDialog.h"
#include "tracking/ProgressEditDialog.h"
#include "tracking/SemestersDialog.h"
#include "tracking/TimelineModel.h"
#include "tracking/TrackingMenu.h"
#include "tracking/TrackingStatistics.h"
#include "tracking/TrackingTableModel.h"
#include "common/DesktopOpener.h"
#include "common/SavedFileBar.h"
#include "tracking/TrackingWindow.h"
#include "tracking/UnmatchedRecordsDialog.h"

#include <poppler-qt6.h>

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

constexpr int jobTimeoutMs = 120000;

// A library of the shared gold plans and, in it, the plan to track: the one with a period and the
// most metas spread over at least two dimensions (found, not named).
struct Fixture {
    QTemporaryDir dir;
    QString path;
    qint64 planId = 0;
    Plan plan;

    bool create()
    {
        path = dir.filePath(QStringLiteral("lib.vigia"));
        if (!makeLibrary(path, goldFiles()))
            return false;
        QString error;
        const std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
        int best = 0;
        for (const PlanSummary &summary : library->plans()) {
            const std::optional<Plan> candidate = library->plan(summary.id);
            int dimensionsWithMetas = 0;
            for (const Dimension &dimension : candidate->dimensions) {
                for (const Row &row : dimension.rows) {
                    if (!row.items(ItemKind::Target).isEmpty()) {
                        ++dimensionsWithMetas;
                        break;
                    }
                }
            }
            const int metas = static_cast<int>(candidate->itemCount(ItemKind::Target));
            if (!candidate->metadata.period.isEmpty() && dimensionsWithMetas >= 2 && metas > best) {
                best = metas;
                plan = *candidate;
                planId = summary.id;
            }
        }
        return planId != 0;
    }

    QList<qint64> metaIds() const
    {
        QList<qint64> ids;
        for (const Dimension &dimension : plan.dimensions)
            for (const Row &row : dimension.rows)
                for (const Item &item : row.items(ItemKind::Target))
                    ids.append(item.id);
        return ids;
    }
};

ProgressValues valuesOf(ProgressStatus status, std::optional<double> percent, const QString &note,
                        const QString &evaluator = QStringLiteral("Tester"))
{
    ProgressValues values;
    values.status = status;
    values.percent = percent;
    values.note = note;
    values.evaluator = evaluator;
    values.assessedOn = QDate(2021, 5, 2);
    return values;
}

QString pdfText(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return {};
    QString text;
    for (int index = 0; index < document->numPages(); ++index) {
        if (std::unique_ptr<Poppler::Page> page = document->page(index))
            text += page->text(QRectF()) + u'\n';
    }
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestTracking : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-tracking-test"));
        qputenv("VIGIA_EVALUATOR", "Evaluadora Uno");
    }

    void theModelsPassTheModelTester()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        QVERIFY2(window.isReady(), qPrintable(window.error()));
        QAbstractItemModelTester tableTester(window.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timelineTester(window.timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Objectives and metas of the plan, nothing else.
        QCOMPARE(window.tableModel()->rowCount(),
                 fixture.plan.itemCount(ItemKind::Objective) + fixture.plan.itemCount(ItemKind::Target));
        const qint64 meta = fixture.metaIds().constFirst();
        QVERIFY(window.selectItem(meta));
        QVERIFY(window.saveProgress(meta, valuesOf(ProgressStatus::InProgress, 30.0, QStringLiteral("primera"))));
        QVERIFY(window.saveProgress(meta, valuesOf(ProgressStatus::Met, 100.0, QStringLiteral("segunda"))));
        QCOMPARE(window.timelineModel()->rowCount(), 2);
        QVERIFY(window.setSemester(window.semesters().constFirst()));
        QVERIFY(window.setSemester(window.semesters().constLast()));

        // The models on their own, filled and emptied.
        TrackingTableModel table;
        QAbstractItemModelTester standalone(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setPlan(fixture.plan, window.tracker()->records(fixture.planId));
        table.clear();
        TimelineModel timeline;
        QAbstractItemModelTester standaloneTimeline(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setEntries(window.tracker()->history(meta));
        QCOMPARE(timeline.rowCount(), 2);
        timeline.setEntries({});
    }

    // Two metas with the same text are told apart by their dimension ▸ row and the objective they serve.
    void metasWithTheSameTextAreToldApartByRowAndObjective()
    {
        const auto itemOf = [](qint64 id, const QString &text) {
            Item item;
            item.id = id;
            item.text = text;
            return item;
        };
        Plan plan;
        Dimension social;
        social.name = QStringLiteral("Social");
        Row first;
        first.items(ItemKind::Problem).append(itemOf(1, QStringLiteral("Anemia infantil")));
        first.items(ItemKind::Objective).append(itemOf(2, QStringLiteral("Reducir la anemia")));
        first.items(ItemKind::Target).append(itemOf(3, QStringLiteral("25% DE POBLACIÓN ATENDIDA")));
        Row second;
        second.items(ItemKind::Objective).append(itemOf(4, QStringLiteral("Ampliar el agua potable")));
        second.items(ItemKind::Indicator).append(itemOf(5, QStringLiteral("Hogares con conexión")));
        second.items(ItemKind::Target).append(itemOf(6, QStringLiteral("25% DE POBLACIÓN ATENDIDA")));
        social.rows = {first, second};
        plan.dimensions = {social};

        TrackingTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setPlan(plan, {});
        QCOMPARE(table.rowCount(), 4);
        const int firstMeta = table.rowOfItem(3);
        const int secondMeta = table.rowOfItem(6);
        const auto cell = [&table](int row, int column, int role = Qt::DisplayRole) {
            return table.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(firstMeta, TrackingTableModel::TextColumn), cell(secondMeta, TrackingTableModel::TextColumn));
        QCOMPARE(cell(firstMeta, TrackingTableModel::DimensionColumn), QStringLiteral("Social ▸ 1"));
        QCOMPARE(cell(secondMeta, TrackingTableModel::DimensionColumn), QStringLiteral("Social ▸ 2"));
        QCOMPARE(cell(firstMeta, TrackingTableModel::ObjectiveColumn), QStringLiteral("Reducir la anemia"));
        QCOMPARE(cell(secondMeta, TrackingTableModel::ObjectiveColumn), QStringLiteral("Ampliar el agua potable"));
        // An objective serves no objective; its row's problem is in its tooltip.
        QVERIFY(cell(table.rowOfItem(2), TrackingTableModel::ObjectiveColumn).isEmpty());
        QVERIFY(cell(table.rowOfItem(2), TrackingTableModel::TextColumn, Qt::ToolTipRole).contains(QStringLiteral("Anemia infantil")));
        QVERIFY(cell(secondMeta, TrackingTableModel::TextColumn, Qt::ToolTipRole).contains(QStringLiteral("Hogares con conexión")));
        QVERIFY(!cell(firstMeta, TrackingTableModel::TextColumn, Qt::ToolTipRole).contains(QStringLiteral("Hogares con conexión")));
    }

    // The window opens where and as large as it was when last closed.
    void theWindowKeepsItsSizeAndPlace()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        {
            TrackingWindow window(fixture.path, fixture.planId);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1420, 820);
            QTRY_COMPARE(window.size(), QSize(1420, 820));
            window.close();
        }
        TrackingWindow reopened(fixture.path, fixture.planId);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.size(), QSize(1420, 820));
    }

    // The evaluator named once is offered again for every record of the library, and by the
    // next window on it; another library starts from the login name.
    void theEvaluatorIsRememberedPerLibrary()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        {
            TrackingWindow window(fixture.path, fixture.planId);
            QVERIFY(window.setSemester(window.semesters().value(1)));
            const QList<qint64> metas = fixture.metaIds();
            QVERIFY(metas.size() >= 2);
            QVERIFY(window.selectItem(metas[0]));
            window.editCurrentRecord();
            auto *dialog = window.findChild<ProgressEditDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->values().evaluator, QStringLiteral("Evaluadora Uno"));
            dialog->setEvaluator(QStringLiteral("Observatorio Vigila"));
            dialog->setStatus(ProgressStatus::InProgress);
            dialog->accept();
            QVERIFY(window.selectItem(metas[1]));
            window.editCurrentRecord();
            QTRY_VERIFY(window.findChildren<ProgressEditDialog *>().size() == 1 && window.findChild<ProgressEditDialog *>()->isVisible());
            QCOMPARE(window.findChild<ProgressEditDialog *>()->values().evaluator, QStringLiteral("Observatorio Vigila"));
            window.findChild<ProgressEditDialog *>()->reject();
        }
        TrackingWindow reopened(fixture.path, fixture.planId);
        QCOMPARE(reopened.evaluator(), QStringLiteral("Observatorio Vigila"));
        Fixture other;
        QVERIFY(other.create());
        TrackingWindow elsewhere(other.path, other.planId);
        QCOMPARE(elsewhere.evaluator(), QStringLiteral("Evaluadora Uno"));
    }

    // Save dialogs start in Documents, then where the last file was saved, with a name people
    // know: the place and the semester, never an internal id.
    void saveDialogsSuggestAFolderAndANameFromThePlan()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        QVERIFY(window.setSemester(window.semesters().value(1)));
        AppSettings().setState(QStringLiteral("lastSaveFolder"), {});
        FileDialog::setNextFileNames({}); // cancelled
        window.chooseReportFile();
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expectedName = QStringLiteral("informe-%1-%2.pdf")
                                         .arg(TopicTaxonomy::keyForName(fixture.plan.metadata.place), window.semester().toLower());
        QCOMPARE(FileDialog::lastSuggestion(), QDir(documents).filePath(expectedName));
        QVERIFY(!FileDialog::lastSuggestion().contains(QString::number(fixture.planId) + QLatin1Char('-')));

        QTemporaryDir elsewhere;
        FileDialog::setNextFileNames({QDir(elsewhere.path()).filePath(QStringLiteral("seguimiento.json"))});
        window.chooseExportFile();
        QTRY_VERIFY(!window.isBusy());
        FileDialog::setNextFileNames({});
        window.chooseReportFile();
        QCOMPARE(QFileInfo(FileDialog::lastSuggestion()).absolutePath(), QFileInfo(elsewhere.path()).absoluteFilePath());
        AppSettings().setState(QStringLiteral("lastSaveFolder"), {});
    }

    void semestersComeFromThePeriodAndCanBeEdited()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        QCOMPARE(window.semesters(), Semester::forPeriod(fixture.plan.metadata.period));
        window.editSemesters();
        auto *dialog = window.findChild<SemestersDialog *>();
        QVERIFY(dialog);
        dialog->setText(QStringLiteral("2021-s2, nonsense"));
        dialog->accept();
        QVERIFY(dialog->isVisible()); // refused: "nonsense" is no semester
        const QString first = Semester::forPeriod(fixture.plan.metadata.period).constFirst();
        dialog->setText(QStringLiteral("2031-S1; %1").arg(first));
        dialog->accept();
        QCOMPARE(window.semesters(), (QStringList{first, QStringLiteral("2031-S1")}));
        QCOMPARE(window.tracker()->semesters(fixture.planId), window.semesters());
    }

    void settingStatusValueAndNoteShowsInTableAndTimeline()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        const QString semester = window.semesters().value(1);
        QVERIFY(window.setSemester(semester));
        const qint64 meta = fixture.metaIds().constFirst();
        QVERIFY(window.selectItem(meta));

        window.editCurrentRecord();
        auto *dialog = window.findChild<ProgressEditDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->values().evaluator, QStringLiteral("Evaluadora Uno"));
        dialog->setStatus(ProgressStatus::InProgress);
        dialog->setMeasure(ProgressEditDialog::Measure::Value, 40.0);
        dialog->setTarget(80.0);
        dialog->setNote(QStringLiteral("Avance según el portal de transparencia"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());

        const std::optional<ProgressRecord> record = window.tracker()->record(meta, semester);
        QVERIFY(record);
        QCOMPARE(record->values.status, ProgressStatus::InProgress);
        QCOMPARE(record->values.achievedValue, std::optional<double>(40.0));
        QCOMPARE(record->values.targetValue, std::optional<double>(80.0));

        const int row = window.tableModel()->rowOfItem(meta);
        auto cell = [&](int column) { return window.tableModel()->index(row, column).data().toString(); };
        QCOMPARE(cell(TrackingTableModel::StatusColumn), progressStatusLabel(ProgressStatus::InProgress));
        QVERIFY2(cell(TrackingTableModel::ProgressColumn).contains(QStringLiteral("50")), qPrintable(cell(TrackingTableModel::ProgressColumn)));
        QCOMPARE(cell(TrackingTableModel::NoteColumn), QStringLiteral("Avance según el portal de transparencia"));
        QCOMPARE(cell(TrackingTableModel::EvaluatorColumn), QStringLiteral("Evaluadora Uno"));
        // Dates with four-digit years (ISO), never "6/12/26".
        QCOMPARE(cell(TrackingTableModel::DateColumn), record->values.assessedOn.toString(Qt::ISODate));

        // The timeline: one "set" entry, nothing before, the new values after.
        QCOMPARE(window.timelineModel()->rowCount(), 1);
        auto entry = [&](int column) { return window.timelineModel()->index(0, column).data().toString(); };
        QCOMPARE(entry(TimelineModel::ActionColumn), TimelineModel::actionLabel(QStringLiteral("set")));
        QCOMPARE(entry(TimelineModel::WhoColumn), QStringLiteral("Evaluadora Uno"));
        QVERIFY2(QDateTime::fromString(entry(TimelineModel::WhenColumn), QStringLiteral("yyyy-MM-dd HH:mm")).isValid(),
                 qPrintable(entry(TimelineModel::WhenColumn)));
        QVERIFY(entry(TimelineModel::ChangeColumn).startsWith(QStringLiteral("— → ")));
        QVERIFY(entry(TimelineModel::ChangeColumn).contains(progressStatusLabel(ProgressStatus::InProgress)));

        // A second change shows old → new.
        window.editCurrentRecord();
        dialog = window.findChildren<ProgressEditDialog *>().constLast();
        dialog->setStatus(ProgressStatus::Met);
        dialog->setMeasure(ProgressEditDialog::Measure::Percent, 150.0);
        dialog->accept();
        QVERIFY(dialog->isVisible()); // a percentage over 100 is refused
        dialog->setMeasure(ProgressEditDialog::Measure::Percent, 100.0);
        dialog->accept();
        QTRY_COMPARE(window.timelineModel()->rowCount(), 2);
        const QString change = window.timelineModel()->index(1, TimelineModel::ChangeColumn).data().toString();
        QVERIFY2(change.indexOf(progressStatusLabel(ProgressStatus::InProgress)) < change.indexOf(progressStatusLabel(ProgressStatus::Met)),
                 qPrintable(change));
        QCOMPARE(cell(TrackingTableModel::StatusColumn), progressStatusLabel(ProgressStatus::Met));
    }

    void urlAndFileEvidenceAreAddedListedAndOpened()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        const qint64 meta = fixture.metaIds().constLast();
        QVERIFY(window.selectItem(meta));
        QList<QUrl> opened;
        DesktopOpener::setOpener([&opened](const QUrl &url) { opened.append(url); return true; });

        // A URL through its dialog; a bad address is refused in the dialog.
        window.addUrlEvidence();
        auto *urlDialog = window.findChild<EvidenceUrlDialog *>();
        QVERIFY(urlDialog);
        urlDialog->setUrl(QStringLiteral("not an address"));
        urlDialog->accept();
        QVERIFY(urlDialog->isVisible());
        urlDialog->setUrl(QStringLiteral("https://www.transparencia.gob.pe/acta"));
        urlDialog->setTitle(QStringLiteral("  Acta de la sesión\n del concejo "));
        urlDialog->setConsultedOn(QDate(2021, 4, 30));
        // Who adds it is asked, prefilled with the evaluator, and may not be left empty.
        QCOMPARE(urlDialog->addedBy(), window.evaluator());
        urlDialog->setAddedBy(QStringLiteral(" "));
        urlDialog->accept();
        QVERIFY(urlDialog->isVisible());
        urlDialog->setAddedBy(QStringLiteral("Veedora Dos"));
        urlDialog->accept();
        const int row = window.tableModel()->rowOfItem(meta);
        QCOMPARE(window.tableModel()->index(row, TrackingTableModel::EvidenceColumn).data().toInt(), 1);

        // A file that cannot be read is refused with its name, and leaves no empty record behind
        // on an item that had none.
        const qint64 otherMeta = fixture.metaIds().constFirst();
        QVERIFY(otherMeta != meta);
        QVERIFY(window.selectItem(otherMeta));
        const int shownBefore = MessageBox::shownCount();
        const QString missing = QDir(QDir::tempPath()).filePath(QStringLiteral("vigia-no-such-evidence.pdf"));
        FileDialog::setNextFileNames({missing});
        window.attachFileEvidence();
        QCOMPARE(MessageBox::shownCount(), shownBefore + 1);
        QVERIFY2(MessageBox::lastText().contains(missing), qPrintable(MessageBox::lastText()));
        QVERIFY(!window.tracker()->record(otherMeta, window.semester()));
        QVERIFY(window.selectItem(meta));

        // A file through the file dialog seam; its name is hostile.
        QTemporaryDir files;
        const QString source = files.filePath(QStringLiteral("acta de ..%2F sesión.txt"));
        QVERIFY(writeFile(source, QByteArray("Acta de la sesión del concejo\n")));
        FileDialog::setNextFileNames({source});
        window.attachFileEvidence();
        QCOMPARE(window.tableModel()->index(row, TrackingTableModel::EvidenceColumn).data().toInt(), 2);
        QCOMPARE(window.evidenceList()->count(), 2);
        QVERIFY(window.evidenceList()->item(0)->text().contains(QStringLiteral("https://www.transparencia.gob.pe/acta")));
        QVERIFY2(window.evidenceList()->item(0)->text().contains(QStringLiteral("«Acta de la sesión del concejo»")),
                 qPrintable(window.evidenceList()->item(0)->text()));
        QVERIFY(window.evidenceList()->item(0)->toolTip().contains(QStringLiteral("Veedora Dos")));
        QVERIFY(window.evidenceList()->item(1)->text().contains(QStringLiteral("sesión.txt")));

        // Opening: the URL as it is; the file written to a temporary folder under a safe name.
        window.evidenceList()->setCurrentRow(0);
        window.openCurrentEvidence();
        window.evidenceList()->setCurrentRow(1);
        window.openCurrentEvidence();
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0), QUrl(QStringLiteral("https://www.transparencia.gob.pe/acta")));
        QVERIFY(opened.at(1).isLocalFile());
        const QFileInfo written(opened.at(1).toLocalFile());
        QVERIFY(written.exists());
        QVERIFY(written.absolutePath() != QFileInfo(source).absolutePath());
        QVERIFY(!written.fileName().contains(u'/'));
        QFile file(written.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Acta de la sesión del concejo\n"));
        // Both in the timeline as evidence entries.
        int evidenceEntries = 0;
        for (const HistoryEntry &entry : window.timelineModel()->entries())
            evidenceEntries += entry.action == u"evidence" ? 1 : 0;
        QCOMPARE(evidenceEntries, 2);
        // Read as a person reads it: who added it, the link's title, the file's name, no raw "url https://…".
        bool sawLink = false;
        for (int entryRow = 0; entryRow < window.timelineModel()->rowCount(); ++entryRow) {
            const HistoryEntry &entry = window.timelineModel()->entries().at(entryRow);
            const QString detail = window.timelineModel()->index(entryRow, TimelineModel::DetailColumn).data().toString();
            QVERIFY2(!window.timelineModel()->index(entryRow, TimelineModel::WhoColumn).data().toString().isEmpty(),
                     qPrintable(entry.action));
            QVERIFY2(!detail.startsWith(QStringLiteral("url ")) && !detail.startsWith(QStringLiteral("file ")), qPrintable(detail));
            if (detail.contains(QStringLiteral("transparencia.gob.pe/acta"))) {
                sawLink = true;
                QCOMPARE(detail, QStringLiteral("Enlace «Acta de la sesión del concejo»: https://www.transparencia.gob.pe/acta "
                                                "(consultado el 2021-04-30)"));
                QCOMPARE(window.timelineModel()->index(entryRow, TimelineModel::WhoColumn).data().toString(), QStringLiteral("Veedora Dos"));
            }
        }
        QVERIFY(sawLink);
        DesktopOpener::setOpener({});
    }

    void dashboardCountsMatchTheTracker()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        const QStringList semesters = window.semesters();
        QVERIFY(semesters.size() >= 2);
        QVERIFY(window.setSemester(semesters.at(1)));
        const QList<qint64> metas = fixture.metaIds();
        // Statuses spread over the metas: met, in progress, not met, the rest without information.
        const std::array<ProgressStatus, 3> statuses{ProgressStatus::Met, ProgressStatus::InProgress, ProgressStatus::NotMet};
        for (int index = 0; index < metas.size() && index < 7; ++index)
            QVERIFY(window.saveProgress(metas.at(index), valuesOf(statuses[static_cast<size_t>(index % 3)], std::nullopt, {})));
        // And one in another semester, for the lines.
        QVERIFY(window.setSemester(semesters.at(0)));
        QVERIFY(window.saveProgress(metas.constFirst(), valuesOf(ProgressStatus::InProgress, 20.0, {})));
        QVERIFY(window.setSemester(semesters.at(1)));

        window.showTab(TrackingWindow::Tab::Dashboard);
        DashboardView *dashboard = window.dashboard();
        QString error;
        const std::optional<ProgressReport> report = ProgressReport::build(*window.tracker(), fixture.planId, semesters.at(1), &error);
        QVERIFY2(report, qPrintable(error));
        const TrackingStatistics &statistics = dashboard->statistics();
        QCOMPARE(statistics.metaCount(), report->metaCount());
        for (const ProgressStatus status : allProgressStatuses)
            QCOMPARE(statistics.count(status), report->count(status));
        QVERIFY(dashboard->complianceLabel()->text().contains(QString::number(report->count(ProgressStatus::Met))));

        // The stacked bars hold the same counts: per status set, the sum over the dimensions.
        auto *series = qobject_cast<QAbstractBarSeries *>(dashboard->barChart()->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), static_cast<int>(allProgressStatuses.size()));
        for (const QBarSet *set : series->barSets()) {
            double sum = 0;
            for (int index = 0; index < set->count(); ++index)
                sum += set->at(index);
            const auto status = static_cast<ProgressStatus>(set->property("status").toInt());
            QCOMPARE(static_cast<int>(sum), report->count(status));
        }
        // Lines: one point per semester; the first semester has no meta met, the second some.
        const auto lines = dashboard->lineChart()->series();
        QCOMPARE(lines.size(), 2);
        // Only the two semesters assessed have points.
        auto *metLine = qobject_cast<QLineSeries *>(lines.constFirst());
        QVERIFY(metLine);
        QCOMPARE(metLine->count(), 2);
        QCOMPARE(metLine->at(0).y(), 0.0);
        QVERIFY(metLine->at(1).y() > 0.0);

        // A status filter hides its bars; clicking a bar (here: as its signal does) lists its metas.
        dashboard->setStatusShown(ProgressStatus::NoInformation, false);
        series = qobject_cast<QAbstractBarSeries *>(dashboard->barChart()->series().constFirst());
        QCOMPARE(series->barSets().size(), static_cast<int>(allProgressStatuses.size()) - 1);
        const QString dimension = statistics.dimensions().constFirst();
        QBarSet *metSet = nullptr;
        for (QBarSet *set : series->barSets()) {
            if (static_cast<ProgressStatus>(set->property("status").toInt()) == ProgressStatus::Met)
                metSet = set;
        }
        QVERIFY(metSet);
        Q_EMIT series->clicked(0, metSet);
        QCOMPARE(dashboard->metaList()->count(), statistics.count(dimension, ProgressStatus::Met));
        QVERIFY(dashboard->metaList()->count() > 0);

        // A dimension filter narrows the counts to that dimension.
        dashboard->setDimensionFilter(dimension);
        int inDimension = 0;
        for (const ProgressStatus status : allProgressStatuses)
            inDimension += dashboard->statistics().count(status);
        QCOMPARE(inDimension, dashboard->statistics().metaCount());
        QCOMPARE(dashboard->statistics().dimensions(), QStringList{dimension});
        QVERIFY(dashboard->statistics().metaCount() < report->metaCount());

        // A topic filter keeps the metas of that topic (as the library's topics say).
        dashboard->setDimensionFilter({});
        QString topicError;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(fixture.path, &topicError);
        std::unique_ptr<TopicStore> topics = TopicStore::open(*library, &topicError);
        QVERIFY2(topics, qPrintable(topicError));
        const auto itemTopics = topics->itemTopics(fixture.planId, &topicError);
        QVERIFY(itemTopics);
        QHash<QString, int> metasPerTopic;
        const QList<qint64> metaList = fixture.metaIds();
        for (auto it = itemTopics->constBegin(); it != itemTopics->constEnd(); ++it) {
            if (metaList.contains(it.key()))
                for (const ItemTopic &topic : it.value())
                    ++metasPerTopic[topic.key];
        }
        QVERIFY2(!metasPerTopic.isEmpty(), "no meta of the plan has a topic");
        QVERIFY(dashboard->topicCombo()->count() > 1);
        for (int index = 1; index < dashboard->topicCombo()->count(); ++index) {
            const QString key = dashboard->topicCombo()->itemData(index).toString();
            dashboard->topicCombo()->setCurrentIndex(index);
            QCOMPARE(dashboard->statistics().metaCount(), metasPerTopic.value(key));
        }
        dashboard->topicCombo()->setCurrentIndex(0);
        QCOMPARE(dashboard->statistics().metaCount(), report->metaCount());
    }

    void reimportKeepsProgressAndUnmatchedRecordsAreAttachedByHand()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        const QString semester = window.semesters().value(1);
        QVERIFY(window.setSemester(semester));
        const QList<qint64> metas = fixture.metaIds();
        QVERIFY(window.saveProgress(metas.at(0), valuesOf(ProgressStatus::Met, 100.0, QStringLiteral("se queda"))));
        QVERIFY(window.saveProgress(metas.at(1), valuesOf(ProgressStatus::NotMet, 0.0, QStringLiteral("sin pareja"))));

        // The corrected copy: the second meta's text replaced by something else entirely.
        Plan corrected = fixture.plan;
        QString replacedText;
        for (Dimension &dimension : corrected.dimensions)
            for (Row &row : dimension.rows)
                for (Item &item : row.items(ItemKind::Target))
                    if (item.id == metas.at(1)) {
                        item.text = QStringLiteral("Construir un puente peatonal de madera sobre el río, con barandas");
                        replacedText = item.text;
                    }
        QVERIFY(!replacedText.isEmpty());
        const QString correctedPath = fixture.dir.filePath(QStringLiteral("corregido.json"));
        QVERIFY(writeFile(correctedPath, PlanJson::toJson(corrected)));

        QSignalSpy finished(&window, &TrackingWindow::jobFinished);
        QSignalSpy libraryChanged(&window, &TrackingWindow::libraryChanged);
        FileDialog::setNextFileNames({correctedPath});
        window.chooseCorrectedVersion();
        QVERIFY(window.isBusy());
        QVERIFY(finished.wait(jobTimeoutMs));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QCOMPARE(libraryChanged.count(), 1);
        const qint64 newPlanId = window.planId();
        QVERIFY(newPlanId != fixture.planId);

        // The matched record moved; the other is listed, not dropped.
        UnmatchedRecordsDialog *dialog = window.unmatchedDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->records().size(), 1);
        QCOMPARE(dialog->records().constFirst().values.note, QStringLiteral("sin pareja"));
        QCOMPARE(window.tracker()->records(newPlanId, semester).size(), 1);
        // Attach it to the replaced meta of the new plan.
        const int target = dialog->targetCombo()->findText(replacedText, Qt::MatchContains);
        QVERIFY(target >= 0);
        QVERIFY(dialog->attach(0, dialog->targetCombo()->itemData(target).toLongLong()));
        QCOMPARE(dialog->records().size(), 0);
        const QList<ProgressRecord> records = window.tracker()->records(newPlanId, semester);
        QCOMPARE(records.size(), 2);
        // The table shows it on the new item, and the timeline tells it was attached.
        const qint64 newItem = dialog->targetCombo()->itemData(target).toLongLong();
        const int row = window.tableModel()->rowOfItem(newItem);
        QVERIFY(row >= 0);
        QCOMPARE(window.tableModel()->index(row, TrackingTableModel::NoteColumn).data().toString(), QStringLiteral("sin pareja"));
        QVERIFY(window.selectItem(newItem));
        QCOMPARE(window.timelineModel()->entries().constLast().action, QStringLiteral("attached"));
    }

    void exportAndMergeWithAConflictResolvedBySide()
    {
        Fixture ours;
        QVERIFY(ours.create());
        // The other group: the same plan (same sources) in a library of its own.
        QTemporaryDir otherDir;
        const QString otherPath = otherDir.filePath(QStringLiteral("otro.vigia"));
        QVERIFY(makeLibrary(otherPath, goldFiles()));

        TrackingWindow window(ours.path, ours.planId);
        const QString semester = window.semesters().value(1);
        QVERIFY(window.setSemester(semester));
        const QList<qint64> metas = ours.metaIds();
        QVERIFY(window.saveProgress(metas.at(0), valuesOf(ProgressStatus::InProgress, 40.0, QStringLiteral("nuestro"))));

        {
            QString error;
            std::unique_ptr<PlanLibrary> library = PlanLibrary::open(otherPath, &error);
            std::unique_ptr<ProgressTracker> tracker = ProgressTracker::open(*library, &error);
            const qint64 otherPlan = *library->planIdForSource(ours.plan.sourceSha256);
            const std::optional<Plan> plan = library->plan(otherPlan);
            QList<qint64> otherMetas;
            for (const Dimension &dimension : plan->dimensions)
                for (const Row &row : dimension.rows)
                    for (const Item &item : row.items(ItemKind::Target))
                        otherMetas.append(item.id);
            QVERIFY(tracker->setProgress(otherMetas.at(0), semester, valuesOf(ProgressStatus::Met, 100.0, QStringLiteral("suyo"), QStringLiteral("Grupo B")), &error));
            QVERIFY(tracker->setProgress(otherMetas.at(1), semester, valuesOf(ProgressStatus::NotStarted, std::nullopt, QStringLiteral("solo de ellos"), QStringLiteral("Grupo B")), &error));
            QVERIFY2(TrackingExchange(*tracker).exportPlanToFile(otherPlan, QStringLiteral("Grupo B"),
                                                                 otherDir.filePath(QStringLiteral("b.json")), &error),
                     qPrintable(error));
        }

        // Our own export through the window works and is a tracking file.
        QSignalSpy finished(&window, &TrackingWindow::jobFinished);
        const QString ourFile = ours.dir.filePath(QStringLiteral("nuestro.json"));
        FileDialog::setNextFileNames({ourFile});
        window.chooseExportFile();
        QVERIFY(finished.wait(jobTimeoutMs));
        QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(finished.constLast().at(1).toString()));
        QFile exported(ourFile);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("\"vigia-progress\""));

        // Merging theirs: one record added, one conflict shown side by side.
        FileDialog::setNextFileNames({otherDir.filePath(QStringLiteral("b.json"))});
        window.chooseFileToMerge();
        QVERIFY(finished.wait(jobTimeoutMs));
        QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(finished.constLast().at(1).toString()));
        QCOMPARE(window.tableModel()->index(window.tableModel()->rowOfItem(metas.at(1)), TrackingTableModel::NoteColumn).data().toString(),
                 QStringLiteral("solo de ellos"));
        ConflictsDialog *conflicts = window.conflictsDialog();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->table()->rowCount(), 1);
        QVERIFY(conflicts->table()->item(0, 2)->text().contains(QStringLiteral("nuestro")));
        QVERIFY(conflicts->table()->item(0, 3)->text().contains(QStringLiteral("suyo")));
        // Keep theirs.
        QVERIFY(conflicts->resolve(0, ProgressConflict::Side::Incoming));
        QCOMPARE(conflicts->table()->rowCount(), 0);
        const int row = window.tableModel()->rowOfItem(metas.at(0));
        QCOMPARE(window.tableModel()->index(row, TrackingTableModel::StatusColumn).data().toString(), progressStatusLabel(ProgressStatus::Met));
        QCOMPARE(window.tableModel()->index(row, TrackingTableModel::NoteColumn).data().toString(), QStringLiteral("suyo"));

        // Merging again brings nothing new.
        QVERIFY(window.startMerge(otherDir.filePath(QStringLiteral("b.json"))));
        QVERIFY(finished.wait(jobTimeoutMs));
        QVERIFY(finished.constLast().at(0).toBool());
        QCOMPARE(window.tracker()->conflicts(ours.planId, true).size(), 0);
    }

    void reportIsWrittenAsPdfAndHtml()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        TrackingWindow window(fixture.path, fixture.planId);
        const QString semester = window.semesters().value(1);
        QVERIFY(window.setSemester(semester));
        const qint64 meta = fixture.metaIds().constFirst();
        QVERIFY(window.saveProgress(meta, valuesOf(ProgressStatus::PartiallyMet, 60.0, QStringLiteral("Visto"))));

        QSignalSpy finished(&window, &TrackingWindow::jobFinished);
        const QString pdf = fixture.dir.filePath(QStringLiteral("informe.pdf"));
        FileDialog::setNextFileNames({pdf});
        window.chooseReportFile();
        QVERIFY(window.isBusy());
        QVERIFY(finished.wait(jobTimeoutMs));
        QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(finished.constLast().at(1).toString()));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(semester), qPrintable(text.left(400)));
        QVERIFY(text.contains(progressStatusLabel(ProgressStatus::PartiallyMet)));
        QVERIFY2(text.contains(QStringLiteral("Visto")), qPrintable(text.left(3000)));
        // Once written, the report can be opened or its folder shown from the window.
        SavedFileBar *bar = window.savedFileBar();
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->path(), pdf);
        QVERIFY2(bar->text().contains(QStringLiteral("informe.pdf")), qPrintable(bar->text()));
        QList<QUrl> opened;
        DesktopOpener::setOpener([&opened](const QUrl &url) { opened.append(url); return true; });
        bar->openButton()->click();
        bar->folderButton()->click();
        DesktopOpener::setOpener({});
        QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(QFileInfo(pdf).absolutePath())}));

        const QString html = fixture.dir.filePath(QStringLiteral("informe.html"));
        QVERIFY(window.startReport(html));
        QVERIFY(finished.wait(jobTimeoutMs));
        QVERIFY(finished.constLast().at(0).toBool());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("Visto")));
        QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")));
    }

    void theMainWindowMenuOpensTheTrackingOfTheCurrentPlan()
    {
        Fixture fixture;
        QVERIFY(fixture.create());
        MainWindow window;
        QVERIFY(window.openLibrary(fixture.path));
        TrackingMenu *menu = TrackingMenu::of(&window);
        QVERIFY(menu);
        QVERIFY(window.openItem(fixture.planId, 0));
        QTRY_VERIFY(menu->openAction()->isEnabled());
        menu->dashboardAction()->trigger();
        TrackingWindow *tracking = menu->trackingWindow();
        QVERIFY(tracking);
        QCOMPARE(tracking->planId(), fixture.planId);
        QVERIFY(tracking->isVisible());
        QCOMPARE(tracking->dashboard()->isVisible(), true);
        // Opening again raises the same window.
        QCOMPARE(menu->openTracking(), tracking);
        // Another plan gets a window of its own.
        qint64 otherPlan = 0;
        for (const PlanSummary &summary : window.libraryPane()->model()->plans()) {
            if (summary.id != fixture.planId)
                otherPlan = summary.id;
        }
        QVERIFY(window.openItem(otherPlan, 0));
        TrackingWindow *other = menu->openTracking();
        QVERIFY(other);
        QCOMPARE(other->planId(), otherPlan);
        QTRY_VERIFY(menu->trackingWindow() == other);
    }
};

QTEST_MAIN(TestTracking)
#include "TestTracking.moc"
