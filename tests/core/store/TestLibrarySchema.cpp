#include "StoreTestSupport.h"

#include "store/LibrarySchema.h"
#include "store/PlanEditor.h"
#include "store/PlanLibrary.h"
#include "store/SqliteStatement.h"
#include "topics/TopicTaxonomy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// The migration ladder: one test per step, each building the version before it, putting data in,
// migrating and checking that the data survived.
class TestLibrarySchema : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("schema-%1.vigia").arg(++m_counter)); }

    static bool openDatabase(SqliteDatabase &database, const QString &path)
    {
        QString error;
        const bool opened = database.open(path, SqliteDatabase::OpenMode::ReadWriteCreate, &error, SqliteDatabase::Trust::Verified)
                            && database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), &error);
        if (!opened)
            qWarning("%s", qPrintable(error));
        return opened;
    }

    static qint64 integer(SqliteDatabase &database, const QString &sql)
    {
        SqliteStatement statement = database.prepare(sql);
        return statement.step() == SqliteStatement::StepResult::Row ? statement.columnInt64(0) : -1;
    }

    // Version-1 data written the way version 1 stored it: one plan, one dimension, one row, two items.
    static bool insertVersionOnePlan(SqliteDatabase &database, QString *error)
    {
        return database.execute(QStringLiteral(R"sql(
            INSERT INTO plans (id, source_file_name, source_sha256, layout, organization, place, period, imported_at, warnings)
                VALUES (7, 'plan.txt', 'abc123', 'columns', 'ALIANZA', 'ILO', '2019-2022', '2024-01-02T03:04:05.000Z', '["w"]');
            INSERT INTO dimensions (id, plan_id, position, name) VALUES (11, 7, 0, 'Social');
            INSERT INTO plan_rows (id, dimension_id, position, heading) VALUES (13, 11, 0, '');
            INSERT INTO items (id, row_id, kind, position, text, line) VALUES (17, 13, 'problem', 0, 'Población sin agua potable', 4);
            INSERT INTO items (id, row_id, kind, position, text, boxes) VALUES (19, 13, 'target', 0, 'Cobertura de agua al 90%', '[[1,2,3,4]]');
        )sql"), error);
    }

    // A new library file holding version 1's plan, migrated to `version`.
    bool versionOnePlanAt(SqliteDatabase &database, int version, QString *error)
    {
        return openDatabase(database, newPath()) && LibrarySchema::migrate(database, 1, error) && insertVersionOnePlan(database, error)
            && LibrarySchema::migrate(database, version, error);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ladderIsContiguous()
    {
        const std::vector<SchemaMigration> &ladder = LibrarySchema::migrations();
        QVERIFY(!ladder.empty());
        for (size_t i = 0; i < ladder.size(); ++i) {
            QCOMPARE(ladder[i].version, int(i) + 1);
            QVERIFY(!ladder[i].description.isEmpty());
            QVERIFY(ladder[i].apply);
        }
        QCOMPARE(LibrarySchema::currentVersion(), int(ladder.size()));
    }

    void stepOneCreatesThePlanTablesAndMarksTheFile()
    {
        SqliteDatabase database;
        QVERIFY(openDatabase(database, newPath()));
        QString error;
        QCOMPARE(LibrarySchema::userVersion(database, &error), 0);
        QVERIFY2(LibrarySchema::migrate(database, 1, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 1);
        QCOMPARE(LibrarySchema::storedApplicationId(database, &error), LibrarySchema::applicationId);
        QVERIFY2(insertVersionOnePlan(database, &error), qPrintable(error));
        // Deleting a plan deletes everything below it.
        QVERIFY(database.execute(QStringLiteral("DELETE FROM plans WHERE id = 7"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items")), 0);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM plan_rows")), 0);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM dimensions")), 0);
        // The kind is checked.
        QVERIFY(insertVersionOnePlan(database, &error));
        QVERIFY(!database.execute(QStringLiteral("INSERT INTO items (row_id, kind, position, text) VALUES (13, 'other', 5, 'x')"), &error));
    }

    void stepTwoIndexesTheItemsAlreadyStored()
    {
        const QString path = newPath();
        {
            SqliteDatabase database;
            QVERIFY(openDatabase(database, path));
            QString error;
            QVERIFY2(LibrarySchema::migrate(database, 1, &error), qPrintable(error));
            QVERIFY2(insertVersionOnePlan(database, &error), qPrintable(error));
            QVERIFY2(LibrarySchema::migrate(database, 2, &error), qPrintable(error));
            QCOMPARE(LibrarySchema::userVersion(database, &error), 2);
            QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items")), 2);
            QCOMPARE(integer(database, QStringLiteral("SELECT rowid FROM item_search WHERE item_search MATCH 'poblacion'")), 17);
        }
        // The migrated file is a library like any other, its data intact.
        QString error;
        auto library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        const std::optional<Plan> plan = library->plan(7);
        QVERIFY(plan);
        QCOMPARE(plan->sourceFileName, QStringLiteral("plan.txt"));
        QCOMPARE(plan->metadata.place, QStringLiteral("ILO"));
        QCOMPARE(plan->dimensions.size(), 1);
        const Row &row = plan->dimensions.at(0).rows.at(0);
        QCOMPARE(row.items(ItemKind::Problem).at(0).id, 17);
        QCOMPARE(row.items(ItemKind::Problem).at(0).source.line, 4);
        QCOMPARE(row.items(ItemKind::Target).at(0).source.boxes, QList<QRectF>{QRectF(1, 2, 3, 4)});
        QCOMPARE(library->importWarnings(7), QStringList{QStringLiteral("w")});
        const QList<SearchHit> hits = library->search({QStringLiteral("agua")});
        QCOMPARE(hits.size(), 2);
    }

    void stepFiveAddsTheCorrectionLogToAVersionFourLibrary()
    {
        const QString path = newPath();
        {
            SqliteDatabase database;
            QVERIFY(openDatabase(database, path));
            QString error;
            QVERIFY2(LibrarySchema::migrate(database, 1, &error), qPrintable(error));
            QVERIFY2(insertVersionOnePlan(database, &error), qPrintable(error));
            QVERIFY2(LibrarySchema::migrate(database, 4, &error), qPrintable(error));
            QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'item_corrections'")), 0);
            QVERIFY2(LibrarySchema::migrate(database, 5, &error), qPrintable(error));
            QCOMPARE(LibrarySchema::userVersion(database, &error), 5);
            QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_corrections")), 0);
            QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items")), 2);
        }
        // A correction on the migrated file is logged, and the plan's other data is intact.
        QString error;
        auto library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        auto editor = PlanEditor::open(*library, &error);
        QVERIFY2(editor, qPrintable(error));
        editor->setEditorName(QStringLiteral("revisora"));
        QVERIFY2(editor->setText(17, QStringLiteral("Población sin agua potable ni desagüe"), &error), qPrintable(error));
        const QList<ItemCorrection> log = editor->corrections(7);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).itemId, 17);
        QCOMPARE(log.at(0).action, QStringLiteral("text"));
        QCOMPARE(log.at(0).correctedBy, QStringLiteral("revisora"));
        QCOMPARE(library->importWarnings(7), QStringList{QStringLiteral("w")});
        QCOMPARE(library->search({QStringLiteral("desague")}).size(), 1);
    }

    void stepSixGivesTheSearchIndexPrefixIndexesAndKeepsItInStep()
    {
        const QString path = newPath();
        SqliteDatabase database;
        QVERIFY(openDatabase(database, path));
        QString error;
        QVERIFY2(LibrarySchema::migrate(database, 1, &error), qPrintable(error));
        QVERIFY2(insertVersionOnePlan(database, &error), qPrintable(error));
        QVERIFY2(LibrarySchema::migrate(database, 5, &error), qPrintable(error));
        const QString prefixOption = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'item_search' AND sql LIKE '%prefix%'");
        QCOMPARE(integer(database, prefixOption), 0);
        QVERIFY2(LibrarySchema::migrate(database, 6, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 6);
        QCOMPARE(integer(database, prefixOption), 1);
        // The items stored before are in the new index, one- to three-letter prefixes included.
        QCOMPARE(integer(database, QStringLiteral("SELECT rowid FROM item_search WHERE item_search MATCH 'p*'")), 17);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'agu*'")), 2);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'cob*'")), 1);
        // The triggers of version 2 follow inserts, corrections and deletions into the new index.
        QVERIFY(database.execute(QStringLiteral("INSERT INTO items (id, row_id, kind, position, text) VALUES (23, 13, 'objective', 0, 'Ampliar el desagüe')"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT rowid FROM item_search WHERE item_search MATCH 'am*'")), 23);
        QVERIFY(database.execute(QStringLiteral("UPDATE items SET text = 'Cobertura de riego al 90%' WHERE id = 19"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'agu*'")), 1);
        QCOMPARE(integer(database, QStringLiteral("SELECT rowid FROM item_search WHERE item_search MATCH 'ri*'")), 19);
        QVERIFY(database.execute(QStringLiteral("DELETE FROM items WHERE id = 17"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'p*'")), 0);
        QVERIFY(database.execute(QStringLiteral("INSERT INTO item_search(item_search, rank) VALUES ('integrity-check', 1)"), &error));
    }

    // Mismatches between the stored item counts and the items actually there (zero counts aside).
    static qint64 itemCountMismatches(SqliteDatabase &database)
    {
        const QString stored = QStringLiteral("SELECT plan_id, kind, item_count FROM plan_item_counts WHERE item_count <> 0");
        const QString actual = QStringLiteral("SELECT d.plan_id, i.kind, count(*) FROM items i JOIN plan_rows r ON r.id = i.row_id "
                                              "JOIN dimensions d ON d.id = r.dimension_id GROUP BY d.plan_id, i.kind");
        return integer(database, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))")
                                     .arg(stored, actual));
    }

    void stepSevenCountsThePlansItemsAndKeepsTheCountsInStep()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 7, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 7);
        // The items stored before are counted.
        QCOMPARE(integer(database, QStringLiteral("SELECT item_count FROM plan_item_counts WHERE plan_id = 7 AND kind = 'problem'")), 1);
        QCOMPARE(integer(database, QStringLiteral("SELECT item_count FROM plan_item_counts WHERE plan_id = 7 AND kind = 'target'")), 1);
        QCOMPARE(itemCountMismatches(database), 0);
        // Every change to items, rows, dimensions and plans keeps them right.
        const QStringList changes{
            QStringLiteral("INSERT INTO plans (id, source_file_name, source_sha256, imported_at) VALUES (8, 'b.txt', 'def456', 'x')"),
            QStringLiteral("INSERT INTO dimensions (id, plan_id, position, name) VALUES (21, 8, 0, 'Económica')"),
            QStringLiteral("INSERT INTO dimensions (id, plan_id, position, name) VALUES (22, 7, 1, 'Ambiental')"),
            QStringLiteral("INSERT INTO plan_rows (id, dimension_id, position) VALUES (31, 21, 0)"),
            QStringLiteral("INSERT INTO plan_rows (id, dimension_id, position) VALUES (32, 22, 0)"),
            QStringLiteral("INSERT INTO plan_rows (id, dimension_id, position) VALUES (33, 22, 1)"),
            QStringLiteral("INSERT INTO items (id, row_id, kind, position, text) VALUES (41, 31, 'objective', 0, 'a'), "
                           "(42, 31, 'objective', 1, 'b'), (43, 32, 'indicator', 0, 'c'), (44, 33, 'target', 0, 'd'), "
                           "(45, 33, 'target', 1, 'e'), (46, 13, 'objective', 0, 'f')"),
            QStringLiteral("UPDATE items SET kind = 'problem' WHERE id = 42"),
            QStringLiteral("UPDATE items SET row_id = 31, position = 5 WHERE id = 46"),
            QStringLiteral("UPDATE items SET row_id = 13, kind = 'indicator', position = 9 WHERE id = 41"),
            QStringLiteral("UPDATE items SET text = 'g' WHERE id = 43"),
            QStringLiteral("DELETE FROM items WHERE id = 17"),
            QStringLiteral("DELETE FROM plan_rows WHERE id = 33"),
            QStringLiteral("DELETE FROM dimensions WHERE id = 22"),
            QStringLiteral("DELETE FROM plans WHERE id = 8"),
        };
        for (const QString &change : changes) {
            QVERIFY2(database.execute(change, &error), qPrintable(change + QStringLiteral(": ") + error));
            QVERIFY2(itemCountMismatches(database) == 0, qPrintable(change));
        }
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM plan_item_counts WHERE plan_id = 8")), 0);
        QCOMPARE(integer(database, QStringLiteral("SELECT sum(item_count) FROM plan_item_counts")), 2);
    }

    void stepEightAddsTheLogOfPlanCorrectionsToAVersionSevenLibrary()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 7, &error), qPrintable(error));
        QVERIFY(!database.execute(QStringLiteral("INSERT INTO plan_corrections (plan_id, action, corrected_at) VALUES (7, 'metadata', 'x')"), &error));
        QVERIFY2(LibrarySchema::migrate(database, 8, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 8);
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO plan_corrections (plan_id, action, corrected_at) VALUES (7, 'metadata', 'x')"), &error),
                 qPrintable(error));
        // Only the known actions; the log goes with its plan.
        QVERIFY(!database.execute(QStringLiteral("INSERT INTO plan_corrections (plan_id, action, corrected_at) VALUES (7, 'drop', 'x')"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM plan_corrections")), 1);
        QVERIFY2(database.execute(QStringLiteral("DELETE FROM plans WHERE id = 7"), &error), qPrintable(error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM plan_corrections")), 0);
    }

    void stepNineAddsReviewMarksThatGoWithTheirRow()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 8, &error), qPrintable(error));
        QVERIFY(!database.execute(QStringLiteral("INSERT INTO row_reviews (row_id, reviewed_at) VALUES (13, 'x')"), &error));
        QVERIFY2(LibrarySchema::migrate(database, 9, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 9);
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO row_reviews (row_id, reviewed_at) VALUES (13, 'x')"), &error), qPrintable(error));
        // Only rows that exist; the mark goes with its row.
        QVERIFY(!database.execute(QStringLiteral("INSERT INTO row_reviews (row_id, reviewed_at) VALUES (99, 'x')"), &error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items")), 2);
        QVERIFY2(database.execute(QStringLiteral("DELETE FROM plan_rows WHERE id = 13"), &error), qPrintable(error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM row_reviews")), 0);
    }

    // A library made before December 2026 holds the first default keywords: the topics nobody
    // edited get the current ones, an edited topic keeps its own, and every plan's topics recompute.
    void stepTenGivesUneditedTopicsTheCurrentDefaultKeywords()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 9, &error), qPrintable(error));
        // The keywords as Vigía stored them before.
        QVERIFY2(database.execute(QStringLiteral("DELETE FROM topic_keywords"), &error), qPrintable(error));
        SqliteStatement insert = database.prepare(QStringLiteral(
            "INSERT INTO topic_keywords (topic_id, position, keyword) SELECT id, ?2, ?3 FROM topics WHERE key = ?1"));
        for (const Topic &topic : TopicTaxonomy::firstDefaultTopics()) {
            QStringList keywords = topic.keywords;
            if (topic.key == u"salud")
                keywords.append(QStringLiteral("posta")); // a person's edit
            for (qsizetype k = 0; k < keywords.size(); ++k) {
                insert.reset();
                insert.bind(1, topic.key);
                insert.bind(2, qint64(k));
                insert.bind(3, keywords[k]);
                QVERIFY2(insert.execute(), qPrintable(insert.errorMessage()));
            }
        }
        const qint64 revisionBefore = integer(database, QStringLiteral("SELECT revision FROM topic_revision"));
        QVERIFY2(LibrarySchema::migrate(database, 10, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 10);

        auto keywordsOf = [&database](const QString &key) {
            SqliteStatement select = database.prepare(QStringLiteral(
                "SELECT k.keyword FROM topic_keywords k JOIN topics t ON t.id = k.topic_id WHERE t.key = ?1 ORDER BY k.position"));
            select.bind(1, key);
            QStringList keywords;
            while (select.step() == SqliteStatement::StepResult::Row)
                keywords.append(select.columnText(0));
            return keywords;
        };
        QHash<QString, QStringList> current;
        for (const Topic &topic : TopicTaxonomy::defaultTopics())
            current.insert(topic.key, topic.keywords);
        QHash<QString, QStringList> first;
        for (const Topic &topic : TopicTaxonomy::firstDefaultTopics())
            first.insert(topic.key, topic.keywords);
        QVERIFY(current.value(QStringLiteral("seguridad-ciudadana")) != first.value(QStringLiteral("seguridad-ciudadana")));
        QCOMPARE(keywordsOf(QStringLiteral("seguridad-ciudadana")), current.value(QStringLiteral("seguridad-ciudadana")));
        QVERIFY(keywordsOf(QStringLiteral("seguridad-ciudadana")).contains(QStringLiteral("-seguridad alimentaria")));
        QCOMPARE(keywordsOf(QStringLiteral("salud")), first.value(QStringLiteral("salud")) + QStringList{QStringLiteral("posta")});
        QVERIFY(integer(database, QStringLiteral("SELECT revision FROM topic_revision")) > revisionBefore);
    }

    // Evidence links stored before step 11 keep their address and get an empty title; new ones may
    // have one. The table stays append-only.
    void stepElevenGivesEvidenceLinksATitle()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 10, &error), qPrintable(error));
        QVERIFY2(database.execute(QStringLiteral(R"sql(
            INSERT INTO progress_records (id, item_id, semester, status, assessed_on, updated_at)
                VALUES (23, 19, '2024-S1', 'met', '2024-05-02', 'x');
            INSERT INTO progress_evidence (record_id, kind, url, consulted_on, added_by, added_at)
                VALUES (23, 'url', 'https://example.org/a', '2024-05-02', 'Ana', 'x');
        )sql"), &error), qPrintable(error));
        QVERIFY2(LibrarySchema::migrate(database, 11, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 11);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM progress_evidence WHERE title = '' AND url = 'https://example.org/a'")), 1);
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO progress_evidence (record_id, kind, url, added_at, title) "
                                                 "VALUES (23, 'url', 'https://example.org/b', 'x', 'Informe')"), &error),
                 qPrintable(error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM progress_evidence WHERE title = 'Informe'")), 1);
        QVERIFY(!database.execute(QStringLiteral("UPDATE progress_evidence SET title = 'otro'"), &error));
    }

    // Items stored before step 12 say nothing of OCR (NULL, read as -1); new ones may hold a
    // confidence of 0–100 and nothing else.
    void stepTwelveGivesItemsAnOcrConfidence()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 11, &error), qPrintable(error));
        QVERIFY2(LibrarySchema::migrate(database, 12, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 12);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items WHERE ocr_confidence IS NULL")), 2);
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO items (row_id, kind, position, text, ocr_confidence) "
                                                 "VALUES (13, 'objective', 0, 'Ampliar la red de agua', 58)"), &error),
                 qPrintable(error));
        QCOMPARE(integer(database, QStringLiteral("SELECT ocr_confidence FROM items WHERE text = 'Ampliar la red de agua'")), 58);
        QVERIFY(!database.execute(QStringLiteral("INSERT INTO items (row_id, kind, position, text, ocr_confidence) "
                                                 "VALUES (13, 'objective', 1, 'Otro', 101)"), &error));
        // The search index still follows the items (step 2's triggers).
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'agua'")), 3);
    }

    // Step 13 indexes the short items a second time (at most shortItemLength characters): those
    // stored already, then each item added, changed or deleted, whether it was or becomes short.
    void stepThirteenIndexesTheShortItemsAndKeepsThemInStep()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 12, &error), qPrintable(error));
        const QString longText = QStringLiteral("Agua potable para todos los hogares del distrito y sus anexos rurales");
        QVERIFY(longText.size() > LibrarySchema::shortItemLength);
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO items (id, row_id, kind, position, text) VALUES (23, 13, 'objective', 0, '%1')")
                                      .arg(longText), &error), qPrintable(error));
        QVERIFY2(LibrarySchema::migrate(database, 13, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 13);
        const auto shortIds = [&](const QString &word) {
            SqliteStatement statement = database.prepare(QStringLiteral(
                "SELECT coalesce(group_concat(rowid), '') FROM (SELECT rowid FROM item_search_short WHERE item_search_short MATCH ?1 ORDER BY rowid)"));
            statement.bind(1, word);
            return statement.step() == SqliteStatement::StepResult::Row ? statement.columnText(0) : QStringLiteral("error");
        };
        // The two short items stored before, not the long one; the full index holds all three.
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("17,19"));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'agua'")), 3);
        // Added: a short item goes in, a long one does not.
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO items (id, row_id, kind, position, text) VALUES (29, 13, 'objective', 1, 'Agua segura'); "
                                                 "INSERT INTO items (id, row_id, kind, position, text) VALUES (31, 13, 'objective', 2, '%1')")
                                      .arg(longText), &error), qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("17,19,29"));
        // Changed: a short item that grows long leaves; a long one that becomes short comes in;
        // a short one reworded is found by its new words only.
        QVERIFY2(database.execute(QStringLiteral("UPDATE items SET text = '%1' WHERE id = 17; "
                                                 "UPDATE items SET text = 'Agua y desagüe' WHERE id = 23; "
                                                 "UPDATE items SET text = 'Cobertura de riego al 90%' WHERE id = 19")
                                      .arg(longText), &error), qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("23,29"));
        QCOMPARE(shortIds(QStringLiteral("riego")), QStringLiteral("19"));
        QCOMPARE(shortIds(QStringLiteral("poblacion")), QString());
        // Deleted: gone from both.
        QVERIFY2(database.execute(QStringLiteral("DELETE FROM items WHERE id IN (23, 31)"), &error), qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("29"));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH 'agua'")), 2);
        // What is indexed is exactly what the items hold.
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO item_search_short(item_search_short, rank) VALUES ('integrity-check', 0)"), &error),
                 qPrintable(error));
    }

    // Step 14 orders the short items' index by length (then id), in place of step 13's: the
    // short items stored already, then each item added, changed or deleted, whether it was or
    // becomes short. Its content table holds exactly the short items' texts under their keys.
    void stepFourteenOrdersTheShortItemsByLengthAndKeepsThemInStep()
    {
        SqliteDatabase database;
        QString error;
        QVERIFY2(versionOnePlanAt(database, 13, &error), qPrintable(error));
        const QString longText = QStringLiteral("Agua potable para todos los hogares del distrito y sus anexos rurales");
        QVERIFY(longText.size() > LibrarySchema::shortItemLength);
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO items (id, row_id, kind, position, text) VALUES (23, 13, 'objective', 0, '%1')")
                                      .arg(longText), &error), qPrintable(error));
        QVERIFY2(LibrarySchema::migrate(database, 14, &error), qPrintable(error));
        QCOMPARE(LibrarySchema::userVersion(database, &error), 14);
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'item_search_short%'")), 0);
        const auto shortIds = [&](const QString &word) {
            SqliteStatement statement = database.prepare(QStringLiteral(
                "SELECT coalesce(group_concat(rowid % %1), '') FROM (SELECT rowid FROM short_item_search WHERE short_item_search MATCH ?1 "
                "ORDER BY rowid)").arg(LibrarySchema::shortItemKeyScale));
            statement.bind(1, word);
            return statement.step() == SqliteStatement::StepResult::Row ? statement.columnText(0) : QStringLiteral("error");
        };
        const auto checkIntegrity = [&] {
            QString reason;
            const bool sound = database.execute(QStringLiteral("INSERT INTO short_item_search(short_item_search, rank) VALUES ('integrity-check', 1)"), &reason);
            return sound ? QString() : reason;
        };
        // The two short items stored before, the shorter first (24 characters, then 26), and not
        // the long one.
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("19,17"));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM short_items")), 2);
        QCOMPARE(checkIntegrity(), QString());
        // Added: a short item goes in by its length, a long one does not.
        QVERIFY2(database.execute(QStringLiteral("INSERT INTO items (id, row_id, kind, position, text) VALUES (29, 13, 'objective', 1, 'Agua segura'); "
                                                 "INSERT INTO items (id, row_id, kind, position, text) VALUES (31, 13, 'objective', 2, '%1')")
                                      .arg(longText), &error), qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("29,19,17"));
        // Changed: a short item that grows long leaves; a long one that becomes short comes in; a
        // short one reworded moves to its new length and is found by its new words only.
        QVERIFY2(database.execute(QStringLiteral("UPDATE items SET text = '%1' WHERE id = 17; "
                                                 "UPDATE items SET text = 'Agua y desagüe' WHERE id = 23; "
                                                 "UPDATE items SET text = 'Agua y riego para el valle entero' WHERE id = 19")
                                      .arg(longText), &error), qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("29,23,19"));
        QCOMPARE(shortIds(QStringLiteral("riego")), QStringLiteral("19"));
        QCOMPARE(shortIds(QStringLiteral("cobertura")), QString());
        QCOMPARE(shortIds(QStringLiteral("poblacion")), QString());
        QCOMPARE(checkIntegrity(), QString());
        // A change of other columns leaves the index alone; a text set again, or to another of
        // the same length, keeps the item's key.
        QVERIFY2(database.execute(QStringLiteral("UPDATE items SET position = 5 WHERE id = 29; "
                                                 "UPDATE items SET text = text WHERE id = 29; "
                                                 "UPDATE items SET text = 'Agua y desague' WHERE id = 23"), &error),
                 qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("29,23,19"));
        QCOMPARE(shortIds(QStringLiteral("desague")), QStringLiteral("23"));
        QCOMPARE(checkIntegrity(), QString());
        // Deleted, also with their plan: gone from the index and its texts.
        QVERIFY2(database.execute(QStringLiteral("DELETE FROM items WHERE id IN (23, 31)"), &error), qPrintable(error));
        QCOMPARE(shortIds(QStringLiteral("agua")), QStringLiteral("29,19"));
        QVERIFY2(database.execute(QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM plans WHERE id = 7"), &error), qPrintable(error));
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM items")), 0);
        QCOMPARE(shortIds(QStringLiteral("agua")), QString());
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM short_items")), 0);
        QCOMPARE(checkIntegrity(), QString());
    }

    // The schema a sound library has at each version is what the ladder makes; anything added,
    // changed or missing is named (the check that refuses altered libraries on open).
    // Opening a library compares its schema with the one Vigía ships for the current version
    // instead of running the ladder in memory: the shipped one must be what the ladder makes.
    void theShippedSchemaIsWhatTheLadderMakes()
    {
        const int version = LibrarySchema::currentVersion();
        QString error;
        const QList<SchemaObject> migrated = LibrarySchema::migratedObjects(version, &error);
        QVERIFY2(!migrated.isEmpty(), qPrintable(error));
        QFile shipped(LibrarySchema::shippedSchemaResource);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray made = LibrarySchema::objectsToJson(version, migrated);
        if (shipped.readAll() != made) {
            const QString path = QDir(QStringLiteral(VIGIA_BINARY_DIR)).filePath(QStringLiteral("expected-schema.json"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(made) == made.size());
            QFAIL(qPrintable(QStringLiteral("src/core/store/expected-schema.json is not what the ladder makes with this "
                                            "SQLite; if the ladder changed, copy %1 over it").arg(path)));
        }
        const std::optional<QList<SchemaObject>> objects = LibrarySchema::shippedObjects(version);
        QVERIFY(objects);
        QCOMPARE(*objects, migrated);
        QCOMPARE(LibrarySchema::expectedObjects(version, &error), migrated);
        // Another version is not taken from it.
        QVERIFY(!LibrarySchema::shippedObjects(version - 1));
    }

    void alteredObjectsAreNamedAtEveryVersion()
    {
        for (int version = 1; version <= LibrarySchema::currentVersion(); ++version) {
            SqliteDatabase database;
            QVERIFY(openDatabase(database, newPath()));
            QString error;
            QVERIFY2(LibrarySchema::migrate(database, version, &error), qPrintable(error));
            QCOMPARE(LibrarySchema::alteredObjects(database, version, &error), QStringList{});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // Statistics SQLite gathers itself are no alteration.
            QVERIFY2(database.execute(QStringLiteral("ANALYZE"), &error), qPrintable(error));
            QCOMPARE(LibrarySchema::alteredObjects(database, version, &error), QStringList{});
        }
        SqliteDatabase database;
        QVERIFY(openDatabase(database, newPath()));
        QString error;
        const int version = LibrarySchema::currentVersion();
        QVERIFY2(LibrarySchema::migrate(database, version, &error), qPrintable(error));
        QVERIFY2(database.execute(QStringLiteral("CREATE INDEX spy ON items(text); DROP INDEX items_kind; "
                                                 "ALTER TABLE plans ADD COLUMN note TEXT"),
                                  &error),
                 qPrintable(error));
        QStringList altered = LibrarySchema::alteredObjects(database, version, &error);
        altered.sort();
        QCOMPARE(altered, (QStringList{QStringLiteral("index items_kind (missing)"), QStringLiteral("index spy"),
                                       QStringLiteral("table plans (changed)")}));
    }

    void openingAnOlderLibraryMigratesIt()
    {
        const QString path = newPath();
        {
            SqliteDatabase database;
            QVERIFY(openDatabase(database, path));
            QString error;
            QVERIFY(LibrarySchema::migrate(database, 1, &error));
            QVERIFY(insertVersionOnePlan(database, &error));
        }
        QString error;
        auto library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(queryInteger(path, QStringLiteral("PRAGMA user_version")), qint64(LibrarySchema::currentVersion()));
        QCOMPARE(library->plans().size(), 1);
        QCOMPARE(library->plans().constFirst().itemCount(), 2);
    }

    void aFailedStepLeavesThePreviousVersion()
    {
        SqliteDatabase database;
        QVERIFY(openDatabase(database, newPath()));
        std::vector<SchemaMigration> ladder = LibrarySchema::migrations();
        ladder.push_back({int(ladder.size()) + 1, QStringLiteral("a step that fails halfway"),
                          [](SqliteDatabase &db, QString *error) {
                              return db.execute(QStringLiteral("CREATE TABLE half_done (id INTEGER)"), error)
                                     && db.execute(QStringLiteral("INSERT INTO no_such_table VALUES (1)"), error);
                          }});
        QString error;
        QVERIFY(!LibrarySchema::migrate(database, ladder, ladder.back().version, &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("fails halfway")));
        QCOMPARE(LibrarySchema::userVersion(database, &error), LibrarySchema::currentVersion());
        QCOMPARE(integer(database, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySchema)
#include "TestLibrarySchema.moc"
