#include "AppTestSupport.h"
#include "FileDialog.h"
#include "LibraryPane.h"
#include "LanguageSetup.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "compare/ComparisonCsvWriter.h"
#include "compare/ComparisonHtmlWriter.h"
#include "compare/ComparisonStyle.h"
#include "compare/ComparisonWindow.h"
#include "common/SavedFileBar.h"
#include "common/WrappingHeaderView.h"
#include "compare/LibraryComparison.h"
#include "compare/MeasurabilityModel.h"
#include "compare/SideBySideModel.h"
#include "compare/SimilarItemsModel.h"
#include "compare/MeasurabilityMetasModel.h"
#include "compare/TopicMatrixModel.h"
#include "compare/TopicTaxonomyDialog.h"
#include "topics/TopicStore.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QAbstractBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::app;
using namespace vigia::app::test;

namespace {

constexpr int computeTimeoutMs = 60000;

// The gold plan files whose names start with these prefixes.
QStringList goldFilesStartingWith(const QStringList &prefixes)
{
    QStringList files;
    for (const QString &prefix : prefixes) {
        for (const QString &file : goldFiles()) {
            if (QFileInfo(file).fileName().startsWith(prefix))
                files.append(file);
        }
    }
    return files;
}

// Ids of the library's plans in the order of `files` (matched by source file name).
QList<qint64> planIdsOf(PlanLibrary &library, const QStringList &files)
{
    QList<qint64> ids;
    for (const QString &file : files) {
        for (const PlanSummary &summary : library.plans()) {
            if (summary.sourceFileName == QFileInfo(file).fileName())
                ids.append(summary.id);
        }
    }
    return ids;
}

// What the core computes for the same plans and threshold, on a connection of its own.
std::optional<PlanComparison> expectedComparison(const QString &path, const QList<qint64> &ids, double threshold,
                                                 int similarPerItem)
{
    QString error;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    if (!library)
        return std::nullopt;
    std::unique_ptr<TopicStore> topics = TopicStore::open(*library, &error);
    if (!topics)
        return std::nullopt;
    ComparisonOptions options;
    options.threshold = threshold;
    options.similarPerItem = similarPerItem;
    return LibraryComparison::compare(*library, *topics, ids, options, &error);
}

bool waitForComparison(ComparisonWindow *window, QSignalSpy &spy)
{
    return spy.wait(computeTimeoutMs) && !window->isComputing();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestComparisonView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A long plan name in a narrow column wraps onto more lines, whole, and the header grows to
    // hold it; a wide column keeps it on one line.
    void longHeadingsWrapInNarrowColumns()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("EL FRENTE AMPLIO POR JUSTICIA VIDA Y LIBERTAD"), QStringLiteral("JUNTOS")});
        QTableView view;
        auto *header = new WrappingHeaderView(&view);
        view.setHorizontalHeader(header);
        view.setModel(&model);
        const int line = header->fontMetrics().height();
        header->resizeSection(0, header->fontMetrics().horizontalAdvance(model.headerData(0, Qt::Horizontal).toString()) + 40);
        QVERIFY2(header->wrappedHeight() < 2 * line + 12, qPrintable(QString::number(header->wrappedHeight())));
        header->resizeSection(0, header->fontMetrics().horizontalAdvance(QStringLiteral("JUSTICIA VIDA")) + 12);
        QVERIFY2(header->wrappedHeight() >= 3 * line, qPrintable(QString::number(header->wrappedHeight())));
        QVERIFY(header->sizeHint().height() >= header->wrappedHeight());
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigiaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("vigia-compare-test"));
        QSettings().clear();
        m_files = goldFilesStartingWith({QStringLiteral("000"), QStringLiteral("001")});
        QCOMPARE(m_files.size(), 2);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(m_path, goldFiles()));
    }

    void modelsPassTheModelTester()
    {
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(m_path, nullptr);
        QVERIFY(library);
        const std::optional<PlanComparison> comparison = expectedComparison(m_path, planIdsOf(*library, m_files), 0.2, 5);
        QVERIFY(comparison);
        QVERIFY(!comparison->pairs.isEmpty());

        SideBySideModel sideBySide;
        TopicMatrixModel matrix;
        SimilarItemsModel similar;
        MeasurabilityModel measurability;
        QAbstractItemModelTester t1(&sideBySide, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&similar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&measurability, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sideBySide.setComparison(*comparison);
        matrix.setComparison(*comparison);
        similar.setComparison(*comparison);
        measurability.setComparison(*comparison);
        // A topic count lists its items with the keyword that put each there.
        bool listed = false;
        for (int row = 0; row < int(comparison->topics.size()) && !listed; ++row) {
            if (matrix.index(row, 0).data(TopicMatrixModel::CountRole).toInt() == 0)
                continue;
            const QString tip = matrix.index(row, 0).data(Qt::ToolTipRole).toString();
            const ComparedItem &first = comparison->items[comparison->topics[row].items[0].first()];
            QVERIFY2(tip.contains(QStringLiteral("«%1»").arg(first.topicKeywords.value(comparison->topics[row].key))), qPrintable(tip));
            listed = true;
        }
        QVERIFY(listed);
        similar.setItem(comparison->pairs.first().left);
        QVERIFY(similar.rowCount() > 0);
        // Why the two are alike: the shared words, marked in the text and named in its tooltip.
        const QModelIndex text = similar.index(0, SimilarItemsModel::TextColumn);
        const QStringList shared = text.data(SimilarItemsModel::SharedWordsRole).toStringList();
        QVERIFY(shared.size() >= 1);
        QVERIFY(text.data(SimilarItemsModel::HighlightedTextRole).toString().contains(
            QStringLiteral("<span style=\"background-color:#fff59d\">%1</span>").arg(shared.first().toHtmlEscaped())));
        QVERIFY(text.data(Qt::ToolTipRole).toString().contains(QStringLiteral("En común: ") + shared.join(QStringLiteral(", "))));
        similar.setMinimumScore(1.01);
        QCOMPARE(similar.rowCount(), 0);
        similar.setMinimumScore(0.0);

        // Every item is on exactly one cell of the side-by-side model, in its plan's column.
        int shown = 0;
        for (int row = 0; row < sideBySide.rowCount(); ++row) {
            for (int column = 0; column < sideBySide.columnCount(); ++column) {
                const int item = sideBySide.index(row, column).data(SideBySideModel::ItemIndexRole).toInt();
                if (item >= 0) {
                    QCOMPARE(comparison->items[item].column, column);
                    ++shown;
                }
            }
        }
        QCOMPARE(shown, comparison->items.size());
        // A topic row and the "without topic" row.
        QCOMPARE(matrix.rowCount(), comparison->topics.size() + 1);
        int measurabilityRows = 0;
        for (const PlanMeasurability &plan : comparison->measurability)
            measurabilityRows += 1 + int(plan.byDimension.size());
        QCOMPARE(measurability.rowCount(), measurabilityRows);
        QCOMPARE(measurability.index(0, MeasurabilityModel::TargetsColumn).data().toString(),
                 QString::number(comparison->measurability[0].overall.total()));

        sideBySide.clear();
        matrix.clear();
        similar.clear();
        measurability.clear();
        QCOMPARE(sideBySide.rowCount(), 0);
        QCOMPARE(matrix.rowCount(), 0);
    }

    void compareTwoPlansFromTheMainWindow()
    {
        MainWindow window;
        QVERIFY(window.openLibrary(m_path));
        const QList<qint64> ids = planIdsOf(*window.library(), m_files);
        QCOMPARE(ids.size(), 2);
        QVERIFY(window.libraryPane()->selectPlan(ids[0]));

        // The menu action opens the window on the current plan; the user adds the second one.
        QAction *action = nullptr;
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))
                action = candidate;
        }
        QVERIFY(action);
        action->trigger();
        ComparisonWindow *compare = window.findChild<ComparisonWindow *>();
        QVERIFY(compare);
        QVERIFY(compare->isUsable());
        QCOMPARE(compare->checkedPlanIds(), QList<qint64>{ids[0]});
        QVERIFY(compare->comparison() == nullptr);
        QVERIFY(compare->statusLabel()->text().contains(QStringLiteral("2")));

        QAbstractItemModelTester t1(compare->sideBySideModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(compare->topicMatrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(compare->similarItemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(compare->measurabilityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy updated(compare, &ComparisonWindow::comparisonUpdated);
        for (int row = 0; row < compare->planList()->count(); ++row) {
            QListWidgetItem *item = compare->planList()->item(row);
            if (item->data(Qt::UserRole).toLongLong() == ids[1])
                item->setCheckState(Qt::Checked);
        }
        QVERIFY(waitForComparison(compare, updated));
        QVERIFY(compare->comparison());
        const PlanComparison &shown = *compare->comparison();
        QCOMPARE(shown.columnCount(), 2);
        QCOMPARE(shown.plans[0].planId, ids[0]);
        QCOMPARE(shown.plans[1].planId, ids[1]);

        std::optional<PlanComparison> expected = expectedComparison(m_path, ids, compare->threshold(), 5);
        QVERIFY(expected);

        // Aligned lines: each line of the core's alignment is a row with its items in their columns,
        // after its dimension's heading row.
        SideBySideModel *model = compare->sideBySideModel();
        int row = 0;
        int joinedLines = 0;
        int gaps = 0;
        for (const AlignedDimension &dimension : expected->alignment) {
            QCOMPARE(model->index(row, 0).data(SideBySideModel::IsHeadingRole).toBool(), true);
            QVERIFY(model->index(row, 0).data().toString().contains(dimension.name));
            ++row;
            for (const AlignedLine &line : dimension.lines) {
                for (int column = 0; column < 2; ++column) {
                    const QModelIndex cell = model->index(row, column);
                    QCOMPARE(cell.data(SideBySideModel::ItemIndexRole).toInt(), line.cells[column]);
                    if (line.cells[column] >= 0) {
                        QCOMPARE(cell.data().toString(), expected->items[line.cells[column]].text);
                    } else {
                        // A gap stands out.
                        QVERIFY(cell.data(SideBySideModel::IsGapRole).toBool());
                        QCOMPARE(cell.data().toString(), ComparisonStyle::gapText());
                        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), ComparisonStyle::gapBackground());
                        ++gaps;
                    }
                }
                if (line.filledCount() == 2)
                    ++joinedLines;
                ++row;
            }
        }
        QCOMPARE(row, model->rowCount());
        QVERIFY2(joinedLines > 0, "no line joins items of both plans");
        QVERIFY2(gaps > 0, "no gap cell");

        // Metas carry their measurability, with the quantity in the tooltip.
        bool sawTarget = false;
        for (int r = 0; r < model->rowCount() && !sawTarget; ++r) {
            for (int column = 0; column < 2; ++column) {
                const int item = model->index(r, column).data(SideBySideModel::ItemIndexRole).toInt();
                if (item < 0 || !expected->items[item].measurability)
                    continue;
                const QString tooltip = model->index(r, column).data(Qt::ToolTipRole).toString();
                QVERIFY2(tooltip.contains(ComparisonStyle::measurabilityName(*expected->items[item].measurability)),
                         qPrintable(tooltip));
                if (expected->items[item].quantity.hasQuantity())
                    QVERIFY(tooltip.contains(expected->items[item].quantity.quantityText));
                sawTarget = true;
                break;
            }
        }
        QVERIFY(sawTarget);

        // The topic matrix counts are the core's.
        TopicMatrixModel *matrix = compare->topicMatrixModel();
        QCOMPARE(matrix->rowCount(), expected->topics.size() + 1);
        for (int t = 0; t < expected->topics.size(); ++t) {
            for (int column = 0; column < 2; ++column)
                QCOMPARE(matrix->count(t, column), expected->topics[t].count(column));
        }
        // The chart shows the same counts (topics bottom-up).
        QChart *chart = compare->topicChart()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        const int topicCount = int(expected->topics.size());
        for (int t = 0; t < topicCount; ++t)
            QCOMPARE(int(bars->barSets()[1]->at(topicCount - 1 - t)), expected->topics[t].count(1));

        // Similar proposals of an item that has some.
        const SimilarPair best = expected->pairs.first();
        QVERIFY(compare->selectItem(best.left));
        QCOMPARE(compare->currentItem(), best.left);
        SimilarItemsModel *similar = compare->similarItemsModel();
        QVERIFY(similar->rowCount() > 0);
        QCOMPARE(similar->rowCount(), expected->pairsOf(best.left).size());
        bool foundBest = false;
        for (int r = 0; r < similar->rowCount(); ++r)
            foundBest = foundBest || similar->index(r, 0).data(SimilarItemsModel::ItemIndexRole).toInt() == best.right;
        QVERIFY(foundBest);

        // Give the current item a topic it lacks through its topic list: the matrix follows.
        const ComparedItem item = expected->items[best.left];
        int topicRow = -1;
        for (int t = 0; t < expected->topics.size() && topicRow < 0; ++t) {
            if (!item.topics.contains(expected->topics[t].key))
                topicRow = t;
        }
        QVERIFY(topicRow >= 0);
        const QString key = expected->topics[topicRow].key;
        const int before = matrix->count(topicRow, item.column);
        QListWidget *topics = compare->itemTopicsList();
        QCOMPARE(topics->count(), expected->topics.size());
        QListWidgetItem *entry = topics->item(topicRow);
        QCOMPARE(entry->data(Qt::UserRole).toString(), key);
        QCOMPARE(entry->checkState(), Qt::Unchecked);
        entry->setCheckState(Qt::Checked);
        QVERIFY(waitForComparison(compare, updated));
        QCOMPARE(matrix->count(topicRow, item.column), before + 1);
        // The same item stays current, now with the topic.
        QCOMPARE(compare->comparison()->items[compare->currentItem()].itemId, item.itemId);
        QCOMPARE(compare->itemTopicsList()->item(topicRow)->checkState(), Qt::Checked);
        expected = expectedComparison(m_path, ids, compare->threshold(), 5);
        QCOMPARE(matrix->count(topicRow, item.column), expected->topics[topicRow].count(item.column));
        // And taken away again.
        compare->itemTopicsList()->item(topicRow)->setCheckState(Qt::Unchecked);
        QVERIFY(waitForComparison(compare, updated));
        QCOMPARE(matrix->count(topicRow, item.column), before);

        // Measurability per plan.
        MeasurabilityModel *measurability = compare->measurabilityModel();
        QCOMPARE(measurability->index(0, MeasurabilityModel::TargetsColumn).data().toString(),
                 QString::number(expected->measurability[0].overall.total()));
        QVERIFY(!compare->measurabilityChart()->chart()->series().isEmpty());
        // A count clicked lists its metas, each with the clause that decided it.
        QAbstractItemModelTester t5(compare->measurabilityMetasModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        compare->show();
        compare->tabs()->setCurrentIndex(ComparisonWindow::MeasurabilityPage);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        const QModelIndex measurableCount = measurability->index(0, MeasurabilityModel::MeasurableColumn);
        QTest::mouseClick(compare->measurabilityView()->viewport(), Qt::LeftButton, {},
                          compare->measurabilityView()->visualRect(measurableCount).center());
        MeasurabilityMetasModel *metas = compare->measurabilityMetasModel();
        QCOMPARE(metas->rowCount(), expected->measurability[0].overall.count(Measurability::Measurable));
        QVERIFY(metas->rowCount() > 0);
        for (int r = 0; r < metas->rowCount(); ++r) {
            const ComparedItem &meta = expected->items[metas->index(r, 0).data(MeasurabilityMetasModel::ItemIndexRole).toInt()];
            QCOMPARE(meta.column, 0);
            QCOMPARE(meta.measurability, std::optional<Measurability>(Measurability::Measurable));
            QVERIFY(metas->index(r, MeasurabilityMetasModel::ReasonColumn).data().toString().contains(meta.measurabilityClause));
        }
        QVERIFY(metas->caption().contains(expected->plans[0].label));
        compare->hide();

        // Export through the file dialog seam: what the core writers make of the shown comparison.
        expected = expectedComparison(m_path, ids, compare->threshold(), 5);
        const QString csvPath = m_dir.filePath(QStringLiteral("comparacion.csv"));
        FileDialog::setNextFileNames({csvPath});
        compare->exportCsv();
        const QByteArray csv = readAll(csvPath);
        QVERIFY(!csv.isEmpty());
        QCOMPARE(csv, ComparisonCsvWriter::write(*expected));
        QVERIFY(csv.contains(expected->plans[0].label.toUtf8()));
        const QString htmlPath = m_dir.filePath(QStringLiteral("comparacion.html"));
        FileDialog::setNextFileNames({htmlPath});
        compare->exportHtml();
        const QString html = QString::fromUtf8(readAll(htmlPath));
        QCOMPARE(html, ComparisonHtmlWriter::write(*expected));
        QVERIFY(html.contains(QStringLiteral("<html")));
        // The file can be opened or its folder shown from the window.
        QVERIFY(!compare->savedFileBar()->isHidden());
        QCOMPARE(compare->savedFileBar()->path(), htmlPath);
        QVERIFY(compare->savedFileBar()->text().contains(QStringLiteral("comparacion.html")));
        // An existing file is replaced only once the user agrees.
        FileDialog::setNextFileNames({csvPath});
        MessageBox::setNextAnswer(QMessageBox::No);
        compare->setThreshold(0.9); // another comparison, another CSV
        QVERIFY(waitForComparison(compare, updated));
        compare->exportCsv();
        QCOMPARE(readAll(csvPath), csv);
        FileDialog::setNextFileNames({csvPath});
        MessageBox::setNextAnswer(QMessageBox::Yes);
        compare->exportCsv();
        QCOMPARE(readAll(csvPath), ComparisonCsvWriter::write(*compare->comparison()));
        QVERIFY(readAll(csvPath) != csv);
        // A cancelled dialog writes nothing.
        QFile::remove(csvPath);
        FileDialog::setNextFileNames({});
        compare->exportCsv();
        QVERIFY(!QFile::exists(csvPath));

        // A higher threshold keeps fewer, better pairs.
        compare->setThreshold(0.5);
        QVERIFY(waitForComparison(compare, updated));
        QCOMPARE(compare->comparison()->options.threshold, 0.5);
        for (const SimilarPair &pair : compare->comparison()->pairs)
            QVERIFY(pair.score >= 0.5);
        QCOMPARE(compare->thresholdSlider()->value(), 50);

        // Column headings: the organization over place and period, the whole label as tooltip.
        const QString heading = model->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(heading.startsWith(expected->plans[0].organization + u'\n'), qPrintable(heading));
        QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), expected->plans[0].label);
        // The picker shows whole names, wrapped, never cut short.
        QVERIFY(compare->planList()->wordWrap());
        QCOMPARE(compare->planList()->textElideMode(), Qt::ElideNone);

        // Fewer than two plans: nothing is compared.
        compare->comparePlans({ids[0]});
        QVERIFY(compare->comparison() == nullptr);
        QCOMPARE(compare->sideBySideModel()->rowCount(), 0);

        // The window has a Close button, and Esc closes it too (the main window's copy is deleted
        // on close: it is looked up again each time).
        compare->show();
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        auto *buttons = compare->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Close));
        QPointer<ComparisonWindow> watched = compare;
        QTest::keyClick(compare, Qt::Key_Escape);
        QTRY_VERIFY(watched.isNull()); // closed, and so deleted
        action->trigger();
        watched = window.findChild<ComparisonWindow *>();
        QVERIFY(watched);
        watched->show();
        QVERIFY(QTest::qWaitForWindowExposed(watched));
        watched->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(watched.isNull());
    }

    void theTaxonomyEditorChangesTheMatrix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.vigia"));
        QVERIFY(makeLibrary(path, m_files));
        ComparisonWindow compare(path);
        QVERIFY(compare.isUsable());
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, nullptr);
        const QList<qint64> ids = planIdsOf(*library, m_files);
        QSignalSpy updated(&compare, &ComparisonWindow::comparisonUpdated);
        compare.comparePlans(ids);
        QVERIFY(waitForComparison(&compare, updated));
        const int topicRows = compare.topicMatrixModel()->rowCount();

        // A new topic whose keyword is the first word of the first item of the first plan.
        const QString firstText = compare.comparison()->items.first().text;
        QString keyword;
        for (const QString &word : firstText.split(u' ', Qt::SkipEmptyParts)) {
            QString letters;
            for (QChar c : word) {
                if (c.isLetter())
                    letters += c;
            }
            if (letters.size() >= 5) {
                keyword = letters;
                break;
            }
        }
        QVERIFY(!keyword.isEmpty());
        TopicTaxonomyDialog *dialog = compare.editTaxonomy();
        QVERIFY(dialog);
        QVERIFY(dialog->addTopic(QStringLiteral("Tema de prueba"), {keyword}));
        QVERIFY(waitForComparison(&compare, updated));
        QCOMPARE(compare.topicMatrixModel()->rowCount(), topicRows + 1);
        const QString key = TopicTaxonomy::keyForName(QStringLiteral("Tema de prueba"));
        const int row = compare.topicMatrixModel()->rowOf(key);
        QVERIFY(row >= 0);
        QVERIFY(compare.topicMatrixModel()->count(row, 0) > 0);

        // Renamed: the matrix shows the new name.
        QVERIFY(dialog->selectTopic(key));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Tema de prueba"));
        QVERIFY(dialog->renameCurrentTopic(QStringLiteral("Tema renombrado")));
        QVERIFY(waitForComparison(&compare, updated));
        QCOMPARE(compare.topicMatrixModel()->headerData(row, Qt::Vertical).toString(), QStringLiteral("Tema renombrado"));

        // Without its keyword, no item has it.
        QVERIFY(dialog->saveCurrentKeywords({QStringLiteral("zzzxqj")}));
        QVERIFY(waitForComparison(&compare, updated));
        QCOMPARE(compare.topicMatrixModel()->count(row, 0), 0);
        QCOMPARE(compare.topicMatrixModel()->index(row, 0).data(Qt::BackgroundRole).value<QColor>(),
                 ComparisonStyle::gapBackground());

        // Removed after confirmation.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->removeCurrentTopic();
        QVERIFY(waitForComparison(&compare, updated));
        QCOMPARE(compare.topicMatrixModel()->rowCount(), topicRows);
        QCOMPARE(compare.topicMatrixModel()->rowOf(key), -1);
        dialog->close();
    }

    void theWindowChangesLanguageAtOnce()
    {
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        ComparisonWindow compare(m_path);
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(m_path, nullptr);
        QSignalSpy updated(&compare, &ComparisonWindow::comparisonUpdated);
        compare.comparePlans(planIdsOf(*library, m_files));
        QVERIFY(waitForComparison(&compare, updated));
        QCOMPARE(compare.tabs()->tabText(0), QStringLiteral("&Lado a lado"));
        QVERIFY2(compare.statusLabel()->text().startsWith(QStringLiteral("2 planes comparados")), qPrintable(compare.statusLabel()->text()));
        const QString spanishHeader = compare.similarItemsModel()->headerData(SimilarItemsModel::ScoreColumn, Qt::Horizontal).toString();

        updated.clear();
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QTRY_COMPARE(compare.tabs()->tabText(0), QStringLiteral("&Side by side"));
        QCOMPARE(compare.windowTitle(), QStringLiteral("Compare plans — Vigía"));
        // The comparison is shown again, its texts in English.
        QVERIFY(waitForComparison(&compare, updated));
        QVERIFY2(compare.statusLabel()->text().startsWith(QStringLiteral("2 plans compared")), qPrintable(compare.statusLabel()->text()));
        QCOMPARE(compare.similarItemsModel()->headerData(SimilarItemsModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Similarity"));

        updated.clear();
        QVERIFY(LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("es")));
        QTRY_COMPARE(compare.tabs()->tabText(0), QStringLiteral("&Lado a lado"));
        QVERIFY(waitForComparison(&compare, updated));
        QVERIFY(compare.statusLabel()->text().startsWith(QStringLiteral("2 planes comparados")));
        QCOMPARE(compare.similarItemsModel()->headerData(SimilarItemsModel::ScoreColumn, Qt::Horizontal).toString(), spanishHeader);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_files;
};

QTEST_MAIN(TestComparisonView)
#include "TestComparisonView.moc"
