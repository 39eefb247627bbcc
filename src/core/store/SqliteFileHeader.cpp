#include "SqliteFileHeader.h"

#include <QByteArray>
#include <QFile>
#include <QtEndian>

#include <sqlite3.h>

#include <memory>

namespace vigia {
namespace {

struct ConnectionCloser {
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};

} // namespace

SqliteFileHeader SqliteFileHeader::parse(const QByteArray &bytes)
{
    SqliteFileHeader header;
    if (bytes.size() < size || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return header;
    const auto field = [&bytes](qsizetype offset) { return qFromBigEndian<quint32>(bytes.constData() + offset); };
    header.isSqlite = true;
    header.schemaCookie = field(40);
    header.userVersion = field(60);
    header.applicationId = field(68);
    return header;
}

std::optional<SqliteFileHeader> SqliteFileHeader::read(const QString &path, QString *error)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    const std::unique_ptr<sqlite3, ConnectionCloser> connection(raw);
    if (opened != SQLITE_OK) {
        if (error)
            *error = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(opened));
        return std::nullopt;
    }
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(raw, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods) {
        if (error)
            *error = QStringLiteral("the file cannot be read");
        return std::nullopt;
    }
    QByteArray bytes(size, '\0');
    const int result = file->pMethods->xRead(file, bytes.data(), size, 0);
    // A short read fills the rest with zeros and is no error here: such a file is no SQLite file
    // (or an empty one), which parse() tells.
    if (result != SQLITE_OK && result != SQLITE_IOERR_SHORT_READ) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(result));
        return std::nullopt;
    }
    return parse(bytes);
}

} // namespace vigia
