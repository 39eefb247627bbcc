#pragma once

#include "compare/PlanComparison.h"

#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace vigia::app {

// What a comparison run gives back: the comparison, or the reason it failed.
struct ComparisonOutcome {
    std::optional<PlanComparison> comparison;
    QString error;
};

// Compares plans of a library off the GUI thread (QtConcurrent): the worker opens its own
// PlanLibrary and TopicStore connections and runs LibraryComparison. The outcome arrives through
// finished(), emitted in this object's thread. A start() while a run is going on supersedes it: the
// running one finishes unseen and the newest request runs next.
class ComparisonJob : public QObject {
    Q_OBJECT

public:
    explicit ComparisonJob(QObject *parent = nullptr);
    ~ComparisonJob() override; // waits for a running worker

    void start(const QString &libraryPath, const QList<qint64> &planIds, const ComparisonOptions &options);
    bool isRunning() const;

Q_SIGNALS:
    void finished(const vigia::app::ComparisonOutcome &outcome);

private:
    struct Request {
        QString libraryPath;
        QList<qint64> planIds;
        ComparisonOptions options;
    };
    void run(const Request &request);
    void onWorkerFinished();
    static ComparisonOutcome compare(const Request &request);

    QFutureWatcher<ComparisonOutcome> m_watcher;
    std::optional<Request> m_pending;
};

} // namespace vigia::app

Q_DECLARE_METATYPE(vigia::app::ComparisonOutcome)
