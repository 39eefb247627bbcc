#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vigia {

// The database files this process has SQLite connections open on, known by device and inode (so
// another name or a link to the same file is recognised).
//
// Code that reads or writes a file the user named (a plan document, evidence, a tracking file, a
// backup target) asks here first: opening and closing such a file with QFile would, on POSIX
// systems, drop the locks those connections hold, and another process could then delete the
// write-ahead log they still write into (https://www.sqlite.org/howtocorrupt.html, section 2.2).
class OpenDatabaseFiles {
public:
    struct Identity {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const Identity &) const = default;
    };

    // Registers the file a connection has just opened; the identity goes back in remove().
    static std::optional<Identity> add(const QString &databasePath);
    static void remove(const Identity &identity);

    // Whether `path` is an open database file, or the -wal, -shm or -journal file of one.
    static bool contains(const QString &path);
    // "PATH: is a Vigía library open in this program …" when contains(path), else empty: the
    // message for a person who picked such a file where a document was expected.
    static QString refusal(const QString &path);
};

} // namespace vigia
