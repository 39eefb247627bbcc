#pragma once

#include "store/SqliteDatabase.h"
#include "store/SqliteTransaction.h"

#include <QString>

#include <optional>

namespace vigia {

// Runs `body(&reason)` in one transaction of `database` and returns what it returns; when the body
// gives nothing, or BEGIN or COMMIT fails, nothing is kept and `error` says why ("PATH: reason").
template<typename Result, typename Body>
std::optional<Result> inEditTransaction(SqliteDatabase &database, const QString &path, QString *error, Body body)
{
    QString reason;
    SqliteTransaction transaction(database);
    if (transaction.isActive()) {
        std::optional<Result> result = body(&reason);
        if (result && transaction.commit())
            return result;
        if (reason.isEmpty())
            reason = transaction.error();
    } else {
        reason = transaction.error();
    }
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, reason);
    return std::nullopt;
}

} // namespace vigia
