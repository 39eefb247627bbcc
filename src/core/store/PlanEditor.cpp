#include "PlanEditor.h"

#include "CorrectionLogText.h"
#include "EditTransaction.h"
#include "ItemBoxesJson.h"
#include "ItemOcrConfidence.h"
#include "PlanLibrary.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"

namespace vigia {
namespace {

using StepResult = SqliteStatement::StepResult;

// Where an item waits while its siblings are renumbered: below any real position.
constexpr qint64 parkedPositionBase = -1000000000000LL;

using CorrectionLogText::defaultEditorName;
using CorrectionLogText::nonNull;
using CorrectionLogText::quoted;

} // namespace

PlanEditor::PlanEditor(PlanLibrary &library, SqliteDatabase database)
    : m_library(library)
    , m_database(std::move(database))
    , m_editorName(defaultEditorName())
{
}

PlanEditor::~PlanEditor() = default;

std::unique_ptr<PlanEditor> PlanEditor::open(PlanLibrary &library, QString *error)
{
    QString reason;
    std::optional<SqliteDatabase> database = library.openConnection(&reason);
    if (!database) {
        if (error)
            *error = QStringLiteral("%1: cannot open the library for editing: %2").arg(library.path(), reason);
        return nullptr;
    }
    return std::unique_ptr<PlanEditor>(new PlanEditor(library, std::move(*database)));
}

QString PlanEditor::fail(const QString &reason) const
{
    return QStringLiteral("%1: %2").arg(m_library.path(), reason);
}

std::optional<ItemSnapshot> PlanEditor::readItem(qint64 itemId, QString *reason) const
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT d.plan_id, i.row_id, i.kind, i.position, i.text, i.marker, i.page, i.line, i.boxes, i.corrected, i.ocr_confidence "
        "FROM items i JOIN plan_rows r ON r.id = i.row_id JOIN dimensions d ON d.id = r.dimension_id WHERE i.id = ?1"));
    statement.bind(1, itemId);
    const StepResult step = statement.step();
    if (step != StepResult::Row) {
        *reason = step == StepResult::Done ? QStringLiteral("there is no item %1").arg(itemId) : statement.errorMessage();
        return std::nullopt;
    }
    ItemSnapshot snapshot;
    snapshot.planId = statement.columnInt64(0);
    snapshot.rowId = statement.columnInt64(1);
    snapshot.kind = itemKindFromId(statement.columnText(2)).value_or(ItemKind::Problem);
    snapshot.position = statement.columnInt(3);
    snapshot.item.id = itemId;
    snapshot.item.text = statement.columnText(4);
    snapshot.item.marker = statement.columnText(5);
    snapshot.item.source.page = statement.columnInt(6);
    snapshot.item.source.line = statement.columnInt(7);
    snapshot.item.source.boxes = ItemBoxesJson::fromJson(statement.columnText(8));
    snapshot.item.corrected = statement.columnInt(9) != 0;
    snapshot.item.source.ocrConfidence = ItemOcrConfidence::column(statement, 10);

    SqliteStatement topics =
        m_database.prepare(QStringLiteral("SELECT topic_id, origin FROM item_topics WHERE item_id = ?1 ORDER BY topic_id"));
    topics.bind(1, itemId);
    StepResult topicStep;
    while ((topicStep = topics.step()) == StepResult::Row)
        snapshot.topics.append(ItemSnapshot::TopicLink{topics.columnInt64(0), topics.columnText(1)});
    if (topicStep == StepResult::Error) {
        *reason = topics.errorMessage();
        return std::nullopt;
    }
    return snapshot;
}

std::optional<ItemSnapshot> PlanEditor::item(qint64 itemId, QString *error) const
{
    QString reason;
    std::optional<ItemSnapshot> snapshot = readItem(itemId, &reason);
    if (!snapshot && error)
        *error = fail(reason);
    return snapshot;
}

std::optional<qint64> PlanEditor::planOfRow(qint64 rowId, QString *reason) const
{
    SqliteStatement statement = m_database.prepare(
        QStringLiteral("SELECT d.plan_id FROM plan_rows r JOIN dimensions d ON d.id = r.dimension_id WHERE r.id = ?1"));
    statement.bind(1, rowId);
    const StepResult step = statement.step();
    if (step != StepResult::Row) {
        *reason = step == StepResult::Done ? QStringLiteral("there is no row %1").arg(rowId) : statement.errorMessage();
        return std::nullopt;
    }
    return statement.columnInt64(0);
}

int PlanEditor::progressRecordCount(qint64 itemId, QString *reason) const
{
    SqliteStatement statement =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM progress_records WHERE item_id = ?1"));
    statement.bind(1, itemId);
    if (statement.step() != StepResult::Row) {
        *reason = statement.errorMessage();
        return -1;
    }
    return statement.columnInt(0);
}

// Adds `delta` to the positions from `fromPosition` on, in two passes through negative numbers so
// that UNIQUE (row_id, kind, position) holds after every single row update.
bool PlanEditor::shiftPositions(qint64 rowId, ItemKind kind, int fromPosition, int delta, QString *reason)
{
    SqliteStatement away = m_database.prepare(QStringLiteral(
        "UPDATE items SET position = -(position + ?4) - 1 WHERE row_id = ?1 AND kind = ?2 AND position >= ?3"));
    SqliteStatement back = m_database.prepare(QStringLiteral(
        "UPDATE items SET position = -position - 1 WHERE row_id = ?1 AND kind = ?2 AND position < 0 AND position > ?3"));
    away.bind(1, rowId);
    away.bind(2, itemKindId(kind));
    away.bind(3, fromPosition);
    away.bind(4, delta);
    back.bind(1, rowId);
    back.bind(2, itemKindId(kind));
    back.bind(3, parkedPositionBase);
    if (!away.execute()) {
        *reason = away.errorMessage();
        return false;
    }
    if (!back.execute()) {
        *reason = back.errorMessage();
        return false;
    }
    return true;
}

// Takes the item out of its cell (parked) and closes the gap it leaves.
bool PlanEditor::detach(const ItemSnapshot &item, QString *reason)
{
    SqliteStatement park = m_database.prepare(QStringLiteral("UPDATE items SET position = ?2 WHERE id = ?1"));
    park.bind(1, item.item.id);
    park.bind(2, parkedPositionBase - item.item.id);
    if (!park.execute()) {
        *reason = park.errorMessage();
        return false;
    }
    return shiftPositions(item.rowId, item.kind, item.position + 1, -1, reason);
}

// Puts a parked item into a cell at `position` (clamped; -1: the end), opening a gap for it.
bool PlanEditor::attach(qint64 itemId, qint64 rowId, ItemKind kind, int position, QString *reason)
{
    SqliteStatement count = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM items WHERE row_id = ?1 AND kind = ?2 AND position >= 0"));
    count.bind(1, rowId);
    count.bind(2, itemKindId(kind));
    if (count.step() != StepResult::Row) {
        *reason = count.errorMessage();
        return false;
    }
    const int size = count.columnInt(0);
    if (position < 0 || position > size)
        position = size;
    if (!shiftPositions(rowId, kind, position, 1, reason))
        return false;
    SqliteStatement place =
        m_database.prepare(QStringLiteral("UPDATE items SET row_id = ?2, kind = ?3, position = ?4 WHERE id = ?1"));
    place.bind(1, itemId);
    place.bind(2, rowId);
    place.bind(3, itemKindId(kind));
    place.bind(4, position);
    if (!place.execute()) {
        *reason = place.errorMessage();
        return false;
    }
    return true;
}

bool PlanEditor::updateFields(qint64 itemId, const QString &text, bool corrected, QString *reason)
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "UPDATE items SET text = ?2, corrected = ?3 WHERE id = ?1 AND (text IS NOT ?2 OR corrected IS NOT ?3)"));
    statement.bind(1, itemId);
    statement.bind(2, nonNull(text));
    statement.bind(3, corrected);
    if (!statement.execute()) {
        *reason = statement.errorMessage();
        return false;
    }
    return true;
}

// Inserts the item (with its id when it has one) parked, then places it and restores its topics.
bool PlanEditor::insertItem(const ItemSnapshot &item, QString *reason, qint64 *insertedId)
{
    SqliteStatement insert = m_database.prepare(QStringLiteral(
        "INSERT INTO items (id, row_id, kind, position, text, marker, page, line, boxes, corrected, ocr_confidence) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (item.item.id != 0)
        insert.bind(1, item.item.id);
    else
        insert.bindNull(1);
    insert.bind(2, item.rowId);
    insert.bind(3, itemKindId(item.kind));
    insert.bind(4, parkedPositionBase);
    insert.bind(5, nonNull(item.item.text));
    insert.bind(6, nonNull(item.item.marker));
    insert.bind(7, item.item.source.page);
    insert.bind(8, item.item.source.line);
    insert.bind(9, ItemBoxesJson::toJson(item.item.source.boxes));
    insert.bind(10, item.item.corrected);
    ItemOcrConfidence::bind(insert, 11, item.item.source.ocrConfidence);
    if (!insert.execute()) {
        *reason = insert.errorMessage();
        return false;
    }
    const qint64 id = m_database.lastInsertRowId();
    if (insertedId)
        *insertedId = id;
    // Topics deleted meanwhile are not brought back.
    SqliteStatement topic = m_database.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO item_topics (item_id, topic_id, origin) SELECT ?1, ?2, ?3 "
        "WHERE EXISTS (SELECT 1 FROM topics WHERE id = ?2)"));
    for (const ItemSnapshot::TopicLink &link : item.topics) {
        topic.reset();
        topic.bind(1, id);
        topic.bind(2, link.topicId);
        topic.bind(3, link.origin);
        if (!topic.execute()) {
            *reason = topic.errorMessage();
            return false;
        }
    }
    return attach(id, item.rowId, item.kind, item.position, reason);
}

bool PlanEditor::removeItem(const ItemSnapshot &item, QString *reason)
{
    const int records = progressRecordCount(item.item.id, reason);
    if (records < 0)
        return false;
    if (records > 0) {
        *reason = QStringLiteral("the item %1 (%2) has %3 progress record(s); recorded progress is never deleted — "
                                 "move the records to another item first")
                      .arg(item.item.id)
                      .arg(quoted(item.item.text))
                      .arg(records);
        return false;
    }
    if (!detach(item, reason))
        return false;
    SqliteStatement remove = m_database.prepare(QStringLiteral("DELETE FROM items WHERE id = ?1"));
    remove.bind(1, item.item.id);
    if (!remove.execute()) {
        *reason = remove.errorMessage();
        return false;
    }
    return true;
}

bool PlanEditor::restore(const ItemSnapshot &item, QString *reason)
{
    QString missing;
    const std::optional<ItemSnapshot> current = readItem(item.item.id, &missing);
    if (!current)
        return insertItem(item, reason);
    if (!updateFields(item.item.id, item.item.text, item.item.corrected, reason))
        return false;
    if (current->rowId == item.rowId && current->kind == item.kind && current->position == item.position)
        return true;
    return detach(*current, reason) && attach(item.item.id, item.rowId, item.kind, item.position, reason);
}

bool PlanEditor::log(qint64 planId, qint64 itemId, const QString &action, const QString &detail, QString *reason)
{
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "INSERT INTO item_corrections (plan_id, item_id, action, detail, corrected_by, corrected_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    statement.bind(1, planId);
    statement.bind(2, itemId);
    statement.bind(3, action);
    statement.bind(4, detail);
    statement.bind(5, nonNull(m_editorName));
    statement.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!statement.execute()) {
        *reason = statement.errorMessage();
        return false;
    }
    return true;
}

std::optional<ItemEdit> PlanEditor::setText(qint64 itemId, const QString &text, QString *error)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<ItemSnapshot> before = readItem(itemId, reason);
        if (!before)
            return std::nullopt;
        if (text.trimmed().isEmpty()) {
            *reason = QStringLiteral("an item's text cannot be empty (delete the item instead)");
            return std::nullopt;
        }
        if (!updateFields(itemId, text, true, reason)
            || !log(before->planId, itemId, QStringLiteral("text"),
                    QStringLiteral("%1 → %2").arg(quoted(before->item.text), quoted(text)), reason))
            return std::nullopt;
        return ItemEdit{before->planId, itemId, {}, {*before}};
    });
}

std::optional<ItemEdit> PlanEditor::changeKind(qint64 itemId, ItemKind kind, QString *error)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<ItemSnapshot> before = readItem(itemId, reason);
        if (!before)
            return std::nullopt;
        if (before->kind == kind) {
            *reason = QStringLiteral("the item %1 is already a %2").arg(itemId).arg(itemKindId(kind));
            return std::nullopt;
        }
        if (kind != ItemKind::Objective && kind != ItemKind::Target) {
            const int records = progressRecordCount(itemId, reason);
            if (records < 0)
                return std::nullopt;
            if (records > 0) {
                *reason = QStringLiteral("the item %1 has %2 progress record(s); only objectives and metas are tracked, "
                                         "so it must stay one of them")
                              .arg(itemId)
                              .arg(records);
                return std::nullopt;
            }
        }
        if (!detach(*before, reason) || !attach(itemId, before->rowId, kind, -1, reason)
            || !updateFields(itemId, before->item.text, true, reason)
            || !log(before->planId, itemId, QStringLiteral("kind"),
                    QStringLiteral("%1 → %2").arg(itemKindId(before->kind), itemKindId(kind)), reason))
            return std::nullopt;
        return ItemEdit{before->planId, itemId, {}, {*before}};
    });
}

std::optional<ItemEdit> PlanEditor::moveItem(qint64 itemId, qint64 rowId, ItemKind kind, int position, QString *error)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<ItemSnapshot> before = readItem(itemId, reason);
        if (!before)
            return std::nullopt;
        const std::optional<qint64> targetPlan = planOfRow(rowId, reason);
        if (!targetPlan)
            return std::nullopt;
        if (*targetPlan != before->planId) {
            *reason = QStringLiteral("the row %1 belongs to another plan; items move only within their plan").arg(rowId);
            return std::nullopt;
        }
        if (kind != before->kind && kind != ItemKind::Objective && kind != ItemKind::Target
            && progressRecordCount(itemId, reason) != 0) {
            if (reason->isEmpty())
                *reason = QStringLiteral("the item %1 has progress records; it must stay an objective or a meta").arg(itemId);
            return std::nullopt;
        }
        if (!detach(*before, reason) || !attach(itemId, rowId, kind, position, reason)
            || !updateFields(itemId, before->item.text, true, reason))
            return std::nullopt;
        const std::optional<ItemSnapshot> after = readItem(itemId, reason);
        if (!after
            || !log(before->planId, itemId, QStringLiteral("move"),
                    QStringLiteral("row %1 %2 #%3 → row %4 %5 #%6")
                        .arg(before->rowId)
                        .arg(itemKindId(before->kind))
                        .arg(before->position + 1)
                        .arg(after->rowId)
                        .arg(itemKindId(after->kind))
                        .arg(after->position + 1),
                    reason))
            return std::nullopt;
        return ItemEdit{before->planId, itemId, {}, {*before}};
    });
}

std::optional<ItemEdit> PlanEditor::splitItem(qint64 itemId, int textPosition, QString *error, qint64 newItemId)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<ItemSnapshot> before = readItem(itemId, reason);
        if (!before)
            return std::nullopt;
        const QString &text = before->item.text;
        const QString head = textPosition > 0 ? text.left(textPosition).trimmed() : QString();
        const QString tail = text.mid(qMax(0, textPosition)).trimmed();
        if (head.isEmpty() || tail.isEmpty()) {
            *reason = QStringLiteral("splitting the item %1 at %2 would leave an empty item").arg(itemId).arg(textPosition);
            return std::nullopt;
        }
        ItemSnapshot second;
        second.planId = before->planId;
        second.rowId = before->rowId;
        second.kind = before->kind;
        second.position = before->position + 1;
        second.item.id = newItemId;
        second.item.text = tail;
        second.item.source.page = before->item.source.page;
        second.item.source.line = before->item.source.line;
        second.item.corrected = true;
        qint64 createdId = 0;
        if (!updateFields(itemId, head, true, reason) || !insertItem(second, reason, &createdId))
            return std::nullopt;
        if (!log(before->planId, itemId, QStringLiteral("split"),
                 QStringLiteral("%1 | %2 (new item %3)").arg(quoted(head), quoted(tail)).arg(createdId), reason))
            return std::nullopt;
        return ItemEdit{before->planId, itemId, {createdId}, {*before}};
    });
}

std::optional<ItemEdit> PlanEditor::mergeWithNext(qint64 itemId, QString *error)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<ItemSnapshot> before = readItem(itemId, reason);
        if (!before)
            return std::nullopt;
        SqliteStatement nextStatement = m_database.prepare(
            QStringLiteral("SELECT id FROM items WHERE row_id = ?1 AND kind = ?2 AND position = ?3"));
        nextStatement.bind(1, before->rowId);
        nextStatement.bind(2, itemKindId(before->kind));
        nextStatement.bind(3, before->position + 1);
        if (nextStatement.step() != StepResult::Row) {
            *reason = QStringLiteral("the item %1 is the last of its kind in its row; there is nothing to merge it with")
                          .arg(itemId);
            return std::nullopt;
        }
        const std::optional<ItemSnapshot> next = readItem(nextStatement.columnInt64(0), reason);
        if (!next)
            return std::nullopt;
        const QString merged = QStringLiteral("%1 %2").arg(before->item.text.trimmed(), next->item.text.trimmed());
        if (!removeItem(*next, reason) || !updateFields(itemId, merged, true, reason)
            || !log(before->planId, itemId, QStringLiteral("merge"),
                    QStringLiteral("item %1 %2 appended").arg(next->item.id).arg(quoted(next->item.text)), reason))
            return std::nullopt;
        return ItemEdit{before->planId, itemId, {}, {*before, *next}};
    });
}

std::optional<ItemEdit> PlanEditor::deleteItem(qint64 itemId, QString *error)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<ItemSnapshot> before = readItem(itemId, reason);
        if (!before)
            return std::nullopt;
        if (!removeItem(*before, reason)
            || !log(before->planId, itemId, QStringLiteral("delete"),
                    QStringLiteral("%1 %2").arg(itemKindId(before->kind), quoted(before->item.text)), reason))
            return std::nullopt;
        return ItemEdit{before->planId, itemId, {}, {*before}};
    });
}

std::optional<ItemEdit> PlanEditor::addItem(qint64 rowId, ItemKind kind, int position, const QString &text,
                                            QString *error, qint64 newItemId)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        const std::optional<qint64> planId = planOfRow(rowId, reason);
        if (!planId)
            return std::nullopt;
        if (text.trimmed().isEmpty()) {
            *reason = QStringLiteral("a new item needs a text");
            return std::nullopt;
        }
        ItemSnapshot added;
        added.planId = *planId;
        added.rowId = rowId;
        added.kind = kind;
        added.position = position;
        added.item.id = newItemId;
        added.item.text = text.trimmed();
        added.item.corrected = true;
        qint64 createdId = 0;
        if (!insertItem(added, reason, &createdId))
            return std::nullopt;
        if (!log(*planId, createdId, QStringLiteral("add"),
                 QStringLiteral("%1 %2 in row %3").arg(itemKindId(kind), quoted(added.item.text)).arg(rowId), reason))
            return std::nullopt;
        return ItemEdit{*planId, createdId, {createdId}, {}};
    });
}

bool PlanEditor::revert(const ItemEdit &edit, QString *error)
{
    return inEditTransaction<ItemEdit>(m_database, m_library.path(), error, [&](QString *reason) -> std::optional<ItemEdit> {
        for (qint64 createdId : edit.created) {
            const std::optional<ItemSnapshot> created = readItem(createdId, reason);
            if (!created || !removeItem(*created, reason))
                return std::nullopt;
        }
        for (const ItemSnapshot &state : edit.before) {
            if (!restore(state, reason))
                return std::nullopt;
        }
        QStringList undone;
        for (qint64 createdId : edit.created)
            undone.append(QStringLiteral("removed item %1").arg(createdId));
        for (const ItemSnapshot &state : edit.before)
            undone.append(QStringLiteral("restored item %1").arg(state.item.id));
        if (!log(edit.planId, edit.itemId, QStringLiteral("undo"), undone.join(QStringLiteral("; ")), reason))
            return std::nullopt;
        return edit;
    }).has_value();
}

QList<ItemCorrection> PlanEditor::corrections(qint64 planId, QString *error) const
{
    QList<ItemCorrection> entries;
    SqliteStatement statement = m_database.prepare(QStringLiteral(
        "SELECT id, item_id, action, detail, corrected_by, corrected_at FROM item_corrections WHERE plan_id = ?1 "
        "ORDER BY id"));
    statement.bind(1, planId);
    StepResult step;
    while ((step = statement.step()) == StepResult::Row) {
        ItemCorrection entry;
        entry.id = statement.columnInt64(0);
        entry.planId = planId;
        entry.itemId = statement.columnInt64(1);
        entry.action = statement.columnText(2);
        entry.detail = statement.columnText(3);
        entry.correctedBy = statement.columnText(4);
        entry.correctedAt = QDateTime::fromString(statement.columnText(5), Qt::ISODateWithMs);
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
