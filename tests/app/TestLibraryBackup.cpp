#include "AppTestSupport.h"
#include "BackupJob.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "progress/ProgressTracker.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

// What a library holds that a backup must keep: each plan in full and its recorded progress.
struct LibraryContent {
    QList<Plan> plans;
    QList<ProgressRecord> records;
};

LibraryContent contentOf(const QString &path)
{
    LibraryContent content;
    QString error;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    if (!library) {
        qWarning("%s", qPrintable(error));
        return content;
    }
    std::unique_ptr<ProgressTracker> tracker = ProgressTracker::open(*library, &error);
    for (const PlanSummary &summary : library->plans()) {
        if (const std::optional<Plan> plan = library->plan(summary.id))
            content.plans.append(*plan);
        if (tracker)
            content.records.append(tracker->records(summary.id));
    }
    return content;
}

bool sameRecords(const QList<ProgressRecord> &a, const QList<ProgressRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].itemId != b[i].itemId || a[i].semester != b[i].semester
            || !a[i].values.sameAssessment(b[i].values) || a[i].values.evaluator != b[i].values.evaluator)
            return false;
    }
    return true;
}

// Records progress on the first meta of each plan whose period gives semesters; returns how many.
int recordProgress(const QString &path)
{
    QString error;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    std::unique_ptr<ProgressTracker> tracker = library ? ProgressTracker::open(*library, &error) : nullptr;
    if (!tracker)
        return 0;
    int recorded = 0;
    for (const PlanSummary &summary : library->plans()) {
        QStringList semesters = tracker->semesters(summary.id);
        if (semesters.isEmpty()) {
            tracker->setSemesters(summary.id, {QStringLiteral("2024-S1")}, &error);
            semesters = tracker->semesters(summary.id);
        }
        const std::optional<Plan> plan = library->plan(summary.id);
        for (const Dimension &dimension : plan->dimensions) {
            for (const Row &row : dimension.rows) {
                if (row.items(ItemKind::Target).isEmpty() || semesters.isEmpty())
                    continue;
                ProgressValues values;
                values.status = ProgressStatus::InProgress;
                values.percent = 40.0 + recorded;
                values.note = QStringLiteral("avance verificado %1").arg(recorded);
                values.evaluator = QStringLiteral("Observatorio");
                values.assessedOn = QDate(2024, 6, 30);
                if (tracker->setProgress(row.items(ItemKind::Target).constFirst().id, semesters.constFirst(), values, &error))
                    ++recorded;
                semesters.clear(); // one record per plan
            }
        }
    }
    return recorded;
}

} // namespace

// Archivo ▸ Copia de seguridad: the library copied in a worker with SQLite's online backup, the
// copy a library with the same plans and progress; a failure told with the file and the reason.
class TestLibraryBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-test-backup"));
        QVERIFY(goldFiles().size() >= 2);
    }

    void backupHoldsThePlansAndTheProgress()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("observatorio.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        QVERIFY(recordProgress(path) >= 1);
        const LibraryContent original = contentOf(path);
        QVERIFY(original.plans.size() >= 2);

        MainWindow window;
        window.show();
        QVERIFY(window.openLibrary(path));
        // In the File menu, with a shortcut no other action of the window has.
        QAction *action = window.backupAction();
        QVERIFY(action->isEnabled());
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
        QCOMPARE(action->shortcut(), keys);
        int withKeys = 0;
        for (const QAction *other : window.findChildren<QAction *>())
            withKeys += other->shortcut() == keys ? 1 : 0;
        QCOMPARE(withKeys, 1);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty() && menus.constFirst()->menu()->actions().contains(action));
        // Proposed beside the library, named after it and today.
        const QString proposed = window.defaultBackupPath();
        QCOMPARE(proposed, dir.filePath(QStringLiteral("observatorio-%1.vigia").arg(QDate::currentDate().toString(Qt::ISODate))));

        // Through the action, as the user would: the name comes from the file dialog.
        const QString target = dir.filePath(QStringLiteral("copia"));
        FileDialog::setNextFileNames({target});
        QSignalSpy finished(&window, &MainWindow::backupFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action->trigger();
        // Running in a worker: trigger() returned at once, with a busy bar in the status bar and the
        // action off until the outcome arrives through the event loop.
        auto *busy = window.findChild<QProgressBar *>(QStringLiteral("backupProgress"));
        QVERIFY(busy && busy->isVisible());
        QVERIFY(finished.isEmpty());
        QVERIFY(!action->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, 30000);
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        const QString copy = target + QStringLiteral(".vigia");
        QVERIFY(QFileInfo::exists(copy));
        // The message names the file and its size.
        const QString message = finished.constFirst().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("copia.vigia")), qPrintable(message));
        QVERIFY2(message.contains(QLocale().formattedDataSize(QFileInfo(copy).size())), qPrintable(message));
        QVERIFY(action->isEnabled());
        QVERIFY(!busy->isVisible());

        // The copy is a library with the same plans and the same progress.
        const LibraryContent copied = contentOf(copy);
        QCOMPARE(copied.plans.size(), original.plans.size());
        for (qsizetype i = 0; i < original.plans.size(); ++i)
            QCOMPARE(copied.plans[i], original.plans[i]);
        QVERIFY(!copied.records.isEmpty());
        QVERIFY(sameRecords(copied.records, original.records));
    }

    void anUnwritablePlaceIsToldAndTheLibraryIsUntouched()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        QVERIFY(recordProgress(path) >= 1);
        const LibraryContent original = contentOf(path);

        MainWindow window;
        QVERIFY(window.openLibrary(path));
        QSignalSpy finished(&window, &MainWindow::backupFinished);
        // A folder that does not exist (a file stands where it should be), and one nobody may write.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeFile(blocker, "not a folder"));
        QStringList targets{blocker + QStringLiteral("/copia.vigia")};
        if (QFileInfo(QStringLiteral("/proc/self")).exists())
            targets.append(QStringLiteral("/proc/copia-vigia.vigia"));
        for (const QString &target : targets) {
            finished.clear();
            const int shown = MessageBox::shownCount();
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QVERIFY(window.backupLibrary(target));
            QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), 1, 30000);
            QVERIFY(!finished.constFirst().at(0).toBool());
            QCOMPARE(MessageBox::shownCount(), shown + 1);
            const QString message = MessageBox::lastText();
            QCOMPARE(message, finished.constFirst().at(1).toString());
            // The file, and after it the reason.
            QVERIFY2(message.contains(target), qPrintable(message));
            QVERIFY2(message.section(target, -1).trimmed().size() > 5, qPrintable(message));
            QVERIFY(!QFileInfo::exists(target));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".part")), QStringList());
        const LibraryContent after = contentOf(path);
        QCOMPARE(after.plans, original.plans);
        QVERIFY(sameRecords(after.records, original.records));
        QVERIFY(window.backupAction()->isEnabled());
    }
};

QTEST_MAIN(TestLibraryBackup)
#include "TestLibraryBackup.moc"
