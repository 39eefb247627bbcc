#include "LibraryFailure.h"

#include "SqliteDatabase.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia::LibraryFailure {

QString describe(int errorCode, const QString &message)
{
    switch (errorCode & 0xff) {
    case SQLITE_NOTADB:
        return QCoreApplication::translate("PlanLibrary", "not a Vigía library (the file is not an SQLite database)");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("PlanLibrary", "the library file is damaged (%1)").arg(message);
    case SQLITE_READONLY:
        return QCoreApplication::translate("PlanLibrary", "the library is read-only (%1)").arg(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqliteDatabase::describe(errorCode, message);
    case SQLITE_FULL:
        return QCoreApplication::translate("PlanLibrary", "the disk is full (%1)").arg(message);
    default:
        return message;
    }
}

QString describe(const SqliteDatabase &database)
{
    return describe(database.errorCode(), database.errorMessage());
}

QString describe(const SqliteStatement &statement)
{
    return describe(statement.errorCode(), statement.errorMessage());
}

} // namespace vigia::LibraryFailure
