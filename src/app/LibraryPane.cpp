#include "LibraryPane.h"

#include "LibraryFilterModel.h"
#include "LibraryTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace vigia::app {

LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new LibraryTableModel(this))
    , m_proxy(new LibraryFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_filterColumn(new QComboBox(this))
    , m_filterLabel(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filterColumn->addItem(QString(), -1);
    for (int column = 0; column < LibraryTableModel::ColumnCount; ++column)
        m_filterColumn->addItem(QString(), column);
    m_filterColumn->setObjectName(QStringLiteral("libraryFilterColumn"));

    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryTableModel::Place, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryTableModel::Organization, QHeaderView::Stretch);
    m_table->setColumnWidth(LibraryTableModel::Place, 200);
    m_table->setColumnWidth(LibraryTableModel::Period, 90);
    m_table->setColumnWidth(LibraryTableModel::ElectionType, 170);
    for (int column = LibraryTableModel::Problems; column < LibraryTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, 105);

    auto *filterRow = new QHBoxLayout;
    m_filterLabel->setBuddy(m_filter);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterColumn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryFilterModel::setFilterWords);
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setFilterColumn(m_filterColumn->itemData(index).toInt());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPane::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LibraryPane::onCurrentChanged);
    retranslateUi();
}

void LibraryPane::setPlans(const QList<PlanSummary> &plans)
{
    const qint64 previous = currentPlanId();
    m_model->setPlans(plans);
    if (previous != 0 && !selectPlan(previous))
        onCurrentChanged();
}

bool LibraryPane::selectPlan(qint64 planId)
{
    const int sourceRow = m_model->rowOfPlan(planId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 LibraryPane::currentPlanId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(LibraryTableModel::PlanIdRole).toLongLong() : 0;
}

void LibraryPane::onCurrentChanged()
{
    const qint64 planId = currentPlanId();
    if (planId == m_lastPlanId)
        return;
    m_lastPlanId = planId;
    Q_EMIT currentPlanChanged(planId);
}

void LibraryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The texts of the pane and of its model, set again when the language changes.
void LibraryPane::retranslateUi()
{
    m_filterLabel->setText(tr("&Filtrar:"));
    m_filter->setPlaceholderText(tr("Filtrar planes por lugar, organización, periodo…"));
    m_filterColumn->setItemText(0, tr("En todas las columnas"));
    for (int column = 0; column < LibraryTableModel::ColumnCount; ++column)
        m_filterColumn->setItemText(column + 1, tr("En «%1»").arg(m_model->headerData(column, Qt::Horizontal).toString()));
    m_model->retranslate();
}

} // namespace vigia::app
