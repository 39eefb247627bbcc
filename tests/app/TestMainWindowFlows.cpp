#include "AppSettings.h"
#include "AppTestSupport.h"
#include "FileDialog.h"
#include "ImportJob.h"
#include "ImportReportDialog.h"
#include "ItemDetailView.h"
#include "ItemTextDialog.h"
#include "LibraryFilterModel.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MainWindow.h"
#include "compare/ComparisonWindow.h"
#include "library/WelcomeDialog.h"
#include "tracking/TrackingMenu.h"
#include "tracking/TrackingWindow.h"
#include "MessageBox.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "SampleLibrary.h"
#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "store/SourceArchive.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

constexpr int importTimeoutMs = 60000;

// The longest word of the first item of the first plan with items: something that is surely in
// the library, found without knowing the samples.
QString wordFromLibrary(PlanLibrary &library, qint64 *planId, qint64 *itemId)
{
    for (const PlanSummary &summary : library.plans()) {
        const std::optional<Plan> plan = library.plan(summary.id);
        for (const Dimension &dimension : plan->dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind)) {
                        QString longest;
                        for (const QString &word : item.text.split(u' ', Qt::SkipEmptyParts)) {
                            QString letters;
                            for (QChar c : word) {
                                if (c.isLetter())
                                    letters += c;
                            }
                            if (letters.size() > longest.size())
                                longest = letters;
                        }
                        if (longest.size() >= 6) {
                            *planId = summary.id;
                            *itemId = item.id;
                            return longest;
                        }
                    }
                }
            }
        }
    }
    return {};
}

void showActive(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void collectMenuActions(const QMenu *menu, QList<QAction *> *actions)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectMenuActions(action->menu(), actions);
        else
            actions->append(action);
    }
}

} // namespace

class TestMainWindowFlows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-test"));
        QVERIFY(goldFiles().size() >= 2);
        QVERIFY(seedFiles().size() >= 2);
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(SampleLibrary::defaultLibraryPath());
    }

    void openLibraryListsEveryPlanAndRemembersIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));

        MainWindow window;
        QAbstractItemModelTester libraryTester(window.libraryPane()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester planTester(window.planView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(&window, &MainWindow::libraryOpened);
        QVERIFY(window.openLibrary(path));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(window.libraryPane()->model()->rowCount(), goldFiles().size());
        // The first plan of the list is open.
        QVERIFY(window.planView()->hasPlan());
        QCOMPARE(window.planView()->plan().id, window.libraryPane()->currentPlanId());
        QVERIFY(window.planView()->model()->rowCount() > 0);
        QVERIFY(window.libraryStatusLabel()->text().contains(QString::number(goldFiles().size())));
        QVERIFY(window.windowTitle().contains(QStringLiteral("lib.vigia")));

        const AppSettings settings;
        QCOMPARE(settings.lastLibrary(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(settings.recentLibraries().value(0), QFileInfo(path).absoluteFilePath());

        // Another plan of the list opens in the plan view.
        QTableView *table = window.libraryPane()->tableView();
        table->setCurrentIndex(table->model()->index(1, 0));
        QCOMPARE(window.planView()->plan().id, table->model()->index(1, 0).data(LibraryTableModel::PlanIdRole).toLongLong());

        // A new window starts on the last library.
        MainWindow second;
        second.startUp();
        QVERIFY(second.library());
        QCOMPARE(second.library()->path(), QFileInfo(path).absoluteFilePath());
    }

    void aFileThatIsNotALibraryIsRefusedWithItsName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.vigia"));
        QVERIFY(writeFile(path, QByteArray("these are not the plans you are looking for\n").repeated(20)));
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const int shown = MessageBox::shownCount();
        QVERIFY(!window.openLibrary(path));
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("notes.vigia")), qPrintable(MessageBox::lastText()));
        QVERIFY(window.library() == nullptr);
        QVERIFY(!AppSettings().recentLibraries().contains(QFileInfo(path).absoluteFilePath()));
    }

    void newLibraryThroughTheFileDialog()
    {
        QTemporaryDir dir;
        MainWindow window;
        showActive(window);
        FileDialog::setNextFileNames({dir.filePath(QStringLiteral("nueva"))});
        QTest::keySequence(&window, QKeySequence::New);
        QVERIFY(window.library());
        QCOMPARE(window.library()->path(), dir.filePath(QStringLiteral("nueva.vigia")));
        QCOMPARE(window.libraryPane()->model()->rowCount(), 0);
        QVERIFY(!window.planView()->hasPlan());
    }

    void searchAndOpenWithTheKeyboard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        qint64 planId = 0;
        qint64 itemId = 0;
        const QString word = wordFromLibrary(*window.library(), &planId, &itemId);
        QVERIFY(!word.isEmpty());

        SearchPanel *search = window.searchPanel();
        QAbstractItemModelTester tester(search->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(window.searchDock()->isVisible());
        QTRY_VERIFY(search->queryEdit()->hasFocus());
        // Folded: the word typed in upper case finds the item.
        QTest::keyClicks(search->queryEdit(), word.toUpper());
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QVERIFY(search->model()->rowCount() > 0);
        QVERIFY(search->resultsView()->hasFocus());
        // One Enter opens the first result in its plan; the list keeps the focus for the others.
        const SearchHit *first = search->model()->hitAt(0);
        QCOMPARE(search->resultsView()->currentIndex().row(), 0);
        QCOMPARE(window.planView()->plan().id, first->planId);
        QVERIFY(window.planView()->currentItem());
        QCOMPARE(window.planView()->currentItem()->id, first->itemId);
        int row = -1;
        for (int i = 0; i < search->model()->rowCount(); ++i) {
            if (search->model()->hitAt(i)->itemId == itemId)
                row = i;
        }
        QVERIFY2(row >= 0, qPrintable(word));
        const QString html = search->model()->index(row, 0).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<b")), qPrintable(html));

        search->resultsView()->setCurrentIndex(search->model()->index(row, 0));
        QTest::keyClick(search->resultsView(), Qt::Key_Return);
        QCOMPARE(window.libraryPane()->currentPlanId(), planId);
        QCOMPARE(window.planView()->plan().id, planId);
        QVERIFY(window.planView()->currentItem());
        QCOMPARE(window.planView()->currentItem()->id, itemId);
        QCOMPARE(window.itemDetail()->textLabel()->text(), window.planView()->currentItem()->text);
    }

    void searchFiltersByKindAndScope()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        qint64 planId = 0;
        qint64 itemId = 0;
        const QString word = wordFromLibrary(*window.library(), &planId, &itemId);
        SearchPanel *search = window.searchPanel();
        search->queryEdit()->setText(word);
        search->runSearch();
        const int everything = search->model()->rowCount();
        QVERIFY(everything > 0);

        search->kindBox()->setCurrentIndex(search->kindBox()->findData(static_cast<int>(ItemKind::Target)));
        for (const SearchHit &hit : search->model()->hits())
            QCOMPARE(hit.kind, ItemKind::Target);
        search->kindBox()->setCurrentIndex(0);
        QCOMPARE(search->model()->rowCount(), everything);

        window.openItem(planId, 0);
        search->scopeBox()->setCurrentIndex(1);
        QVERIFY(search->model()->rowCount() > 0);
        for (const SearchHit &hit : search->model()->hits())
            QCOMPARE(hit.planId, planId);
    }

    void importReportsImportedFailedAndDuplicates()
    {
        QTemporaryDir dir;
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        const QString binary = dir.filePath(QStringLiteral("roto.txt"));
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise.append(static_cast<char>((i * 37 + 11) % 256));
        QVERIFY(writeFile(binary, noise));
        const QStringList files = seedFiles() + QStringList{binary};

        QSignalSpy finished(&window, &MainWindow::importFinished);
        QSignalSpy started(window.importJob(), &ImportJob::fileStarted);
        QSignalSpy fileFinished(window.importJob(), &ImportJob::fileFinished);
        FileDialog::setNextFileNames(files);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(window.isImporting());
        QVERIFY(finished.wait(importTimeoutMs));
        QVERIFY(!window.isImporting());
        QCOMPARE(started.count(), files.size());
        // Read a few at once, finished in the order given.
        QCOMPARE(fileFinished.count(), files.size());
        for (int i = 0; i < fileFinished.count(); ++i)
            QCOMPARE(fileFinished.at(i).at(0).toInt(), i);

        const ImportReport report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.files.size(), files.size());
        QCOMPARE(report.count(ImportReport::Status::Imported), seedFiles().size());
        QCOMPARE(report.count(ImportReport::Status::Failed), 1);
        QCOMPARE(report.files.last().status, ImportReport::Status::Failed);
        QVERIFY2(report.files.last().error.contains(QStringLiteral("roto.txt")), qPrintable(report.files.last().error));
        QCOMPARE(window.libraryPane()->model()->rowCount(), seedFiles().size());
        // A plan imported with warnings shows them above its tree.
        for (const ImportReport::File &file : report.files) {
            if (file.status == ImportReport::Status::Imported && !file.warnings.isEmpty()) {
                QVERIFY(window.openItem(file.planId, 0));
                QVERIFY(!window.planView()->warningsLabel()->isHidden());
                QVERIFY(window.planView()->warningsLabel()->text().contains(file.warnings.first()));
            }
        }
        QVERIFY(window.lastImportReport());
        QCOMPARE(window.lastImportReport()->filesView()->topLevelItemCount(), files.size());

        // The same files again are duplicates and change nothing.
        finished.clear();
        QVERIFY(window.importFiles(seedFiles()));
        QVERIFY(finished.wait(importTimeoutMs));
        const ImportReport again = finished.first().first().value<ImportReport>();
        QCOMPARE(again.count(ImportReport::Status::Duplicate), seedFiles().size());
        QCOMPARE(window.libraryPane()->model()->rowCount(), seedFiles().size());
    }

    void anItemShowsItsLinesInTheArchivedSource()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importFiles(seedFiles()));
        QVERIFY(finished.wait(importTimeoutMs));

        // Walk to an item with a recorded line and check that the detail shows that line.
        const PlanTreeModel *model = window.planView()->model();
        QModelIndex found;
        for (int d = 0; d < model->rowCount() && !found.isValid(); ++d) {
            const QModelIndex dimension = model->index(d, 0);
            for (int r = 0; r < model->rowCount(dimension) && !found.isValid(); ++r) {
                const QModelIndex row = model->index(r, 0, dimension);
                for (int i = 0; i < model->rowCount(row) && !found.isValid(); ++i) {
                    const QModelIndex item = model->index(i, 0, row);
                    if (model->itemAt(item)->source.line > 0)
                        found = item;
                }
            }
        }
        QVERIFY(found.isValid());
        window.planView()->treeView()->setCurrentIndex(found);
        ItemDetailView *detail = window.itemDetail();
        QCOMPARE(detail->sourceMode(), ItemDetailView::SourceMode::Text);
        const QList<QTextEdit::ExtraSelection> highlights = detail->sourceTextView()->extraSelections();
        QVERIFY(!highlights.isEmpty());
        QCOMPARE(highlights.first().cursor.block().blockNumber() + 1, model->itemAt(found)->source.line);
    }

    void aLibraryWithoutArchivedSourcesUsesTheSourceBesideIt()
    {
        QTemporaryDir dir;
        // A document of its own (a seed plus one line), so that no bundled sample has its digest.
        const QString seed = seedFiles().first();
        const QString copy = dir.filePath(QFileInfo(seed).fileName());
        QFile seedFile(seed);
        QVERIFY(seedFile.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(copy, seedFile.readAll() + "\nVigía\n"));
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, {copy}));
        // A library made elsewhere, whose archived copies did not come along.
        QVERIFY(QDir(SourceArchive(path).directory()).removeRecursively());
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        const PlanTreeModel *model = window.planView()->model();
        const QModelIndex row = model->index(0, 0, model->index(0, 0));
        const QModelIndex item = model->index(0, 0, row);
        QVERIFY(model->itemAt(item) && model->itemAt(item)->source.line > 0);
        window.planView()->treeView()->setCurrentIndex(item);
        QCOMPARE(window.itemDetail()->sourceMode(), ItemDetailView::SourceMode::Text);

        // A file of that name with other bytes is not taken for the source.
        window.planView()->treeView()->setCurrentIndex(QModelIndex());
        MainWindow other;
        QVERIFY(QFile::remove(copy));
        QVERIFY(writeFile(copy, "otro documento\n"));
        QVERIFY(other.openLibrary(path));
        other.planView()->treeView()->setCurrentIndex(other.planView()->model()->index(0, 0, other.planView()->model()->index(0, 0, other.planView()->model()->index(0, 0))));
        QCOMPARE(other.itemDetail()->sourceMode(), ItemDetailView::SourceMode::None);
    }

    void cancellingStopsTheImport()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        // Many distinct documents, so that the worker is still busy when the user cancels.
        QFile seed(seedFiles().first());
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray content = seed.readAll();
        QStringList files;
        for (int i = 0; i < 40; ++i) {
            const QString path = dir.filePath(QStringLiteral("plan-%1.txt").arg(i));
            QVERIFY(writeFile(path, content + "\n" + QByteArray::number(i) + "\n"));
            files.append(path);
        }
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importFiles(files));
        window.importJob()->cancel();
        QVERIFY(finished.wait(importTimeoutMs));
        const ImportReport report = finished.first().first().value<ImportReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.count(ImportReport::Status::Cancelled) > 0);
        QCOMPARE(report.count(ImportReport::Status::Imported) + report.count(ImportReport::Status::Cancelled), files.size());
        QCOMPARE(window.libraryPane()->model()->rowCount(), report.count(ImportReport::Status::Imported));
    }

    void aPdfImportReportsItsPagesAndShowsItsItemsOnThePage()
    {
        const QStringList pdfs = filesIn(QStringLiteral(VIGIA_SAMPLES_DIR "/pdf"), {QStringLiteral("*.pdf")});
        QVERIFY(!pdfs.isEmpty());
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        QSignalSpy progress(window.importJob(), &ImportJob::fileProgress);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        // The status bar follows the pages (read after the window's own handler).
        QStringList statuses;
        connect(window.importJob(), &ImportJob::fileProgress, &window, [&] { statuses.append(window.importStatusText()); });
        QVERIFY(window.importFiles({pdfs.first()}, false));
        QVERIFY(finished.wait(importTimeoutMs));
        QCOMPARE(finished.first().first().value<ImportReport>().count(ImportReport::Status::Imported), 1);
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(1).toInt(), last.at(2).toInt()); // every page done
        const QString lastStatus = statuses.constLast();
        QVERIFY2(lastStatus.contains(QStringLiteral("página %1 de %1").arg(last.at(2).toInt())), qPrintable(lastStatus));
        QVERIFY2(lastStatus.contains(QFileInfo(pdfs.first()).fileName()), qPrintable(lastStatus));

        // An item with boxes shows its page.
        const PlanTreeModel *model = window.planView()->model();
        qint64 boxed = 0;
        for (int d = 0; d < model->rowCount() && boxed == 0; ++d) {
            const QModelIndex dimension = model->index(d, 0);
            for (int r = 0; r < model->rowCount(dimension) && boxed == 0; ++r) {
                const QModelIndex row = model->index(r, 0, dimension);
                for (int i = 0; i < model->rowCount(row) && boxed == 0; ++i) {
                    const Item *item = model->itemAt(model->index(i, 0, row));
                    if (item->source.page > 0 && !item->source.boxes.isEmpty())
                        boxed = item->id;
                }
            }
        }
        QVERIFY(boxed != 0);
        QVERIFY(window.planView()->selectItem(boxed));
        QCOMPARE(window.itemDetail()->sourceMode(), ItemDetailView::SourceMode::Page);
        QTRY_VERIFY(!window.itemDetail()->pageLabel()->pixmap().isNull()); // rendered in a worker
    }

    // A scanned page is read by OCR after the text pass: the status bar names that phase.
    void aScannedPdfImportShowsItsOcrPhase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("escaneado.pdf"));
        {
            constexpr int dpi = 200;
            QImage scan(595 * dpi / 72, 842 * dpi / 72, QImage::Format_Grayscale8);
            scan.fill(Qt::white);
            QPainter text(&scan);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(12 * dpi / 72);
            text.setFont(font);
            text.drawText(QPointF(200, 300), QStringLiteral("DIMENSIÓN SOCIAL"));
            text.drawText(QPointF(200, 420), QStringLiteral("Problema: la población no tiene agua potable."));
            text.end();
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(dpi);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter page(&writer);
            page.drawImage(QRect(0, 0, scan.width(), scan.height()), scan);
        }
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        QSignalSpy ocr(window.importJob(), &ImportJob::fileOcrProgress);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QStringList statuses;
        connect(window.importJob(), &ImportJob::fileOcrProgress, &window, [&] { statuses.append(window.importStatusText()); });
        QVERIFY(window.importFiles({path}, false));
        QVERIFY(finished.wait(importTimeoutMs));
        QVERIFY(!ocr.isEmpty());
        QCOMPARE(ocr.last().at(1).toInt(), 1); // the one page, read
        QVERIFY2(statuses.constLast().contains(QStringLiteral("escaneado.pdf — reconocimiento de texto (OCR): página 1 de 1")),
                 qPrintable(statuses.constLast()));
    }

    void droppedFilesAreImported()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("lib.vigia"))));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(goldFiles().first())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(importTimeoutMs));
        QCOMPARE(window.libraryPane()->model()->rowCount(), 1);
    }

    void firstRunImportsTheBundledSamples()
    {
        QTemporaryDir samples;
        for (const QString &file : goldFiles())
            QVERIFY(QFile::copy(file, samples.filePath(QFileInfo(file).fileName())));
        qputenv("VIGIA_SAMPLES_DIR", samples.path().toLocal8Bit());
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.startUp();
        QVERIFY(finished.wait(importTimeoutMs));
        qunsetenv("VIGIA_SAMPLES_DIR");
        QVERIFY(window.library());
        QCOMPARE(window.library()->path(), SampleLibrary::defaultLibraryPath());
        QCOMPARE(window.libraryPane()->model()->rowCount(), goldFiles().size());
        QCOMPARE(AppSettings().lastLibrary(), SampleLibrary::defaultLibraryPath());
        // The first start shows a welcome, not an import report: what Vigía does, the samples by
        // organization, place and period (never by file name), and three next steps that work.
        QVERIFY(window.lastImportReport() == nullptr);
        WelcomeDialog *welcome = window.welcomeDialog();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        const QString plans = welcome->plansLabel()->text();
        for (const PlanSummary &plan : window.libraryPane()->model()->plans()) {
            QVERIFY2(plans.contains(plan.metadata.displayName(plan.sourceFileName).toHtmlEscaped()), qPrintable(plans));
            if (!plan.metadata.place.isEmpty())
                QVERIFY2(!plans.contains(QFileInfo(plan.sourceFileName).completeBaseName()), qPrintable(plans));
        }
        welcome->compareButton()->click();
        QVERIFY(!welcome->isVisible());
        ComparisonWindow *compare = window.findChild<ComparisonWindow *>();
        QVERIFY(compare);
        QCOMPARE(compare->checkedPlanIds().size(), 2);
        compare->close();
        // The other two steps: a plan opened; the tracking of a plan with a period.
        const QList<PlanSummary> summaries = window.libraryPane()->model()->plans();
        auto *reading = new WelcomeDialog(&window, summaries, false);
        reading->setAttribute(Qt::WA_DeleteOnClose);
        reading->readButton()->click();
        QCOMPARE(window.libraryPane()->currentPlanId(), summaries.constFirst().id);
        auto *tracking = new WelcomeDialog(&window, summaries, false);
        tracking->setAttribute(Qt::WA_DeleteOnClose);
        tracking->trackButton()->click();
        TrackingWindow *tracked = TrackingMenu::of(&window)->trackingWindow();
        QVERIFY(tracked);
        QVERIFY(!tracked->plan().metadata.period.isEmpty());
        tracked->close();
        // Later imports are not welcomed again.
        QSignalSpy again(&window, &MainWindow::importFinished);
        QVERIFY(window.importFiles({goldFiles().constFirst()}, true));
        QVERIFY(again.wait(importTimeoutMs));
        QVERIFY(window.welcomeDialog() == nullptr || !window.welcomeDialog()->isVisible());
        QVERIFY(window.lastImportReport());
        // The report names the plan (already in the library), not its file.
        const QTreeWidget *files = window.lastImportReport()->findChild<QTreeWidget *>(QStringLiteral("importReportFiles"));
        QVERIFY(files);
        QVERIFY2(!files->topLevelItem(0)->text(0).endsWith(QStringLiteral(".json")), qPrintable(files->topLevelItem(0)->text(0)));
    }

    void correctingAnItemIsSavedSearchableAndUndoable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        qint64 planId = 0;
        qint64 itemId = 0;
        QVERIFY(!wordFromLibrary(*window.library(), &planId, &itemId).isEmpty());
        QVERIFY(window.openItem(planId, itemId));
        const QString original = window.planView()->currentItem()->text;

        // F2 opens the correction dialog on the item's text; accepting it saves the correction.
        QTest::keyClick(&window, Qt::Key_F2);
        auto *dialog = window.findChild<ItemTextDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->text(), original);
        dialog->editor()->setPlainText(QStringLiteral("  Texto   corregido por Ñusta  "));
        dialog->accept();
        const Item *item = window.planView()->currentItem();
        QVERIFY(item);
        QCOMPARE(item->id, itemId);
        QCOMPARE(item->text, QStringLiteral("Texto corregido por Ñusta"));
        QVERIFY(item->corrected);
        QVERIFY(window.itemDetail()->sourceLabel()->text().contains(QStringLiteral("corregido")));

        // Stored: another connection sees it, and search finds the new words.
        {
            QString error;
            std::unique_ptr<PlanLibrary> other = PlanLibrary::open(path, &error);
            QVERIFY(other);
            SearchQuery query;
            query.text = QStringLiteral("nusta");
            const QList<SearchHit> hits = other->search(query);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().itemId, itemId);
        }

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.planView()->currentItem()->text, original);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.planView()->currentItem()->text, QStringLiteral("Texto corregido por Ñusta"));
        QCOMPARE(window.undoStack()->count(), 1);

        // Another library starts with no history to undo.
        QVERIFY(window.openLibrary(dir.filePath(QStringLiteral("otra.vigia"))));
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void removingAPlanAsksFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        const qint64 planId = window.libraryPane()->currentPlanId();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&window, Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(window.libraryPane()->model()->rowCount(), goldFiles().size());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&window, Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(window.libraryPane()->model()->rowCount(), goldFiles().size() - 1);
        QCOMPARE(window.libraryPane()->model()->rowOfPlan(planId), -1);
        QVERIFY(window.planView()->plan().id != planId);
    }

    void copyPutsTheItemTextOnTheClipboard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, goldFiles()));
        MainWindow window;
        showActive(window);
        QVERIFY(window.openLibrary(path));
        qint64 planId = 0;
        qint64 itemId = 0;
        QVERIFY(!wordFromLibrary(*window.library(), &planId, &itemId).isEmpty());
        QVERIFY(window.openItem(planId, itemId));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), window.planView()->currentItem()->text);
    }

    void everyMenuActionHasAShortcut()
    {
        MainWindow window;
        QList<QAction *> actions;
        for (QAction *menu : window.menuBar()->actions())
            collectMenuActions(menu->menu(), &actions);
        QVERIFY(actions.size() >= 16);
        QSet<QKeySequence> seen;
        for (const QAction *action : actions) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->text()));
            seen.insert(action->shortcut());
        }
        // Ctrl++, Ctrl+- and Ctrl+0 mean the page's zoom only: no window action takes them.
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &zoomKey : {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Minus),
                                                 QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_0)})
                QVERIFY2(!action->shortcuts().contains(zoomKey), qPrintable(action->text()));
        }
    }

    void closingRemembersTheLayout()
    {
        MainWindow window;
        window.show();
        window.resize(900, 600);
        window.close();
        const AppSettings settings;
        QVERIFY(!settings.state(QStringLiteral("geometry")).isEmpty());
        QVERIFY(!settings.state(QStringLiteral("verticalSplitter")).isEmpty());
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindowFlows)
#include "TestMainWindowFlows.moc"
