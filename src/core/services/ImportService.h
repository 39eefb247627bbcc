#pragma once

#include "readers/PlanReader.h"
#include "review/UnplacedText.h"
#include "store/PlanLibrary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace vigia {

class PlanFileReader;

// What happened to one file of an import.
struct FileImportResult {
    QString path;
    ImportOutcome outcome;   // plan id and Imported / Duplicate / Failed with the reason ("PATH: reason")
    QStringList warnings;    // the reader's warnings
    ReadResult::Failure failure = ReadResult::Failure::None; // why the reader failed (PasswordRequired, …)
    // What the reader found in a file it read: the layout id (PlanLayout) and how much of a plan.
    QString layout;
    int dimensionCount = 0;
    int rowCount = 0;
    int itemCount = 0;
    int reviewRowCount = 0;  // rows the user should check (RowReview)
    UnplacedText unplaced;   // the document's text that did not reach the plan
};

// Imports plan documents into a library: reads each file with the PlanFileReader and stores it
// with PlanLibrary::importPlan, one transaction per file. Holds no global state: a worker thread
// makes its own ImportService over its own PlanLibrary connection and PlanFileReader.
class ImportService {
public:
    ImportService(PlanLibrary &library, const PlanFileReader &reader);

    // A file whose bytes are already stored is a Duplicate without being read again. The source of
    // an imported file is kept in the library's SourceArchive, and a copy that fails fails the
    // import (nothing is stored). A duplicate's missing copy is made again; if that fails it is a
    // warning, since its plan was stored before.
    FileImportResult importFile(const QString &path, const ReadOptions &options = {});

    // Imports every path, one transaction per file as importFile does, and stores them in the order
    // given; `fileDone` (may be empty) is told after each file, on the calling thread. Files are
    // read a few ahead on readerThreads() threads while this thread stores, so options.progress
    // may be called from those threads, for several files at once. Stops early, marking the
    // remaining files as cancelled, when options.cancel becomes true.
    QList<FileImportResult> importFiles(const QStringList &paths, const ReadOptions &options = {},
                                        const std::function<void(const FileImportResult &)> &fileDone = {});
    // The same with options of each file's own (a password, progress that names the file), made
    // on the calling thread from the file's index in `paths` before it is read; `fileStarted` (may
    // be empty) is told on the reading thread as a file's reading begins (not for a file already
    // stored, nor once cancelled). Each file's options.cancel stops as above.
    struct FileHooks {
        std::function<ReadOptions(qsizetype index)> options;
        std::function<void(qsizetype index)> fileStarted;
        std::function<void(const FileImportResult &)> fileDone;
    };
    QList<FileImportResult> importFiles(const QStringList &paths, const FileHooks &hooks);

    // How many files importFiles reads at once (default: the machine's cores).
    int readerThreads() const { return m_readerThreads; }
    void setReaderThreads(int threads) { m_readerThreads = std::max(1, threads); }

private:
    // A file read and assessed, not stored yet; made on a reading thread (touches no library).
    struct ReadFile {
        FileImportResult result;
        Plan plan;
        QStringList storedWarnings; // kept with the plan
        bool wasRead = false;       // read and its source copied: to be stored
        bool sourceCopied = false;  // its source is in the library's SourceArchive
        bool copyWasThere = false;  // ... and was there before this import
    };

    std::optional<FileImportResult> storedAlready(const QString &path, const std::optional<QByteArray> &sha256) const;
    ReadFile read(const QString &path, const ReadOptions &options) const;
    FileImportResult store(ReadFile &&file);
    // Copies the file's source into the library's SourceArchive; the reason when it cannot.
    std::optional<QString> keepSource(ReadFile &file) const;
    // Takes away the source copy made for a file that is not stored.
    void discard(const ReadFile &file) const;
    static FileImportResult cancelledResult(const QString &path);
    void archiveSource(const QString &path, const QByteArray &sha256, FileImportResult *result) const;

    PlanLibrary &m_library;
    const PlanFileReader &m_reader;
    int m_readerThreads = 1;
};

} // namespace vigia
