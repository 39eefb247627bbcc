#include "TrackingScreenshots.h"

#include "DashboardView.h"
#include "MainWindow.h"
#include "TrackingWindow.h"
#include "progress/ProgressTracker.h"
#include "progress/Semester.h"
#include "store/PlanLibrary.h"

#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace vigia::app {

namespace {

constexpr int settleMs = 400;

// Example progress, the same on every run: metas move forward from one semester to the next.
ProgressValues exampleValues(int meta, int semester)
{
    ProgressValues values;
    values.evaluator = QStringLiteral("Observatorio ciudadano");
    const int score = (meta * 37) % 100 + semester * 25;
    if (meta % 11 == 5 && semester >= 2)
        values.status = ProgressStatus::NotMet;
    else if (meta % 9 == 4)
        values.status = ProgressStatus::NotVerifiable;
    else if (score < 35)
        values.status = ProgressStatus::NotStarted;
    else if (score < 80) {
        values.status = ProgressStatus::InProgress;
        values.percent = std::min(score, 95);
    } else if (score < 110)
        values.status = ProgressStatus::PartiallyMet;
    else
        values.status = ProgressStatus::Met;
    if (values.status == ProgressStatus::NotVerifiable)
        values.note = QStringLiteral("La municipalidad no publica los datos.");
    return values;
}

// Copies the plan into a library in `directory` and fills example progress; returns the copy's id.
qint64 makeExample(const Plan &plan, const QString &path)
{
    QString error;
    const std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    if (!library)
        return 0;
    const ImportOutcome outcome = library->importPlan(plan);
    const std::unique_ptr<ProgressTracker> tracker = ProgressTracker::open(*library, &error);
    if (outcome.status != ImportOutcome::Status::Imported || !tracker)
        return 0;
    QStringList semesters = tracker->semesters(outcome.planId);
    if (semesters.isEmpty()) {
        semesters = Semester::forPeriod(QStringLiteral("%1-%2").arg(QDate::currentDate().year() - 1).arg(QDate::currentDate().year() + 2));
        tracker->setSemesters(outcome.planId, semesters, &error);
    }
    const std::optional<Plan> stored = library->plan(outcome.planId);
    const int filled = std::min(static_cast<int>(semesters.size()), 4);
    for (int s = 0; s < filled; ++s) {
        int meta = 0;
        for (const Dimension &dimension : stored->dimensions) {
            for (const Row &row : dimension.rows) {
                for (const Item &item : row.items(ItemKind::Target)) {
                    ProgressValues values = exampleValues(meta, s);
                    values.assessedOn = Semester::parse(semesters.at(s))->lastDay();
                    if (const auto record = tracker->setProgress(item.id, semesters.at(s), values, &error); record && meta == 0)
                        tracker->addEvidenceUrl(record->id, QStringLiteral("https://www.transparencia.gob.pe/"),
                                                values.assessedOn, values.evaluator, &error,
                                                QStringLiteral("Portal de Transparencia Estándar"));
                    ++meta;
                }
            }
        }
    }
    return outcome.planId;
}

} // namespace

void TrackingScreenshots::shoot(MainWindow *window, Save save, std::function<void(bool)> done)
{
    PlanLibrary *library = window->library();
    qint64 biggest = 0;
    qsizetype most = 0;
    if (library) {
        for (const PlanSummary &summary : library->plans()) {
            if (summary.itemCounts[static_cast<size_t>(ItemKind::Target)] > most) {
                most = summary.itemCounts[static_cast<size_t>(ItemKind::Target)];
                biggest = summary.id;
            }
        }
    }
    const std::optional<Plan> plan = biggest != 0 ? library->plan(biggest) : std::nullopt;
    auto directory = std::make_shared<QTemporaryDir>();
    const QString path = directory->filePath(QStringLiteral("tracking-example.vigia"));
    const qint64 planId = plan && directory->isValid() ? makeExample(*plan, path) : 0;
    if (planId == 0) {
        done(!plan);
        return;
    }
    auto *tracking = new TrackingWindow(path, planId, window);
    tracking->setAttribute(Qt::WA_DeleteOnClose, false);
    tracking->resize(1360, 820);
    tracking->setSemester(tracking->semesters().value(std::min(static_cast<int>(tracking->semesters().size()) - 1, 3)));
    tracking->show();
    const qint64 firstMeta = [&] {
        for (const auto &line : tracking->plan().dimensions)
            for (const Row &row : line.rows)
                if (!row.items(ItemKind::Target).isEmpty())
                    return row.items(ItemKind::Target).constFirst().id;
        return qint64(0);
    }();
    tracking->selectItem(firstMeta);
    QTimer::singleShot(settleMs, tracking, [tracking, save, done, directory] {
        bool ok = save(tracking, QStringLiteral("tracking.png"));
        tracking->showTab(TrackingWindow::Tab::Dashboard);
        DashboardView *dashboard = tracking->dashboard();
        if (!dashboard->statistics().dimensions().isEmpty())
            dashboard->showMetasOf(dashboard->statistics().dimensions().constFirst(), ProgressStatus::Met);
        QTimer::singleShot(settleMs, tracking, [tracking, save, done, directory, ok] {
            const bool saved = save(tracking, QStringLiteral("tracking-dashboard.png"));
            tracking->hide();
            tracking->deleteLater();
            done(ok && saved);
        });
    });
}

} // namespace vigia::app
