#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace vigia {

class SqliteDatabase;

// One step of the library's migration ladder: brings the schema from version - 1 to version.
struct SchemaMigration {
    int version = 0;
    QString description;
    std::function<bool(SqliteDatabase &database, QString *error)> apply;
};

// One entry of sqlite_schema.
struct SchemaObject {
    QString type;      // table, index, trigger, view
    QString name;
    QString tableName;
    QString sql;       // null for automatic indexes
    bool operator==(const SchemaObject &) const = default;
};

// The library file's schema: an `application_id` that marks the file as Vigía's, and a
// `user_version` that counts the migration steps applied. Each step runs in one transaction
// together with its user_version bump, so a failed step leaves the previous version intact.
class LibrarySchema {
public:
    // "VGIA" in PRAGMA application_id.
    static constexpr int applicationId = 0x56474941;
    // Items of at most this many characters are also in the short items' search index (step 13).
    static constexpr int shortItemLength = 50;
    // A short item's key in that index (step 14): its length times this, plus its id.
    static constexpr qint64 shortItemKeyScale = qint64(1) << 40;

    // The ladder, in order; step i brings version i to version i + 1.
    static const std::vector<SchemaMigration> &migrations();
    static int currentVersion();

    static int userVersion(SqliteDatabase &database, QString *error);
    static int storedApplicationId(SqliteDatabase &database, QString *error);

    // What the ladder creates up to `version` (once per version and process): the one description
    // of a sound library's schema. The current version's ship with Vigía (shippedObjects).
    static QList<SchemaObject> expectedObjects(int version, QString *error);
    // What the ladder creates up to `version`, run on an empty database in memory.
    static QList<SchemaObject> migratedObjects(int version, QString *error);
    // The objects of store/expected-schema.json (shippedSchemaResource) when they are those of
    // `version` and were made by the SQLite Vigía runs with; nullopt otherwise.
    static std::optional<QList<SchemaObject>> shippedObjects(int version);
    // The JSON of store/expected-schema.json: `objects` of `version`, made by this SQLite.
    static QByteArray objectsToJson(int version, const QList<SchemaObject> &objects);
    static constexpr QLatin1StringView shippedSchemaResource{":/vigia/schema/expected-schema.json"};
    // The objects of `database`'s schema that the ladder did not create at its user_version, or
    // that differ from what it created, or that it created and are missing; each as "trigger
    // evil" (an extra object), "table plans (changed)" or "table plans (missing)". Empty: sound.
    static QStringList alteredObjects(SqliteDatabase &database, int version, QString *error);

    // Applies the steps of `ladder` above the database's user_version, up to `targetVersion`.
    static bool migrate(SqliteDatabase &database, int targetVersion, QString *error);
    static bool migrate(SqliteDatabase &database, const std::vector<SchemaMigration> &ladder, int targetVersion,
                        QString *error);
};

} // namespace vigia
