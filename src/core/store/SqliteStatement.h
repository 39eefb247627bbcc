#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace vigia {

struct QueryBudget;

// One prepared statement (C API), finalized when the object goes away. Parameters are 1-based
// like SQLite's; columns are 0-based.
class SqliteStatement {
public:
    enum class StepResult { Row, Done, Error };

    // `budget` (may be null): the connection's QueryBudget, restarted at each first step.
    SqliteStatement(sqlite3 *database, const QString &sql, QueryBudget *budget = nullptr);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // A null QString binds SQL NULL; an empty one binds ''.
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value);
    void bind(int index, double value);
    void bind(int index, bool value);
    void bindNull(int index);
    // Binds the bytes as a BLOB (a null QByteArray binds NULL).
    void bindBlob(int index, const QByteArray &value);

    StepResult step();
    // Steps once and expects no row; true on success.
    bool execute();
    void reset(); // ready to step again; keeps the bindings

    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const;
    double columnDouble(int column) const;
    // NULL reads as a null QString.
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

    QString errorMessage() const;
    int errorCode() const;

private:
    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    QueryBudget *m_budget = nullptr;
    bool m_running = false; // stepped since it was prepared or reset
    bool m_stoppedBeforeStart = false; // the budget's cancel was set when the last step began
};

} // namespace vigia
