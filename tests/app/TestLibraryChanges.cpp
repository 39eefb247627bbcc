// The main window and a library that others change under it: vigia-cli (or another window)
// imports and removes plans, a store error keeps a plan from loading. The window follows what
// was committed and never clears the view without saying why.

#include "../core/store/StoreTestSupport.h"

#include "LanguageSetup.h"
#include "MainWindow.h"
#include "LibraryPane.h"
#include "LibraryFilterModel.h"
#include "LibraryTableModel.h"
#include "PlanTreeModel.h"
#include "MessageBox.h"
#include "PlanView.h"
#include "library/LibraryChangeWatcher.h"

#include "json/PlanJson.h"
#include "store/PlanLibrary.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::test;

namespace {

// vigia-cli with a home of its own; returns its exit code (-1: it did not finish).
int runCli(const QStringList &arguments, const QString &home, QByteArray *errors = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VIGIA_CLI_PATH), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitCode();
}

} // namespace

class TestLibraryChanges : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A library with the sample plans of `seeds`, made in this process and closed again.
    QString makeLibrary(const QString &name, const QStringList &seeds)
    {
        const QString file = path(name);
        QString error;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(file, &error);
        if (!library)
            return {};
        for (const QString &seed : seeds) {
            if (library->importPlan(samplePlan(seed)).status != ImportOutcome::Status::Imported)
                return {};
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-test-changes"));
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    // vigia-cli imports and removes plans while the window has the library open: the list
    // follows within the watcher's interval, the open plan stays open.
    void theListFollowsWhatAnotherProgramCommits()
    {
        const QString library = makeLibrary(QStringLiteral("followed.vigia"), {QStringLiteral("uno"), QStringLiteral("dos")});
        QVERIFY(!library.isEmpty());
        MainWindow window;
        QAbstractItemModelTester tester(window.libraryPane()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.openLibrary(library));
        window.changeWatcher()->setInterval(50);
        QCOMPARE(window.libraryPane()->model()->rowCount(), 2);
        const qint64 openPlan = window.planView()->plan().id;
        QVERIFY(openPlan != 0);

        const QString file = path(QStringLiteral("tres.json"));
        writeFile(file, PlanJson::toJson(samplePlan(QStringLiteral("tres"))));
        QByteArray errors;
        QCOMPARE(runCli({QStringLiteral("import"), file, QStringLiteral("--db"), library}, path(QStringLiteral("home")), &errors), 0);
        QTRY_COMPARE(window.libraryPane()->model()->rowCount(), 3);
        QCOMPARE(window.planView()->plan().id, openPlan);
        QVERIFY(window.libraryStatusLabel()->text().contains(QStringLiteral("3")));

        // Nothing committed: no refresh (the plan view keeps its state).
        QSignalSpy changed(window.changeWatcher(), &LibraryChangeWatcher::libraryChanged);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);

        // Another program removes a plan that is not open: it leaves the list.
        std::unique_ptr<PlanLibrary> other = PlanLibrary::open(library, nullptr);
        QVERIFY(other);
        qint64 removed = 0;
        for (const PlanSummary &summary : other->plans()) {
            if (summary.id != openPlan)
                removed = summary.id;
        }
        QVERIFY(other->removePlan(removed, nullptr));
        QTRY_COMPARE(window.libraryPane()->model()->rowCount(), 2);
        QCOMPARE(window.libraryPane()->model()->rowOfPlan(removed), -1);
        QCOMPARE(window.planView()->plan().id, openPlan);
    }

    // A plan that cannot be read (here: a table renamed away by another program) is told in a
    // message that names the library and the reason, and offers to reopen the library; the
    // answer "yes" opens it again.
    void aPlanThatCannotBeReadIsToldAndTheLibraryReopened()
    {
        const QString library = makeLibrary(QStringLiteral("broken.vigia"), {QStringLiteral("uno"), QStringLiteral("dos")});
        QVERIFY(!library.isEmpty());
        MainWindow window;
        QVERIFY(window.openLibrary(library));
        window.changeWatcher()->setLibrary(nullptr); // the rename below is no list change to follow
        const qint64 first = window.libraryPane()->currentPlanId();
        qint64 second = 0;
        for (const PlanSummary &summary : window.libraryPane()->model()->plans()) {
            if (summary.id != first)
                second = summary.id;
        }
        QVERIFY(second != 0);
        QString error;
        QVERIFY2(executeOn(library, QStringLiteral("ALTER TABLE items RENAME TO items_elsewhere"), &error), qPrintable(error));

        const int shown = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(window.libraryPane()->selectPlan(second));
        QTRY_COMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(library)), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no such table")), qPrintable(MessageBox::lastText()));
        QVERIFY(!window.planView()->hasPlan());

        // Put right by the other program; the person agrees to reopen: the plan shows again.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.libraryPane()->selectPlan(first));
        QVERIFY2(executeOn(library, QStringLiteral("ALTER TABLE items_elsewhere RENAME TO items"), &error), qPrintable(error));
        QTRY_COMPARE(MessageBox::shownCount(), shown + 2);
        QTRY_VERIFY(window.planView()->hasPlan());
        QVERIFY(window.planView()->model()->rowCount() > 0);
    }

    // A library someone altered outside Vigía (a trigger of their own) is not opened: the message
    // names the file, and says in Spanish what was added.
    void aLibraryAlteredOutsideVigiaOpensReadOnly()
    {
        const QString library = makeLibrary(QStringLiteral("altered.vigia"), {QStringLiteral("uno")});
        QVERIFY(!library.isEmpty());
        QString error;
        QVERIFY2(executeOn(library, QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON items BEGIN DELETE FROM plans; END"), &error),
                 qPrintable(error));
        const QByteArray before = fileBytes(library);
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        MainWindow window;
        const int shown = MessageBox::shownCount();
        QVERIFY(window.openLibrary(library));
        // One warning: the library, that it opened read-only, and what was altered.
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(library)) && MessageBox::lastText().contains(QStringLiteral("solo para lectura")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastDetails().contains(QStringLiteral("esta biblioteca fue modificada fuera de Vigía: trigger evil")),
                 qPrintable(MessageBox::lastDetails()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("solo lectura")));
        // Its plan can be read; nothing can be written, and the file stays as it was.
        QVERIFY(window.library());
        QCOMPARE(window.libraryPane()->model()->plans().size(), 1);
        QVERIFY(window.library()->isAltered());
        QVERIFY(!window.library()->openConnection(&error));
        QVERIFY2(error.contains(QStringLiteral("solo para lectura")), qPrintable(error));
        QCOMPARE(fileBytes(library), before);
    }

    // A plan removed by another program while it was being opened: no error box, a word in the
    // status bar, and the list is read again.
    void aPlanRemovedMeanwhileIsSaidInTheStatusBar()
    {
        const QString library = makeLibrary(QStringLiteral("gone.vigia"), {QStringLiteral("uno"), QStringLiteral("dos")});
        QVERIFY(!library.isEmpty());
        MainWindow window;
        QVERIFY(window.openLibrary(library));
        window.changeWatcher()->setLibrary(nullptr); // only the open itself may notice here
        const qint64 first = window.libraryPane()->currentPlanId();
        qint64 second = 0;
        for (const PlanSummary &summary : window.libraryPane()->model()->plans()) {
            if (summary.id != first)
                second = summary.id;
        }
        std::unique_ptr<PlanLibrary> other = PlanLibrary::open(library, nullptr);
        QVERIFY(other && other->removePlan(second, nullptr));
        const int shown = MessageBox::shownCount();
        QVERIFY(window.libraryPane()->selectPlan(second));
        QTRY_COMPARE(window.libraryPane()->model()->rowCount(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QString::number(second)), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(MessageBox::shownCount(), shown);
    }
};

QTEST_MAIN(TestLibraryChanges)
#include "TestLibraryChanges.moc"
