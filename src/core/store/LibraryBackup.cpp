#include "LibraryBackup.h"

#include "LibrarySchema.h"
#include "PlanLibrary.h"
#include "SqliteDatabase.h"
#include "SqliteFileHeader.h"
#include "SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace vigia {
namespace {

constexpr int busyRetryMilliseconds = 50;
constexpr int busyRetries = 200; // 10 s

// Whether `path` holds an SQLite file with Vigía's application id (offset 68 of the header).
bool isVigiaLibraryFile(const QString &path)
{
    // Through SQLite, never QFile: the target may be a library open in this process (see
    // SqliteFileHeader).
    const std::optional<SqliteFileHeader> header = SqliteFileHeader::read(path, nullptr);
    return header && header->isSqlite && header->applicationId == quint32(LibrarySchema::applicationId);
}

// The path a file would have once resolved: its canonical path, or for a file that does not
// exist yet the canonical folder plus its name.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

QString singleValue(SqliteDatabase &database, const QString &sql)
{
    SqliteStatement statement = database.prepare(sql);
    if (!statement.isValid() || statement.step() != SqliteStatement::StepResult::Row)
        return QString();
    return statement.columnText(0);
}

} // namespace

bool LibraryBackup::backup(const QString &libraryPath, const QString &targetPath, QString *error)
{
    auto fail = [error](const QString &path, const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    };
    const QFileInfo library(libraryPath);
    if (!library.exists())
        return fail(libraryPath, QStringLiteral("no such library"));
    if (targetPath.isEmpty())
        return fail(libraryPath, QStringLiteral("no backup file given"));
    const QString libraryFile = resolvedPath(libraryPath);
    const QString targetFile = resolvedPath(targetPath);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (targetFile == libraryFile + suffix)
            return fail(targetPath, QStringLiteral("is the library itself; the backup must go to another file"));
    }
    const QFileInfo target(targetPath);
    if (target.isDir())
        return fail(targetPath, QStringLiteral("is a folder; give the backup file's name"));
    if (OpenDatabaseFiles::contains(targetPath))
        return fail(targetPath, QStringLiteral("is a library open in this program; the backup must go to another file"));
    if (target.exists() && !isVigiaLibraryFile(targetPath))
        return fail(targetPath, QStringLiteral("exists and is not a Vigía library; it is not replaced"));
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(targetPath, QStringLiteral("the folder %1 does not exist").arg(target.absolutePath()));

    // Opening it as a library refuses other files and brings an older library up to date.
    QString reason;
    if (!PlanLibrary::open(libraryPath, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    SqliteDatabase source;
    if (!source.open(libraryPath, SqliteDatabase::OpenMode::ReadWrite, &reason))
        return fail(libraryPath, QStringLiteral("cannot open the library: %1").arg(reason));
    sqlite3_busy_timeout(source.handle(), busyRetries * busyRetryMilliseconds);

    QTemporaryFile temporary(target.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
    if (!temporary.open())
        return fail(targetPath, QStringLiteral("cannot write the backup: %1").arg(temporary.errorString()));
    temporary.close();
    const QString temporaryPath = temporary.fileName();
    {
        SqliteDatabase copy;
        if (!copy.open(temporaryPath, SqliteDatabase::OpenMode::ReadWrite, &reason))
            return fail(targetPath, QStringLiteral("cannot write the backup: %1").arg(reason));
        // The check reads every page of a copy we made: no time limit for it.
        copy.setQueryBudget(0);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup)
            return fail(targetPath, QStringLiteral("cannot start the backup: %1").arg(copy.errorMessage()));
        // All pages in one step: one read transaction, so the copy is one consistent state of the
        // library, and writers on other connections are not held up (WAL).
        int result = SQLITE_OK;
        for (int attempt = 0; attempt < busyRetries; ++attempt) {
            result = sqlite3_backup_step(backup, -1);
            if (result != SQLITE_BUSY && result != SQLITE_LOCKED)
                break;
            sqlite3_sleep(busyRetryMilliseconds);
        }
        sqlite3_backup_finish(backup);
        if (result != SQLITE_DONE)
            return fail(targetPath, QStringLiteral("the backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(result))));
        // One self-contained file (the pages copied carry the library's WAL mode).
        if (!copy.execute(QStringLiteral("PRAGMA journal_mode = DELETE"), &reason))
            return fail(targetPath, QStringLiteral("the backup failed: %1").arg(reason));
        const QString check = singleValue(copy, QStringLiteral("PRAGMA quick_check"));
        if (check != u"ok")
            return fail(targetPath, QStringLiteral("the backup does not check out (%1)").arg(check));
    }
    // rename(2) replaces the target atomically: it is either the old file or the complete copy.
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return fail(targetPath, QStringLiteral("cannot move the backup into place: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    return true;
}

} // namespace vigia
