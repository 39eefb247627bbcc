#include "StoreTestSupport.h"

#include "store/PlanDetailsEditor.h"
#include "store/PlanLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// A person's corrections of a plan's details: its metadata and its dimensions. Each correction,
// what it leaves in the library (read back after reopening, the log) and its undo, which gives
// back the plan exactly as it was, ids included.
class TestPlanDetailsEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<PlanLibrary> m_library;
    std::unique_ptr<PlanDetailsEditor> m_editor;
    qint64 m_planId = 0;
    qint64 m_otherPlanId = 0;

    Plan storedPlan(qint64 planId = 0) const
    {
        const std::optional<Plan> plan = m_library->plan(planId == 0 ? m_planId : planId);
        return plan ? *plan : Plan();
    }
    qint64 logCount(const QString &action) const
    {
        return queryInteger(m_path, QStringLiteral("SELECT count(*) FROM plan_corrections WHERE action = '%1'").arg(action));
    }
    void reopen()
    {
        m_editor.reset();
        m_library.reset();
        QString error;
        m_library = PlanLibrary::open(m_path, &error);
        QVERIFY2(m_library, qPrintable(error));
        m_editor = PlanDetailsEditor::open(*m_library, &error);
        QVERIFY2(m_editor, qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("details-%1.vigia").arg(++m_counter));
        QString error;
        m_library = PlanLibrary::open(m_path, &error);
        QVERIFY2(m_library, qPrintable(error));
        // A plan whose environmental dimension was read as two ("Territorial - Ambiental" and
        // "Ambiental") between its social and economic ones.
        Plan plan = samplePlan();
        Dimension territorial;
        territorial.name = QStringLiteral("Territorial - Ambiental");
        Row first;
        first.items(ItemKind::Objective).append(makeItem(QStringLiteral("Ordenar el territorio")));
        Row second;
        second.items(ItemKind::Target).append(makeItem(QStringLiteral("Plan de ordenamiento aprobado al 2024")));
        territorial.rows = {first, second};
        Dimension environmental;
        environmental.name = QStringLiteral("Ambiental");
        Row third;
        third.items(ItemKind::Objective).append(makeItem(QStringLiteral("Reciclar los residuos sólidos")));
        environmental.rows = {third};
        plan.dimensions.insert(1, territorial);
        plan.dimensions.append(environmental);
        m_planId = m_library->importPlan(plan).planId;
        m_otherPlanId = m_library->importPlan(samplePlan(QStringLiteral("two"))).planId;
        QVERIFY(m_planId != 0 && m_otherPlanId != 0);
        m_editor = PlanDetailsEditor::open(*m_library, &error);
        QVERIFY2(m_editor, qPrintable(error));
        m_editor->setEditorName(QStringLiteral("ana"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void metadataIsReplacedLoggedAndRestored()
    {
        const Plan original = storedPlan();
        PlanMetadata corrected = original.metadata;
        corrected.organization = QStringLiteral("  PARTIDO MORADO ");
        corrected.place = QStringLiteral("San Martín de Porres");
        corrected.electionType = QStringLiteral("MUNICIPAL DISTRITAL");
        corrected.vision = QStringLiteral("   "); // blank: not stated
        QString error;
        const std::optional<PlanDetailsEdit> edit = m_editor->setMetadata(m_planId, corrected, &error);
        QVERIFY2(edit, qPrintable(error));
        reopen();
        const PlanMetadata stored = storedPlan().metadata;
        QCOMPARE(stored.organization, QStringLiteral("PARTIDO MORADO"));
        QCOMPARE(stored.place, QStringLiteral("San Martín de Porres"));
        QCOMPARE(stored.electionType, QStringLiteral("MUNICIPAL DISTRITAL"));
        QCOMPARE(stored.period, original.metadata.period);
        QVERIFY(stored.vision.isNull());
        QCOMPARE(storedPlan(m_otherPlanId).metadata, samplePlan(QStringLiteral("two")).metadata);
        QCOMPARE(logCount(QStringLiteral("metadata")), 1);
        QVERIFY(queryInteger(m_path, QStringLiteral("SELECT count(*) FROM plan_corrections WHERE corrected_by = 'ana' "
                                                     "AND detail LIKE '%organization: “ALIANZA ONE” → “PARTIDO MORADO”%'")) == 1);
        // The library's listing shows the correction too.
        bool listed = false;
        for (const PlanSummary &summary : m_library->plans()) {
            if (summary.id == m_planId)
                listed = summary.metadata.organization == QStringLiteral("PARTIDO MORADO");
        }
        QVERIFY(listed);

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(logCount(QStringLiteral("undo")), 1);
        // Nothing to change: refused, nothing logged.
        QVERIFY(!m_editor->setMetadata(m_planId, original.metadata, &error));
        QVERIFY2(error.startsWith(m_path) && error.contains(QStringLiteral("unchanged")), qPrintable(error));
        QVERIFY(!m_editor->setMetadata(999, corrected, &error));
        QCOMPARE(logCount(QStringLiteral("metadata")), 1);
    }

    void renameKeepsRowsAndRefusesADuplicate()
    {
        const Plan original = storedPlan();
        const qint64 territorialId = original.dimensions.at(1).id;
        QString error;
        const std::optional<PlanDetailsEdit> edit = m_editor->renameDimension(territorialId, QStringLiteral(" Territorial "), &error);
        QVERIFY2(edit, qPrintable(error));
        Plan renamed = storedPlan();
        QCOMPARE(renamed.dimensions.at(1).name, QStringLiteral("Territorial"));
        QCOMPARE(renamed.dimensions.at(1).rows, original.dimensions.at(1).rows);
        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);

        QVERIFY(!m_editor->renameDimension(territorialId, QStringLiteral("Ambiental"), &error));
        QVERIFY2(error.contains(QStringLiteral("merge")), qPrintable(error));
        QVERIFY(!m_editor->renameDimension(territorialId, QStringLiteral("  "), &error));
        QVERIFY(!m_editor->renameDimension(424242, QStringLiteral("Otra"), &error));
        QCOMPARE(storedPlan(), original);
        QCOMPARE(logCount(QStringLiteral("rename-dimension")), 1);
    }

    void mergeMovesTheRowsInOrderAndUndoPutsThemBack()
    {
        const Plan original = storedPlan();
        const Dimension &territorial = original.dimensions.at(1);
        const Dimension &environmental = original.dimensions.at(3);
        QString error;
        const std::optional<PlanDetailsEdit> edit = m_editor->mergeDimensions(territorial.id, environmental.id, &error);
        QVERIFY2(edit, qPrintable(error));
        reopen();
        Plan merged = storedPlan();
        QCOMPARE(merged.dimensions.size(), 3);
        QCOMPARE(merged.dimensions.at(1).name, QStringLiteral("Económica"));
        const Dimension &into = merged.dimensions.at(2);
        QCOMPARE(into.id, environmental.id);
        QCOMPARE(into.rows.size(), 3);
        QCOMPARE(into.rows.at(0), environmental.rows.at(0));
        QCOMPARE(into.rows.at(1), territorial.rows.at(0)); // same ids and items, in order
        QCOMPARE(into.rows.at(2), territorial.rows.at(1));
        QCOMPARE(merged.itemCount(), original.itemCount());
        // Search still finds the moved items.
        QCOMPARE(m_library->search({QStringLiteral("ordenar territorio"), m_planId}).size(), 1);
        QCOMPARE(logCount(QStringLiteral("merge-dimensions")), 1);

        QVERIFY2(m_editor->revert(*edit, &error), qPrintable(error));
        QCOMPARE(storedPlan(), original);

        QVERIFY(!m_editor->mergeDimensions(territorial.id, territorial.id, &error));
        const qint64 otherPlansDimension = storedPlan(m_otherPlanId).dimensions.at(0).id;
        QVERIFY(!m_editor->mergeDimensions(territorial.id, otherPlansDimension, &error));
        QVERIFY2(error.contains(QStringLiteral("same plan")), qPrintable(error));
        QCOMPARE(storedPlan(), original);
    }

    // A correction while another program holds the write lock fails with a clear message and
    // changes nothing.
    void busyLibraryChangesNothing()
    {
        const Plan original = storedPlan();
        SqliteDatabase blocker;
        QString error;
        QVERIFY2(blocker.open(m_path, SqliteDatabase::OpenMode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(blocker.execute(QStringLiteral("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE"), &error), qPrintable(error));
        PlanMetadata corrected = original.metadata;
        corrected.place = QStringLiteral("LIMA");
        QVERIFY(!m_editor->setMetadata(m_planId, corrected, &error));
        QVERIFY2(error.startsWith(m_path), qPrintable(error));
        QVERIFY(blocker.execute(QStringLiteral("ROLLBACK"), &error));
        QCOMPARE(storedPlan(), original);
    }
};

QTEST_GUILESS_MAIN(TestPlanDetailsEditor)
#include "TestPlanDetailsEditor.moc"
