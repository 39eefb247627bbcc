// PlanLibrary::open and openConnection: looking at a file before touching it, refusing what is not
// a Vigía library this version can use, verifying the schema, migrating.

#include "PlanLibrary.h"

#include "LibraryFailure.h"
#include "LibrarySchema.h"
#include "SqliteFileHeader.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;

constexpr int busyTimeoutMilliseconds = 5000;

QString alteredObjectsReason(const QStringList &altered)
{
    return QCoreApplication::translate("PlanLibrary", "this library has been altered outside Vigía: %1").arg(altered.join(QStringLiteral(", ")));
}

QString newerVersionReason(int version)
{
    return QCoreApplication::translate("PlanLibrary", "the library was written by a newer version of Vigía (schema version %1; this version "
                                                     "knows up to %2)")
        .arg(version)
        .arg(LibrarySchema::currentVersion());
}

bool isVigiaOrPristine(const SqliteFileHeader &header)
{
    return header.applicationId == quint32(LibrarySchema::applicationId)
           || (header.applicationId == 0 && header.userVersion == 0 && header.schemaCookie == 0);
}

// Whether an open database is a Vigía library this version can use, or empty (a new library).
bool checkIsUsableLibrary(SqliteDatabase &database, QString *reason)
{
    // One statement, so one snapshot: read one by one, another connection creating the library
    // meanwhile could commit between the reads and make a new library look foreign.
    SqliteStatement header = database.prepare(QStringLiteral(
        "SELECT (SELECT application_id FROM pragma_application_id()), (SELECT user_version FROM pragma_user_version()), "
        "(SELECT count(*) FROM sqlite_schema)"));
    if (header.step() != StepResult::Row) {
        *reason = LibraryFailure::describe(database);
        return false;
    }
    const int applicationId = header.columnInt(0);
    const int version = header.columnInt(1);
    const int schemaObjects = header.columnInt(2);
    if (applicationId == LibrarySchema::applicationId) {
        if (version > LibrarySchema::currentVersion()) {
            *reason = newerVersionReason(version);
            return false;
        }
        return true;
    }
    if (applicationId == 0 && version == 0 && schemaObjects == 0)
        return true;
    *reason = QCoreApplication::translate("PlanLibrary", "not a Vigía library (an SQLite database of another application)");
    return false;
}

} // namespace

std::unique_ptr<PlanLibrary> PlanLibrary::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::unique_ptr<PlanLibrary>();
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("PlanLibrary", "no library path given"));
    const QFileInfo info(path);
    QString reason;
    if (info.exists()) {
        if (info.isDir())
            return fail(QCoreApplication::translate("PlanLibrary", "is a folder, not a Vigía library"));
        if (info.size() > 0) {
            // Look before touching: a file we may have to refuse is only read as bytes, before
            // any statement could roll back a journal or leave -wal/-shm files beside it. The
            // bytes come through SQLite, never QFile: the library may be open in this process
            // already, and closing a descriptor of our own would drop that connection's locks.
            const std::optional<SqliteFileHeader> read = SqliteFileHeader::read(path, &reason);
            if (!read)
                return fail(QCoreApplication::translate("PlanLibrary", "cannot open the library: %1").arg(reason));
            const SqliteFileHeader &header = *read;
            if (!header.isSqlite)
                return fail(QCoreApplication::translate("PlanLibrary", "not a Vigía library (the file is not an SQLite database)"));
            if (!isVigiaOrPristine(header))
                return fail(QCoreApplication::translate("PlanLibrary", "not a Vigía library (an SQLite database of another application)"));
            if (header.applicationId == quint32(LibrarySchema::applicationId)
                && header.userVersion > quint32(LibrarySchema::currentVersion()))
                return fail(newerVersionReason(int(header.userVersion)));
        }
    } else {
        const QFileInfo folder(info.absolutePath());
        if (!folder.exists())
            return fail(QCoreApplication::translate("PlanLibrary", "cannot create the library: the folder %1 does not exist").arg(folder.filePath()));
        if (!folder.isDir())
            return fail(QCoreApplication::translate("PlanLibrary", "cannot create the library: %1 is not a folder").arg(folder.filePath()));
    }

    SqliteDatabase database;
    if (!database.open(path, SqliteDatabase::OpenMode::ReadWriteCreate, &reason))
        return fail(QCoreApplication::translate("PlanLibrary", "cannot open the library: %1").arg(reason));
    sqlite3_busy_timeout(database.handle(), busyTimeoutMilliseconds);
    if (!checkIsUsableLibrary(database, &reason))
        return fail(reason);
    // Before anything runs over the file's schema: is it the one Vigía's migration ladder makes at
    // the file's version? A library from someone else may carry triggers, views or changed
    // tables: it is refused, naming what was added or changed.
    // The version and the schema are read in one transaction: another process may be creating or
    // upgrading the same library at this moment, one committed step at a time.
    if (!database.execute(QStringLiteral("BEGIN"), &reason))
        return fail(LibraryFailure::describe(database));
    const int storedVersion = LibrarySchema::userVersion(database, &reason);
    QStringList altered;
    if (storedVersion >= 0) {
        reason.clear();
        altered = LibrarySchema::alteredObjects(database, storedVersion, &reason);
    }
    QString ignored;
    database.execute(QStringLiteral("COMMIT"), &ignored);
    if (storedVersion < 0)
        return fail(LibraryFailure::describe(database));
    if (!reason.isEmpty())
        return fail(QCoreApplication::translate("PlanLibrary", "cannot check the library's structure: %1").arg(reason));
    if (!altered.isEmpty()) {
        const QString alteredReason = alteredObjectsReason(altered);
        // A library altered at this version of the schema opens read-only, with its triggers off
        // and its schema untrusted, so that what is safe in it can be read and exported; one that
        // would need an upgrade first is refused.
        if (storedVersion != LibrarySchema::currentVersion())
            return fail(alteredReason);
        database.close();
        if (!database.open(path, SqliteDatabase::OpenMode::ReadOnly, &reason))
            return fail(QCoreApplication::translate("PlanLibrary", "cannot open the library: %1").arg(reason));
        database.disableTriggers();
        sqlite3_busy_timeout(database.handle(), busyTimeoutMilliseconds);
        std::unique_ptr<PlanLibrary> library(new PlanLibrary(path, std::move(database)));
        library->m_alteredReason = alteredReason;
        return library;
    }
    database.markSchemaVerified();
    if (!database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), &reason))
        return fail(LibraryFailure::describe(database));
    if (!database.isReadOnly() && !database.execute(QStringLiteral("PRAGMA journal_mode = WAL"), &reason))
        return fail(LibraryFailure::describe(database));
    if (LibrarySchema::userVersion(database, &reason) < LibrarySchema::currentVersion()) {
        if (database.isReadOnly())
            return fail(QCoreApplication::translate("PlanLibrary", "the library is read-only and needs an upgrade to this version of Vigía"));
        // An upgrade of a large library may rebuild its search index: no time limit for it, so that
        // it is never cut off halfway (each step is its own transaction all the same).
        database.setQueryBudget(0);
        if (!LibrarySchema::migrate(database, LibrarySchema::currentVersion(), &reason))
            return fail(reason);
        database.setQueryBudget(QueryBudget::defaultMilliseconds);
    }
    return std::unique_ptr<PlanLibrary>(new PlanLibrary(path, std::move(database)));
}

std::optional<SqliteDatabase> PlanLibrary::openConnection(QString *reason) const
{
    // Every other connection writes, and trusts the schema: none to an altered library.
    if (const QString refusal = writeRefusal(); !refusal.isEmpty()) {
        if (reason)
            *reason = QStringLiteral("%1: %2").arg(m_path, refusal);
        return std::nullopt;
    }
    SqliteDatabase database;
    // The library's own connection verified the file's schema when it opened it.
    if (!database.open(m_path, SqliteDatabase::OpenMode::ReadWrite, reason, SqliteDatabase::Trust::Verified)
        || !database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), reason))
        return std::nullopt;
    sqlite3_busy_timeout(database.handle(), busyTimeoutMilliseconds);
    return database;
}

} // namespace vigia
