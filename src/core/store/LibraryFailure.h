#pragma once

#include <QString>

namespace vigia {

class SqliteDatabase;
class SqliteStatement;

// What a failed SQLite call means for the person using a library: "the disk is full (…)", "the
// library is read-only (…)", "the library is busy…", a damaged or foreign file.
namespace LibraryFailure {

QString describe(int errorCode, const QString &message);
QString describe(const SqliteDatabase &database);
QString describe(const SqliteStatement &statement);

} // namespace LibraryFailure
} // namespace vigia
