#include "ScreenshotTour.h"

#include "edit/PlanDetailsDialog.h"
#include "review/ReviewPanel.h"
#include "review/ReviewQueueModel.h"

#include "AboutDialog.h"
#include "ImportReportDialog.h"
#include "library/WelcomeDialog.h"
#include "ItemDetailView.h"
#include "LibraryPane.h"
#include "LibraryTableModel.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "PlanTreeModel.h"
#include "SampleLibrary.h"
#include "PlanView.h"
#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "compare/ComparisonWindow.h"
#include "compare/MeasurabilityModel.h"
#include "tracking/TrackingScreenshots.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QDockWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeView>

namespace vigia::app {

namespace {
constexpr int pollMs = 200;
constexpr int settleMs = 300;
constexpr int maximumWaitMs = 300000;
}

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, const QString &searchWords, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_searchWords(searchWords)
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(pollMs, this, &ScreenshotTour::waitForLibrary);
}

void ScreenshotTour::waitForLibrary()
{
    if (m_window->isImporting() || m_window->library() == nullptr) {
        m_waitedMs += pollMs;
        if (m_waitedMs > maximumWaitMs) {
            QTextStream(stderr) << "screenshot: the library did not become ready\n";
            Q_EMIT done(false);
            return;
        }
        QTimer::singleShot(pollMs, this, &ScreenshotTour::waitForLibrary);
        return;
    }
    // The first run's welcome, then the report of its import (the welcome's "Ver el informe").
    if (WelcomeDialog *welcome = m_window->welcomeDialog()) {
        save(welcome, QStringLiteral("welcome.png"));
        welcome->openImportReport();
    }
    if (ImportReportDialog *report = m_window->lastImportReport()) {
        save(report, QStringLiteral("import-report.png"));
        report->close();
    }
    // The plan with the most items shows the tree best.
    const LibraryTableModel *model = m_window->libraryPane()->model();
    qint64 biggest = 0;
    int most = -1;
    for (const PlanSummary &plan : model->plans()) {
        if (plan.itemCount() > most) {
            most = plan.itemCount();
            biggest = plan.id;
        }
    }
    if (biggest != 0)
        m_window->openItem(biggest, 0);
    QTimer::singleShot(settleMs, this, &ScreenshotTour::shootPlan);
}

void ScreenshotTour::shootPlan()
{
    QTreeView *tree = m_window->planView()->treeView();
    const PlanTreeModel *model = m_window->planView()->model();
    // Open the first row of the first dimension and make its second item current.
    const QModelIndex dimension = model->index(0, 0);
    const QModelIndex row = model->index(0, 0, dimension);
    if (row.isValid()) {
        tree->expand(row);
        const QModelIndex item = model->index(qMin(1, model->rowCount(row) - 1), 0, row);
        tree->setCurrentIndex(item);
        tree->setFocus();
    }
    QTimer::singleShot(settleMs, this, [this] {
        save(m_window, QStringLiteral("main-window.png"));
        m_window->planView()->expandAll();
        QTimer::singleShot(settleMs, this, [this] {
            save(m_window->itemDetail(), QStringLiteral("item-detail.png"));
            shootSearch();
        });
    });
}

void ScreenshotTour::shootSearch()
{
    m_window->showSearch();
    m_window->searchPanel()->queryEdit()->setText(m_searchWords);
    m_window->searchPanel()->runSearch();
    QTableView *results = m_window->searchPanel()->resultsView();
    if (results->model()->rowCount() > 0)
        results->setCurrentIndex(results->model()->index(0, 0));
    QTimer::singleShot(settleMs, this, [this] {
        save(m_window, QStringLiteral("search.png"));
        const SearchResultsModel *hits = m_window->searchPanel()->model();
        if (hits->rowCount() > 2) {
            // Enter on the third hit, as a user would.
            QTableView *view = m_window->searchPanel()->resultsView();
            view->setCurrentIndex(hits->index(2, 0));
            const SearchHit *hit = hits->hitAt(2);
            m_window->openItem(hit->planId, hit->itemId);
        }
        QTimer::singleShot(settleMs, this, [this] {
            save(m_window, QStringLiteral("search-opened.png"));
            shootPdfItem();
        });
    });
}

// An item of a plan read from a PDF: its page with the item's boxes marked.
void ScreenshotTour::shootPdfItem()
{
    qint64 pdfPlan = 0;
    for (const PlanSummary &plan : m_window->libraryPane()->model()->plans()) {
        if (plan.sourceFileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) && plan.itemCount() > 0) {
            pdfPlan = plan.id;
            break;
        }
    }
    if (pdfPlan == 0) {
        shootComparison();
        return;
    }
    m_window->openItem(pdfPlan, 0);
    const PlanTreeModel *model = m_window->planView()->model();
    QModelIndex chosen;
    for (int d = 0; d < model->rowCount() && !chosen.isValid(); ++d) {
        const QModelIndex dimension = model->index(d, 0);
        for (int r = 0; r < model->rowCount(dimension) && !chosen.isValid(); ++r) {
            const QModelIndex row = model->index(r, 0, dimension);
            // The row's last item with boxes (its meta, with its measurability), once the row has
            // two, so that the page is not only the table header.
            int seen = 0;
            QModelIndex last;
            for (int i = 0; i < model->rowCount(row); ++i) {
                const QModelIndex item = model->index(i, 0, row);
                if (!model->itemAt(item)->source.boxes.isEmpty()) {
                    ++seen;
                    last = item;
                }
            }
            if (seen >= 2)
                chosen = last;
        }
    }
    if (chosen.isValid())
        m_window->planView()->selectItem(model->itemAt(chosen)->id);
    QTimer::singleShot(settleMs, this, [this] {
        save(m_window, QStringLiteral("pdf-item.png"));
        // The detail alone: the page with its zoom controls.
        save(m_window->itemDetail(), QStringLiteral("pdf-item-detail.png"));
        shootComparison();
    });
}

// The compare window on the first two plans, on a line where both say something.
void ScreenshotTour::shootComparison()
{
    QList<qint64> planIds;
    for (const PlanSummary &plan : m_window->libraryPane()->model()->plans()) {
        if (planIds.size() < 2 && plan.itemCount() > 0)
            planIds.append(plan.id);
    }
    ComparisonWindow *compare = planIds.size() == 2 ? m_window->openComparison(planIds) : nullptr;
    if (!compare) {
        shootDialogs();
        return;
    }
    compare->resize(1200, 800); // the size the window opens at
    const auto shoot = [this, compare] {
        // The first line that joins items of both plans, the first of them with similar proposals.
        if (const PlanComparison *comparison = compare->comparison()) {
            bool chosen = false;
            for (const AlignedDimension &dimension : comparison->alignment) {
                for (const AlignedLine &line : dimension.lines) {
                    if (!chosen && line.filledCount() == comparison->columnCount()
                        && !comparison->pairsOf(line.cells.first()).isEmpty())
                        chosen = compare->selectItem(line.cells.first());
                }
            }
        }
        QTimer::singleShot(settleMs, this, [this, compare] {
            save(compare, QStringLiteral("compare-side-by-side.png"));
            compare->tabs()->setCurrentIndex(ComparisonWindow::TopicsPage);
            QTimer::singleShot(settleMs, this, [this, compare] {
                save(compare, QStringLiteral("compare-topics.png"));
                compare->tabs()->setCurrentIndex(ComparisonWindow::TopicChartPage);
                QTimer::singleShot(settleMs, this, [this, compare] {
                    save(compare, QStringLiteral("compare-topic-chart.png"));
                    compare->tabs()->setCurrentIndex(ComparisonWindow::MeasurabilityPage);
                    // The metas behind the first plan's measurable count, as a click shows them.
                    compare->showMeasurabilityMetas(compare->measurabilityModel()->index(0, MeasurabilityModel::PartlyColumn));
                    QTimer::singleShot(settleMs, this, [this, compare] {
                        save(compare, QStringLiteral("compare-measurability.png"));
                        compare->close();
                        shootDialogs();
                    });
                });
            });
        });
    };
    if (compare->comparison() && !compare->isComputing()) {
        shoot();
        return;
    }
    connect(compare, &ComparisonWindow::comparisonUpdated, this, shoot, Qt::SingleShotConnection);
    const auto failed = [this] {
        m_ok = false;
        shootDialogs();
    };
    connect(compare, &ComparisonWindow::comparisonFailed, this, failed, Qt::SingleShotConnection);
}

void ScreenshotTour::shootDialogs()
{
    auto *about = new AboutDialog(m_window);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
    QTimer::singleShot(settleMs, this, [this, about] {
        save(about, QStringLiteral("about.png"));
        about->close();
        // The plan's details, as the correction dialog shows them.
        if (m_window->planView()->hasPlan()) {
            auto *details = new PlanDetailsDialog(m_window->planView()->plan().metadata, m_window);
            details->show();
            save(details, QStringLiteral("plan-details.png"));
            details->close();
            details->deleteLater();
        }
        shootReviewQueue();
    });
}

// The review queue beside the plan, its first entry shown in the tree.
void ScreenshotTour::shootReviewQueue()
{
    // A plan with rows to review, if the library has one.
    QTableView *plans = m_window->libraryPane()->tableView();
    for (int row = 0; row < plans->model()->rowCount() && m_window->reviewPanel()->model()->openCount() == 0; ++row) {
        plans->setCurrentIndex(plans->model()->index(row, 0));
        m_window->reviewPanel()->refresh();
    }
    const bool searchShown = m_window->searchDock()->isVisible();
    m_window->searchDock()->hide();
    m_window->reviewDock()->show();
    m_window->resizeDocks({m_window->reviewDock()}, {m_window->width() * 2 / 5}, Qt::Horizontal);
    QTreeView *queue = m_window->reviewPanel()->queueView();
    if (queue->model()->rowCount() > 0) {
        queue->setCurrentIndex(queue->model()->index(0, 0));
        Q_EMIT queue->activated(queue->currentIndex());
    }
    QTimer::singleShot(settleMs, this, [this, searchShown] {
        save(m_window, QStringLiteral("review-queue.png"));
        m_window->reviewDock()->hide();
        m_window->searchDock()->setVisible(searchShown);
        TrackingScreenshots::shoot(m_window, [this](QWidget *widget, const QString &name) { return save(widget, name); },
                                   [this](bool ok) {
                                       m_ok = m_ok && ok;
                                       shootImportProblems();
                                   });
    });
}

// An import that meets problems: a sample text saved as Windows-1252 and an empty file; then the
// password prompt of an encrypted PDF.
void ScreenshotTour::shootImportProblems()
{
    const QDir directory(m_scratch.path());
    QString text;
    for (const QString &sample : SampleLibrary::sampleFiles(SampleLibrary::samplesDirectory())) {
        if (QFileInfo(sample).suffix() == QStringLiteral("txt")) {
            text = sample;
            break;
        }
    }
    QFile source(text);
    QFile ansi(directory.filePath(QStringLiteral("plan-windows-1252.txt")));
    QFile empty(directory.filePath(QStringLiteral("vacío.txt")));
    if (!m_scratch.isValid() || text.isEmpty() || !source.open(QIODevice::ReadOnly) || !ansi.open(QIODevice::WriteOnly)
        || !empty.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "screenshot: cannot prepare the files of the import report\n";
        Q_EMIT done(false);
        return;
    }
    ansi.write(QString::fromUtf8(source.readAll()).toLatin1());
    ansi.close();
    empty.close();
    connect(m_window, &MainWindow::importFinished, this, [this] {
        QTimer::singleShot(settleMs, this, [this] {
            if (ImportReportDialog *report = m_window->lastImportReport()) {
                // The first file's text that did not reach the plan, unfolded.
                if (QTreeWidgetItem *file = report->filesView()->topLevelItem(0)) {
                    for (int child = 0; child < file->childCount(); ++child) {
                        if (file->child(child)->data(0, Qt::UserRole) == ImportReportDialog::unplacedRole())
                            file->child(child)->setExpanded(true);
                    }
                }
                save(report, QStringLiteral("import-report-problems.png"));
                report->close();
            } else {
                m_ok = false;
            }
            auto *prompt = new PasswordDialog(QDir(m_scratch.path()).filePath(QStringLiteral("plan-cifrado.pdf")), false, m_window);
            prompt->setAttribute(Qt::WA_DeleteOnClose);
            prompt->show();
            QTimer::singleShot(settleMs, this, [this, prompt] {
                save(prompt, QStringLiteral("password-prompt.png"));
                prompt->close();
                Q_EMIT done(m_ok);
            });
        });
    }, Qt::SingleShotConnection);
    if (!m_window->importFiles({ansi.fileName(), empty.fileName()})) {
        Q_EMIT done(false);
    }
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    const bool saved = widget->grab().save(path);
    QTextStream(stdout) << (saved ? "saved " : "could not save ") << path << '\n';
    m_ok = m_ok && saved;
    return saved;
}

} // namespace vigia::app
