#include "PlanDetailsEditor.h"

#include "CorrectionLogText.h"
#include "EditTransaction.h"
#include "PlanLibrary.h"
#include "SqliteStatement.h"

#include <QDateTime>

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;
using CorrectionLogText::nonNull;
using CorrectionLogText::quoted;

// A stated value, or null: blank means "not stated".
QString stated(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed;
}

void bindStated(SqliteStatement &statement, int index, const QString &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else
        statement.bind(index, value);
}

bool run(SqliteStatement &statement, QString *reason)
{
    if (statement.execute())
        return true;
    *reason = statement.errorMessage();
    return false;
}

} // namespace

PlanDetailsEditor::PlanDetailsEditor(PlanLibrary &library, SqliteDatabase database)
    : m_library(library)
    , m_database(std::move(database))
    , m_editorName(CorrectionLogText::defaultEditorName())
{
}

PlanDetailsEditor::~PlanDetailsEditor() = default;

std::unique_ptr<PlanDetailsEditor> PlanDetailsEditor::open(PlanLibrary &library, QString *error)
{
    QString reason;
    std::optional<SqliteDatabase> database = library.openConnection(&reason);
    if (!database) {
        if (error)
            *error = QStringLiteral("%1: cannot open the library for editing: %2").arg(library.path(), reason);
        return nullptr;
    }
    return std::unique_ptr<PlanDetailsEditor>(new PlanDetailsEditor(library, std::move(*database)));
}

bool PlanDetailsEditor::createCorrectionLog(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE TABLE plan_corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('metadata', 'rename-dimension', 'merge-dimensions', 'undo')),
            detail TEXT NOT NULL DEFAULT '',
            corrected_by TEXT NOT NULL DEFAULT '',
            corrected_at TEXT NOT NULL
        );
        CREATE INDEX plan_corrections_plan ON plan_corrections(plan_id);
    )sql"), error);
}

std::optional<PlanDetailsEditor::DimensionRecord> PlanDetailsEditor::readDimension(qint64 dimensionId, QString *reason) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral("SELECT plan_id, position, name FROM dimensions WHERE id = ?1"));
    statement.bind(1, dimensionId);
    const StepResult step = statement.step();
    if (step != StepResult::Row) {
        *reason = step == StepResult::Done ? QStringLiteral("there is no dimension %1").arg(dimensionId) : statement.errorMessage();
        return std::nullopt;
    }
    return DimensionRecord{dimensionId, statement.columnInt64(0), statement.columnInt(1), statement.columnText(2)};
}

std::optional<PlanMetadata> PlanDetailsEditor::readMetadata(qint64 planId, QString *reason) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT organization, place, election_type, period, vision FROM plans WHERE id = ?1"));
    statement.bind(1, planId);
    const StepResult step = statement.step();
    if (step != StepResult::Row) {
        *reason = step == StepResult::Done ? QStringLiteral("there is no plan %1").arg(planId) : statement.errorMessage();
        return std::nullopt;
    }
    auto column = [&](int index) { return statement.isNull(index) ? QString() : statement.columnText(index); };
    return PlanMetadata{column(0), column(1), column(2), column(3), column(4)};
}

bool PlanDetailsEditor::writeMetadata(qint64 planId, const PlanMetadata &metadata, QString *reason)
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "UPDATE plans SET organization = ?2, place = ?3, election_type = ?4, period = ?5, vision = ?6 WHERE id = ?1"));
    statement.bind(1, planId);
    bindStated(statement, 2, metadata.organization);
    bindStated(statement, 3, metadata.place);
    bindStated(statement, 4, metadata.electionType);
    bindStated(statement, 5, metadata.period);
    bindStated(statement, 6, metadata.vision);
    return run(statement, reason);
}

bool PlanDetailsEditor::log(qint64 planId, const QString &action, const QString &detail, QString *reason)
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "INSERT INTO plan_corrections (plan_id, action, detail, corrected_by, corrected_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    statement.bind(1, planId);
    statement.bind(2, action);
    statement.bind(3, detail);
    statement.bind(4, nonNull(m_editorName));
    statement.bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return run(statement, reason);
}

std::optional<PlanDetailsEdit> PlanDetailsEditor::setMetadata(qint64 planId, const PlanMetadata &metadata, QString *error)
{
    return inEditTransaction<PlanDetailsEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<PlanDetailsEdit> {
        const std::optional<PlanMetadata> before = readMetadata(planId, reason);
        if (!before)
            return std::nullopt;
        const PlanMetadata after{stated(metadata.organization), stated(metadata.place), stated(metadata.electionType),
                                 stated(metadata.period), stated(metadata.vision)};
        QStringList changes;
        auto compare = [&](const char *field, const QString &old, const QString &now) {
            if (old != now)
                changes << QStringLiteral("%1: %2 → %3").arg(QLatin1String(field), quoted(old), quoted(now));
        };
        compare("organization", before->organization, after.organization);
        compare("place", before->place, after.place);
        compare("election type", before->electionType, after.electionType);
        compare("period", before->period, after.period);
        compare("vision", before->vision, after.vision);
        if (changes.isEmpty()) {
            *reason = QStringLiteral("the plan's details are unchanged");
            return std::nullopt;
        }
        if (!writeMetadata(planId, after, reason) || !log(planId, QStringLiteral("metadata"), changes.join(QStringLiteral("; ")), reason))
            return std::nullopt;
        PlanDetailsEdit edit;
        edit.kind = PlanDetailsEdit::Kind::Metadata;
        edit.planId = planId;
        edit.metadataBefore = *before;
        return edit;
    });
}

std::optional<PlanDetailsEdit> PlanDetailsEditor::renameDimension(qint64 dimensionId, const QString &name, QString *error)
{
    return inEditTransaction<PlanDetailsEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<PlanDetailsEdit> {
        const std::optional<DimensionRecord> dimension = readDimension(dimensionId, reason);
        if (!dimension)
            return std::nullopt;
        const QString newName = name.simplified();
        if (newName.isEmpty()) {
            *reason = QStringLiteral("a dimension's name cannot be empty");
            return std::nullopt;
        }
        if (newName == dimension->name) {
            *reason = QStringLiteral("the dimension is already named %1").arg(quoted(newName));
            return std::nullopt;
        }
        SqliteStatement same = m_database.prepare(QStringLiteral("SELECT id FROM dimensions WHERE plan_id = ?1 AND name = ?2 AND id <> ?3"));
        same.bind(1, dimension->planId);
        same.bind(2, newName);
        same.bind(3, dimensionId);
        if (same.step() == StepResult::Row) {
            *reason = QStringLiteral("the plan already has a dimension named %1: merge the two instead").arg(quoted(newName));
            return std::nullopt;
        }
        SqliteStatement update = m_database.prepare(QStringLiteral("UPDATE dimensions SET name = ?2 WHERE id = ?1"));
        update.bind(1, dimensionId);
        update.bind(2, newName);
        if (!run(update, reason)
            || !log(dimension->planId, QStringLiteral("rename-dimension"), QStringLiteral("%1 → %2").arg(quoted(dimension->name), quoted(newName)), reason))
            return std::nullopt;
        PlanDetailsEdit edit;
        edit.kind = PlanDetailsEdit::Kind::RenameDimension;
        edit.planId = dimension->planId;
        edit.dimensionId = dimensionId;
        edit.nameBefore = dimension->name;
        return edit;
    });
}

std::optional<PlanDetailsEdit> PlanDetailsEditor::mergeDimensions(qint64 dimensionId, qint64 intoDimensionId, QString *error)
{
    return inEditTransaction<PlanDetailsEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<PlanDetailsEdit> {
        const std::optional<DimensionRecord> from = readDimension(dimensionId, reason);
        if (!from)
            return std::nullopt;
        const std::optional<DimensionRecord> into = readDimension(intoDimensionId, reason);
        if (!into)
            return std::nullopt;
        if (from->id == into->id || from->planId != into->planId) {
            *reason = QStringLiteral("dimension %1 can only be merged into another dimension of the same plan").arg(dimensionId);
            return std::nullopt;
        }
        PlanDetailsEdit edit;
        edit.kind = PlanDetailsEdit::Kind::MergeDimensions;
        edit.planId = from->planId;
        edit.dimensionId = from->id;
        edit.nameBefore = from->name;
        edit.dimensionPosition = from->position;
        edit.intoDimensionId = into->id;
        SqliteStatement rows = m_database.prepare(QStringLiteral("SELECT id, position FROM plan_rows WHERE dimension_id = ?1 ORDER BY position"));
        rows.bind(1, from->id);
        while (rows.step() == StepResult::Row)
            edit.movedRows.append({rows.columnInt64(0), rows.columnInt(1)});
        SqliteStatement last = m_database.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) FROM plan_rows WHERE dimension_id = ?1"));
        last.bind(1, into->id);
        if (last.step() != StepResult::Row) {
            *reason = last.errorMessage();
            return std::nullopt;
        }
        int position = last.columnInt(0);
        SqliteStatement move = m_database.prepare(QStringLiteral("UPDATE plan_rows SET dimension_id = ?2, position = ?3 WHERE id = ?1"));
        for (const PlanDetailsEdit::MovedRow &row : std::as_const(edit.movedRows)) {
            move.reset();
            move.bind(1, row.rowId);
            move.bind(2, into->id);
            move.bind(3, ++position);
            if (!run(move, reason))
                return std::nullopt;
        }
        SqliteStatement remove = m_database.prepare(QStringLiteral("DELETE FROM dimensions WHERE id = ?1"));
        remove.bind(1, from->id);
        if (!run(remove, reason)
            || !log(from->planId, QStringLiteral("merge-dimensions"),
                    QStringLiteral("%1 → %2 (%3 rows)").arg(quoted(from->name), quoted(into->name)).arg(edit.movedRows.size()), reason))
            return std::nullopt;
        return edit;
    });
}

bool PlanDetailsEditor::revert(const PlanDetailsEdit &edit, QString *error)
{
    const std::optional<bool> done = inEditTransaction<bool>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<bool> {
        QString detail;
        switch (edit.kind) {
        case PlanDetailsEdit::Kind::Metadata:
            if (!writeMetadata(edit.planId, edit.metadataBefore, reason))
                return std::nullopt;
            detail = QStringLiteral("metadata");
            break;
        case PlanDetailsEdit::Kind::RenameDimension: {
            SqliteStatement update = m_database.prepare(QStringLiteral("UPDATE dimensions SET name = ?2 WHERE id = ?1"));
            update.bind(1, edit.dimensionId);
            update.bind(2, edit.nameBefore);
            if (!run(update, reason))
                return std::nullopt;
            detail = QStringLiteral("rename-dimension %1").arg(quoted(edit.nameBefore));
            break;
        }
        case PlanDetailsEdit::Kind::MergeDimensions: {
            // The merged-away dimension comes back with its id and position (left free by the merge).
            SqliteStatement insert = m_database.prepare(QStringLiteral("INSERT INTO dimensions (id, plan_id, position, name) VALUES (?1, ?2, ?3, ?4)"));
            insert.bind(1, edit.dimensionId);
            insert.bind(2, edit.planId);
            insert.bind(3, edit.dimensionPosition);
            insert.bind(4, edit.nameBefore);
            if (!run(insert, reason))
                return std::nullopt;
            SqliteStatement move = m_database.prepare(QStringLiteral("UPDATE plan_rows SET dimension_id = ?2, position = ?3 WHERE id = ?1"));
            for (const PlanDetailsEdit::MovedRow &row : edit.movedRows) {
                move.reset();
                move.bind(1, row.rowId);
                move.bind(2, edit.dimensionId);
                move.bind(3, row.position);
                if (!run(move, reason))
                    return std::nullopt;
            }
            detail = QStringLiteral("merge-dimensions %1").arg(quoted(edit.nameBefore));
            break;
        }
        }
        if (!log(edit.planId, QStringLiteral("undo"), detail, reason))
            return std::nullopt;
        return true;
    });
    return done.value_or(false);
}

} // namespace vigia
