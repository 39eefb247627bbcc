#include "StoreTestSupport.h"

#include "store/PlanEditor.h"
#include "store/PlanLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// A person's corrections of an imported plan: each edit, what it leaves in the library (the
// plan read back, search, the corrections log, after reopening) and its undo (revert), which must
// give back the plan exactly as it was, ids included.
class TestPlanEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<PlanLibrary> m_library;
    std::unique_ptr<PlanEditor> m_editor;
    qint64 m_planId = 0;
    qint64 m_otherPlanId = 0;

    Plan storedPlan(qint64 planId = 0) const
    {
        const std::optional<Plan> plan = m_library->plan(planId == 0 ? m_planId : planId);
        return plan ? *plan : Plan();
    }
    const Row &row(const Plan &plan, int dimension, int row) const { return plan.dimensions.at(dimension).rows.at(row); }
    QList<qint64> hitIds(const QString &words) const
    {
        QList<qint64> ids;
        for (const SearchHit &hit : m_library->search({words, m_planId}))
            ids.append(hit.itemId);
        return ids;
    }
    void reopen()
    {
        m_editor.reset();
        m_library.reset();
        QString error;
        m_library = PlanLibrary::open(m_path, &error);
        QVERIFY2(m_library, qPrintable(error));
        m_editor = PlanEditor::open(*m_library, &error);
        QVERIFY2(m_editor, qPrintable(error));
    }
    void addProgressRecord(qint64 itemId)
    {
        QString error;
        QVERIFY2(executeOn(m_path,
                           QStringLiteral("INSERT INTO progress_records (item_id, semester, status, assessed_on, updated_at) "
                                          "VALUES (%1, '2024-S1', 'met', '2024-06-30', '2024-06-30T00:00:00Z')")
                               .arg(itemId),
                           &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("editor-%1.vigia").arg(++m_counter));
        QString error;
        m_library = PlanLibrary::open(m_path, &error);
        QVERIFY2(m_library, qPrintable(error));
        m_planId = m_library->importPlan(samplePlan()).planId;
        m_otherPlanId = m_library->importPlan(samplePlan(QStringLiteral("two"))).planId;
        QVERIFY(m_planId != 0 && m_otherPlanId != 0);
        m_editor = PlanEditor::open(*m_library, &error);
        QVERIFY2(m_editor, qPrintable(error));
        m_editor->setEditorName(QStringLiteral("ana"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void setTextMarksCorrectedSearchFollowsAndRevertRestores()
    {
        const Plan original = storedPlan();
        const qint64 id = row(original, 0, 0).items(ItemKind::Indicator).at(0).id;
        QString error;
        const std::optional<ItemEdit> edit = m_editor->setText(id, QStringLiteral("Prevalencia de desnutrición"), &error);
        QVERIFY2(edit, qPrintable(error));
        const Item changed = row(storedPlan(), 0, 0).items(ItemKind::Indicator).at(0);
        QCOMPARE(changed.text, QStringLiteral("Prevalencia de desnutrición"));
        QVERIFY(changed.corrected);
        QCOMPARE(hitIds(QStringLiteral("desnutricion")), QList<qint64>{id});
        QVERIFY(hitIds(QStringLiteral("tasa")).isEmpty());

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(hitIds(QStringLiteral("tasa")), QList<qint64>{id});
        QVERIFY(hitIds(QStringLiteral("desnutricion")).isEmpty());

        QVERIFY(!m_editor->setText(id, QStringLiteral("  "), &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        QVERIFY(error.startsWith(m_path));
    }

    void changeKindMovesTheItemToTheEndOfTheOtherKind()
    {
        const Plan original = storedPlan();
        const qint64 problemId = row(original, 0, 0).items(ItemKind::Problem).at(0).id;
        QString error;
        const std::optional<ItemEdit> edit = m_editor->changeKind(problemId, ItemKind::Objective, &error);
        QVERIFY2(edit, qPrintable(error));
        const Row changed = row(storedPlan(), 0, 0);
        QVERIFY(changed.items(ItemKind::Problem).isEmpty());
        QCOMPARE(changed.items(ItemKind::Objective).size(), 3);
        QCOMPARE(changed.items(ItemKind::Objective).at(2).id, problemId);
        QVERIFY(changed.items(ItemKind::Objective).at(2).corrected);
        const QList<SearchHit> objectives = m_library->search({QStringLiteral("vulnerable sin atencion"), m_planId, ItemKind::Objective});
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.at(0).itemId, problemId);

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QVERIFY(!m_editor->changeKind(problemId, ItemKind::Problem, &error));
    }

    void splitCreatesTheNextItemAndRedoKeepsItsId()
    {
        const Plan original = storedPlan();
        const Item first = row(original, 0, 0).items(ItemKind::Objective).at(0);
        const int cut = int(first.text.indexOf(QStringLiteral("primaria")));
        QString error;
        std::optional<ItemEdit> edit = m_editor->splitItem(first.id, cut, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->created.size(), 1);
        const qint64 newId = edit->created.at(0);
        QList<Item> objectives = row(storedPlan(), 0, 0).items(ItemKind::Objective);
        QCOMPARE(objectives.size(), 3);
        QCOMPARE(objectives.at(0).text, QStringLiteral("Mejorar la atención"));
        QCOMPARE(objectives.at(1).id, newId);
        QCOMPARE(objectives.at(1).text, QStringLiteral("primaria"));
        QVERIFY(objectives.at(0).corrected && objectives.at(1).corrected);
        QCOMPARE(objectives.at(2).text, QStringLiteral("Reducir la anemia infantil"));
        QCOMPARE(hitIds(QStringLiteral("primaria")), QList<qint64>{newId});

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(hitIds(QStringLiteral("primaria")), QList<qint64>{first.id});

        edit = m_editor->splitItem(first.id, cut, &error, newId);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->created, QList<qint64>{newId});
        QCOMPARE(row(storedPlan(), 0, 0).items(ItemKind::Objective).at(1).id, newId);

        QVERIFY(!m_editor->splitItem(first.id, 0, &error));
        QVERIFY(error.contains(QStringLiteral("empty item")));
    }

    void mergeAppendsTheNextItemAndRevertBringsItBack()
    {
        const Plan original = storedPlan();
        const QList<Item> objectives = row(original, 0, 0).items(ItemKind::Objective);
        QString error;
        const std::optional<ItemEdit> edit = m_editor->mergeWithNext(objectives.at(0).id, &error);
        QVERIFY2(edit, qPrintable(error));
        const QList<Item> merged = row(storedPlan(), 0, 0).items(ItemKind::Objective);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.at(0).text, QStringLiteral("Mejorar la atención primaria Reducir la anemia infantil"));
        QCOMPARE(hitIds(QStringLiteral("anemia infantil")), QList<qint64>{objectives.at(0).id});

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(hitIds(QStringLiteral("anemia infantil")), QList<qint64>{objectives.at(1).id});

        QVERIFY(!m_editor->mergeWithNext(objectives.at(1).id, &error));
        QVERIFY(error.contains(QStringLiteral("last of its kind")));
    }

    void moveGoesToAnotherDimensionButNotToAnotherPlan()
    {
        const Plan original = storedPlan();
        const qint64 targetId = row(original, 0, 1).items(ItemKind::Target).at(0).id;
        const qint64 economicRow = row(original, 1, 0).id;
        QString error;
        const std::optional<ItemEdit> edit = m_editor->moveItem(targetId, economicRow, ItemKind::Target, 0, &error);
        QVERIFY2(edit, qPrintable(error));
        const Plan moved = storedPlan();
        QVERIFY(row(moved, 0, 1).items(ItemKind::Target).isEmpty());
        QCOMPARE(row(moved, 1, 0).items(ItemKind::Target).size(), 2);
        QCOMPARE(row(moved, 1, 0).items(ItemKind::Target).at(0).id, targetId);
        const QList<SearchHit> hits = m_library->search({QStringLiteral("desercion"), m_planId, ItemKind::Target});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).dimension, QStringLiteral("Económica"));

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);

        const qint64 foreignRow = row(storedPlan(m_otherPlanId), 0, 0).id;
        QVERIFY(!m_editor->moveItem(targetId, foreignRow, ItemKind::Target, -1, &error));
        QVERIFY(error.contains(QStringLiteral("another plan")));
        QCOMPARE(storedPlan(), original);
    }

    void deleteAndRevertKeepTheIdAndTheTopics()
    {
        const Plan original = storedPlan();
        const qint64 id = row(original, 0, 0).items(ItemKind::Objective).at(0).id;
        QString error;
        QVERIFY2(executeOn(m_path,
                           QStringLiteral("INSERT INTO topics (id, key, name, position) VALUES (900, 'salud-x', 'Salud X', 99); "
                                          "INSERT INTO item_topics (item_id, topic_id, origin) VALUES (%1, 900, 'added');")
                               .arg(id),
                           &error),
                 qPrintable(error));
        const std::optional<ItemEdit> edit = m_editor->deleteItem(id, &error);
        QVERIFY2(edit, qPrintable(error));
        const QList<Item> objectives = row(storedPlan(), 0, 0).items(ItemKind::Objective);
        QCOMPARE(objectives.size(), 1);
        QCOMPARE(objectives.at(0).text, QStringLiteral("Reducir la anemia infantil"));
        QVERIFY(hitIds(QStringLiteral("primaria")).isEmpty());
        QCOMPARE(queryInteger(m_path, QStringLiteral("SELECT count(*) FROM item_topics WHERE item_id = %1").arg(id)), 0);

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(hitIds(QStringLiteral("primaria")), QList<qint64>{id});
        QCOMPARE(queryInteger(m_path, QStringLiteral("SELECT topic_id FROM item_topics WHERE item_id = %1").arg(id)), 900);
    }

    void recordedProgressIsNeverDropped()
    {
        const Plan original = storedPlan();
        const QList<Item> objectives = row(original, 0, 0).items(ItemKind::Objective);
        addProgressRecord(objectives.at(0).id);
        addProgressRecord(objectives.at(1).id);
        QString error;
        QVERIFY(!m_editor->deleteItem(objectives.at(0).id, &error));
        QVERIFY2(error.contains(QStringLiteral("progress record")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Mejorar la atención primaria")));
        QVERIFY(!m_editor->mergeWithNext(objectives.at(0).id, &error));
        QVERIFY(error.contains(QStringLiteral("progress record")));
        QVERIFY(!m_editor->changeKind(objectives.at(0).id, ItemKind::Problem, &error));
        QVERIFY(error.contains(QStringLiteral("progress record")));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(queryInteger(m_path, QStringLiteral("SELECT count(*) FROM progress_records")), 2);
        QVERIFY(m_editor->corrections(m_planId).isEmpty());
        // Still trackable kinds are fine.
        QVERIFY2(m_editor->changeKind(objectives.at(0).id, ItemKind::Target, &error), qPrintable(error));
    }

    void addPlacesANewCorrectedItemAndRedoKeepsItsId()
    {
        const Plan original = storedPlan();
        const qint64 rowId = row(original, 0, 1).id;
        QString error;
        std::optional<ItemEdit> edit =
            m_editor->addItem(rowId, ItemKind::Problem, 0, QStringLiteral("Escuelas sin internet"), &error);
        QVERIFY2(edit, qPrintable(error));
        const qint64 newId = edit->itemId;
        QList<Item> problems = row(storedPlan(), 0, 1).items(ItemKind::Problem);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).id, newId);
        QVERIFY(problems.at(0).corrected);
        QCOMPARE(problems.at(1).text, QStringLiteral("Deserción escolar en zonas rurales"));
        QCOMPARE(hitIds(QStringLiteral("internet")), QList<qint64>{newId});

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QVERIFY(hitIds(QStringLiteral("internet")).isEmpty());

        edit = m_editor->addItem(rowId, ItemKind::Problem, 0, QStringLiteral("Escuelas sin internet"), &error, newId);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->itemId, newId);
        QVERIFY(!m_editor->addItem(rowId, ItemKind::Problem, 0, QStringLiteral(" "), &error));
    }

    void correctionsPersistAndAreLoggedAfterReopening()
    {
        const Plan original = storedPlan();
        const qint64 problemId = row(original, 0, 0).items(ItemKind::Problem).at(0).id;
        const qint64 objectiveId = row(original, 0, 0).items(ItemKind::Objective).at(1).id;
        QString error;
        QVERIFY2(m_editor->changeKind(problemId, ItemKind::Indicator, &error), qPrintable(error));
        const std::optional<ItemEdit> removal = m_editor->deleteItem(objectiveId, &error);
        QVERIFY2(removal, qPrintable(error));
        QVERIFY2(m_editor->revert(*removal, &error), qPrintable(error));
        QVERIFY2(m_editor->mergeWithNext(row(original, 0, 0).items(ItemKind::Objective).at(0).id, &error), qPrintable(error));
        const Plan edited = storedPlan();

        reopen();
        QCOMPARE(storedPlan(), edited);
        const Row first = row(storedPlan(), 0, 0);
        QCOMPARE(first.items(ItemKind::Indicator).size(), 2);
        QCOMPARE(first.items(ItemKind::Indicator).at(1).id, problemId);
        QVERIFY(first.items(ItemKind::Indicator).at(1).corrected);
        QVERIFY(!first.items(ItemKind::Indicator).at(0).corrected);
        QCOMPARE(first.items(ItemKind::Objective).size(), 1);
        QCOMPARE(hitIds(QStringLiteral("anemia infantil")), QList<qint64>{first.items(ItemKind::Objective).at(0).id});

        const QList<ItemCorrection> log = m_editor->corrections(m_planId, &error);
        QStringList actions;
        for (const ItemCorrection &entry : log) {
            actions.append(entry.action);
            QCOMPARE(entry.correctedBy, QStringLiteral("ana"));
            QVERIFY(entry.correctedAt.isValid());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("kind"), QStringLiteral("delete"), QStringLiteral("undo"),
                                       QStringLiteral("merge")}));
        QVERIFY(m_editor->corrections(m_otherPlanId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanEditor)
#include "TestPlanEditor.moc"
