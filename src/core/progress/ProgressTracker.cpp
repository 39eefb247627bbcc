#include "ProgressTracker.h"

#include "HistoryDetail.h"

#include "ItemMatcher.h"
#include "Semester.h"
#include "TargetValue.h"
#include "EvidenceFileName.h"
#include "EvidenceIntake.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>


#include <cmath>

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;


// The columns readRecords() expects, from progress_records r joined with items i.
const QString recordColumns = QStringLiteral(
    "r.id, r.item_id, r.semester, r.status, r.percent, r.achieved_value, r.target_value, r.note, r.evaluator, "
    "r.assessed_on, r.updated_at");
const QString planOrder = QStringLiteral(
    "d.position, pr.position, CASE i.kind WHEN 'problem' THEN 0 WHEN 'objective' THEN 1 WHEN 'indicator' THEN 2 "
    "ELSE 3 END, i.position, r.semester");
const QString evidenceColumns = QStringLiteral(
    "id, record_id, kind, url, consulted_on, original_name, media_type, sha256, size, added_by, added_at, title");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

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

std::optional<ProgressValues> valuesFromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    return ProgressValues::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
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

Evidence readEvidence(const SqliteStatement &statement)
{
    Evidence evidence;
    evidence.id = statement.columnInt64(0);
    evidence.recordId = statement.columnInt64(1);
    evidence.kind = statement.columnText(2) == u"file" ? Evidence::Kind::File : Evidence::Kind::Url;
    evidence.url = statement.columnText(3);
    evidence.consultedOn = QDate::fromString(statement.columnText(4), Qt::ISODate);
    evidence.originalName = statement.columnText(5);
    evidence.mediaType = statement.columnText(6);
    evidence.sha256 = statement.columnText(7).toLatin1();
    evidence.size = statement.columnInt64(8);
    evidence.addedBy = statement.columnText(9);
    evidence.addedAt = QDateTime::fromString(statement.columnText(10), Qt::ISODateWithMs);
    evidence.title = statement.columnText(11);
    return evidence;
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

std::optional<Evidence> ProgressTracker::insertEvidence(qint64 recordId, const Evidence &evidence,
                                                        const QByteArray &content, QString *error)
{
    SqliteStatement insert = m_database.prepare(QStringLiteral(
        "INSERT INTO progress_evidence (record_id, kind, url, consulted_on, original_name, media_type, sha256, size, "
        "content, added_by, added_at, title) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    const bool isFile = evidence.kind == Evidence::Kind::File;
    insert.bind(1, recordId);
    insert.bind(2, isFile ? QStringLiteral("file") : QStringLiteral("url"));
    insert.bind(3, isFile ? QString() : evidence.url);
    insert.bind(4, evidence.consultedOn.isValid() ? evidence.consultedOn.toString(Qt::ISODate) : QString());
    insert.bind(5, isFile ? evidence.originalName : QString());
    insert.bind(6, isFile ? evidence.mediaType : QString());
    insert.bind(7, isFile ? QString::fromLatin1(evidence.sha256) : QString());
    if (isFile)
        insert.bind(8, qint64(content.size()));
    else
        insert.bindNull(8);
    insert.bindBlob(9, isFile ? (content.isNull() ? QByteArray("") : content) : QByteArray());
    insert.bind(10, evidence.addedBy.isNull() ? QStringLiteral("") : evidence.addedBy);
    insert.bind(11, evidence.addedAt.isValid() ? evidence.addedAt.toUTC().toString(Qt::ISODateWithMs) : now());
    insert.bind(12, isFile || evidence.title.isNull() ? QStringLiteral("") : evidence.title);
    if (!insert.execute()) {
        *error = fail(insert.errorMessage());
        return std::nullopt;
    }
    Evidence stored = evidence;
    stored.id = m_database.lastInsertRowId();
    stored.recordId = recordId;
    stored.size = isFile ? content.size() : 0;
    return stored;
}

std::optional<Evidence> ProgressTracker::addEvidenceUrl(qint64 recordId, const QString &url,
                                                        const QDate &consultedOn, const QString &addedBy,
                                                        QString *error, const QString &title)
{
    QString ignoredError;
    const std::optional<PendingEvidence> pending =
        EvidenceIntake::fromUrl(url, consultedOn, addedBy, error ? error : &ignoredError, title);
    return pending ? addEvidence(recordId, *pending, error) : std::nullopt;
}

std::optional<Evidence> ProgressTracker::addEvidenceFile(qint64 recordId, const QString &path,
                                                         const QString &addedBy, QString *error)
{
    QString ignoredError;
    const std::optional<PendingEvidence> pending = EvidenceIntake::fromFile(path, addedBy, error ? error : &ignoredError);
    return pending ? addEvidence(recordId, *pending, error) : std::nullopt;
}

std::optional<Evidence> ProgressTracker::addEvidenceData(qint64 recordId, const QByteArray &content,
                                                         const QString &originalName, const QString &addedBy,
                                                         QString *error)
{
    QString ignoredError;
    const std::optional<PendingEvidence> pending =
        EvidenceIntake::fromData(content, originalName, addedBy, error ? error : &ignoredError);
    return pending ? addEvidence(recordId, *pending, error) : std::nullopt;
}

std::optional<Evidence> ProgressTracker::addEvidence(qint64 recordId, const PendingEvidence &pending, QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        *error = fail(transaction.error());
        return std::nullopt;
    }
    const std::optional<ProgressRecord> owner = recordById(recordId, error);
    if (!owner)
        return std::nullopt;
    const std::optional<Evidence> stored = storeEvidence(*owner, pending, error);
    if (!stored)
        return std::nullopt;
    if (!transaction.commit()) {
        *error = fail(transaction.error());
        return std::nullopt;
    }
    return stored;
}

// One piece of evidence of a record and its history entry, inside the caller's transaction.
std::optional<Evidence> ProgressTracker::storeEvidence(const ProgressRecord &owner, const PendingEvidence &pending,
                                                       QString *error)
{
    const std::optional<Evidence> stored = insertEvidence(owner.id, pending.evidence, pending.content, error);
    if (!stored
        || !appendHistory(owner.id, owner.itemId, owner.semester, QStringLiteral("evidence"), std::nullopt, std::nullopt,
                          pending.historyDetail, pending.evidence.addedBy, error))
        return std::nullopt;
    return stored;
}

QList<Evidence> ProgressTracker::evidenceOf(qint64 recordId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_evidence WHERE record_id = ?1 ORDER BY id").arg(evidenceColumns));
    statement.bind(1, recordId);
    QList<Evidence> result;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row)
        result.append(readEvidence(statement));
    if (step == StepResult::Error && error)
        *error = fail(statement.errorMessage());
    return result;
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

QByteArray ProgressTracker::evidenceContent(qint64 evidenceId, QString *error) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT content FROM progress_evidence WHERE id = ?1 AND kind = 'file'"));
    statement.bind(1, evidenceId);
    if (statement.step() != StepResult::Row) {
        if (error)
            *error = fail(QStringLiteral("there is no evidence file %1").arg(evidenceId));
        return {};
    }
    QByteArray content = statement.columnBlob(0);
    if (content.isNull())
        content = QByteArray("");
    return content;
}

QString ProgressTracker::saveEvidence(qint64 evidenceId, const QString &directory, QString *error) const
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM progress_evidence WHERE id = ?1 AND kind = 'file'").arg(evidenceColumns));
    statement.bind(1, evidenceId);
    if (statement.step() != StepResult::Row) {
        *error = fail(QStringLiteral("there is no evidence file %1").arg(evidenceId));
        return {};
    }
    const Evidence evidence = readEvidence(statement);
    const QDir folder(directory);
    if (directory.isEmpty() || !folder.exists()) {
        *error = QStringLiteral("%1: no such folder").arg(directory);
        return {};
    }
    const QByteArray content = evidenceContent(evidenceId, error);
    if (QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != evidence.sha256) {
        *error = fail(QStringLiteral("evidence %1 does not match its SHA-256").arg(evidenceId));
        return {};
    }
    const QString safeName = EvidenceFileName::sanitized(evidence.originalName);
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString fileName = attempt == 0 ? QStringLiteral("%1-%2").arg(evidenceId).arg(safeName)
                                              : QStringLiteral("%1-%2-%3").arg(evidenceId).arg(attempt).arg(safeName);
        const QString path = folder.absoluteFilePath(fileName);
        // The sanitised name has no separators; check anyway that the file lands in the folder.
        if (QFileInfo(path).absolutePath() != folder.absolutePath()) {
            *error = fail(QStringLiteral("refusing to write evidence %1 outside %2").arg(evidenceId).arg(directory));
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists())
                continue;
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return {};
        }
        if (file.write(content) != content.size() || !file.flush()) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            file.remove();
            return {};
        }
        return path;
    }
    *error = QStringLiteral("%1: too many files named like evidence %2").arg(directory).arg(evidenceId);
    return {};
}

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
