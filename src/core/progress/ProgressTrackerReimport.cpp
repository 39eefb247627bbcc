// ProgressTracker's re-import: a plan read again from a corrected source takes the progress
// recorded on the old one, item by item; what cannot be matched is kept and attached by hand, and
// conflicting records are resolved (see ProgressTracker.h).
#include "ProgressTracker.h"

#include "HistoryDetail.h"
#include "ItemMatcher.h"
#include "ProgressTrackerSql.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QSet>

namespace vigia {

using namespace progress_sql;
using StepResult = SqliteStatement::StepResult;

ReimportResult ProgressTracker::reimport(qint64 planId, const Plan &corrected, const QStringList &warnings,
                                         const QString &by)
{
    ReimportResult result;
    result.oldPlanId = planId;
    auto failed = [&](const QString &reason) {
        result.ok = false;
        result.error = reason;
        return result;
    };
    const std::optional<Plan> oldPlan = m_library.plan(planId);
    if (!oldPlan)
        return failed(m_library.lastError());
    if (QString::fromLatin1(corrected.sourceSha256).toLower() == QString::fromLatin1(oldPlan->sourceSha256).toLower())
        return failed(fail(QStringLiteral("the corrected source is the very file plan %1 was read from").arg(planId)));
    const ImportOutcome outcome = m_library.importPlan(corrected, warnings);
    if (outcome.status == ImportOutcome::Status::Failed)
        return failed(outcome.error);
    result.newPlanId = outcome.planId;
    result.newPlanImported = outcome.status == ImportOutcome::Status::Imported;
    if (result.newPlanId == planId)
        return failed(fail(QStringLiteral("the corrected source is plan %1 itself").arg(planId)));
    const std::optional<Plan> newPlan = m_library.plan(result.newPlanId);
    if (!newPlan)
        return failed(m_library.lastError());

    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return failed(fail(transaction.error()));
    QString error;
    const QList<ProgressRecord> tracked = records(planId, {}, &error);
    if (!error.isEmpty())
        return failed(error);
    QSet<qint64> trackedItems;
    for (const ProgressRecord &record : tracked)
        trackedItems.insert(record.itemId);
    const QHash<qint64, ItemMatcher::Match> matches = ItemMatcher::match(*oldPlan, *newPlan, trackedItems);

    SqliteStatement replacement = m_database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO plan_replacements (old_plan_id, new_plan_id, replaced_at) VALUES (?1, ?2, ?3)"));
    replacement.bind(1, planId);
    replacement.bind(2, result.newPlanId);
    replacement.bind(3, now());
    if (!replacement.execute())
        return failed(fail(replacement.errorMessage()));
    // A plan whose semesters were edited passes them on, unless the new plan has its own.
    SqliteStatement copySemesters = m_database.prepare(QStringLiteral(
        "INSERT INTO tracking_semesters (plan_id, position, semester) SELECT ?2, position, semester "
        "FROM tracking_semesters WHERE plan_id = ?1 "
        "AND NOT EXISTS (SELECT 1 FROM tracking_semesters WHERE plan_id = ?2)"));
    copySemesters.bind(1, planId);
    copySemesters.bind(2, result.newPlanId);
    if (!copySemesters.execute())
        return failed(fail(copySemesters.errorMessage()));

    SqliteStatement move = m_database.prepare(QStringLiteral("UPDATE progress_records SET item_id = ?2 WHERE id = ?1"));
    for (const ProgressRecord &record : tracked) {
        const auto match = matches.constFind(record.itemId);
        if (match == matches.cend() || this->record(match->toItemId, record.semester, &error)) {
            result.unmatched.append(record);
            continue;
        }
        move.reset();
        move.bind(1, record.id);
        move.bind(2, match->toItemId);
        if (!move.execute())
            return failed(fail(move.errorMessage()));
        const QString detail = HistoryDetail::moved(planId, record.itemId, result.newPlanId, match->toItemId, match->score);
        if (!appendHistory(record.id, match->toItemId, record.semester, QStringLiteral("moved"), record.values,
                           record.values, detail, by, &error))
            return failed(error);
        result.moved.append({record.id, record.semester, record.itemId, match->toItemId, match->score});
    }
    if (!transaction.commit())
        return failed(fail(transaction.error()));
    result.ok = true;
    return result;
}

QList<ProgressRecord> ProgressTracker::unmatchedRecords(qint64 planId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_records r JOIN items i ON i.id = r.item_id "
                       "JOIN plan_rows pr ON pr.id = i.row_id JOIN dimensions d ON d.id = pr.dimension_id "
                       "WHERE d.plan_id IN (SELECT old_plan_id FROM plan_replacements WHERE new_plan_id = ?1) "
                       "ORDER BY d.plan_id, %2")
            .arg(recordColumns, planOrder));
    statement.bind(1, planId);
    return readRecords(statement, error);
}

bool ProgressTracker::attachRecord(qint64 recordId, qint64 itemId, const QString &by, QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = fail(transaction.error());
        return false;
    }
    const std::optional<ProgressRecord> existing = recordById(recordId, error);
    if (!existing)
        return false;
    if (existing->itemId == itemId)
        return true;
    if (!checkTrackable(itemId, existing->semester, nullptr, error))
        return false;
    if (record(itemId, existing->semester, error)) {
        *error = fail(QStringLiteral("item %1 already has a record for %2").arg(itemId).arg(existing->semester));
        return false;
    }
    SqliteStatement move = m_database.prepare(QStringLiteral("UPDATE progress_records SET item_id = ?2 WHERE id = ?1"));
    move.bind(1, recordId);
    move.bind(2, itemId);
    if (!move.execute()) {
        *error = fail(move.errorMessage());
        return false;
    }
    if (!appendHistory(recordId, itemId, existing->semester, QStringLiteral("attached"), existing->values,
                       existing->values,
                       QStringLiteral("attached by hand: item %1 -> item %2").arg(existing->itemId).arg(itemId), by,
                       error))
        return false;
    if (!transaction.commit()) {
        *error = fail(transaction.error());
        return false;
    }
    return true;
}

QList<ProgressConflict> ProgressTracker::conflicts(qint64 planId, bool pendingOnly, QString *error) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT c.id, c.record_id, r.item_id, r.semester, c.incoming_values, c.origin, c.found_at, c.resolution, "
        "c.resolved_by FROM progress_conflicts c JOIN progress_records r ON r.id = c.record_id "
        "JOIN items i ON i.id = r.item_id JOIN plan_rows pr ON pr.id = i.row_id "
        "JOIN dimensions d ON d.id = pr.dimension_id "
        "WHERE d.plan_id = ?1 AND (?2 = 0 OR c.resolution IS NULL) ORDER BY c.id"));
    statement.bind(1, planId);
    statement.bind(2, pendingOnly);
    QList<ProgressConflict> result;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        ProgressConflict conflict;
        conflict.id = statement.columnInt64(0);
        conflict.recordId = statement.columnInt64(1);
        conflict.itemId = statement.columnInt64(2);
        conflict.semester = statement.columnText(3);
        conflict.incoming = valuesFromJson(statement.columnText(4)).value_or(ProgressValues{});
        conflict.origin = statement.columnText(5);
        conflict.foundAt = QDateTime::fromString(statement.columnText(6), Qt::ISODateWithMs);
        if (!statement.isNull(7))
            conflict.resolution = statement.columnText(7) == u"local" ? ProgressConflict::Side::Local
                                                                      : ProgressConflict::Side::Incoming;
        conflict.resolvedBy = statement.columnText(8);
        result.append(conflict);
    }
    if (step == StepResult::Error) {
        if (error)
            *error = fail(statement.errorMessage());
        return {};
    }
    for (ProgressConflict &conflict : result) {
        if (const std::optional<ProgressRecord> current = recordById(conflict.recordId, error))
            conflict.local = current->values;
    }
    return result;
}

bool ProgressTracker::resolveConflict(qint64 conflictId, ProgressConflict::Side side, const QString &by,
                                      QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = fail(transaction.error());
        return false;
    }
    SqliteStatement find = m_database.prepare(
        QStringLiteral("SELECT record_id, incoming_values, origin, resolution FROM progress_conflicts WHERE id = ?1"));
    find.bind(1, conflictId);
    if (find.step() != StepResult::Row) {
        *error = fail(QStringLiteral("there is no conflict %1").arg(conflictId));
        return false;
    }
    if (!find.isNull(3)) {
        *error = fail(QStringLiteral("conflict %1 is already resolved").arg(conflictId));
        return false;
    }
    const qint64 recordId = find.columnInt64(0);
    const ProgressValues incoming = valuesFromJson(find.columnText(1)).value_or(ProgressValues{});
    const QString origin = find.columnText(2);
    const std::optional<ProgressRecord> current = recordById(recordId, error);
    if (!current)
        return false;
    const bool takeIncoming = side == ProgressConflict::Side::Incoming;
    if (takeIncoming && !updateRecord(recordId, incoming, error))
        return false;
    const QString detail = HistoryDetail::resolved(conflictId, takeIncoming, origin);
    if (!appendHistory(recordId, current->itemId, current->semester, QStringLiteral("resolved"), current->values,
                       takeIncoming ? incoming : current->values, detail, by, error))
        return false;
    SqliteStatement mark = m_database.prepare(QStringLiteral(
        "UPDATE progress_conflicts SET resolution = ?2, resolved_by = ?3, resolved_at = ?4 WHERE id = ?1"));
    mark.bind(1, conflictId);
    mark.bind(2, takeIncoming ? QStringLiteral("incoming") : QStringLiteral("local"));
    mark.bind(3, by.isNull() ? QStringLiteral("") : by);
    mark.bind(4, now());
    if (!mark.execute()) {
        *error = fail(mark.errorMessage());
        return false;
    }
    if (!transaction.commit()) {
        *error = fail(transaction.error());
        return false;
    }
    return true;
}

} // namespace vigia
