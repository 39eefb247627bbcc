#include "OpenDatabaseFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <map>
#include <utility>

#include <sys/stat.h>

namespace vigia {
namespace {

using Key = std::pair<quint64, quint64>;

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// Identity -> number of open connections.
std::map<Key, int> &registry()
{
    static std::map<Key, int> files;
    return files;
}

// stat() only looks at the file; it opens no descriptor, so it disturbs no lock.
std::optional<OpenDatabaseFiles::Identity> identityOf(const QString &path)
{
    struct stat status {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return OpenDatabaseFiles::Identity{quint64(status.st_dev), quint64(status.st_ino)};
}

bool isRegistered(const QString &path)
{
    const std::optional<OpenDatabaseFiles::Identity> identity = identityOf(path);
    if (!identity)
        return false;
    const QMutexLocker locker(&registryMutex());
    return registry().count({identity->device, identity->inode}) > 0;
}

} // namespace

std::optional<OpenDatabaseFiles::Identity> OpenDatabaseFiles::add(const QString &databasePath)
{
    const std::optional<Identity> identity = identityOf(databasePath);
    if (!identity)
        return std::nullopt;
    const QMutexLocker locker(&registryMutex());
    ++registry()[{identity->device, identity->inode}];
    return identity;
}

void OpenDatabaseFiles::remove(const Identity &identity)
{
    const QMutexLocker locker(&registryMutex());
    const auto found = registry().find({identity.device, identity.inode});
    if (found != registry().end() && --found->second <= 0)
        registry().erase(found);
}

bool OpenDatabaseFiles::contains(const QString &path)
{
    if (isRegistered(path))
        return true;
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
        if (path.endsWith(suffix) && isRegistered(path.chopped(suffix.size())))
            return true;
    }
    return false;
}

QString OpenDatabaseFiles::refusal(const QString &path)
{
    if (!contains(path))
        return {};
    return QCoreApplication::translate("OpenDatabaseFiles", "%1: is a Vigía library (or part of one) open in this program, "
                                                           "not a document; it is left untouched")
        .arg(path);
}

} // namespace vigia
