#include "TopicSchema.h"

#include "TopicTaxonomy.h"
#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"

#include <QHash>

namespace vigia::TopicSchema {

bool createTopicTables(SqliteDatabase &database, QString *error)
{
    const bool created = database.execute(QStringLiteral(R"sql(
        CREATE TABLE topics (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE topic_keywords (
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            keyword TEXT NOT NULL,
            PRIMARY KEY (topic_id, keyword)
        );
        CREATE TABLE item_topics (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            origin TEXT NOT NULL CHECK (origin IN ('computed', 'added', 'removed')),
            PRIMARY KEY (item_id, topic_id)
        );
        CREATE INDEX item_topics_topic ON item_topics(topic_id);
        CREATE TABLE topic_revision (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            revision INTEGER NOT NULL
        );
        INSERT INTO topic_revision (id, revision) VALUES (1, 1);
        CREATE TABLE plan_topic_state (
            plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL
        );
        CREATE TRIGGER topics_revision_insert AFTER INSERT ON topics BEGIN
            UPDATE topic_revision SET revision = revision + 1;
        END;
        CREATE TRIGGER topics_revision_delete AFTER DELETE ON topics BEGIN
            UPDATE topic_revision SET revision = revision + 1;
        END;
        CREATE TRIGGER topic_keywords_revision_insert AFTER INSERT ON topic_keywords BEGIN
            UPDATE topic_revision SET revision = revision + 1;
        END;
        CREATE TRIGGER topic_keywords_revision_delete AFTER DELETE ON topic_keywords BEGIN
            UPDATE topic_revision SET revision = revision + 1;
        END;
        CREATE TRIGGER items_topics_stale AFTER UPDATE OF text ON items BEGIN
            DELETE FROM plan_topic_state WHERE plan_id =
                (SELECT d.plan_id FROM plan_rows r JOIN dimensions d ON d.id = r.dimension_id WHERE r.id = new.row_id);
        END;
    )sql"), error);
    if (!created)
        return false;

    SqliteStatement insertTopic
        = database.prepare(QStringLiteral("INSERT INTO topics (key, name, position) VALUES (?1, ?2, ?3)"));
    SqliteStatement insertKeyword = database.prepare(
        QStringLiteral("INSERT INTO topic_keywords (topic_id, position, keyword) VALUES (?1, ?2, ?3)"));
    const QList<Topic> topics = TopicTaxonomy::defaultTopics();
    for (qsizetype i = 0; i < topics.size(); ++i) {
        insertTopic.reset();
        insertTopic.bind(1, topics[i].key);
        insertTopic.bind(2, topics[i].name);
        insertTopic.bind(3, qint64(i));
        if (!insertTopic.execute()) {
            *error = insertTopic.errorMessage();
            return false;
        }
        const qint64 topicId = database.lastInsertRowId();
        for (qsizetype k = 0; k < topics[i].keywords.size(); ++k) {
            insertKeyword.reset();
            insertKeyword.bind(1, topicId);
            insertKeyword.bind(2, qint64(k));
            insertKeyword.bind(3, topics[i].keywords[k]);
            if (!insertKeyword.execute()) {
                *error = insertKeyword.errorMessage();
                return false;
            }
        }
    }
    return true;
}

bool updateDefaultKeywords(SqliteDatabase &database, QString *error)
{
    QHash<QString, QStringList> shippedBefore;
    for (const Topic &topic : TopicTaxonomy::firstDefaultTopics())
        shippedBefore.insert(topic.key, topic.keywords);
    SqliteStatement findTopic = database.prepare(QStringLiteral("SELECT id FROM topics WHERE key = ?1"));
    SqliteStatement keywords = database.prepare(QStringLiteral("SELECT keyword FROM topic_keywords WHERE topic_id = ?1 ORDER BY position"));
    SqliteStatement clear = database.prepare(QStringLiteral("DELETE FROM topic_keywords WHERE topic_id = ?1"));
    SqliteStatement insert = database.prepare(QStringLiteral("INSERT INTO topic_keywords (topic_id, position, keyword) VALUES (?1, ?2, ?3)"));
    for (const Topic &topic : TopicTaxonomy::defaultTopics()) {
        if (!shippedBefore.contains(topic.key))
            continue;
        findTopic.reset();
        findTopic.bind(1, topic.key);
        if (findTopic.step() != SqliteStatement::StepResult::Row)
            continue; // removed by a person
        const qint64 topicId = findTopic.columnInt64(0);
        QStringList stored;
        keywords.reset();
        keywords.bind(1, topicId);
        SqliteStatement::StepResult step;
        while ((step = keywords.step()) == SqliteStatement::StepResult::Row)
            stored.append(keywords.columnText(0));
        if (step == SqliteStatement::StepResult::Error) {
            *error = keywords.errorMessage();
            return false;
        }
        if (stored != shippedBefore.value(topic.key) || stored == topic.keywords)
            continue; // edited by a person, or nothing to change
        clear.reset();
        clear.bind(1, topicId);
        if (!clear.execute()) {
            *error = clear.errorMessage();
            return false;
        }
        for (qsizetype k = 0; k < topic.keywords.size(); ++k) {
            insert.reset();
            insert.bind(1, topicId);
            insert.bind(2, qint64(k));
            insert.bind(3, topic.keywords[k]);
            if (!insert.execute()) {
                *error = insert.errorMessage();
                return false;
            }
        }
    }
    return true;
}

} // namespace vigia::TopicSchema
