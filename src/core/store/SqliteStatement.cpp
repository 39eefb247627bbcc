#include "SqliteStatement.h"

#include "SqliteDatabase.h"

#include <sqlite3.h>

#include <utility>

namespace vigia {

SqliteStatement::SqliteStatement(sqlite3 *database, const QString &sql, QueryBudget *budget)
    : m_database(database)
    , m_budget(budget)
{
    if (!database) {
        m_prepareError = QStringLiteral("the database is not open");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (const int result = sqlite3_prepare_v2(database, utf8.constData(), int(utf8.size()), &m_statement, nullptr); result != SQLITE_OK) {
        m_prepareError = SqliteDatabase::describe(sqlite3_extended_errcode(database), QString::fromUtf8(sqlite3_errmsg(database)));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_database(other.m_database)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_prepareError(std::move(other.m_prepareError))
    , m_budget(other.m_budget)
    , m_running(other.m_running)
{
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, int value)
{
    sqlite3_bind_int(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, bool value)
{
    sqlite3_bind_int(m_statement, index, value ? 1 : 0);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
}

SqliteStatement::StepResult SqliteStatement::step()
{
    if (!m_statement)
        return StepResult::Error;
    if (!m_running && m_budget) {
        m_budget->restart();
        // Cancelled before it started (too short a statement for the progress handler to see it).
        if (m_budget->cancel && m_budget->cancel->load()) {
            m_budget->cancelled = true;
            m_stoppedBeforeStart = true;
            return StepResult::Error;
        }
    }
    m_stoppedBeforeStart = false;
    m_running = true;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW: return StepResult::Row;
    case SQLITE_DONE: m_running = false; return StepResult::Done;
    default: m_running = false; return StepResult::Error;
    }
}

bool SqliteStatement::execute()
{
    return step() == StepResult::Done;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_running = false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return QString();
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!data)
        return size == 0 && !isNull(column) ? QByteArray("") : QByteArray();
    return QByteArray(static_cast<const char *>(data), size);
}

QString SqliteStatement::errorMessage() const
{
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    if (m_stoppedBeforeStart)
        return m_budget->reason();
    return m_database ? SqliteDatabase::describe(sqlite3_extended_errcode(m_database), QString::fromUtf8(sqlite3_errmsg(m_database)), m_budget)
                      : QStringLiteral("the database is not open");
}

int SqliteStatement::errorCode() const
{
    if (m_stoppedBeforeStart)
        return SQLITE_INTERRUPT;
    return m_database ? sqlite3_extended_errcode(m_database) : SQLITE_MISUSE;
}

} // namespace vigia
