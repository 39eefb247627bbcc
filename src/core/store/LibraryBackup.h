#pragma once

#include <QString>

namespace vigia {

// Copies a Vigía library to another file with SQLite's online backup API: a consistent snapshot
// taken while other connections may go on writing (the library is in WAL mode, so a reader does
// not block them). The copy is written to a temporary file beside the target, checked, switched
// to a single-file journal, and renamed over the target only when complete, so a failed or
// interrupted backup never leaves a half-written file under the target's name. Restoring is
// opening the copy as a library.
class LibraryBackup {
public:
    // Refuses (false, `error` = "PATH: reason") when the library is missing or not a Vigía
    // library, when the target is the library itself (or one of its -wal/-shm/-journal files), a
    // folder, or an existing file that is not a Vigía library (an older backup may be replaced).
    static bool backup(const QString &libraryPath, const QString &targetPath, QString *error);
};

} // namespace vigia
