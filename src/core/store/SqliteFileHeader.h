#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace vigia {

// The few fields of an SQLite file's header (https://www.sqlite.org/fileformat.html#the_database_header)
// that tell, before any statement runs on the file, whether it is a Vigía library or a fresh
// database.
//
// The bytes are read through SQLite's own file layer, never with QFile, fopen or open(): on
// POSIX systems closing *any* descriptor of a file drops every lock the process holds on it,
// including those of an SQLite connection already open on the same file in this process, and
// another process may then delete the write-ahead log that connection still writes into
// (https://www.sqlite.org/howtocorrupt.html, section 2.2). SQLite's file layer shares one record
// per file among all connections of the process and defers such closes.
struct SqliteFileHeader {
    static constexpr int size = 100;

    bool isSqlite = false;
    quint32 schemaCookie = 0;   // changes with every schema change; 0: no table was ever created
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    // Parses the first `size` bytes of a file.
    static SqliteFileHeader parse(const QByteArray &bytes);
    // Reads the header of the file at `path` through a read-only SQLite connection that runs no
    // statement (so it neither rolls back a journal nor creates -wal/-shm files). Empty, with
    // `error`, when the file cannot be opened.
    static std::optional<SqliteFileHeader> read(const QString &path, QString *error);
};

} // namespace vigia
