#include "ComparisonWindow.h"

#include "ComparisonJob.h"
#include "ComparisonStyle.h"
#include "FileDialog.h"
#include "ItemKindStyle.h"
#include "MeasurabilityMetasModel.h"
#include "MeasurabilityModel.h"
#include "common/SavedFileBar.h"
#include "common/WrappingHeaderView.h"
#include "MessageBox.h"
#include "SideBySideModel.h"
#include "SimilarItemsModel.h"
#include "SnippetDelegate.h"
#include "TopicMatrixModel.h"
#include "TopicTaxonomyDialog.h"
#include "compare/ComparisonCsvWriter.h"
#include "compare/ComparisonHtmlWriter.h"
#include "compare/PlanComparer.h"
#include "topics/TopicStore.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace vigia::app {

namespace {
constexpr int thresholdSteps = 100; // the slider counts hundredths
constexpr int similarPerItem = 5;
} // namespace

ComparisonWindow::ComparisonWindow(const QString &libraryPath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_libraryPath(libraryPath)
    , m_job(new ComparisonJob(this))
    , m_sideBySide(new SideBySideModel(this))
    , m_topicMatrix(new TopicMatrixModel(this))
    , m_similar(new SimilarItemsModel(this))
    , m_measurability(new MeasurabilityModel(this))
    , m_measurabilityMetas(new MeasurabilityMetasModel(this))
{
    buildUi();
    retranslateUi();
    QString error;
    m_library = PlanLibrary::open(libraryPath, &error);
    if (m_library)
        m_topics = TopicStore::open(*m_library, &error);
    if (!m_topics)
        m_status->setText(tr("No se pudo abrir la biblioteca: %1").arg(error));
    fillPlanList();
    connect(m_job, &ComparisonJob::finished, this, &ComparisonWindow::onComparisonFinished);
    m_thresholdTimer.setSingleShot(true);
    m_thresholdTimer.setInterval(300);
    connect(&m_thresholdTimer, &QTimer::timeout, this, &ComparisonWindow::recompute);
    updateButtons();
    resize(1200, 800);
}

ComparisonWindow::~ComparisonWindow() = default;

void ComparisonWindow::buildUi()
{
    m_planList = new QListWidget(this);
    // Whole plan names, wrapped: "EL FRENTE AMPLIO POR JUSTICIA…" cut short cannot be told apart.
    m_planList->setWordWrap(true);
    m_planList->setTextElideMode(Qt::ElideNone);
    m_planList->setResizeMode(QListView::Adjust);
    m_planList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_thresholdSlider = new QSlider(Qt::Horizontal, this);
    m_thresholdSlider->setRange(0, thresholdSteps);
    m_thresholdSlider->setValue(qRound(ComparisonOptions().threshold * thresholdSteps));
    m_thresholdValue = new QLabel(this);
    m_thresholdValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0,00")) + 8);
    m_taxonomyButton = new QPushButton(this);
    m_csvButton = new QPushButton(this);
    m_htmlButton = new QPushButton(this);

    m_thresholdLabel = new QLabel(this);
    m_thresholdLabel->setBuddy(m_thresholdSlider);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_thresholdLabel);
    toolbar->addWidget(m_thresholdSlider, 1);
    toolbar->addWidget(m_thresholdValue);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_taxonomyButton);
    toolbar->addWidget(m_csvButton);
    toolbar->addWidget(m_htmlButton);

    // Side by side: one table, one column per plan, so that the plans scroll together.
    m_sideBySideView = new QTableView(this);
    m_sideBySideView->setHorizontalHeader(new WrappingHeaderView(m_sideBySideView));
    m_sideBySideView->setModel(m_sideBySide);
    m_sideBySideView->setWordWrap(true);
    m_sideBySideView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sideBySideView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_sideBySideView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sideBySideView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_sideBySideView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sideBySideView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_sideBySideView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_currentItemLabel = new QLabel(tr("Elija un ítem para ver sus propuestas similares en los otros planes."), this);
    m_currentItemLabel->setWordWrap(true);
    m_similarView = new QTableView(this);
    m_similarView->setModel(m_similar);
    m_similarView->setWordWrap(true);
    m_similarView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_similarView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_similarView->horizontalHeader()->setSectionResizeMode(SimilarItemsModel::TextColumn, QHeaderView::Stretch);
    // The words an item shares with the chosen one are marked: why the two were found alike.
    m_similarView->setItemDelegateForColumn(SimilarItemsModel::TextColumn,
                                            new SnippetDelegate(SimilarItemsModel::HighlightedTextRole, m_similarView, SnippetDelegate::Lines::Wrapped));
    m_similarView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_similarView->verticalHeader()->hide();
    m_similarBox = new QGroupBox(this);
    auto *similarBox = m_similarBox;
    auto *similarLayout = new QVBoxLayout(similarBox);
    similarLayout->addWidget(m_currentItemLabel);
    similarLayout->addWidget(m_similarView);

    m_itemTopics = new QListWidget(this);
    m_itemTopicsBox = new QGroupBox(this);
    auto *topicsBox = m_itemTopicsBox;
    auto *topicsLayout = new QVBoxLayout(topicsBox);
    topicsLayout->addWidget(m_itemTopics);

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(similarBox);
    details->addWidget(topicsBox);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 1);
    auto *sideBySidePage = new QSplitter(Qt::Vertical, this);
    sideBySidePage->addWidget(m_sideBySideView);
    sideBySidePage->addWidget(details);
    sideBySidePage->setStretchFactor(0, 3);
    sideBySidePage->setStretchFactor(1, 1);

    // Topics: the matrix and its chart.
    m_topicView = new QTableView(this);
    m_topicView->setHorizontalHeader(new WrappingHeaderView(m_topicView));
    m_topicView->setModel(m_topicMatrix);
    m_topicView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topicView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_topicChart = new QChartView(new QChart, this);
    m_topicChart->setRenderHint(QPainter::Antialiasing);
    // The matrix and its chart each on a page of their own, the whole width: the plans' columns
    // stay wide enough to read, and Qt Charts, which gives category labels at most 40 % of the
    // chart's width and elides longer ones, has room for "Ordenamiento territorial y vivienda".

    // Measurability: shares per plan and dimension, and a stacked bar per plan.
    m_measurabilityView = new QTableView(this);
    m_measurabilityView->setModel(m_measurability);
    m_measurabilityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The figures keep their width; the plan's name takes what is left (whole in its tooltip), so
    // that "No medible" is never pushed off screen.
    m_measurabilityView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_measurabilityView->horizontalHeader()->setSectionResizeMode(MeasurabilityModel::PlanColumn, QHeaderView::Stretch);
    m_measurabilityView->setTextElideMode(Qt::ElideRight);
    m_measurabilityView->verticalHeader()->hide();
    m_measurabilityChart = new QChartView(new QChart, this);
    m_measurabilityChart->setRenderHint(QPainter::Antialiasing);
    // A count clicked lists its metas, each with the clause that decided it.
    m_measurabilityMetasLabel = new QLabel(tr("Pulse una cifra de la tabla para ver sus metas."), this);
    m_measurabilityMetasLabel->setWordWrap(true);
    m_measurabilityMetasView = new QTableView(this);
    m_measurabilityMetasView->setModel(m_measurabilityMetas);
    m_measurabilityMetasView->setWordWrap(true);
    m_measurabilityMetasView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measurabilityMetasView->horizontalHeader()->setSectionResizeMode(MeasurabilityMetasModel::MetaColumn, QHeaderView::Stretch);
    m_measurabilityMetasView->horizontalHeader()->setSectionResizeMode(MeasurabilityMetasModel::ReasonColumn, QHeaderView::Stretch);
    m_measurabilityMetasView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *metasPane = new QWidget(this);
    auto *metasLayout = new QVBoxLayout(metasPane);
    metasLayout->setContentsMargins(0, 0, 0, 0);
    metasLayout->addWidget(m_measurabilityMetasLabel);
    metasLayout->addWidget(m_measurabilityMetasView, 1);
    auto *measurabilityPage = new QSplitter(Qt::Vertical, this);
    measurabilityPage->addWidget(m_measurabilityView);
    measurabilityPage->addWidget(metasPane);
    measurabilityPage->addWidget(m_measurabilityChart);
    m_measurabilityChart->setMinimumHeight(220); // room for the plan names and the axis labels
    connect(m_measurabilityView, &QTableView::clicked, this, &ComparisonWindow::showMeasurabilityMetas);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(sideBySidePage, QString());
    m_tabs->addTab(m_topicView, QString());
    m_tabs->addTab(m_topicChart, QString());
    m_tabs->addTab(measurabilityPage, QString());

    m_plansBox = new QGroupBox(this);
    auto *plansBox = m_plansBox;
    auto *plansLayout = new QVBoxLayout(plansBox);
    plansLayout->addWidget(m_planList);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(plansBox);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(toolbar);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_tabs, 1);
    body->addWidget(right);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 5);
    body->setSizes({260, 1140});
    m_closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_closeButtons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto *layout = new QVBoxLayout(this);
    m_savedFileBar = new SavedFileBar(this);
    layout->addWidget(body);
    layout->addWidget(m_savedFileBar);
    layout->addWidget(m_closeButtons);

    connect(m_planList, &QListWidget::itemChanged, this, [this] {
        updateButtons();
        recompute();
    });
    connect(m_thresholdSlider, &QSlider::valueChanged, this, [this](int value) {
        m_thresholdValue->setText(QLocale().toString(double(value) / thresholdSteps, 'f', 2));
        m_thresholdTimer.start();
    });
    m_thresholdValue->setText(QLocale().toString(threshold(), 'f', 2));
    connect(m_sideBySideView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComparisonWindow::onSideBySideCurrentChanged);
    connect(m_similarView, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectItem(index.data(SimilarItemsModel::ItemIndexRole).toInt());
    });
    connect(m_itemTopics, &QListWidget::itemChanged, this, &ComparisonWindow::onItemTopicChanged);
    connect(m_taxonomyButton, &QPushButton::clicked, this, &ComparisonWindow::editTaxonomy);
    connect(m_csvButton, &QPushButton::clicked, this, &ComparisonWindow::exportCsv);
    connect(m_htmlButton, &QPushButton::clicked, this, &ComparisonWindow::exportHtml);
}

void ComparisonWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The status, the current item, the models and the charts say what the comparison gave:
        // computed again, they say it in the new language.
        if (m_topics && !isComputing())
            recompute();
    }
    QWidget::changeEvent(event);
}

// The fixed texts of the window, set again when the language changes.
void ComparisonWindow::retranslateUi()
{
    setWindowTitle(tr("Comparar planes — Vigía"));
    m_planList->setAccessibleName(tr("Planes a comparar"));
    m_planList->setToolTip(tr("Marque de 2 a 4 planes"));
    m_thresholdSlider->setAccessibleName(tr("Umbral de similitud"));
    m_thresholdSlider->setToolTip(tr("Similitud mínima para alinear dos ítems y para mostrarlos como propuestas similares"));
    m_thresholdValue->setText(QLocale().toString(threshold(), 'f', 2));
    m_thresholdLabel->setText(tr("&Umbral de similitud:"));
    m_taxonomyButton->setText(tr("Editar &temas…"));
    m_csvButton->setText(tr("Exportar &CSV…"));
    m_htmlButton->setText(tr("Exportar &HTML…"));
    m_sideBySideView->setAccessibleName(tr("Planes lado a lado"));
    m_similarView->setAccessibleName(tr("Propuestas similares"));
    m_similarBox->setTitle(tr("Propuestas similares"));
    m_itemTopics->setAccessibleName(tr("Temas del ítem"));
    m_itemTopicsBox->setTitle(tr("Temas del ítem"));
    m_topicView->setAccessibleName(tr("Matriz de temas"));
    m_topicChart->setAccessibleName(tr("Gráfico de temas"));
    m_measurabilityView->setAccessibleName(tr("Medibilidad de las metas"));
    m_measurabilityChart->setAccessibleName(tr("Gráfico de medibilidad"));
    m_tabs->setTabText(SideBySidePage, tr("&Lado a lado"));
    m_tabs->setTabText(TopicsPage, tr("T&emas"));
    m_tabs->setTabText(TopicChartPage, tr("&Gráfico de temas"));
    m_tabs->setTabText(MeasurabilityPage, tr("&Medibilidad"));
    m_plansBox->setTitle(tr("Planes (de 2 a 4)"));
}

void ComparisonWindow::fillPlanList()
{
    const QSignalBlocker blocker(m_planList);
    m_planList->clear();
    if (!m_library)
        return;
    for (const PlanSummary &summary : m_library->plans()) {
        const QString name = summary.metadata.displayName(summary.sourceFileName);
        auto *item = new QListWidgetItem(name, m_planList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, summary.id);
        item->setToolTip(tr("%1\nDocumento: %2").arg(name, summary.sourceFileName));
    }
}

void ComparisonWindow::comparePlans(const QList<qint64> &planIds)
{
    fillPlanList(); // the library may have changed since the window opened
    {
        const QSignalBlocker blocker(m_planList);
        for (int row = 0; row < m_planList->count(); ++row) {
            QListWidgetItem *item = m_planList->item(row);
            item->setCheckState(planIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateButtons();
    recompute();
}

QList<qint64> ComparisonWindow::checkedPlanIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_planList->count(); ++row) {
        if (m_planList->item(row)->checkState() == Qt::Checked)
            ids.append(m_planList->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void ComparisonWindow::setThreshold(double value)
{
    {
        const QSignalBlocker blocker(m_thresholdSlider);
        m_thresholdSlider->setValue(qRound(std::clamp(value, 0.0, 1.0) * thresholdSteps));
    }
    m_thresholdValue->setText(QLocale().toString(threshold(), 'f', 2));
    m_thresholdTimer.stop();
    recompute();
}

double ComparisonWindow::threshold() const
{
    return double(m_thresholdSlider->value()) / thresholdSteps;
}

bool ComparisonWindow::isComputing() const
{
    return m_job->isRunning();
}

void ComparisonWindow::recompute()
{
    if (!m_topics)
        return;
    const QList<qint64> ids = checkedPlanIds();
    if (ids.size() < PlanComparer::minimumPlans || ids.size() > PlanComparer::maximumPlans) {
        clearComparison(tr("Marque de %1 a %2 planes para compararlos (hay %3 marcados).")
                            .arg(PlanComparer::minimumPlans)
                            .arg(PlanComparer::maximumPlans)
                            .arg(ids.size()));
        return;
    }
    ComparisonOptions options;
    options.threshold = threshold();
    options.similarPerItem = similarPerItem;
    m_status->setText(tr("Comparando…"));
    m_job->start(m_libraryPath, ids, options);
}

void ComparisonWindow::clearComparison(const QString &status)
{
    m_comparison.reset();
    m_sideBySide->clear();
    m_topicMatrix->clear();
    m_similar->clear();
    m_measurability->clear();
    m_measurabilityMetas->clear();
    m_currentItem = -1;
    fillItemTopics();
    rebuildTopicChart();
    rebuildMeasurabilityChart();
    m_status->setText(status);
    updateButtons();
}

void ComparisonWindow::onComparisonFinished(const ComparisonOutcome &outcome)
{
    if (!outcome.comparison) {
        clearComparison(tr("No se pudo comparar los planes: %1").arg(outcome.error));
        Q_EMIT comparisonFailed(outcome.error);
        return;
    }
    // The plans may have been unchecked while the worker ran.
    QList<qint64> shown;
    for (const ComparedPlan &plan : outcome.comparison->plans)
        shown.append(plan.planId);
    if (shown != checkedPlanIds())
        return;

    const qint64 currentItemId = m_currentItemId;
    m_comparison = outcome.comparison;
    m_sideBySide->setComparison(*m_comparison);
    m_topicMatrix->setComparison(*m_comparison);
    m_similar->setComparison(*m_comparison);
    m_similar->setMinimumScore(m_comparison->options.threshold);
    m_measurability->setComparison(*m_comparison);
    m_measurabilityMetas->setComparison(*m_comparison);
    m_measurabilityMetasLabel->setText(tr("Pulse una cifra de la tabla para ver sus metas."));
    rebuildTopicChart();
    rebuildMeasurabilityChart();

    int metas = 0;
    for (const PlanMeasurability &plan : m_comparison->measurability)
        metas += plan.overall.total();
    m_status->setText(tr("%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas.", nullptr,
                         m_comparison->columnCount())
                          .arg(m_comparison->items.size())
                          .arg(m_comparison->pairs.size())
                          .arg(metas));
    m_currentItem = -1;
    m_currentItemId = 0;
    int restored = -1;
    for (qsizetype i = 0; currentItemId != 0 && i < m_comparison->items.size(); ++i) {
        if (m_comparison->items[i].itemId == currentItemId)
            restored = int(i);
    }
    if (restored < 0 || !selectItem(restored))
        setCurrentItem(-1);
    updateButtons();
    Q_EMIT comparisonUpdated();
}

bool ComparisonWindow::selectItem(int itemIndex)
{
    const QModelIndex index = m_sideBySide->indexOfItem(itemIndex);
    if (!index.isValid())
        return false;
    m_sideBySideView->setCurrentIndex(index);
    m_sideBySideView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    setCurrentItem(itemIndex); // also when the index was current already
    return true;
}

void ComparisonWindow::onSideBySideCurrentChanged()
{
    const QModelIndex index = m_sideBySideView->currentIndex();
    setCurrentItem(index.isValid() ? index.data(SideBySideModel::ItemIndexRole).toInt() : -1);
}

void ComparisonWindow::setCurrentItem(int itemIndex)
{
    if (!m_comparison || itemIndex < 0 || itemIndex >= m_comparison->items.size())
        itemIndex = -1;
    m_currentItem = itemIndex;
    m_currentItemId = itemIndex >= 0 ? m_comparison->items[itemIndex].itemId : 0;
    m_similar->setItem(itemIndex);
    if (itemIndex < 0) {
        m_currentItemLabel->setText(tr("Elija un ítem para ver sus propuestas similares en los otros planes."));
    } else {
        const ComparedItem &item = m_comparison->items[itemIndex];
        m_currentItemLabel->setText(tr("%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4.", nullptr,
                                       m_similar->rowCount())
                                        .arg(ItemKindStyle::singularName(item.kind), m_comparison->plans[item.column].label,
                                             item.text, QLocale().toString(m_comparison->options.threshold, 'f', 2)));
    }
    fillItemTopics();
}

void ComparisonWindow::fillItemTopics()
{
    const QSignalBlocker blocker(m_itemTopics);
    m_itemTopics->clear();
    if (!m_comparison || m_currentItem < 0) {
        m_itemTopics->setEnabled(false);
        return;
    }
    m_itemTopics->setEnabled(true);
    const ComparedItem &item = m_comparison->items[m_currentItem];
    for (const TopicCoverage &topic : m_comparison->topics) {
        auto *entry = new QListWidgetItem(topic.name, m_itemTopics);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(item.topics.contains(topic.key) ? Qt::Checked : Qt::Unchecked);
        entry->setData(Qt::UserRole, topic.key);
    }
}

void ComparisonWindow::onItemTopicChanged(QListWidgetItem *entry)
{
    if (!m_comparison || m_currentItem < 0)
        return;
    setItemTopic(m_comparison->items[m_currentItem].itemId, entry->data(Qt::UserRole).toString(),
                 entry->checkState() == Qt::Checked);
}

bool ComparisonWindow::setItemTopic(qint64 itemId, const QString &topicKey, bool on)
{
    if (!m_topics)
        return false;
    QString error;
    const bool ok = on ? m_topics->addItemTopic(itemId, topicKey, &error) : m_topics->removeItemTopic(itemId, topicKey, &error);
    if (!ok) {
        MessageBox::warning(this, tr("Temas"), tr("No se pudo cambiar el tema del ítem: %1").arg(error));
        fillItemTopics();
        return false;
    }
    recompute();
    return true;
}

TopicTaxonomyDialog *ComparisonWindow::editTaxonomy()
{
    if (!m_topics)
        return nullptr;
    if (!m_taxonomyDialog) {
        m_taxonomyDialog = new TopicTaxonomyDialog(*m_topics, this);
        m_taxonomyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_taxonomyDialog, &TopicTaxonomyDialog::taxonomyChanged, this, &ComparisonWindow::recompute);
    }
    m_taxonomyDialog->open();
    return m_taxonomyDialog;
}

QString ComparisonWindow::shortLabel(int column) const
{
    const ComparedPlan &plan = m_comparison->plans[column];
    return plan.organization.isEmpty() ? plan.label : plan.organization;
}

void ComparisonWindow::rebuildTopicChart()
{
    QChart *chart = m_topicChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Ítems por tema"));
    if (!m_comparison)
        return;
    auto *series = new QHorizontalBarSeries;
    QStringList names;
    int most = 0;
    // The first topic on top: categories run bottom-up.
    for (qsizetype t = m_comparison->topics.size() - 1; t >= 0; --t)
        names.append(m_comparison->topics[t].name);
    for (int column = 0; column < m_comparison->columnCount(); ++column) {
        auto *set = new QBarSet(shortLabel(column));
        for (qsizetype t = m_comparison->topics.size() - 1; t >= 0; --t) {
            const int count = m_comparison->topics[t].count(column);
            *set << count;
            most = std::max(most, count);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *topicsAxis = new QBarCategoryAxis;
    topicsAxis->append(names);
    chart->addAxis(topicsAxis, Qt::AlignLeft);
    series->attachAxis(topicsAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(1, most));
    countAxis->applyNiceNumbers();
    countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ComparisonWindow::rebuildMeasurabilityChart()
{
    QChart *chart = m_measurabilityChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Medibilidad de las metas (% de las metas de cada plan)"));
    if (!m_comparison)
        return;
    auto *series = new QHorizontalStackedBarSeries;
    QStringList plans;
    for (int column = m_comparison->columnCount() - 1; column >= 0; --column)
        plans.append(shortLabel(column));
    for (Measurability level : allMeasurabilities) {
        auto *set = new QBarSet(ComparisonStyle::measurabilityName(level));
        set->setColor(ComparisonStyle::measurabilityColor(level));
        for (int column = m_comparison->columnCount() - 1; column >= 0; --column)
            *set << 100.0 * m_comparison->measurability[column].overall.share(level);
        series->append(set);
    }
    chart->addSeries(series);
    auto *plansAxis = new QBarCategoryAxis;
    plansAxis->append(plans);
    chart->addAxis(plansAxis, Qt::AlignLeft);
    series->attachAxis(plansAxis);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(shareAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ComparisonWindow::updateButtons()
{
    const bool ready = m_comparison.has_value();
    m_csvButton->setEnabled(ready);
    m_htmlButton->setEnabled(ready);
    m_taxonomyButton->setEnabled(m_topics != nullptr);
    m_thresholdSlider->setEnabled(m_topics != nullptr);
}

void ComparisonWindow::exportCsv()
{
    exportTo(tr("Exportar la comparación como CSV"), QStringLiteral("comparacion.csv"), tr("Tablas CSV (*.csv)"), false);
}

void ComparisonWindow::exportHtml()
{
    exportTo(tr("Exportar la comparación como HTML"), QStringLiteral("comparacion.html"), tr("Páginas HTML (*.html *.htm)"), true);
}

void ComparisonWindow::exportTo(const QString &caption, const QString &fileName, const QString &filter, bool html)
{
    if (!m_comparison)
        return;
    QStringList places;
    for (const ComparedPlan &plan : m_comparison->plans)
        places.append(plan.place.isEmpty() ? plan.organization : plan.place);
    const QString suffix = QLatin1Char('.') + QFileInfo(fileName).suffix();
    const QString named = FileDialog::fileNameFrom(QFileInfo(fileName).completeBaseName(), places, suffix);
    QPointer<ComparisonWindow> self(this);
    FileDialog::getSaveFileName(this, caption, QDir(FileDialog::saveFolder()).filePath(named), filter,
                                [self, html](const QStringList &paths) {
                                    if (!self || paths.isEmpty())
                                        return;
                                    const QString path = paths.first();
                                    const auto write = [self, html, path] {
                                        if (!self)
                                            return;
                                        if (html)
                                            self->writeHtml(path);
                                        else
                                            self->writeCsv(path);
                                    };
                                    if (!QFileInfo::exists(path)) {
                                        write();
                                        return;
                                    }
                                    MessageBox::question(self, tr("Exportar"),
                                                         tr("%1 ya existe. ¿Reemplazarlo?").arg(QDir::toNativeSeparators(path)),
                                                         [write](QMessageBox::StandardButton answer) {
                                                             if (answer == QMessageBox::Yes)
                                                                 write();
                                                         });
                                });
}

bool ComparisonWindow::writeCsv(const QString &path)
{
    return m_comparison && writeFile(path, ComparisonCsvWriter::write(*m_comparison));
}

bool ComparisonWindow::writeHtml(const QString &path)
{
    return m_comparison && writeFile(path, ComparisonHtmlWriter::write(*m_comparison).toUtf8());
}

bool ComparisonWindow::writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        MessageBox::warning(this, tr("Exportar"),
                            tr("No se pudo escribir %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_savedFileBar->showFile(tr("Comparación exportada"), path);
    return true;
}

} // namespace vigia::app

namespace vigia::app {

void ComparisonWindow::showMeasurabilityMetas(const QModelIndex &index)
{
    if (!m_comparison || index.column() < MeasurabilityModel::MeasurableColumn || index.column() > MeasurabilityModel::NotColumn)
        return;
    m_measurabilityMetas->showMetas(index.data(MeasurabilityModel::ColumnIndexRole).toInt(),
                                    index.data(MeasurabilityModel::DimensionIndexRole).toInt(), MeasurabilityModel::levelOf(index.column()));
    m_measurabilityMetasLabel->setText(m_measurabilityMetas->caption());
}

} // namespace vigia::app
