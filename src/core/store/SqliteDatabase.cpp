#include "SqliteDatabase.h"

#include "SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace vigia {
namespace {

void harden(sqlite3 *handle, SqliteDatabase::Trust trust)
{
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, trust == SqliteDatabase::Trust::Verified ? 1 : 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, SqliteDatabase::maximumValueLength);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, SqliteDatabase::maximumSqlLength);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 8);
}

// How many virtual-machine instructions pass between two looks at the budget.
constexpr int budgetCheckInterval = 10000;

int checkBudget(void *context)
{
    auto *budget = static_cast<QueryBudget *>(context);
    if (budget->cancel && budget->cancel->load()) {
        budget->cancelled = true;
        return 1;
    }
    if (budget->milliseconds > 0 && budget->clock.isValid() && budget->clock.elapsed() > budget->milliseconds) {
        budget->exceeded = true;
        return 1;
    }
    return 0;
}

} // namespace

void QueryBudget::restart()
{
    clock.start();
    exceeded = false;
    cancelled = false;
}

QString QueryBudget::reason() const
{
    if (cancelled)
        return QCoreApplication::translate("SqliteDatabase", "cancelled");
    if (exceeded)
        return QCoreApplication::translate("SqliteDatabase", "a query ran for more than %1 s and was stopped (the library may have been altered)")
            .arg(double(milliseconds) / 1000.0);
    return {};
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_budget(std::exchange(other.m_budget, std::make_unique<QueryBudget>()))
    , m_file(std::exchange(other.m_file, std::nullopt))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_budget = std::exchange(other.m_budget, std::make_unique<QueryBudget>());
        m_file = std::exchange(other.m_file, std::nullopt);
    }
    return *this;
}

bool SqliteDatabase::open(const QString &path, OpenMode mode, QString *error, Trust trust)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *handle = nullptr;
    const int result = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (result != SQLITE_OK) {
        if (error)
            *error = describe(result, handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(result)));
        sqlite3_close_v2(handle);
        return false;
    }
    sqlite3_extended_result_codes(handle, 1);
    harden(handle, trust);
    sqlite3_progress_handler(handle, budgetCheckInterval, &checkBudget, m_budget.get());
    m_handle = handle;
    // sqlite3_db_filename() gives the full path SQLite opened, or "" for an in-memory database.
    if (const char *file = sqlite3_db_filename(handle, "main"); file && *file)
        m_file = OpenDatabaseFiles::add(QString::fromUtf8(file));
    return true;
}

void SqliteDatabase::markSchemaVerified()
{
    if (m_handle)
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
}

void SqliteDatabase::disableTriggers()
{
    if (m_handle)
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

void SqliteDatabase::setQueryBudget(qint64 milliseconds)
{
    m_budget->milliseconds = milliseconds;
}

void SqliteDatabase::setCancelFlag(const std::atomic_bool *cancel)
{
    m_budget->cancel = cancel;
}

void SqliteDatabase::close()
{
    if (m_handle) {
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
    if (m_file) {
        OpenDatabaseFiles::remove(*m_file);
        m_file.reset();
    }
}

bool SqliteDatabase::isReadOnly() const
{
    return m_handle && sqlite3_db_readonly(m_handle, "main") == 1;
}

bool SqliteDatabase::execute(const QString &sql, QString *error)
{
    char *message = nullptr;
    // No look at the cancel flag before starting: ROLLBACK and COMMIT run through here. A long
    // statement is still stopped by the progress handler.
    m_budget->restart();
    const int result = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (result != SQLITE_OK) {
        if (error)
            *error = describe(result, message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(result)), m_budget.get());
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    return SqliteStatement(m_handle, sql, m_budget.get());
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_handle);
}

int SqliteDatabase::errorCode() const
{
    return m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_MISUSE;
}

QString SqliteDatabase::errorMessage() const
{
    return m_handle ? describe(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)), m_budget.get())
                    : QStringLiteral("the database is not open");
}

QString SqliteDatabase::describe(int resultCode, const QString &sqliteMessage, const QueryBudget *budget)
{
    switch (resultCode & 0xff) {
    case SQLITE_INTERRUPT:
        if (budget && !budget->reason().isEmpty())
            return budget->reason();
        return sqliteMessage;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("SqliteDatabase", "the library is busy: another program (or window) has been writing to it "
                                                            "for several seconds; try again when it has finished");
    default:
        return sqliteMessage;
    }
}

} // namespace vigia
