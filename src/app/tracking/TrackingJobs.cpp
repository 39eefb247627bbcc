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

} // namespace

QFuture<TrackingJobs::Outcome> TrackingJobs::writeReport(const QString &libraryPath, qint64 planId,
                                                         const QString &semester, const QString &path)
{
    return QtConcurrent::run([libraryPath, planId, semester, path] {
        Outcome outcome;
        outcome.path = path;
        const Connection connection(libraryPath);
        if (!connection.ok()) {
            outcome.error = connection.error;
            return outcome;
        }
        const std::optional<ProgressReport> report = ProgressReport::build(*connection.tracker, planId, semester, &outcome.error);
        if (report)
            outcome.ok = report->write(path, &outcome.error);
        return outcome;
    });
}

QFuture<TrackingJobs::Outcome> TrackingJobs::exportTracking(const QString &libraryPath, qint64 planId,
                                                            const QString &group, const QString &path)
{
    return QtConcurrent::run([libraryPath, planId, group, path] {
        Outcome outcome;
        outcome.path = path;
        const Connection connection(libraryPath);
        if (!connection.ok()) {
            outcome.error = connection.error;
            return outcome;
        }
        outcome.ok = TrackingExchange(*connection.tracker).exportPlanToFile(planId, group, path, &outcome.error);
        return outcome;
    });
}

QFuture<MergeReport> TrackingJobs::mergeTracking(const QString &libraryPath, const QString &path, qint64 planId,
                                                 const QString &by)
{
    return QtConcurrent::run([libraryPath, path, planId, by] {
        const Connection connection(libraryPath);
        if (!connection.ok()) {
            MergeReport report;
            report.error = connection.error;
            return report;
        }
        return TrackingExchange(*connection.tracker).mergeFile(path, planId, by);
    });
}

QFuture<ReimportResult> TrackingJobs::reimport(const QString &libraryPath, qint64 planId, const QString &path,
                                               const QString &by)
{
    return QtConcurrent::run([libraryPath, planId, path, by] {
        ReimportResult result;
        const Connection connection(libraryPath);
        if (!connection.ok()) {
            result.error = connection.error;
            return result;
        }
        const PlanFileReader reader;
        const ReadResult read = reader.readFile(path);
        if (!read.error.isEmpty()) {
            result.error = read.error;
            return result;
        }
        return connection.tracker->reimport(planId, read.plan, read.warnings, by);
    });
}

} // namespace vigia::app
