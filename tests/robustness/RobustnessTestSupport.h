#pragma once

// Helpers shared by the robustness tests: running vigia-cli, files in a temporary folder, and a
// library's contents in a form that can be compared before and after.

#include "json/PlanJson.h"
#include "progress/ProgressTracker.h"
#include "store/PlanLibrary.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace vigia::test {

struct CliRun {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QStringList errorLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }
};

// Runs vigia-cli with `home` as HOME/XDG_DATA_HOME, never the real one.
inline CliRun runCli(const QStringList &arguments, const QString &home, int timeoutMilliseconds = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    // Qt's GUI application object (vigia-cli has one, offscreen) warns on stderr without a runtime folder.
    const QString runtime = home + QStringLiteral("/runtime");
    if (QDir().mkpath(runtime))
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VIGIA_CLI_PATH), arguments);
    CliRun result;
    result.finished = process.waitForFinished(timeoutMilliseconds) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline bool writeBytes(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.flush();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// PRAGMA integrity_check through the SQLite C API on a connection of its own ("ok" when sound).
inline QString integrityCheck(const QString &libraryPath)
{
    sqlite3 *handle = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(libraryPath).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        result = QStringLiteral("cannot open: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_close(handle);
        return result;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK) {
        QStringList lines;
        while (sqlite3_step(statement) == SQLITE_ROW)
            lines.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        result = lines.join(u'\n');
    } else {
        result = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    return result;
}

// Every stored plan as plan JSON, keyed by plan id: what "the library is unchanged" compares.
inline QMap<qint64, QByteArray> libraryContents(PlanLibrary &library)
{
    QMap<qint64, QByteArray> contents;
    for (const PlanSummary &summary : library.plans()) {
        const std::optional<Plan> plan = library.plan(summary.id);
        contents.insert(summary.id, plan ? PlanJson::toJson(*plan) : QByteArray("missing"));
    }
    return contents;
}

inline QMap<qint64, QByteArray> libraryContents(const QString &libraryPath)
{
    QString error;
    const std::unique_ptr<PlanLibrary> library = PlanLibrary::open(libraryPath, &error);
    if (!library)
        return {{-1, error.toUtf8()}};
    return libraryContents(*library);
}

// A library and its progress tracker, opened together (the tracker needs its library alive);
// both null, with `error`, when either cannot be opened.
struct OpenedTracker {
    std::unique_ptr<PlanLibrary> library;
    std::unique_ptr<ProgressTracker> tracker;
};

inline OpenedTracker openTracker(const QString &libraryPath, QString *error)
{
    OpenedTracker opened;
    opened.library = PlanLibrary::open(libraryPath, error);
    if (opened.library)
        opened.tracker = ProgressTracker::open(*opened.library, error);
    if (!opened.tracker)
        opened.library.reset();
    return opened;
}

} // namespace vigia::test
