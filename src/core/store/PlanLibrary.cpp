#include "PlanLibrary.h"

#include "ItemBoxesJson.h"
#include "LibrarySchema.h"
#include "SearchExpression.h"
#include "SqliteFileHeader.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "model/DimensionNames.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

#include <sqlite3.h>

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;

constexpr int busyTimeoutMilliseconds = 5000;

// What a failed SQLite call means for the person using the library.
QString describeFailure(int errorCode, const QString &message)
{
    switch (errorCode & 0xff) {
    case SQLITE_NOTADB:
        return QCoreApplication::translate("PlanLibrary", "not a Vigía library (the file is not an SQLite database)");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("PlanLibrary", "the library file is damaged (%1)").arg(message);
    case SQLITE_READONLY:
        return QCoreApplication::translate("PlanLibrary", "the library is read-only (%1)").arg(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqliteDatabase::describe(errorCode, message);
    case SQLITE_FULL:
        return QCoreApplication::translate("PlanLibrary", "the disk is full (%1)").arg(message);
    default:
        return message;
    }
}

QString describeFailure(const SqliteDatabase &database)
{
    return describeFailure(database.errorCode(), database.errorMessage());
}

QString describeFailure(const SqliteStatement &statement)
{
    return describeFailure(statement.errorCode(), statement.errorMessage());
}

QString alteredObjectsReason(const QStringList &altered)
{
    return QCoreApplication::translate("PlanLibrary", "this library has been altered outside Vigía: %1").arg(altered.join(QStringLiteral(", ")));
}

QString newerVersionReason(int version)
{
    return QCoreApplication::translate("PlanLibrary", "the library was written by a newer version of Vigía (schema version %1; this version "
                                                     "knows up to %2)")
        .arg(version)
        .arg(LibrarySchema::currentVersion());
}

bool isVigiaOrPristine(const SqliteFileHeader &header)
{
    return header.applicationId == quint32(LibrarySchema::applicationId)
           || (header.applicationId == 0 && header.userVersion == 0 && header.schemaCookie == 0);
}

// Whether an open database is a Vigía library this version can use, or empty (a new library).
bool checkIsUsableLibrary(SqliteDatabase &database, QString *reason)
{
    // One statement, so one snapshot: read one by one, another connection creating the library
    // meanwhile could commit between the reads and make a new library look foreign.
    SqliteStatement header = database.prepare(QStringLiteral(
        "SELECT (SELECT application_id FROM pragma_application_id()), (SELECT user_version FROM pragma_user_version()), "
        "(SELECT count(*) FROM sqlite_schema)"));
    if (header.step() != StepResult::Row) {
        *reason = describeFailure(database);
        return false;
    }
    const int applicationId = header.columnInt(0);
    const int version = header.columnInt(1);
    const int schemaObjects = header.columnInt(2);
    if (applicationId == LibrarySchema::applicationId) {
        if (version > LibrarySchema::currentVersion()) {
            *reason = newerVersionReason(version);
            return false;
        }
        return true;
    }
    if (applicationId == 0 && version == 0 && schemaObjects == 0)
        return true;
    *reason = QCoreApplication::translate("PlanLibrary", "not a Vigía library (an SQLite database of another application)");
    return false;
}

QString warningsToJson(const QStringList &warnings)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(warnings)).toJson(QJsonDocument::Compact));
}

QString planLabel(const QString &organization, const QString &place, const QString &period)
{
    QStringList parts;
    for (const QString &part : {organization, place, period}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PlanLibrary::PlanLibrary(QString path, SqliteDatabase database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{
}

PlanLibrary::~PlanLibrary() = default;

std::unique_ptr<PlanLibrary> PlanLibrary::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::unique_ptr<PlanLibrary>();
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("PlanLibrary", "no library path given"));
    const QFileInfo info(path);
    QString reason;
    if (info.exists()) {
        if (info.isDir())
            return fail(QCoreApplication::translate("PlanLibrary", "is a folder, not a Vigía library"));
        if (info.size() > 0) {
            // Look before touching: a file we may have to refuse is only read as bytes, before
            // any statement could roll back a journal or leave -wal/-shm files beside it. The
            // bytes come through SQLite, never QFile: the library may be open in this process
            // already, and closing a descriptor of our own would drop that connection's locks.
            const std::optional<SqliteFileHeader> read = SqliteFileHeader::read(path, &reason);
            if (!read)
                return fail(QCoreApplication::translate("PlanLibrary", "cannot open the library: %1").arg(reason));
            const SqliteFileHeader &header = *read;
            if (!header.isSqlite)
                return fail(QCoreApplication::translate("PlanLibrary", "not a Vigía library (the file is not an SQLite database)"));
            if (!isVigiaOrPristine(header))
                return fail(QCoreApplication::translate("PlanLibrary", "not a Vigía library (an SQLite database of another application)"));
            if (header.applicationId == quint32(LibrarySchema::applicationId)
                && header.userVersion > quint32(LibrarySchema::currentVersion()))
                return fail(newerVersionReason(int(header.userVersion)));
        }
    } else {
        const QFileInfo folder(info.absolutePath());
        if (!folder.exists())
            return fail(QCoreApplication::translate("PlanLibrary", "cannot create the library: the folder %1 does not exist").arg(folder.filePath()));
        if (!folder.isDir())
            return fail(QCoreApplication::translate("PlanLibrary", "cannot create the library: %1 is not a folder").arg(folder.filePath()));
    }

    SqliteDatabase database;
    if (!database.open(path, SqliteDatabase::OpenMode::ReadWriteCreate, &reason))
        return fail(QCoreApplication::translate("PlanLibrary", "cannot open the library: %1").arg(reason));
    sqlite3_busy_timeout(database.handle(), busyTimeoutMilliseconds);
    if (!checkIsUsableLibrary(database, &reason))
        return fail(reason);
    // Before anything runs over the file's schema: is it the one Vigía's migration ladder makes at
    // the file's version? A library from someone else may carry triggers, views or changed
    // tables: it is refused, naming what was added or changed.
    // The version and the schema are read in one transaction: another process may be creating or
    // upgrading the same library at this moment, one committed step at a time.
    if (!database.execute(QStringLiteral("BEGIN"), &reason))
        return fail(describeFailure(database));
    const int storedVersion = LibrarySchema::userVersion(database, &reason);
    QStringList altered;
    if (storedVersion >= 0) {
        reason.clear();
        altered = LibrarySchema::alteredObjects(database, storedVersion, &reason);
    }
    QString ignored;
    database.execute(QStringLiteral("COMMIT"), &ignored);
    if (storedVersion < 0)
        return fail(describeFailure(database));
    if (!reason.isEmpty())
        return fail(QCoreApplication::translate("PlanLibrary", "cannot check the library's structure: %1").arg(reason));
    if (!altered.isEmpty()) {
        const QString alteredReason = alteredObjectsReason(altered);
        // A library altered at this version of the schema opens read-only, with its triggers off
        // and its schema untrusted, so that what is safe in it can be read and exported; one that
        // would need an upgrade first is refused.
        if (storedVersion != LibrarySchema::currentVersion())
            return fail(alteredReason);
        database.close();
        if (!database.open(path, SqliteDatabase::OpenMode::ReadOnly, &reason))
            return fail(QCoreApplication::translate("PlanLibrary", "cannot open the library: %1").arg(reason));
        database.disableTriggers();
        sqlite3_busy_timeout(database.handle(), busyTimeoutMilliseconds);
        std::unique_ptr<PlanLibrary> library(new PlanLibrary(path, std::move(database)));
        library->m_alteredReason = alteredReason;
        return library;
    }
    database.markSchemaVerified();
    if (!database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), &reason))
        return fail(describeFailure(database));
    if (!database.isReadOnly() && !database.execute(QStringLiteral("PRAGMA journal_mode = WAL"), &reason))
        return fail(describeFailure(database));
    if (LibrarySchema::userVersion(database, &reason) < LibrarySchema::currentVersion()) {
        if (database.isReadOnly())
            return fail(QCoreApplication::translate("PlanLibrary", "the library is read-only and needs an upgrade to this version of Vigía"));
        if (!LibrarySchema::migrate(database, LibrarySchema::currentVersion(), &reason))
            return fail(reason);
    }
    return std::unique_ptr<PlanLibrary>(new PlanLibrary(path, std::move(database)));
}

QString PlanLibrary::path() const
{
    return m_path;
}

void PlanLibrary::setQueryBudget(qint64 milliseconds)
{
    m_database.setQueryBudget(milliseconds);
}

void PlanLibrary::setCancelFlag(const std::atomic_bool *cancel)
{
    m_database.setCancelFlag(cancel);
}

QString PlanLibrary::alteredReason() const
{
    return m_alteredReason;
}

QString PlanLibrary::writeRefusal() const
{
    if (m_alteredReason.isEmpty())
        return {};
    return QCoreApplication::translate("PlanLibrary", "%1; it is open read-only, so nothing can be changed in it (export what you need)")
        .arg(m_alteredReason);
}

std::optional<SqliteDatabase> PlanLibrary::openConnection(QString *reason) const
{
    // Every other connection writes, and trusts the schema: none to an altered library.
    if (const QString refusal = writeRefusal(); !refusal.isEmpty()) {
        if (reason)
            *reason = QStringLiteral("%1: %2").arg(m_path, refusal);
        return std::nullopt;
    }
    SqliteDatabase database;
    // The library's own connection verified the file's schema when it opened it.
    if (!database.open(m_path, SqliteDatabase::OpenMode::ReadWrite, reason, SqliteDatabase::Trust::Verified)
        || !database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), reason))
        return std::nullopt;
    sqlite3_busy_timeout(database.handle(), busyTimeoutMilliseconds);
    return database;
}

std::optional<qint64> PlanLibrary::dataVersion() const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral("PRAGMA data_version"));
    if (statement.step() != StepResult::Row)
        return std::nullopt;
    return statement.columnInt64(0);
}

QString PlanLibrary::lastError() const
{
    return m_lastError;
}

void PlanLibrary::setLastError(const QString &reason) const
{
    m_lastError = reason.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(m_path, reason);
}

std::optional<qint64> PlanLibrary::planIdForSource(const QByteArray &sourceSha256) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral("SELECT id FROM plans WHERE source_sha256 = ?1"));
    statement.bind(1, QString::fromLatin1(sourceSha256).toLower());
    switch (statement.step()) {
    case StepResult::Row:
        setLastError({});
        return statement.columnInt64(0);
    case StepResult::Done:
        setLastError({});
        return std::nullopt;
    case StepResult::Error:
        break;
    }
    setLastError(describeFailure(statement));
    return std::nullopt;
}

ImportOutcome PlanLibrary::importFailure(const QString &reason) const
{
    ImportOutcome outcome;
    outcome.status = ImportOutcome::Status::Failed;
    outcome.error = QCoreApplication::translate("PlanLibrary", "cannot store the plan in %1: %2").arg(m_path, reason);
    return outcome;
}

ImportOutcome PlanLibrary::importPlan(const Plan &plan, const QStringList &warnings)
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty())
        return importFailure(refusal);
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive())
        return importFailure(describeFailure(m_database));
    const ImportOutcome outcome = storePlan(plan, warnings);
    if (outcome.status == ImportOutcome::Status::Imported && !transaction.commit())
        return importFailure(transaction.error());
    return outcome;
}

QList<ImportOutcome> PlanLibrary::importPlans(const QList<Plan> &plans)
{
    QList<ImportOutcome> outcomes;
    if (const QString refusal = writeRefusal(); !refusal.isEmpty()) {
        for (qsizetype index = 0; index < plans.size(); ++index)
            outcomes.append(importFailure(refusal));
        return outcomes;
    }
    SqliteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        const ImportOutcome failure = importFailure(describeFailure(m_database));
        for (qsizetype index = 0; index < plans.size(); ++index)
            outcomes.append(failure);
        return outcomes;
    }
    for (const Plan &plan : plans) {
        QString error;
        if (!m_database.execute(QStringLiteral("SAVEPOINT plan_import"), &error)) {
            outcomes.append(importFailure(error));
            continue;
        }
        outcomes.append(storePlan(plan, {}));
        if (outcomes.constLast().status == ImportOutcome::Status::Failed)
            m_database.execute(QStringLiteral("ROLLBACK TO plan_import"), &error);
        m_database.execute(QStringLiteral("RELEASE plan_import"), &error);
    }
    if (!transaction.commit()) {
        const ImportOutcome failure = importFailure(transaction.error());
        for (ImportOutcome &outcome : outcomes) {
            if (outcome.status == ImportOutcome::Status::Imported)
                outcome = failure;
        }
    }
    return outcomes;
}

ImportOutcome PlanLibrary::storePlan(const Plan &plan, const QStringList &warnings)
{
    ImportOutcome outcome;
    const auto failed = [this](const QString &reason) { return importFailure(reason); };
    if (plan.sourceSha256.isEmpty())
        return failed(QCoreApplication::translate("PlanLibrary", "the plan has no source SHA-256"));
    if (const std::optional<qint64> existing = planIdForSource(plan.sourceSha256)) {
        outcome.status = ImportOutcome::Status::Duplicate;
        outcome.planId = *existing;
        return outcome;
    }
    if (!m_lastError.isEmpty())
        return failed(describeFailure(m_database));

    SqliteStatement insertPlan = m_database.prepare(QStringLiteral(
        "INSERT INTO plans (source_file_name, source_sha256, layout, organization, place, election_type, period, "
        "vision, imported_at, warnings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    SqliteStatement insertDimension = m_database.prepare(
        QStringLiteral("INSERT INTO dimensions (plan_id, position, name) VALUES (?1, ?2, ?3)"));
    SqliteStatement insertRow = m_database.prepare(
        QStringLiteral("INSERT INTO plan_rows (dimension_id, position, heading) VALUES (?1, ?2, ?3)"));
    SqliteStatement insertItem = m_database.prepare(QStringLiteral(
        "INSERT INTO items (row_id, kind, position, text, marker, page, line, boxes, corrected) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    for (const SqliteStatement *statement : {&insertPlan, &insertDimension, &insertRow, &insertItem}) {
        if (!statement->isValid())
            return failed(describeFailure(*statement));
    }

    insertPlan.bind(1, plan.sourceFileName.isNull() ? QStringLiteral("") : plan.sourceFileName);
    insertPlan.bind(2, QString::fromLatin1(plan.sourceSha256).toLower());
    insertPlan.bind(3, plan.layout.isNull() ? QStringLiteral("") : plan.layout);
    insertPlan.bind(4, plan.metadata.organization);
    insertPlan.bind(5, plan.metadata.place);
    insertPlan.bind(6, plan.metadata.electionType);
    insertPlan.bind(7, plan.metadata.period);
    insertPlan.bind(8, plan.metadata.vision);
    insertPlan.bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insertPlan.bind(10, warningsToJson(warnings));
    if (!insertPlan.execute())
        return failed(describeFailure(insertPlan));
    const qint64 planId = m_database.lastInsertRowId();

    for (qsizetype dimensionIndex = 0; dimensionIndex < plan.dimensions.size(); ++dimensionIndex) {
        const Dimension &dimension = plan.dimensions.at(dimensionIndex);
        insertDimension.reset();
        insertDimension.bind(1, planId);
        insertDimension.bind(2, qint64(dimensionIndex));
        insertDimension.bind(3, dimension.name);
        if (!insertDimension.execute())
            return failed(describeFailure(insertDimension));
        const qint64 dimensionId = m_database.lastInsertRowId();
        for (qsizetype rowIndex = 0; rowIndex < dimension.rows.size(); ++rowIndex) {
            const Row &row = dimension.rows.at(rowIndex);
            insertRow.reset();
            insertRow.bind(1, dimensionId);
            insertRow.bind(2, qint64(rowIndex));
            insertRow.bind(3, row.heading.isNull() ? QStringLiteral("") : row.heading);
            if (!insertRow.execute())
                return failed(describeFailure(insertRow));
            const qint64 rowId = m_database.lastInsertRowId();
            for (ItemKind kind : allItemKinds) {
                const QList<Item> &items = row.items(kind);
                for (qsizetype itemIndex = 0; itemIndex < items.size(); ++itemIndex) {
                    const Item &item = items.at(itemIndex);
                    insertItem.reset();
                    insertItem.bind(1, rowId);
                    insertItem.bind(2, itemKindId(kind));
                    insertItem.bind(3, qint64(itemIndex));
                    insertItem.bind(4, item.text.isNull() ? QStringLiteral("") : item.text);
                    insertItem.bind(5, item.marker.isNull() ? QStringLiteral("") : item.marker);
                    insertItem.bind(6, item.source.page);
                    insertItem.bind(7, item.source.line);
                    insertItem.bind(8, ItemBoxesJson::toJson(item.source.boxes));
                    insertItem.bind(9, item.corrected);
                    if (!insertItem.execute())
                        return failed(describeFailure(insertItem));
                }
            }
        }
    }
    outcome.status = ImportOutcome::Status::Imported;
    outcome.planId = planId;
    return outcome;
}

QList<PlanSummary> PlanLibrary::plans() const
{
    QList<PlanSummary> summaries;
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT p.id, p.source_file_name, p.source_sha256, p.layout, p.organization, p.place, p.election_type, "
        "p.period, p.vision, p.imported_at, "
        "(SELECT count(*) FROM dimensions d WHERE d.plan_id = p.id), "
        "(SELECT count(*) FROM plan_rows r JOIN dimensions d ON d.id = r.dimension_id WHERE d.plan_id = p.id) "
        "FROM plans p ORDER BY p.id"));
    QHash<qint64, qsizetype> indexOfPlan;
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        PlanSummary summary;
        summary.id = statement.columnInt64(0);
        summary.sourceFileName = statement.columnText(1);
        summary.sourceSha256 = statement.columnText(2).toLatin1();
        summary.layout = statement.columnText(3);
        summary.metadata.organization = statement.columnText(4);
        summary.metadata.place = statement.columnText(5);
        summary.metadata.electionType = statement.columnText(6);
        summary.metadata.period = statement.columnText(7);
        summary.metadata.vision = statement.columnText(8);
        summary.importedAt = QDateTime::fromString(statement.columnText(9), Qt::ISODateWithMs);
        summary.dimensionCount = statement.columnInt(10);
        summary.rowCount = statement.columnInt(11);
        indexOfPlan.insert(summary.id, summaries.size());
        summaries.append(summary);
    }
    if (step == StepResult::Error) {
        setLastError(describeFailure(statement));
        return {};
    }
    // Kept by triggers (schema version 7): counting every item here would cost more than the rest.
    SqliteStatement counts = m_database.prepare(QStringLiteral("SELECT plan_id, kind, item_count FROM plan_item_counts"));
    while ((step = counts.step()) == StepResult::Row) {
        const auto index = indexOfPlan.constFind(counts.columnInt64(0));
        const std::optional<ItemKind> kind = itemKindFromId(counts.columnText(1));
        if (index != indexOfPlan.cend() && kind)
            summaries[*index].itemCounts[static_cast<size_t>(*kind)] = counts.columnInt(2);
    }
    if (step == StepResult::Error) {
        setLastError(describeFailure(counts));
        return {};
    }
    setLastError({});
    return summaries;
}

std::optional<Plan> PlanLibrary::plan(qint64 planId) const
{
    SqliteStatement planStatement = m_database.prepare(QStringLiteral(
        "SELECT source_file_name, source_sha256, layout, organization, place, election_type, period, vision "
        "FROM plans WHERE id = ?1"));
    planStatement.bind(1, planId);
    const StepResult planStep = planStatement.step();
    if (planStep != StepResult::Row) {
        setLastError(planStep == StepResult::Done ? QCoreApplication::translate("PlanLibrary", "there is no plan %1").arg(planId)
                                                  : describeFailure(planStatement));
        return std::nullopt;
    }
    Plan plan;
    plan.id = planId;
    plan.sourceFileName = planStatement.columnText(0);
    plan.sourceSha256 = planStatement.columnText(1).toLatin1();
    plan.layout = planStatement.columnText(2);
    plan.metadata.organization = planStatement.columnText(3);
    plan.metadata.place = planStatement.columnText(4);
    plan.metadata.electionType = planStatement.columnText(5);
    plan.metadata.period = planStatement.columnText(6);
    plan.metadata.vision = planStatement.columnText(7);

    // Dimensions and rows first, in order; then every item into its row.
    SqliteStatement rows = m_database.prepare(QStringLiteral(
        "SELECT d.id, d.name, r.id, r.heading FROM dimensions d LEFT JOIN plan_rows r ON r.dimension_id = d.id "
        "WHERE d.plan_id = ?1 ORDER BY d.position, r.position"));
    rows.bind(1, planId);
    QHash<qint64, std::pair<qsizetype, qsizetype>> rowPosition; // row id -> (dimension index, row index)
    StepResult step;
    while ((step = rows.step()) == StepResult::Row) {
        const qint64 dimensionId = rows.columnInt64(0);
        if (plan.dimensions.isEmpty() || plan.dimensions.constLast().id != dimensionId) {
            Dimension dimension;
            dimension.id = dimensionId;
            dimension.name = rows.columnText(1);
            plan.dimensions.append(dimension);
        }
        if (rows.isNull(2))
            continue;
        Row row;
        row.id = rows.columnInt64(2);
        row.heading = rows.columnText(3);
        Dimension &dimension = plan.dimensions.last();
        rowPosition.insert(row.id, {plan.dimensions.size() - 1, dimension.rows.size()});
        dimension.rows.append(row);
    }
    if (step == StepResult::Error) {
        setLastError(describeFailure(rows));
        return std::nullopt;
    }
    SqliteStatement items = m_database.prepare(QStringLiteral(
        "SELECT i.row_id, i.id, i.kind, i.text, i.marker, i.page, i.line, i.boxes, i.corrected "
        "FROM items i JOIN plan_rows r ON r.id = i.row_id JOIN dimensions d ON d.id = r.dimension_id "
        "WHERE d.plan_id = ?1 ORDER BY i.row_id, i.kind, i.position"));
    items.bind(1, planId);
    while ((step = items.step()) == StepResult::Row) {
        const auto position = rowPosition.constFind(items.columnInt64(0));
        const std::optional<ItemKind> kind = itemKindFromId(items.columnText(2));
        if (position == rowPosition.cend() || !kind)
            continue;
        Item item;
        item.id = items.columnInt64(1);
        item.text = items.columnText(3);
        item.marker = items.columnText(4);
        item.source.page = items.columnInt(5);
        item.source.line = items.columnInt(6);
        item.source.boxes = ItemBoxesJson::fromJson(items.columnText(7));
        item.corrected = items.columnInt(8) != 0;
        plan.dimensions[position->first].rows[position->second].items(*kind).append(item);
    }
    if (step == StepResult::Error) {
        setLastError(describeFailure(items));
        return std::nullopt;
    }
    setLastError({});
    return plan;
}

QStringList PlanLibrary::importWarnings(qint64 planId) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral("SELECT warnings FROM plans WHERE id = ?1"));
    statement.bind(1, planId);
    const StepResult step = statement.step();
    if (step != StepResult::Row) {
        setLastError(step == StepResult::Done ? QCoreApplication::translate("PlanLibrary", "there is no plan %1").arg(planId)
                                              : describeFailure(statement));
        return {};
    }
    QStringList warnings;
    for (const QJsonValue &value : QJsonDocument::fromJson(statement.columnText(0).toUtf8()).array())
        warnings.append(value.toString());
    setLastError({});
    return warnings;
}

QList<SearchHit> PlanLibrary::search(const SearchQuery &query) const
{
    QList<SearchHit> hits;
    const QString expression = SearchExpression::fromUserText(query.text);
    if (expression.isEmpty() || query.limit <= 0) {
        setLastError({});
        return hits;
    }
    // One plan's items: their id range bounds the index lookups (FTS5 seeks rowid ranges), so a
    // common word searched in one plan costs what the plan holds, not what the library holds.
    qint64 firstItemId = 0;
    qint64 lastItemId = std::numeric_limits<qint64>::max();
    if (query.planId != 0) {
        SqliteStatement range = m_database.prepare(QStringLiteral(
            "SELECT min(i.id), max(i.id) FROM items i JOIN plan_rows r ON r.id = i.row_id "
            "JOIN dimensions d ON d.id = r.dimension_id WHERE d.plan_id = ?1"));
        range.bind(1, query.planId);
        if (range.step() != StepResult::Row) {
            setLastError(describeFailure(range));
            return {};
        }
        if (range.isNull(0)) {
            setLastError({});
            return hits;
        }
        firstItemId = range.columnInt64(0);
        lastItemId = range.columnInt64(1);
    }
    // How many items match, counting no further than the ranking limit: cheap, as it reads the
    // index only.
    bool ranked = true;
    if (query.rankedMatchLimit > 0) {
        SqliteStatement count = m_database.prepare(QStringLiteral(
            "SELECT count(*) FROM (SELECT 1 FROM item_search WHERE item_search MATCH ?1 "
            "AND item_search.rowid BETWEEN ?2 AND ?3 LIMIT ?4)"));
        count.bind(1, expression);
        count.bind(2, firstItemId);
        count.bind(3, lastItemId);
        count.bind(4, query.rankedMatchLimit);
        if (count.step() != StepResult::Row) {
            setLastError(describeFailure(count));
            return {};
        }
        ranked = count.columnInt(0) < query.rankedMatchLimit;
    }
    // FTS5 delivers the matches in the order asked for (rank or rowid), so SQLite joins, filters
    // and makes snippets only until it has `limit` hits.
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT p.id, i.id, i.kind, d.name, p.organization, p.place, p.period, i.text, "
        "snippet(item_search, 0, ?2, ?3, '…', 24), item_search.rank "
        "FROM item_search "
        "JOIN items i ON i.id = item_search.rowid "
        "JOIN plan_rows r ON r.id = i.row_id "
        "JOIN dimensions d ON d.id = r.dimension_id "
        "JOIN plans p ON p.id = d.plan_id "
        "WHERE item_search MATCH ?1 AND item_search.rowid BETWEEN ?8 AND ?9 "
        "AND (?4 = 0 OR p.id = ?4) "
        "AND (?5 IS NULL OR i.kind = ?5) "
        "AND (?6 IS NULL OR d.name = ?6) "
        "ORDER BY %1 LIMIT ?7")
        .arg(ranked ? QStringLiteral("item_search.rank") : QStringLiteral("item_search.rowid")));
    statement.bind(1, expression);
    statement.bind(2, snippetOpen.toString());
    statement.bind(3, snippetClose.toString());
    statement.bind(4, query.planId);
    statement.bind(5, query.kind ? itemKindId(*query.kind) : QString());
    statement.bind(6, query.dimension.trimmed().isEmpty() ? QString() : DimensionNames::canonical(query.dimension));
    statement.bind(7, query.limit);
    statement.bind(8, firstItemId);
    statement.bind(9, lastItemId);
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        SearchHit hit;
        hit.planId = statement.columnInt64(0);
        hit.itemId = statement.columnInt64(1);
        hit.kind = itemKindFromId(statement.columnText(2)).value_or(ItemKind::Problem);
        hit.dimension = statement.columnText(3);
        hit.planLabel = planLabel(statement.columnText(4), statement.columnText(5), statement.columnText(6));
        hit.text = statement.columnText(7);
        hit.snippet = statement.columnText(8);
        hit.rank = statement.columnDouble(9);
        hits.append(hit);
    }
    if (step == StepResult::Error) {
        setLastError(describeFailure(statement));
        return {};
    }
    setLastError({});
    return hits;
}

bool PlanLibrary::correctItemText(qint64 itemId, const QString &text, QString *error)
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, refusal);
        return false;
    }
    SqliteStatement statement =
        m_database.prepare(QStringLiteral("UPDATE items SET text = ?2, corrected = 1 WHERE id = ?1"));
    statement.bind(1, itemId);
    statement.bind(2, text.isNull() ? QStringLiteral("") : text);
    if (!statement.execute()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, describeFailure(statement));
        return false;
    }
    if (m_database.changes() == 0) {
        if (error)
            *error = QCoreApplication::translate("PlanLibrary", "%1: there is no item %2").arg(m_path).arg(itemId);
        return false;
    }
    return true;
}

bool PlanLibrary::removePlan(qint64 planId, QString *error)
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, refusal);
        return false;
    }
    SqliteStatement statement = m_database.prepare(QStringLiteral("DELETE FROM plans WHERE id = ?1"));
    statement.bind(1, planId);
    if (!statement.execute()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, describeFailure(statement));
        return false;
    }
    if (m_database.changes() == 0) {
        if (error)
            *error = QCoreApplication::translate("PlanLibrary", "%1: there is no plan %2").arg(m_path).arg(planId);
        return false;
    }
    return true;
}

} // namespace vigia
