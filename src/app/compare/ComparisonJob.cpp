#include "ComparisonJob.h"

#include "compare/LibraryComparison.h"
#include "store/PlanLibrary.h"
#include "topics/TopicStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vigia::app {

ComparisonJob::ComparisonJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ComparisonOutcome>::finished, this, &ComparisonJob::onWorkerFinished);
}

ComparisonJob::~ComparisonJob()
{
    m_watcher.waitForFinished();
}

void ComparisonJob::start(const QString &libraryPath, const QList<qint64> &planIds, const ComparisonOptions &options)
{
    const Request request{libraryPath, planIds, options};
    if (isRunning()) {
        m_pending = request;
        return;
    }
    run(request);
}

bool ComparisonJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ComparisonJob::run(const Request &request)
{
    m_watcher.setFuture(QtConcurrent::run([request] { return compare(request); }));
}

void ComparisonJob::onWorkerFinished()
{
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        run(next);
        return;
    }
    Q_EMIT finished(m_watcher.result());
}

// Runs in a worker thread, on connections of its own.
ComparisonOutcome ComparisonJob::compare(const Request &request)
{
    ComparisonOutcome outcome;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(request.libraryPath, &outcome.error);
    if (!library)
        return outcome;
    std::unique_ptr<TopicStore> topics = TopicStore::open(*library, &outcome.error);
    if (!topics)
        return outcome;
    outcome.comparison = LibraryComparison::compare(*library, *topics, request.planIds, request.options, &outcome.error);
    return outcome;
}

} // namespace vigia::app
