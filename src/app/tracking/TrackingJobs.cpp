#include "TrackingJobs.h"

#include "progress/ProgressReport.h"
#include "readers/PlanFileReader.h"
#include "store/PlanLibrary.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace vigia::app {

namespace {

// A library and tracker of the worker's own, or the reason they could not be opened.
struct Connection {
    std::unique_ptr<PlanLibrary> library;
    std::unique_ptr<ProgressTracker> tracker;
    QString error;

    explicit Connection(const QString &libraryPath)
    {
        library = PlanLibrary::open(libraryPath, &error);
        if (library)
            tracker = ProgressTracker::open(*library, &error);
    }
    bool ok() const { return tracker != nullptr; }
};

// Runs `work(tracker, result)` in a worker thread with a library and tracker of its own; when
// they cannot be opened, `result` comes back with the reason in its `error`.
template <typename Result, typename Work>
QFuture<Result> runWithTracker(const QString &libraryPath, Result result, Work work)
{
    return QtConcurrent::run([libraryPath, result = std::move(result), work = std::move(work)]() mutable {
        const Connection connection(libraryPath);
        if (!connection.ok()) {
            result.error = connection.error;
            return result;
        }
        return work(*connection.tracker, std::move(result));
    });
}

TrackingJobs::Outcome outcomeFor(const QString &path)
{
    TrackingJobs::Outcome outcome;
    outcome.path = path;
    return outcome;
}

} // namespace

QFuture<TrackingJobs::Outcome> TrackingJobs::writeReport(const QString &libraryPath, qint64 planId,
                                                         const QString &semester, const QString &path)
{
    return runWithTracker(libraryPath, outcomeFor(path), [planId, semester, path](ProgressTracker &tracker, Outcome outcome) {
        const std::optional<ProgressReport> report = ProgressReport::build(tracker, planId, semester, &outcome.error);
        if (report)
            outcome.ok = report->write(path, &outcome.error);
        return outcome;
    });
}

QFuture<TrackingJobs::Outcome> TrackingJobs::exportTracking(const QString &libraryPath, qint64 planId,
                                                            const QString &group, const QString &path)
{
    return runWithTracker(libraryPath, outcomeFor(path), [planId, group, path](ProgressTracker &tracker, Outcome outcome) {
        outcome.ok = TrackingExchange(tracker).exportPlanToFile(planId, group, path, &outcome.error);
        return outcome;
    });
}

QFuture<MergeReport> TrackingJobs::mergeTracking(const QString &libraryPath, const QString &path, qint64 planId,
                                                 const QString &by)
{
    return runWithTracker(libraryPath, MergeReport(), [path, planId, by](ProgressTracker &tracker, MergeReport) {
        return TrackingExchange(tracker).mergeFile(path, planId, by);
    });
}

QFuture<ReimportResult> TrackingJobs::reimport(const QString &libraryPath, qint64 planId, const QString &path,
                                               const QString &by)
{
    return runWithTracker(libraryPath, ReimportResult(), [planId, path, by](ProgressTracker &tracker, ReimportResult result) {
        const ReadResult read = PlanFileReader().readFile(path);
        if (!read.error.isEmpty()) {
            result.error = read.error;
            return result;
        }
        return tracker.reimport(planId, read.plan, read.warnings, by);
    });
}

} // namespace vigia::app
