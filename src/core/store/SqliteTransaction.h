#pragma once

#include <QString>

namespace vigia {

class SqliteDatabase;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase &database);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    // False when BEGIN failed (the database is busy, read-only…); see error().
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

    bool commit();
    void rollback();

private:
    SqliteDatabase &m_database;
    bool m_active = false;
    QString m_error;
};

} // namespace vigia
