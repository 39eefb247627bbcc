#include "ProgressTracker.h"

#include "ProgressTrackerSql.h"
#include "Semester.h"
#include "TargetValue.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace vigia {

using namespace progress_sql;

namespace {

using StepResult = SqliteStatement::StepResult;

// An unknown day is stored as ''.
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QString valuesJson(const std::optional<ProgressValues> &values)
{
    if (!values)
        return QString();
    return QString::fromUtf8(QJsonDocument(values->toJson()).toJson(QJsonDocument::Compact));
}

void bindOptional(SqliteStatement &statement, int index, const std::optional<double> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

std::optional<double> optionalColumn(const SqliteStatement &statement, int column)
{
    return statement.isNull(column) ? std::nullopt : std::optional<double>(statement.columnDouble(column));
}

bool isFiniteOrUnset(const std::optional<double> &value)
{
    return !value || std::isfinite(*value);
}

} // namespace

ProgressTracker::ProgressTracker(PlanLibrary &library, SqliteDatabase database)
    : m_library(library)
    , m_database(std::move(database))
{
}

ProgressTracker::~ProgressTracker() = default;

std::unique_ptr<ProgressTracker> ProgressTracker::open(PlanLibrary &library, QString *error)
{
    QString reason;
    std::optional<SqliteDatabase> database = library.openConnection(&reason);
    if (!database) {
        if (error)
            *error = QStringLiteral("%1: cannot open the library for progress tracking: %2").arg(library.path(), reason);
        return nullptr;
    }
    return std::unique_ptr<ProgressTracker>(new ProgressTracker(library, std::move(*database)));
}

QString ProgressTracker::defaultEvaluator()
{
    QString name = qEnvironmentVariable("VIGIA_EVALUATOR");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

QString ProgressTracker::fail(const QString &reason) const
{
    return QStringLiteral("%1: %2").arg(m_library.path(), reason);
}

std::optional<ProgressTracker::ItemPlace> ProgressTracker::itemPlace(qint64 itemId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT d.plan_id, i.kind, i.text FROM items i JOIN plan_rows r ON r.id = i.row_id "
        "JOIN dimensions d ON d.id = r.dimension_id WHERE i.id = ?1"));
    statement.bind(1, itemId);
    const StepResult step = statement.step();
    if (step != StepResult::Row) {
        if (error)
            *error = fail(step == StepResult::Done ? QStringLiteral("there is no item %1").arg(itemId)
                                                   : statement.errorMessage());
        return std::nullopt;
    }
    return ItemPlace{statement.columnInt64(0), itemKindFromId(statement.columnText(1)).value_or(ItemKind::Problem),
                     statement.columnText(2)};
}

QStringList ProgressTracker::semesters(qint64 planId, QString *error) const
{
    SqliteStatement stored = m_database.prepare(
        QStringLiteral("SELECT semester FROM tracking_semesters WHERE plan_id = ?1 ORDER BY position"));
    stored.bind(1, planId);
    QStringList result;
    StepResult step;
    while ((step = stored.step()) == StepResult::Row)
        result.append(stored.columnText(0));
    if (step == StepResult::Error) {
        if (error)
            *error = fail(stored.errorMessage());
        return {};
    }
    if (!result.isEmpty())
        return result;
    SqliteStatement period = m_database.prepare(QStringLiteral("SELECT period FROM plans WHERE id = ?1"));
    period.bind(1, planId);
    if (period.step() != StepResult::Row) {
        if (error)
            *error = fail(QStringLiteral("there is no plan %1").arg(planId));
        return {};
    }
    return Semester::forPeriod(period.columnText(0));
}

bool ProgressTracker::setSemesters(qint64 planId, const QStringList &semesters, QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    QList<Semester> parsed;
    for (const QString &text : semesters) {
        const std::optional<Semester> semester = Semester::parse(text);
        if (!semester) {
            *error = fail(QStringLiteral("'%1' is not a semester (write YEAR-S1 or YEAR-S2)").arg(text));
            return false;
        }
        if (!parsed.contains(*semester))
            parsed.append(*semester);
    }
    if (parsed.isEmpty()) {
        *error = fail(QStringLiteral("give at least one semester"));
        return false;
    }
    std::sort(parsed.begin(), parsed.end());
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = fail(transaction.error());
        return false;
    }
    if (!m_library.plan(planId)) {
        *error = fail(QStringLiteral("there is no plan %1").arg(planId));
        return false;
    }
    // A semester that holds records stays: dropping it would hide them.
    SqliteStatement used = m_database.prepare(QStringLiteral(
        "SELECT DISTINCT r.semester FROM progress_records r JOIN items i ON i.id = r.item_id "
        "JOIN plan_rows pr ON pr.id = i.row_id JOIN dimensions d ON d.id = pr.dimension_id WHERE d.plan_id = ?1 "
        "ORDER BY r.semester"));
    used.bind(1, planId);
    while (used.step() == SqliteStatement::StepResult::Row) {
        const std::optional<Semester> semester = Semester::parse(used.columnText(0));
        if (semester && !parsed.contains(*semester)) {
            *error = fail(QStringLiteral("plan %1 has progress recorded in %2; keep that semester")
                              .arg(planId)
                              .arg(semester->toString()));
            return false;
        }
    }
    SqliteStatement remove = m_database.prepare(QStringLiteral("DELETE FROM tracking_semesters WHERE plan_id = ?1"));
    remove.bind(1, planId);
    if (!remove.execute()) {
        *error = fail(remove.errorMessage());
        return false;
    }
    SqliteStatement insert = m_database.prepare(
        QStringLiteral("INSERT INTO tracking_semesters (plan_id, position, semester) VALUES (?1, ?2, ?3)"));
    for (qsizetype index = 0; index < parsed.size(); ++index) {
        insert.reset();
        insert.bind(1, planId);
        insert.bind(2, qint64(index));
        insert.bind(3, parsed.at(index).toString());
        if (!insert.execute()) {
            *error = fail(insert.errorMessage());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = fail(transaction.error());
        return false;
    }
    return true;
}

bool ProgressTracker::checkTrackable(qint64 itemId, const QString &semester, ItemPlace *place, QString *error) const
{
    const std::optional<ItemPlace> found = itemPlace(itemId, error);
    if (!found)
        return false;
    if (found->kind != ItemKind::Target && found->kind != ItemKind::Objective) {
        *error = fail(QStringLiteral("item %1 is a %2; only objectives and metas are tracked")
                          .arg(itemId)
                          .arg(itemKindId(found->kind)));
        return false;
    }
    const QStringList planSemesters = semesters(found->planId, error);
    if (!planSemesters.contains(semester)) {
        *error = fail(planSemesters.isEmpty()
                          ? QStringLiteral("plan %1 has no semesters (its period is unknown); set them first")
                                .arg(found->planId)
                          : QStringLiteral("'%1' is not a semester of plan %2 (%3 … %4)")
                                .arg(semester)
                                .arg(found->planId)
                                .arg(planSemesters.constFirst(), planSemesters.constLast()));
        return false;
    }
    if (place)
        *place = *found;
    return true;
}

bool ProgressTracker::appendHistory(qint64 recordId, qint64 itemId, const QString &semester, const QString &action,
                                    const std::optional<ProgressValues> &oldValues,
                                    const std::optional<ProgressValues> &newValues, const QString &detail,
                                    const QString &changedBy, QString *error, const QString &uid,
                                    const QDateTime &changedAt, const QString &origin)
{
    SqliteStatement insert = m_database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO progress_history (uid, record_id, item_id, semester, action, old_values, new_values, "
        "detail, changed_by, changed_at, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    insert.bind(1, uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uid);
    insert.bind(2, recordId);
    insert.bind(3, itemId);
    insert.bind(4, semester);
    insert.bind(5, action);
    insert.bind(6, valuesJson(oldValues));
    insert.bind(7, valuesJson(newValues));
    insert.bind(8, detail.isNull() ? QStringLiteral("") : detail);
    insert.bind(9, changedBy.isNull() ? QStringLiteral("") : changedBy);
    insert.bind(10, changedAt.isValid() ? changedAt.toUTC().toString(Qt::ISODateWithMs) : now());
    insert.bind(11, origin.isNull() ? QStringLiteral("") : origin);
    if (!insert.execute()) {
        *error = fail(insert.errorMessage());
        return false;
    }
    return true;
}

std::optional<qint64> ProgressTracker::insertRecord(qint64 itemId, const QString &semester,
                                                    const ProgressValues &values, QString *error)
{
    SqliteStatement insert = m_database.prepare(QStringLiteral(
        "INSERT INTO progress_records (item_id, semester, status, percent, achieved_value, target_value, note, "
        "evaluator, assessed_on, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    insert.bind(1, itemId);
    insert.bind(2, semester);
    insert.bind(3, progressStatusId(values.status));
    bindOptional(insert, 4, values.percent);
    bindOptional(insert, 5, values.achievedValue);
    bindOptional(insert, 6, values.targetValue);
    insert.bind(7, values.note.isNull() ? QStringLiteral("") : values.note);
    insert.bind(8, values.evaluator.isNull() ? QStringLiteral("") : values.evaluator);
    insert.bind(9, isoDate(values.assessedOn));
    insert.bind(10, now());
    if (!insert.execute()) {
        *error = fail(insert.errorMessage());
        return std::nullopt;
    }
    return m_database.lastInsertRowId();
}

bool ProgressTracker::updateRecord(qint64 recordId, const ProgressValues &values, QString *error)
{
    SqliteStatement update = m_database.prepare(QStringLiteral(
        "UPDATE progress_records SET status = ?2, percent = ?3, achieved_value = ?4, target_value = ?5, note = ?6, "
        "evaluator = ?7, assessed_on = ?8, updated_at = ?9 WHERE id = ?1"));
    update.bind(1, recordId);
    update.bind(2, progressStatusId(values.status));
    bindOptional(update, 3, values.percent);
    bindOptional(update, 4, values.achievedValue);
    bindOptional(update, 5, values.targetValue);
    update.bind(6, values.note.isNull() ? QStringLiteral("") : values.note);
    update.bind(7, values.evaluator.isNull() ? QStringLiteral("") : values.evaluator);
    update.bind(8, isoDate(values.assessedOn));
    update.bind(9, now());
    if (!update.execute()) {
        *error = fail(update.errorMessage());
        return false;
    }
    return true;
}

std::optional<ProgressRecord> ProgressTracker::setProgress(qint64 itemId, const QString &semester,
                                                           const ProgressValues &values, QString *error)
{
    return setProgress(itemId, semester, values, {}, error);
}

std::optional<ProgressRecord> ProgressTracker::setProgress(qint64 itemId, const QString &semesterText,
                                                           ProgressValues values, const QList<PendingEvidence> &evidence,
                                                           QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    const std::optional<Semester> parsedSemester = Semester::parse(semesterText);
    if (!parsedSemester) {
        *error = fail(QStringLiteral("'%1' is not a semester (write YEAR-S1 or YEAR-S2)").arg(semesterText));
        return std::nullopt;
    }
    const QString semester = parsedSemester->toString();
    if (values.percent && (!std::isfinite(*values.percent) || *values.percent < 0 || *values.percent > 100)) {
        *error = fail(QStringLiteral("a percentage goes from 0 to 100"));
        return std::nullopt;
    }
    if (!isFiniteOrUnset(values.achievedValue) || !isFiniteOrUnset(values.targetValue)) {
        *error = fail(QStringLiteral("values must be finite numbers"));
        return std::nullopt;
    }
    if (const QString problem = values.lengthProblem(); !problem.isEmpty()) {
        *error = fail(problem);
        return std::nullopt;
    }
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = fail(transaction.error());
        return std::nullopt;
    }
    ItemPlace place;
    if (!checkTrackable(itemId, semester, &place, error))
        return std::nullopt;
    if (!values.assessedOn.isValid())
        values.assessedOn = QDate::currentDate();
    if (!values.targetValue && place.kind == ItemKind::Target)
        values.targetValue = TargetValue::fromText(place.text);

    const std::optional<ProgressRecord> existing = record(itemId, semester, error);
    if (!existing && !error->isEmpty())
        return std::nullopt;
    qint64 recordId = 0;
    const bool unchanged = existing && existing->values == values;
    if (unchanged && evidence.isEmpty())
        return existing;
    if (existing) {
        recordId = existing->id;
        if (!unchanged && !updateRecord(recordId, values, error))
            return std::nullopt;
    } else {
        const std::optional<qint64> inserted = insertRecord(itemId, semester, values, error);
        if (!inserted)
            return std::nullopt;
        recordId = *inserted;
    }
    const std::optional<ProgressValues> oldValues =
        existing ? std::optional<ProgressValues>(existing->values) : std::nullopt;
    if (!unchanged
        && !appendHistory(recordId, itemId, semester, QStringLiteral("set"), oldValues, values, {}, values.evaluator,
                          error))
        return std::nullopt;
    ProgressRecord owner;
    owner.id = recordId;
    owner.itemId = itemId;
    owner.semester = semester;
    for (const PendingEvidence &piece : evidence) {
        if (!storeEvidence(owner, piece, error))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = fail(transaction.error());
        return std::nullopt;
    }
    return recordById(recordId, error);
}

QList<ProgressRecord> ProgressTracker::readRecords(SqliteStatement &statement, QString *error) const
{
    QList<ProgressRecord> result;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        ProgressRecord record;
        record.id = statement.columnInt64(0);
        record.itemId = statement.columnInt64(1);
        record.semester = statement.columnText(2);
        record.values.status = progressStatusFromId(statement.columnText(3)).value_or(ProgressStatus::NoInformation);
        record.values.percent = optionalColumn(statement, 4);
        record.values.achievedValue = optionalColumn(statement, 5);
        record.values.targetValue = optionalColumn(statement, 6);
        record.values.note = statement.columnText(7);
        record.values.evaluator = statement.columnText(8);
        record.values.assessedOn = QDate::fromString(statement.columnText(9), Qt::ISODate);
        record.updatedAt = QDateTime::fromString(statement.columnText(10), Qt::ISODateWithMs);
        result.append(record);
    }
    if (step == StepResult::Error) {
        if (error)
            *error = fail(statement.errorMessage());
        return {};
    }
    if (error)
        error->clear();
    for (ProgressRecord &record : result)
        record.evidence = evidenceOf(record.id, error);
    return result;
}

std::optional<ProgressRecord> ProgressTracker::record(qint64 itemId, const QString &semester, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_records r WHERE r.item_id = ?1 AND r.semester = ?2").arg(recordColumns));
    statement.bind(1, itemId);
    statement.bind(2, semester);
    QList<ProgressRecord> found = readRecords(statement, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<ProgressRecord> ProgressTracker::recordById(qint64 recordId, QString *error) const
{
    SqliteStatement statement =
        m_database.prepare(QStringLiteral("SELECT %1 FROM progress_records r WHERE r.id = ?1").arg(recordColumns));
    statement.bind(1, recordId);
    QList<ProgressRecord> found = readRecords(statement, error);
    if (found.isEmpty()) {
        if (error && error->isEmpty())
            *error = fail(QStringLiteral("there is no progress record %1").arg(recordId));
        return std::nullopt;
    }
    return found.constFirst();
}

QList<ProgressRecord> ProgressTracker::records(qint64 planId, const QString &semester, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_records r JOIN items i ON i.id = r.item_id "
                       "JOIN plan_rows pr ON pr.id = i.row_id JOIN dimensions d ON d.id = pr.dimension_id "
                       "WHERE d.plan_id = ?1 AND (?2 IS NULL OR r.semester = ?2) ORDER BY %2")
            .arg(recordColumns, planOrder));
    statement.bind(1, planId);
    statement.bind(2, semester.isEmpty() ? QString() : semester);
    return readRecords(statement, error);
}

QList<HistoryEntry> ProgressTracker::history(qint64 itemId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT id, uid, record_id, item_id, semester, action, old_values, new_values, detail, changed_by, changed_at, "
        "origin FROM progress_history WHERE item_id = ?1 "
        "OR record_id IN (SELECT id FROM progress_records WHERE item_id = ?1) ORDER BY changed_at, id"));
    statement.bind(1, itemId);
    QList<HistoryEntry> entries;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        HistoryEntry entry;
        entry.id = statement.columnInt64(0);
        entry.uid = statement.columnText(1);
        entry.recordId = statement.columnInt64(2);
        entry.itemId = statement.columnInt64(3);
        entry.semester = statement.columnText(4);
        entry.action = statement.columnText(5);
        entry.oldValues = valuesFromJson(statement.columnText(6));
        entry.newValues = valuesFromJson(statement.columnText(7));
        entry.detail = statement.columnText(8);
        entry.changedBy = statement.columnText(9);
        entry.changedAt = QDateTime::fromString(statement.columnText(10), Qt::ISODateWithMs);
        entry.origin = statement.columnText(11);
        entries.append(entry);
    }
    if (step == StepResult::Error) {
        if (error)
            *error = fail(statement.errorMessage());
        return {};
    }
    return entries;
}

} // namespace vigia
