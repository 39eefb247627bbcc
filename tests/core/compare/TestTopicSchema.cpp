#include "../store/StoreTestSupport.h"

#include "store/LibrarySchema.h"
#include "topics/TopicTaxonomy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// The topics migration step: a library of the version before it, with a plan in it, is upgraded;
// the plan survives, the default taxonomy is in, and the triggers keep topics honest.
class TestTopicSchema : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static int topicStep()
    {
        for (const SchemaMigration &step : LibrarySchema::migrations()) {
            if (step.description.startsWith(QStringLiteral("topics")))
                return step.version;
        }
        return -1;
    }

    static qint64 integer(SqliteDatabase &database, const QString &sql)
    {
        SqliteStatement statement = database.prepare(sql);
        return statement.step() == SqliteStatement::StepResult::Row ? statement.columnInt64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void upgradesALibraryWithPlansAndKeepsTopicsInStep()
    {
        const int step = topicStep();
        QVERIFY(step > 1);
        SqliteDatabase database;
        QString error;
        QVERIFY(database.open(m_dir.filePath(QStringLiteral("upgrade.vigia")), SqliteDatabase::OpenMode::ReadWriteCreate, &error, SqliteDatabase::Trust::Verified));
        QVERIFY(database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), &error));
        QVERIFY2(LibrarySchema::migrate(database, step - 1, &error), qPrintable(error));
        QVERIFY2(database.execute(QStringLiteral(R"sql(
            INSERT INTO plans (id, source_file_name, source_sha256, imported_at) VALUES (7, 'plan.txt', 'abc', '2024-01-01T00:00:00Z');
            INSERT INTO dimensions (id, plan_id, position, name) VALUES (11, 7, 0, 'Social');
            INSERT INTO plan_rows (id, dimension_id, position) VALUES (13, 11, 0);
            INSERT INTO items (id, row_id, kind, position, text) VALUES (17, 13, 'problem', 0, 'Población sin agua potable');
        )sql"), &error), qPrintable(error));

        QVERIFY2(LibrarySchema::migrate(database, step, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), step);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items")), 1);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM topics")), qint64(TopicTaxonomy::defaultTopics().size()));
        QVERIFY(integer(database, QStringLiteral("SELECT count(*) FROM topic_keywords")) > 100);

        // Editing keywords bumps the taxonomy revision.
        const qint64 revision = integer(database, QStringLiteral("SELECT revision FROM topic_revision"));
        QVERIFY(database.execute(QStringLiteral("DELETE FROM topic_keywords WHERE keyword = 'agua'"), &error));
        QVERIFY(integer(database, QStringLiteral("SELECT revision FROM topic_revision")) > revision);

        // A plan's computed topics go stale when one of its texts changes.
        QVERIFY2(database.execute(QStringLiteral(R"sql(
            INSERT INTO plan_topic_state (plan_id, revision) VALUES (7, 1);
            INSERT INTO item_topics (item_id, topic_id, origin) SELECT 17, id, 'added' FROM topics WHERE key = 'salud';
            UPDATE items SET text = 'Otra cosa' WHERE id = 17;
        )sql"), &error), qPrintable(error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM plan_topic_state")), 0);

        // Deleting the plan or the topic takes the assignments with it.
        QVERIFY(database.execute(QStringLiteral("INSERT INTO plan_topic_state (plan_id, revision) VALUES (7, 1)"), &error));
        QVERIFY(database.execute(QStringLiteral("DELETE FROM plans WHERE id = 7"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_topics")), 0);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM plan_topic_state")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTopicSchema)
#include "TestTopicSchema.moc"
