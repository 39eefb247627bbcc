#pragma once

#include "OpenDatabaseFiles.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace vigia {

class SqliteStatement;

// One SQLite connection (C API), closed when the object goes away. Not copyable; use it from one
// thread at a time.
//
// Every connection is opened hardened against a library file made by someone else: defensive mode
// (no writable_schema tricks, no writes to shadow tables from SQL), views disabled (Vigía's schema
// has none; a view can hide any query), no extension loading or attached files, length limits,
// and trusted_schema off until the schema is known to be Vigía's own, so that functions and
// virtual tables cannot run from a schema's triggers.
class SqliteDatabase {
public:
    enum class OpenMode { ReadOnly, ReadWrite, ReadWriteCreate };
    // Unverified: the file's schema is not known yet (trusted_schema off until markSchemaVerified()).
    // Verified: a connection to a file whose schema was verified already, or an in-memory one.
    enum class Trust { Unverified, Verified };
    // The longest string or blob a connection reads or writes, and the longest SQL text.
    static constexpr int maximumValueLength = 256 * 1024 * 1024;
    static constexpr int maximumSqlLength = 1024 * 1024;

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;

    // Opens `path`. On failure returns false, sets `error` and leaves the object closed.
    bool open(const QString &path, OpenMode mode, QString *error, Trust trust = Trust::Unverified);
    // The schema was compared with Vigía's and found the same: its triggers may use FTS5.
    void markSchemaVerified();
    void close();
    bool isOpen() const { return m_handle != nullptr; }
    bool isReadOnly() const;

    // Runs one or more statements that return no rows.
    bool execute(const QString &sql, QString *error);
    // Prepares one statement; check SqliteStatement::isValid() and errorMessage().
    SqliteStatement prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    // The connection's last result code (extended) and message (see describe()).
    int errorCode() const;
    QString errorMessage() const;

    // SQLite's message for a result code, said for a person where SQLite's own words would
    // mislead: a library another program keeps writing to is "busy", never "database is locked".
    static QString describe(int resultCode, const QString &sqliteMessage);

    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
    // The file this connection has open, as registered in OpenDatabaseFiles (none in memory).
    std::optional<OpenDatabaseFiles::Identity> m_file;
};

} // namespace vigia
