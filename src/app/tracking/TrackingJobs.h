#pragma once

#include "progress/ProgressTracker.h"
#include "progress/TrackingExchange.h"

#include <QFuture>
#include <QString>

namespace vigia::app {

// The slow parts of progress tracking, run on a worker thread (QtConcurrent) over their own
// connection to the library file; the results come back through a QFuture (watch it with a
// QFutureWatcher, whose signals arrive queued in the GUI thread).
class TrackingJobs {
public:
    struct Outcome {
        bool ok = false;
        QString error;
        QString path;   // the file written
    };

    // Builds the semester's report and writes it as PDF or HTML (by the extension of `path`).
    static QFuture<Outcome> writeReport(const QString &libraryPath, qint64 planId, const QString &semester,
                                        const QString &path);
    // Writes the plan's tracking for other groups.
    static QFuture<Outcome> exportTracking(const QString &libraryPath, qint64 planId, const QString &group,
                                           const QString &path);
    // Merges another group's tracking file into the plan.
    static QFuture<MergeReport> mergeTracking(const QString &libraryPath, const QString &path, qint64 planId,
                                              const QString &by);
    // Reads a corrected source of the plan and re-imports it, moving the progress onto the new plan.
    static QFuture<ReimportResult> reimport(const QString &libraryPath, qint64 planId, const QString &path,
                                            const QString &by);
};

} // namespace vigia::app
