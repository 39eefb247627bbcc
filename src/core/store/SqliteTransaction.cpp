#include "SqliteTransaction.h"

#include "SqliteDatabase.h"

namespace vigia {

SqliteTransaction::SqliteTransaction(SqliteDatabase &database)
    : m_database(database)
{
    m_active = m_database.execute(QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_database.execute(QStringLiteral("COMMIT"), &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SqliteTransaction::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    m_database.execute(QStringLiteral("ROLLBACK"), &ignored);
    m_active = false;
}

} // namespace vigia
