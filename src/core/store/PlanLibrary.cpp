#include "PlanLibrary.h"

#include "ItemBoxesJson.h"
#include "ItemOcrConfidence.h"
#include "LibraryFailure.h"
#include "LibrarySchema.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>


#include <sqlite3.h>

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;

QString warningsToJson(const QStringList &warnings)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(warnings)).toJson(QJsonDocument::Compact));
}


} // namespace

PlanLibrary::PlanLibrary(QString path, SqliteDatabase database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{
}

PlanLibrary::~PlanLibrary() = default;

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
    setLastError(LibraryFailure::describe(statement));
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
        return importFailure(LibraryFailure::describe(m_database));
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
        const ImportOutcome failure = importFailure(LibraryFailure::describe(m_database));
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
        return failed(LibraryFailure::describe(m_database));

    SqliteStatement insertPlan = m_database.prepare(QStringLiteral(
        "INSERT INTO plans (source_file_name, source_sha256, layout, organization, place, election_type, period, "
        "vision, imported_at, warnings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    SqliteStatement insertDimension = m_database.prepare(
        QStringLiteral("INSERT INTO dimensions (plan_id, position, name) VALUES (?1, ?2, ?3)"));
    SqliteStatement insertRow = m_database.prepare(
        QStringLiteral("INSERT INTO plan_rows (dimension_id, position, heading) VALUES (?1, ?2, ?3)"));
    // Every item of the plan goes into the library with one statement, from a staging table of
    // this connection. Each statement that writes to the search index inside a transaction makes
    // FTS5 write what it holds in memory out as a segment of its own (its savepoint), so one
    // statement per item made as many segments as items, and merging them cost more than all the
    // rest of an import.
    QString stagingError;
    if (!m_database.execute(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS staged_items (seq INTEGER PRIMARY KEY, row_id, kind, position, text, "
            "marker, page, line, boxes, corrected, ocr_confidence); DELETE FROM temp.staged_items"), &stagingError))
        return failed(stagingError);
    SqliteStatement stageItem = m_database.prepare(QStringLiteral(
        "INSERT INTO temp.staged_items (row_id, kind, position, text, marker, page, line, boxes, corrected, ocr_confidence) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    SqliteStatement insertItems = m_database.prepare(QStringLiteral(
        "INSERT INTO items (row_id, kind, position, text, marker, page, line, boxes, corrected, ocr_confidence) "
        "SELECT row_id, kind, position, text, marker, page, line, boxes, corrected, ocr_confidence "
        "FROM temp.staged_items ORDER BY seq"));
    for (const SqliteStatement *statement : {&insertPlan, &insertDimension, &insertRow, &stageItem, &insertItems}) {
        if (!statement->isValid())
            return failed(LibraryFailure::describe(*statement));
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
        return failed(LibraryFailure::describe(insertPlan));
    const qint64 planId = m_database.lastInsertRowId();

    for (qsizetype dimensionIndex = 0; dimensionIndex < plan.dimensions.size(); ++dimensionIndex) {
        const Dimension &dimension = plan.dimensions.at(dimensionIndex);
        insertDimension.reset();
        insertDimension.bind(1, planId);
        insertDimension.bind(2, qint64(dimensionIndex));
        insertDimension.bind(3, dimension.name);
        if (!insertDimension.execute())
            return failed(LibraryFailure::describe(insertDimension));
        const qint64 dimensionId = m_database.lastInsertRowId();
        for (qsizetype rowIndex = 0; rowIndex < dimension.rows.size(); ++rowIndex) {
            const Row &row = dimension.rows.at(rowIndex);
            insertRow.reset();
            insertRow.bind(1, dimensionId);
            insertRow.bind(2, qint64(rowIndex));
            insertRow.bind(3, row.heading.isNull() ? QStringLiteral("") : row.heading);
            if (!insertRow.execute())
                return failed(LibraryFailure::describe(insertRow));
            const qint64 rowId = m_database.lastInsertRowId();
            for (ItemKind kind : allItemKinds) {
                const QList<Item> &items = row.items(kind);
                for (qsizetype itemIndex = 0; itemIndex < items.size(); ++itemIndex) {
                    const Item &item = items.at(itemIndex);
                    stageItem.reset();
                    stageItem.bind(1, rowId);
                    stageItem.bind(2, itemKindId(kind));
                    stageItem.bind(3, qint64(itemIndex));
                    stageItem.bind(4, item.text.isNull() ? QStringLiteral("") : item.text);
                    stageItem.bind(5, item.marker.isNull() ? QStringLiteral("") : item.marker);
                    stageItem.bind(6, item.source.page);
                    stageItem.bind(7, item.source.line);
                    stageItem.bind(8, ItemBoxesJson::toJson(item.source.boxes));
                    stageItem.bind(9, item.corrected);
                    ItemOcrConfidence::bind(stageItem, 10, item.source.ocrConfidence);
                    if (!stageItem.execute())
                        return failed(LibraryFailure::describe(stageItem));
                }
            }
        }
    }
    if (!insertItems.execute())
        return failed(LibraryFailure::describe(insertItems));
    m_database.execute(QStringLiteral("DELETE FROM temp.staged_items"), &stagingError);
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
        setLastError(LibraryFailure::describe(statement));
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
        setLastError(LibraryFailure::describe(counts));
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
                                                  : LibraryFailure::describe(planStatement));
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
        setLastError(LibraryFailure::describe(rows));
        return std::nullopt;
    }
    SqliteStatement items = m_database.prepare(QStringLiteral(
        "SELECT i.row_id, i.id, i.kind, i.text, i.marker, i.page, i.line, i.boxes, i.corrected, i.ocr_confidence "
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
        item.source.ocrConfidence = ItemOcrConfidence::column(items, 9);
        plan.dimensions[position->first].rows[position->second].items(*kind).append(item);
    }
    if (step == StepResult::Error) {
        setLastError(LibraryFailure::describe(items));
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
                                              : LibraryFailure::describe(statement));
        return {};
    }
    QStringList warnings;
    for (const QJsonValue &value : QJsonDocument::fromJson(statement.columnText(0).toUtf8()).array())
        warnings.append(value.toString());
    setLastError({});
    return warnings;
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
            *error = QStringLiteral("%1: %2").arg(m_path, LibraryFailure::describe(statement));
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
            *error = QStringLiteral("%1: %2").arg(m_path, LibraryFailure::describe(statement));
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
