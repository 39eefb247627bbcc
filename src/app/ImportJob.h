#pragma once

#include "ImportReport.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace vigia::app {

// Imports files into a library off the GUI thread (QtConcurrent). The worker reads the files with
// PlanFileReader, a few at once (ImportService::importFiles), stores them in order through its own
// PlanLibrary connection and keeps a copy of each source in the library's SourceArchive. Progress
// and the final report are delivered as signals emitted in the thread this object lives in
// (queued from the worker), so receivers in the GUI thread never see another thread.
class ImportJob : public QObject {
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override; // waits for a running worker, which stops soon once cancelled

    // Starts importing `files` into the library at `libraryPath`, opening encrypted PDFs with the
    // password given for their path in `passwords`. Returns false when a job is already running.
    bool start(const QString &libraryPath, const QStringList &files, const QHash<QString, QString> &passwords = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // `index` is 0-based among `total` files. Files are read a few at once: a file may start
    // before the one before it has finished.
    void fileStarted(int index, int total, const QString &path);
    // File `index` is done: stored, found stored already, failed or cancelled (in order).
    void fileFinished(int index, int total);
    // Progress inside one file (pages of a PDF), when the reader reports it.
    void fileProgress(int index, int done, int total);
    // The pages of file `index` read by OCR (scanned pages), after its text pass: a phase of its own.
    void fileOcrProgress(int index, int done, int total);
    void finished(const vigia::app::ImportReport &report);

private:
    ImportReport run(const QString &libraryPath, const QStringList &files, const QHash<QString, QString> &passwords);

    QFutureWatcher<ImportReport> m_watcher;
    std::atomic_bool m_cancel{false};
};

} // namespace vigia::app
