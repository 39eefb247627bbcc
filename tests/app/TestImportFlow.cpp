#include "AppTestSupport.h"
#include "ImportReportDialog.h"
#include "review/RowReview.h"
#include "ImportSession.h"
#include "LanguageSetup.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "PasswordPrompt.h"
#include "SampleLibrary.h"
#include "readers/PlanFileReader.h"

#include "../core/readers/pdf/SyntheticPdf.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

constexpr int importTimeoutMs = 120000;
const QString password = QStringLiteral("clave-secreta");

// A shared sample plan as a PDF, encrypted with `password` into `directory`.
QString makeEncryptedPlan(const QTemporaryDir &directory)
{
    const QStringList pdfs = filesIn(QStringLiteral(VIGIA_SAMPLES_DIR "/pdf"), {QStringLiteral("*.pdf")});
    if (pdfs.isEmpty())
        return {};
    const QString locked = directory.filePath(QStringLiteral("cerrado.pdf"));
    return encryptPdf(pdfs.first(), locked, password) ? locked : QString();
}

// The first shared PDF in which the reader merges rows cut by a page break (found by reading, not
// by name), with the number of rows it merged; read before any translator is installed, so the
// warning is the core's English.
QString pdfWithMergedRows(int *mergedRows)
{
    const PlanFileReader reader;
    for (const QString &pdf : filesIn(QStringLiteral(VIGIA_SAMPLES_DIR "/pdf"), {QStringLiteral("*.pdf")})) {
        for (const QString &warning : reader.readFile(pdf).warnings) {
            if (warning.endsWith(QStringLiteral(" rows merged across a page break"))) {
                *mergedRows = warning.section(u' ', 0, 0).toInt();
                return pdf;
            }
        }
    }
    return {};
}

ImportReport runImport(MainWindow &window, const QStringList &files)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    if (!window.importFiles(files) || !finished.wait(importTimeoutMs))
        return {};
    return finished.first().first().value<ImportReport>();
}

} // namespace

// The import flow of the main window: encrypted PDFs and the passwords they need.
class TestImportFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-import-flow-test"));
        if (qpdfProgram().isEmpty())
            QSKIP("qpdf is not installed (scripts/install-deps.sh installs it)");
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(SampleLibrary::defaultLibraryPath());
    }

    void passwordDialogHidesWhatIsTypedAndNamesTheFile()
    {
        PasswordDialog dialog(QStringLiteral("/tmp/planes/cerrado.pdf"), false);
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.textLabel()->text().contains(QStringLiteral("cerrado.pdf")));
        QTest::keyClicks(dialog.passwordEdit(), password);
        QCOMPARE(dialog.password(), password);
        const PasswordDialog again(QStringLiteral("/tmp/planes/cerrado.pdf"), true);
        QVERIFY(again.textLabel()->text() != dialog.textLabel()->text());
        QVERIFY(again.textLabel()->text().contains(QStringLiteral("cerrado.pdf")));
    }

    void encryptedPdfIsImportedWithThePasswordAskedAgainWhenWrong()
    {
        QTemporaryDir dir;
        const QString locked = makeEncryptedPlan(dir);
        QVERIFY(!locked.isEmpty());
        const QString text = seedFiles().first();
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));

        const int promptsBefore = PasswordPrompt::shownCount();
        PasswordPrompt::setNextAnswer(QStringLiteral("no-es-esta"));
        PasswordPrompt::setNextAnswer(password);
        const ImportReport report = runImport(window, {locked, text});

        QCOMPARE(PasswordPrompt::shownCount() - promptsBefore, 2);
        // The second prompt named the file and said the first password was wrong.
        QVERIFY2(PasswordPrompt::lastText().contains(QStringLiteral("cerrado.pdf")), qPrintable(PasswordPrompt::lastText()));
        QCOMPARE(PasswordPrompt::lastText(), PasswordDialog::promptText(locked, true));
        QCOMPARE(report.files.size(), 2);
        QCOMPARE(report.files[0].path, locked);
        QCOMPARE(report.files[0].status, ImportReport::Status::Imported);
        QCOMPARE(report.files[0].lock, ImportReport::Lock::None);
        QVERIFY(report.files[0].planId != 0);
        QCOMPARE(report.files[1].status, ImportReport::Status::Imported);
        QVERIFY(!window.isImporting());
        QCOMPARE(window.library()->plans().size(), 2);
        QCOMPARE(window.libraryPane()->model()->rowCount(), 2);
        QVERIFY(window.library()->plan(report.files[0].planId).has_value());
        QVERIFY(window.lastImportReport());
        QCOMPARE(window.lastImportReport()->filesView()->topLevelItemCount(), 2);
    }

    void cancellingThePasswordLeavesTheFileOut()
    {
        QTemporaryDir dir;
        const QString locked = makeEncryptedPlan(dir);
        QVERIFY(!locked.isEmpty());
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));

        const int promptsBefore = PasswordPrompt::shownCount();
        PasswordPrompt::setNextAnswer(std::nullopt);
        const ImportReport report = runImport(window, {locked});

        QCOMPARE(PasswordPrompt::shownCount() - promptsBefore, 1);
        QCOMPARE(PasswordPrompt::lastText(), PasswordDialog::promptText(locked, false));
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files[0].status, ImportReport::Status::Failed);
        QVERIFY2(report.files[0].error.contains(QStringLiteral("se necesita contraseña")), qPrintable(report.files[0].error));
        QVERIFY(report.files[0].error.contains(QStringLiteral("cerrado.pdf")));
        QCOMPARE(window.library()->plans().size(), 0);
        QVERIFY(window.lastImportReport());
        const QTreeWidgetItem *row = window.lastImportReport()->filesView()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("cerrado.pdf"));
        QVERIFY2(row->text(1).contains(QStringLiteral("se necesita contraseña")), qPrintable(row->text(1)));
    }

    void coreWarningsAndErrorsAreShownInSpanish()
    {
        int mergedRows = 0;
        const QString cutPdf = pdfWithMergedRows(&mergedRows);
        QVERIFY2(!cutPdf.isEmpty(), "no shared PDF has a row cut by a page break");
        QTemporaryDir dir;
        // A seed plan saved as Windows-1252 (its Spanish letters are all in Latin-1), and an empty file.
        QFile seed(seedFiles().first());
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString ansi = dir.filePath(QStringLiteral("plan-ansi.txt"));
        QVERIFY(writeFile(ansi, QString::fromUtf8(seed.readAll()).toLatin1()));
        const QString empty = dir.filePath(QStringLiteral("vacío.txt"));
        QVERIFY(writeFile(empty, {}));

        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        const ImportReport report = runImport(window, {ansi, cutPdf, empty});
        QCOMPARE(report.files.size(), 3);

        QCOMPARE(report.files[0].status, ImportReport::Status::Imported);
        QVERIFY2(report.files[0].warnings.contains(QStringLiteral("codificación convertida desde windows-1252")),
                 qPrintable(report.files[0].warnings.join(u'|')));
        QCOMPARE(report.files[1].status, ImportReport::Status::Imported);
        QVERIFY2(report.files[1].warnings.contains(QStringLiteral("%1 filas unidas a través de un salto de página").arg(mergedRows)),
                 qPrintable(report.files[1].warnings.join(u'|')));
        QCOMPARE(report.files[2].status, ImportReport::Status::Failed);
        QCOMPARE(report.files[2].error, QStringLiteral("%1: el archivo está vacío").arg(empty));
        for (const ImportReport::File &file : report.files) {
            for (const QString &warning : file.warnings)
                QVERIFY2(!warning.contains(QStringLiteral("merged")) && !warning.contains(QStringLiteral("encoding")), qPrintable(warning));
        }

        // The report the user sees says the same.
        QVERIFY(window.lastImportReport());
        const QTreeWidget *files = window.lastImportReport()->filesView();
        QCOMPARE(files->topLevelItem(2)->text(0), QStringLiteral("vacío.txt"));
        QVERIFY2(files->topLevelItem(2)->text(1).contains(QStringLiteral("el archivo está vacío")), qPrintable(files->topLevelItem(2)->text(1)));
        QStringList shownWarnings;
        for (int row = 0; row < 2; ++row) {
            for (int child = 0; child < files->topLevelItem(row)->childCount(); ++child)
                shownWarnings.append(files->topLevelItem(row)->child(child)->text(1));
        }
        QVERIFY2(shownWarnings.contains(QStringLiteral("Aviso: codificación convertida desde windows-1252")), qPrintable(shownWarnings.join(u'|')));
        // An imported file says how it was read: its layout and what the reader found in it.
        const Plan seedPlan = *window.library()->plan(report.files[0].planId);
        QCOMPARE(report.files[0].layout, seedPlan.layout);
        QCOMPARE(report.files[0].itemCount, int(seedPlan.itemCount()));
        QCOMPARE(files->topLevelItem(0)->text(1),
                 QStringLiteral("Importado: %1 · %2 dimensiones · %3 filas · %4 ítems")
                     .arg(ImportReportDialog::layoutName(seedPlan.layout))
                     .arg(seedPlan.dimensions.size())
                     .arg(seedPlan.rowCount())
                     .arg(seedPlan.itemCount()));
        QVERIFY(!ImportReportDialog::layoutName(seedPlan.layout).contains(u'-')); // a name, not the id
        // And how many of its rows the user should check, as the review queue lists them.
        for (int row = 0; row < 2; ++row) {
            const Plan plan = *window.library()->plan(report.files[row].planId);
            const int toReview = static_cast<int>(RowReview::assess(plan).size());
            QCOMPARE(report.files[row].reviewRowCount, toReview);
            const QString line = QStringLiteral("%1 fila%2 por revisar").arg(toReview).arg(toReview == 1 ? QString() : QStringLiteral("s"));
            bool shown = false;
            for (int child = 0; child < files->topLevelItem(row)->childCount(); ++child)
                shown = shown || files->topLevelItem(row)->child(child)->text(1).startsWith(line);
            QCOMPARE(shown, toReview > 0);
        }
        // And which of its text did not reach the plan: the share, then the passages with their place.
        int filesWithUnplacedText = 0;
        for (int row = 0; row < 2; ++row) {
            const UnplacedText &unplaced = report.files[row].unplaced;
            const QTreeWidgetItem *summary = nullptr;
            const QString share = unplaced.percent() == 0 ? QStringLiteral("menos del 1 %") : QStringLiteral("%1 %").arg(unplaced.percent());
            for (int child = 0; child < files->topLevelItem(row)->childCount(); ++child) {
                if (files->topLevelItem(row)->child(child)->text(1).startsWith(share + QStringLiteral(" del texto no pasó al plan")))
                    summary = files->topLevelItem(row)->child(child);
            }
            QCOMPARE(summary != nullptr, !unplaced.passages.isEmpty());
            if (!summary)
                continue;
            ++filesWithUnplacedText;
            const UnplacedPassage &first = unplaced.passages.constFirst();
            const QString place = first.page != 0 ? QStringLiteral("pág. %1").arg(first.page) : QStringLiteral("línea %1").arg(first.sourceLine);
            QCOMPARE(summary->child(0)->text(0), place);
            QVERIFY2(summary->child(0)->text(1).startsWith(QStringLiteral("«%1").arg(first.text.left(40))), qPrintable(summary->child(0)->text(1)));
            QCOMPARE(summary->child(0)->toolTip(1), first.text);
            QCOMPARE(summary->childCount(), std::min<int>(unplaced.passages.size(), 12) + (unplaced.passages.size() > 12 ? 1 : 0));
            QVERIFY(!summary->isExpanded()); // the passages stay folded under their summary
        }
        QVERIFY(filesWithUnplacedText > 0);
    }

    void theRealDialogIsAnsweredWhileTheWindowStaysResponsive()
    {
        QTemporaryDir dir;
        const QString locked = makeEncryptedPlan(dir);
        QVERIFY(!locked.isEmpty());
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));

        // The real dialog opens (no answer queued): the session waits without blocking anything.
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importFiles({locked}));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<PasswordDialog *>() != nullptr, importTimeoutMs);
        QVERIFY(window.isImporting());
        QCOMPARE(finished.count(), 0);
        PasswordDialog *dialog = window.findChild<PasswordDialog *>();
        QTest::keyClicks(dialog->passwordEdit(), password);
        dialog->accept();
        QVERIFY(finished.wait(importTimeoutMs));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files[0].status, ImportReport::Status::Imported);
        QCOMPARE(window.library()->plans().size(), 1);
    }
};

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
