#pragma once

#include "OpenDatabaseFiles.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

namespace vigia {

class SqliteStatement;

// How long one statement may run on a connection, and the user's cancel: SQLite's progress
// handler looks at both every few thousand instructions and stops the statement
// (SQLITE_INTERRUPT), so a runaway query over a hostile file ends with a message instead of
// hanging the program. The clock starts with each statement's first step.
struct QueryBudget {
    static constexpr qint64 defaultMilliseconds = 120000;
    qint64 milliseconds = defaultMilliseconds;   // 0: no time limit
    const std::atomic_bool *cancel = nullptr;     // set to true to stop the running statement
    QElapsedTimer clock;
    bool exceeded = false;   // the last statement was stopped for running too long
    bool cancelled = false;  // … or by the cancel flag

    void restart();
    // Why the last statement was stopped, for a person; empty when it was not.
    QString reason() const;
};

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
    // No trigger of the file fires on this connection (a library altered outside Vigía).
    void disableTriggers();
    // The longest one statement may run (QueryBudget::defaultMilliseconds unless set; 0: no limit),
    // and a flag that stops the running statement when it becomes true (may be null).
    void setQueryBudget(qint64 milliseconds);
    void setCancelFlag(const std::atomic_bool *cancel);
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
    // mislead: a library another program keeps writing to is "busy", never "database is locked";
    // a statement the budget stopped says why (`budget`, may be null).
    static QString describe(int resultCode, const QString &sqliteMessage, const QueryBudget *budget = nullptr);

    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
    // Kept apart so that its address, given to SQLite's progress handler, survives a move.
    std::unique_ptr<QueryBudget> m_budget = std::make_unique<QueryBudget>();
    // The file this connection has open, as registered in OpenDatabaseFiles (none in memory).
    std::optional<OpenDatabaseFiles::Identity> m_file;
};

} // namespace vigia
