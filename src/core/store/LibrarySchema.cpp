#include "LibrarySchema.h"

#include "PlanDetailsEditor.h"
#include "review/ReviewMarks.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "topics/TopicSchema.h"
#include "progress/ProgressSchema.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

namespace vigia {
namespace {

int readPragmaInteger(SqliteDatabase &database, const QString &pragma, QString *error)
{
    SqliteStatement statement = database.prepare(QStringLiteral("PRAGMA %1").arg(pragma));
    if (!statement.isValid() || statement.step() != SqliteStatement::StepResult::Row) {
        if (error)
            *error = statement.errorMessage();
        return -1;
    }
    return statement.columnInt(0);
}

// Version 1: plans and their dimensions, rows and items. Ids never get reused (AUTOINCREMENT), so
// later tables (progress, evidence, corrections) can refer to them; deleting a plan deletes
// everything below it.
bool createPlanTables(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        PRAGMA application_id = %1;
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source_file_name TEXT NOT NULL,
            source_sha256 TEXT NOT NULL UNIQUE,
            layout TEXT NOT NULL DEFAULT '',
            organization TEXT,
            place TEXT,
            election_type TEXT,
            period TEXT,
            vision TEXT,
            imported_at TEXT NOT NULL,
            warnings TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE dimensions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            UNIQUE (plan_id, position)
        );
        CREATE TABLE plan_rows (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            dimension_id INTEGER NOT NULL REFERENCES dimensions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            UNIQUE (dimension_id, position)
        );
        CREATE TABLE items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            row_id INTEGER NOT NULL REFERENCES plan_rows(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('problem', 'objective', 'indicator', 'target')),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            marker TEXT NOT NULL DEFAULT '',
            page INTEGER NOT NULL DEFAULT 0,
            line INTEGER NOT NULL DEFAULT 0,
            boxes TEXT,
            corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
            UNIQUE (row_id, kind, position)
        );
        CREATE INDEX items_kind ON items(kind);
    )sql").arg(LibrarySchema::applicationId), error);
}

// Version 2: full-text search over item texts, accent- and case-insensitive, kept in step with
// `items` by triggers; items already stored are indexed.
bool createItemSearch(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE VIRTUAL TABLE item_search USING fts5(
            text,
            content = 'items',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
            INSERT INTO item_search(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
            INSERT INTO item_search(item_search, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER items_search_update AFTER UPDATE OF text ON items BEGIN
            INSERT INTO item_search(item_search, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO item_search(rowid, text) VALUES (new.id, new.text);
        END;
        INSERT INTO item_search(item_search) VALUES ('rebuild');
    )sql"), error);
}

// Version 5: the log of a person's corrections to imported plans (PlanEditor): who changed which
// item, when and how. Items may be deleted later, so item_id is not a foreign key.
bool createCorrectionLog(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE TABLE item_corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('text', 'kind', 'split', 'merge', 'move', 'delete', 'add', 'undo')),
            detail TEXT NOT NULL DEFAULT '',
            corrected_by TEXT NOT NULL DEFAULT '',
            corrected_at TEXT NOT NULL
        );
        CREATE INDEX item_corrections_plan ON item_corrections(plan_id);
        CREATE INDEX item_corrections_item ON item_corrections(item_id);
    )sql"), error);
}

// Version 6: the search index gains prefix indexes of one, two and three characters. Type-ahead
// searches the last word as a prefix ("ag*"); without them FTS5 merges the entries of every word
// that starts alike, which on a large library costs more than a keystroke may. The index is made
// again with the option (FTS5 cannot add it later); the triggers of version 2 keep working, as
// they name the table.
bool addSearchPrefixIndexes(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        DROP TABLE item_search;
        CREATE VIRTUAL TABLE item_search USING fts5(
            text,
            content = 'items',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
        INSERT INTO item_search(item_search) VALUES ('rebuild');
    )sql"), error);
}

// Version 7: how many items of each kind every plan holds, kept by triggers, so the library listing
// (PlanLibrary::plans) reads a few rows per plan instead of counting every item of the library.
// Deleting a row or a dimension deletes its items after the row or dimension itself is gone (the
// cascade), when their plan can no longer be found: those deletions subtract their items first.
bool createPlanItemCounts(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE TABLE plan_item_counts (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            item_count INTEGER NOT NULL,
            PRIMARY KEY (plan_id, kind)
        ) WITHOUT ROWID;
        CREATE TRIGGER items_count_insert AFTER INSERT ON items BEGIN
            INSERT INTO plan_item_counts (plan_id, kind, item_count)
                SELECT d.plan_id, new.kind, 1 FROM plan_rows r JOIN dimensions d ON d.id = r.dimension_id
                WHERE r.id = new.row_id
                ON CONFLICT (plan_id, kind) DO UPDATE SET item_count = item_count + 1;
        END;
        CREATE TRIGGER items_count_delete AFTER DELETE ON items BEGIN
            UPDATE plan_item_counts SET item_count = item_count - 1
                WHERE kind = old.kind AND plan_id = (SELECT d.plan_id FROM plan_rows r
                                                     JOIN dimensions d ON d.id = r.dimension_id WHERE r.id = old.row_id);
        END;
        CREATE TRIGGER items_count_update AFTER UPDATE OF row_id, kind ON items BEGIN
            UPDATE plan_item_counts SET item_count = item_count - 1
                WHERE kind = old.kind AND plan_id = (SELECT d.plan_id FROM plan_rows r
                                                     JOIN dimensions d ON d.id = r.dimension_id WHERE r.id = old.row_id);
            INSERT INTO plan_item_counts (plan_id, kind, item_count)
                SELECT d.plan_id, new.kind, 1 FROM plan_rows r JOIN dimensions d ON d.id = r.dimension_id
                WHERE r.id = new.row_id
                ON CONFLICT (plan_id, kind) DO UPDATE SET item_count = item_count + 1;
        END;
        CREATE TRIGGER plan_rows_count_delete BEFORE DELETE ON plan_rows BEGIN
            UPDATE plan_item_counts SET item_count = item_count
                - (SELECT count(*) FROM items i WHERE i.row_id = old.id AND i.kind = plan_item_counts.kind)
                WHERE plan_id = (SELECT plan_id FROM dimensions WHERE id = old.dimension_id);
        END;
        CREATE TRIGGER dimensions_count_delete BEFORE DELETE ON dimensions BEGIN
            UPDATE plan_item_counts SET item_count = item_count
                - (SELECT count(*) FROM items i JOIN plan_rows r ON r.id = i.row_id
                   WHERE r.dimension_id = old.id AND i.kind = plan_item_counts.kind)
                WHERE plan_id = old.plan_id;
        END;
        INSERT INTO plan_item_counts (plan_id, kind, item_count)
            SELECT d.plan_id, i.kind, count(*) FROM items i JOIN plan_rows r ON r.id = i.row_id
            JOIN dimensions d ON d.id = r.dimension_id GROUP BY d.plan_id, i.kind;
    )sql"), error);
}

QList<SchemaObject> readSchemaObjects(SqliteDatabase &database, QString *error)
{
    SqliteStatement statement = database.prepare(
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"));
    QList<SchemaObject> objects;
    SqliteStatement::StepResult step;
    while ((step = statement.step()) == SqliteStatement::StepResult::Row)
        // The SQL with its white space collapsed and identifiers unquoted: a step's statements
        // reformatted in the source, or a table renamed away and back (SQLite quotes the new
        // name), still describe the same object.
        objects.append({statement.columnText(0), statement.columnText(1), statement.columnText(2),
                        statement.columnText(3).remove(u'"').simplified()});
    if (step == SqliteStatement::StepResult::Error) {
        if (error)
            *error = statement.errorMessage();
        return {};
    }
    return objects;
}

// Tables SQLite itself makes when asked to gather statistics (ANALYZE, PRAGMA optimize): they steer
// the query planner only, so a library may hold them whatever its version.
bool isStatisticsTable(const SchemaObject &object)
{
    return object.type == u"table" && object.name.startsWith(u"sqlite_stat");
}

} // namespace

QList<SchemaObject> LibrarySchema::migratedObjects(int version, QString *error)
{
    SqliteDatabase memory;
    QString reason;
    if (!memory.open(QStringLiteral(":memory:"), SqliteDatabase::OpenMode::ReadWriteCreate, &reason, SqliteDatabase::Trust::Verified)
        || !migrate(memory, version, &reason)) {
        if (error)
            *error = reason;
        return {};
    }
    QList<SchemaObject> objects = readSchemaObjects(memory, &reason);
    if (objects.isEmpty() && version > 0) {
        if (error)
            *error = reason;
        return {};
    }
    return objects;
}

QByteArray LibrarySchema::objectsToJson(int version, const QList<SchemaObject> &objects)
{
    QJsonArray array;
    for (const SchemaObject &object : objects) {
        array.append(QJsonObject{{QStringLiteral("type"), object.type},
                                 {QStringLiteral("name"), object.name},
                                 {QStringLiteral("tbl_name"), object.tableName},
                                 {QStringLiteral("sql"), object.sql.isEmpty() ? QJsonValue() : QJsonValue(object.sql)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), version},
                                     {QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion())},
                                     {QStringLiteral("objects"), array}})
        .toJson(QJsonDocument::Indented);
}

std::optional<QList<SchemaObject>> LibrarySchema::shippedObjects(int version)
{
    QFile file(shippedSchemaResource);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // DDL that SQLite writes itself (the search index's shadow tables) may read differently in
    // another SQLite: then the ladder is run instead.
    if (root.value(QStringLiteral("schema_version")).toInt() != version
        || root.value(QStringLiteral("sqlite_version")).toString() != QString::fromLatin1(sqlite3_libversion()))
        return std::nullopt;
    QList<SchemaObject> objects;
    for (const QJsonValue &value : root.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject object = value.toObject();
        objects.append({object.value(QStringLiteral("type")).toString(), object.value(QStringLiteral("name")).toString(),
                        object.value(QStringLiteral("tbl_name")).toString(), object.value(QStringLiteral("sql")).toString()});
    }
    if (objects.isEmpty())
        return std::nullopt;
    return objects;
}

QList<SchemaObject> LibrarySchema::expectedObjects(int version, QString *error)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    // The current version's, as the ladder makes them, ship with Vigía (a test keeps them so):
    // opening a library does not run the ladder on a database in memory first.
    std::optional<QList<SchemaObject>> objects = shippedObjects(version);
    if (!objects) {
        QString reason;
        objects = migratedObjects(version, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return {};
        }
    }
    cache.insert(version, *objects);
    return *objects;
}

QStringList LibrarySchema::alteredObjects(SqliteDatabase &database, int version, QString *error)
{
    QString reason;
    const QList<SchemaObject> expected = expectedObjects(version, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    QList<SchemaObject> actual = readSchemaObjects(database, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    QHash<QString, const SchemaObject *> expectedByName;
    for (const SchemaObject &object : expected)
        expectedByName.insert(object.name, &object);
    QStringList altered;
    QSet<QString> seen;
    for (const SchemaObject &object : actual) {
        seen.insert(object.name);
        const SchemaObject *wanted = expectedByName.value(object.name);
        if (!wanted) {
            if (!isStatisticsTable(object))
                altered.append(QStringLiteral("%1 %2").arg(object.type, object.name));
        } else if (!(*wanted == object)) {
            altered.append(QStringLiteral("%1 %2 (changed)").arg(object.type, object.name));
        }
    }
    for (const SchemaObject &object : expected) {
        if (!seen.contains(object.name))
            altered.append(QStringLiteral("%1 %2 (missing)").arg(object.type, object.name));
    }
    return altered;
}

// Version 12: items read by OCR from a scanned page keep how sure the OCR was (0–100, the mean
// confidence of the words of the item's least sure line); NULL for items read from text, and for
// every item stored before.
static bool addItemOcrConfidence(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(
        "ALTER TABLE items ADD COLUMN ocr_confidence INTEGER CHECK (ocr_confidence BETWEEN 0 AND 100)"), error);
}

// Version 13: a second search index over the short items only (at most shortItemLength
// characters: a title, a meta in a line). A word common enough that ranking all its matches
// would take too long (a "de", or "salud" in a large library) is ranked among the short items
// that hold it, which bm25 puts first anyway (PlanLibrary::search). Kept in step with `items` by
// triggers of its own; each removes an item's old text before adding its new one.
bool addShortItemSearch(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        CREATE VIRTUAL TABLE item_search_short USING fts5(
            text,
            content = 'items',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
        CREATE TRIGGER items_search_short_insert AFTER INSERT ON items BEGIN
            INSERT INTO item_search_short(rowid, text) SELECT new.id, new.text WHERE length(new.text) <= %1;
        END;
        CREATE TRIGGER items_search_short_delete AFTER DELETE ON items BEGIN
            INSERT INTO item_search_short(item_search_short, rowid, text)
                SELECT 'delete', old.id, old.text WHERE length(old.text) <= %1;
        END;
        CREATE TRIGGER items_search_short_update AFTER UPDATE OF text ON items BEGIN
            INSERT INTO item_search_short(item_search_short, rowid, text)
                SELECT 'delete', old.id, old.text WHERE length(old.text) <= %1;
            INSERT INTO item_search_short(rowid, text) SELECT new.id, new.text WHERE length(new.text) <= %1;
        END;
        INSERT INTO item_search_short(rowid, text) SELECT id, text FROM items WHERE length(text) <= %1;
    )sql").arg(LibrarySchema::shortItemLength), error);
}

// Version 14: the short items' search index ordered by length. Its rowid is an item's length
// times shortItemKeyScale plus the item's id, so FTS5 gives a word's short matches shortest
// first, as fast as in library order: a word held by more short items than can be ranked
// ("de", "a") comes by length, which is bm25's order for words an item holds once. The short
// items' texts are kept under that key in `short_items` (its content), for snippets. It replaces
// step 13's index, whose rowid was the item's id.
static bool orderShortItemSearchByLength(SqliteDatabase &database, QString *error)
{
    return database.execute(QStringLiteral(R"sql(
        DROP TRIGGER items_search_short_insert;
        DROP TRIGGER items_search_short_delete;
        DROP TRIGGER items_search_short_update;
        DROP TABLE item_search_short;
        CREATE TABLE short_items (
            key INTEGER PRIMARY KEY,
            text TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE short_item_search USING fts5(
            text,
            content = 'short_items',
            content_rowid = 'key',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
        CREATE TRIGGER items_short_insert AFTER INSERT ON items WHEN length(new.text) <= %1 BEGIN
            INSERT INTO short_items(key, text) VALUES (length(new.text) * %2 + new.id, new.text);
            INSERT INTO short_item_search(rowid, text) VALUES (length(new.text) * %2 + new.id, new.text);
        END;
        CREATE TRIGGER items_short_delete AFTER DELETE ON items WHEN length(old.text) <= %1 BEGIN
            INSERT INTO short_item_search(short_item_search, rowid, text)
                VALUES ('delete', length(old.text) * %2 + old.id, old.text);
            DELETE FROM short_items WHERE key = length(old.text) * %2 + old.id;
        END;
        CREATE TRIGGER items_short_update AFTER UPDATE OF text ON items
                WHEN length(old.text) <= %1 OR length(new.text) <= %1 BEGIN
            INSERT INTO short_item_search(short_item_search, rowid, text)
                SELECT 'delete', length(old.text) * %2 + old.id, old.text WHERE length(old.text) <= %1;
            DELETE FROM short_items WHERE key = length(old.text) * %2 + old.id;
            INSERT INTO short_items(key, text) SELECT length(new.text) * %2 + new.id, new.text WHERE length(new.text) <= %1;
            INSERT INTO short_item_search(rowid, text) SELECT length(new.text) * %2 + new.id, new.text WHERE length(new.text) <= %1;
        END;
        INSERT INTO short_items(key, text) SELECT length(text) * %2 + id, text FROM items WHERE length(text) <= %1;
        INSERT INTO short_item_search(short_item_search) VALUES ('rebuild');
    )sql").arg(LibrarySchema::shortItemLength).arg(LibrarySchema::shortItemKeyScale), error);
}

const std::vector<SchemaMigration> &LibrarySchema::migrations()
{
    static const std::vector<SchemaMigration> ladder{
        {1, QStringLiteral("plans, dimensions, rows and items"), &createPlanTables},
        {2, QStringLiteral("full-text search of item texts"), &createItemSearch},
        {3, QStringLiteral("topics and the topics of items"), &TopicSchema::createTopicTables},
        {4, QStringLiteral("six-monthly progress tracking"), &createProgressTables},
        {5, QStringLiteral("the log of corrections to items"), &createCorrectionLog},
        {6, QStringLiteral("prefix indexes for type-ahead search"), &addSearchPrefixIndexes},
        {7, QStringLiteral("item counts of every plan"), &createPlanItemCounts},
        {8, QStringLiteral("the log of corrections to plans' details"), &PlanDetailsEditor::createCorrectionLog},
        {9, QStringLiteral("review marks of rows"), &ReviewMarks::createReviewMarks},
        {10, QStringLiteral("the default topic keywords of December 2026 where nobody edited them"), &TopicSchema::updateDefaultKeywords},
        {11, QStringLiteral("titles of evidence links"), &addEvidenceTitles},
        {12, QStringLiteral("how sure the OCR was of items read from scanned pages"), &addItemOcrConfidence},
        {13, QStringLiteral("a search index of the short items, to rank common words"), &addShortItemSearch},
        {14, QStringLiteral("the short items' search index ordered by length"), &orderShortItemSearchByLength},
    };
    return ladder;
}

int LibrarySchema::currentVersion()
{
    return migrations().back().version;
}

int LibrarySchema::userVersion(SqliteDatabase &database, QString *error)
{
    return readPragmaInteger(database, QStringLiteral("user_version"), error);
}

int LibrarySchema::storedApplicationId(SqliteDatabase &database, QString *error)
{
    return readPragmaInteger(database, QStringLiteral("application_id"), error);
}

bool LibrarySchema::migrate(SqliteDatabase &database, int targetVersion, QString *error)
{
    return migrate(database, migrations(), targetVersion, error);
}

bool LibrarySchema::migrate(SqliteDatabase &database, const std::vector<SchemaMigration> &ladder, int targetVersion,
                            QString *error)
{
    for (const SchemaMigration &step : ladder) {
        if (step.version > targetVersion)
            break;
        SqliteTransaction transaction(database);
        if (!transaction.isActive()) {
            *error = QStringLiteral("cannot upgrade the library: %1").arg(transaction.error());
            return false;
        }
        // Read inside the transaction: another connection may have upgraded the file meanwhile.
        const int version = userVersion(database, error);
        if (version < 0)
            return false;
        if (version >= step.version)
            continue;
        QString stepError;
        if (version != step.version - 1) {
            stepError = QStringLiteral("the library is at version %1").arg(version);
        } else if (step.apply(database, &stepError)
                   && database.execute(QStringLiteral("PRAGMA user_version = %1").arg(step.version), &stepError)
                   && transaction.commit()) {
            continue;
        }
        if (stepError.isEmpty())
            stepError = transaction.error();
        *error = QStringLiteral("cannot upgrade the library to version %1 (%2): %3")
                     .arg(step.version)
                     .arg(step.description, stepError);
        return false;
    }
    return true;
}

} // namespace vigia
