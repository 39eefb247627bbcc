#include "DashboardView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace vigia::app {

namespace {
constexpr int statusRole = Qt::UserRole + 1;
}

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_dimensionCombo(new QComboBox(this))
    , m_topicCombo(new QComboBox(this))
    , m_topicLabel(new QLabel(tr("T&ema:"), this))
    , m_compliance(new QLabel(this))
    , m_barView(new QChartView(this))
    , m_lineView(new QChartView(this))
    , m_metaTitle(new QLabel(this))
    , m_metaList(new QListWidget(this))
{
    auto *filters = new QHBoxLayout;
    auto *dimensionLabel = new QLabel(tr("&Dimensión:"), this);
    dimensionLabel->setBuddy(m_dimensionCombo);
    filters->addWidget(dimensionLabel);
    filters->addWidget(m_dimensionCombo);
    m_topicLabel->setBuddy(m_topicCombo);
    filters->addWidget(m_topicLabel);
    filters->addWidget(m_topicCombo);
    m_topicLabel->hide();
    m_topicCombo->hide();
    connect(m_topicCombo, &QComboBox::currentIndexChanged, this, [this] {
        setTopicFilter(m_topicCombo->currentData().toString());
    });
    filters->addSpacing(12);
    for (const ProgressStatus status : allProgressStatuses) {
        auto *box = new QCheckBox(progressStatusLabel(status), this);
        box->setChecked(true);
        box->setProperty("status", static_cast<int>(status));
        connect(box, &QCheckBox::toggled, this, [this, status](bool shown) { setStatusShown(status, shown); });
        m_statusBoxes.append(box);
        filters->addWidget(box);
    }
    filters->addStretch();
    connect(m_dimensionCombo, &QComboBox::currentIndexChanged, this, [this] {
        setDimensionFilter(m_dimensionCombo->currentData().toString());
    });

    QFont big = m_compliance->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_compliance->setFont(big);
    m_barView->setRenderHint(QPainter::Antialiasing);
    m_lineView->setRenderHint(QPainter::Antialiasing);
    m_barView->setMinimumHeight(260);
    m_lineView->setMinimumHeight(200);
    m_metaTitle->setText(tr("Haga clic en una barra para ver sus metas."));
    m_metaTitle->setWordWrap(true);
    m_metaList->setWordWrap(true);
    m_metaList->setAlternatingRowColors(true);
    connect(m_metaList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT itemActivated(item->data(Qt::UserRole).toLongLong());
    });

    auto *metaPanel = new QWidget(this);
    auto *metaLayout = new QVBoxLayout(metaPanel);
    metaLayout->setContentsMargins(0, 0, 0, 0);
    metaLayout->addWidget(m_metaTitle);
    metaLayout->addWidget(m_metaList);

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_barView);
    charts->addWidget(m_lineView);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(charts);
    split->addWidget(metaPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_compliance);
    layout->addWidget(split, 1);
}

QChart *DashboardView::barChart() const { return m_barView->chart(); }
QChart *DashboardView::lineChart() const { return m_lineView->chart(); }

void DashboardView::setData(const Plan &plan, const QStringList &semesters, const QList<ProgressRecord> &records)
{
    m_plan = plan;
    m_semesters = semesters;
    m_recordsBySemester.clear();
    for (const ProgressRecord &record : records)
        m_recordsBySemester[record.semester].append(record);
    const QSignalBlocker blocker(m_dimensionCombo);
    m_dimensionCombo->clear();
    m_dimensionCombo->addItem(tr("Todas"), QString());
    for (const Dimension &dimension : plan.dimensions)
        m_dimensionCombo->addItem(dimension.name, dimension.name);
    const int index = m_dimensionCombo->findData(m_dimension);
    if (index < 0)
        m_dimension.clear();
    m_dimensionCombo->setCurrentIndex(std::max(index, 0));
    if (!m_semesters.contains(m_semester))
        m_semester = m_semesters.value(0);
    refresh();
}

void DashboardView::setSemester(const QString &semester)
{
    m_semester = semester;
    refresh();
}

void DashboardView::setDimensionFilter(const QString &dimension)
{
    m_dimension = dimension;
    const QSignalBlocker blocker(m_dimensionCombo);
    m_dimensionCombo->setCurrentIndex(std::max(m_dimensionCombo->findData(dimension), 0));
    refresh();
}

void DashboardView::setTopics(const QList<std::pair<QString, QString>> &keysAndNames,
                              const QHash<QString, QSet<qint64>> &itemsByTopic)
{
    m_itemsByTopic = itemsByTopic;
    {
        const QSignalBlocker blocker(m_topicCombo);
        m_topicCombo->clear();
        m_topicCombo->addItem(tr("Todos"), QString());
        for (const auto &[key, name] : keysAndNames)
            m_topicCombo->addItem(name, key);
        const int index = m_topicCombo->findData(m_topic);
        if (index < 0)
            m_topic.clear();
        m_topicCombo->setCurrentIndex(std::max(index, 0));
    }
    m_topicLabel->setVisible(!keysAndNames.isEmpty());
    m_topicCombo->setVisible(!keysAndNames.isEmpty());
    refresh();
}

void DashboardView::setTopicFilter(const QString &key)
{
    m_topic = key;
    const QSignalBlocker blocker(m_topicCombo);
    m_topicCombo->setCurrentIndex(std::max(m_topicCombo->findData(key), 0));
    refresh();
}

TrackingStatistics DashboardView::statisticsOf(const QString &semester) const
{
    static const QSet<qint64> none;
    const QSet<qint64> *onlyItems = nullptr;
    if (!m_topic.isEmpty()) {
        const auto found = m_itemsByTopic.constFind(m_topic);
        onlyItems = found == m_itemsByTopic.constEnd() ? &none : &*found;
    }
    return TrackingStatistics::compute(m_plan, m_recordsBySemester.value(semester), m_dimension, onlyItems);
}

void DashboardView::setStatusShown(ProgressStatus status, bool shown)
{
    if (shown)
        m_hiddenStatuses.erase(status);
    else
        m_hiddenStatuses.insert(status);
    for (QCheckBox *box : std::as_const(m_statusBoxes)) {
        if (box->property("status").toInt() == static_cast<int>(status)) {
            const QSignalBlocker blocker(box);
            box->setChecked(shown);
        }
    }
    buildBars();
}

void DashboardView::refresh()
{
    m_statistics = statisticsOf(m_semester);
    const QLocale locale;
    m_compliance->setText(m_statistics.metaCount() == 0
        ? tr("%1: el plan no tiene metas en esta selección.").arg(m_semester)
        : tr("%1: %2 de %3 metas cumplidas (%4 %)")
              .arg(m_semester)
              .arg(m_statistics.count(ProgressStatus::Met))
              .arg(m_statistics.metaCount())
              .arg(locale.toString(m_statistics.complianceShare() * 100.0, 'f', 0)));
    buildBars();
    buildLines();
    m_metaList->clear();
    m_metaTitle->setText(tr("Haga clic en una barra para ver sus metas."));
}

void DashboardView::buildBars()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Metas por dimensión y estado — %1").arg(m_semester));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QStackedBarSeries;
    int maximum = 0;
    QList<int> totals(m_statistics.dimensions().size(), 0);
    for (const ProgressStatus status : allProgressStatuses) {
        if (m_hiddenStatuses.count(status) != 0)
            continue;
        auto *set = new QBarSet(progressStatusLabel(status));
        set->setColor(progressStatusColor(status));
        set->setBorderColor(progressStatusColor(status).darker(120));
        set->setProperty("status", static_cast<int>(status));
        for (qsizetype index = 0; index < m_statistics.dimensions().size(); ++index) {
            const int count = m_statistics.count(m_statistics.dimensions().at(index), status);
            set->append(count);
            totals[index] += count;
        }
        series->append(set);
    }
    for (const int total : std::as_const(totals))
        maximum = std::max(maximum, total);
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        showMetasOf(m_statistics.dimensions().value(index), static_cast<ProgressStatus>(set->property("status").toInt()));
    });
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_statistics.dimensions());
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    // Whole-number ticks, about eight of them.
    const int step = std::max(1, (maximum + 7) / 8);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1, (maximum + step - 1) / step) * step);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setTitleText(tr("Metas"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    QChart *old = m_barView->chart();
    m_barView->setChart(chart);
    delete old;
}

void DashboardView::buildLines()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Avance por semestre"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *met = new QLineSeries;
    met->setName(tr("Cumplidas (%)"));
    met->setColor(progressStatusColor(ProgressStatus::Met));
    auto *moving = new QLineSeries;
    moving->setName(tr("En proceso o cumplidas en parte (%)"));
    moving->setColor(progressStatusColor(ProgressStatus::InProgress));
    QStringList labels;
    for (qsizetype index = 0; index < m_semesters.size(); ++index) {
        labels.append(m_semesters.at(index));
        // A semester nobody assessed yet has no point (rather than a misleading zero).
        if (m_recordsBySemester.value(m_semesters.at(index)).isEmpty())
            continue;
        const TrackingStatistics statistics = statisticsOf(m_semesters.at(index));
        const double total = std::max(statistics.metaCount(), 1);
        // Whole percentages: the point labels print the value as it is.
        met->append(static_cast<double>(index), std::round(100.0 * statistics.count(ProgressStatus::Met) / total));
        moving->append(static_cast<double>(index),
                       std::round(100.0 * (statistics.count(ProgressStatus::InProgress) + statistics.count(ProgressStatus::PartiallyMet))
                                  / total));
    }
    // One assessed semester is one point: large enough to see, and labelled with its value.
    for (QLineSeries *series : {met, moving}) {
        series->setPointsVisible(true);
        series->setMarkerSize(7);
        series->setPointLabelsVisible(true);
        series->setPointLabelsFormat(QStringLiteral("@yPoint %"));
        series->setPointLabelsClipping(false);
    }
    chart->addSeries(met);
    chart->addSeries(moving);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *series : {met, moving}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    QChart *old = m_lineView->chart();
    m_lineView->setChart(chart);
    delete old;
}

void DashboardView::showMetasOf(const QString &dimension, ProgressStatus status)
{
    m_metaList->clear();
    const QList<TrackingStatistics::Meta> metas = m_statistics.metas(dimension, status);
    m_metaTitle->setText(tr("%1 — %2: %n meta(s)", nullptr, static_cast<int>(metas.size()))
                             .arg(dimension.isEmpty() ? tr("Todas") : dimension, progressStatusLabel(status)));
    for (const TrackingStatistics::Meta &meta : metas) {
        auto *item = new QListWidgetItem(meta.text, m_metaList);
        item->setData(Qt::UserRole, meta.itemId);
        item->setData(statusRole, static_cast<int>(meta.status));
        item->setToolTip(meta.text);
    }
}

} // namespace vigia::app
