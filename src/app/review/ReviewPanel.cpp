#include "ReviewPanel.h"

#include "MessageBox.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "ReviewQueueModel.h"
#include "review/ReviewMarks.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigia::app {

ReviewPanel::ReviewPanel(PlanView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_model(new ReviewQueueModel(this))
    , m_summary(new QLabel(this))
    , m_queue(new QTreeView(this))
    , m_showReviewed(new QCheckBox(this))
    , m_markButton(new QPushButton(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setModel(m_model);
    m_queue->setRootIsDecorated(false);
    m_queue->setAlternatingRowColors(true);
    m_queue->setUniformRowHeights(true);
    m_queue->header()->setStretchLastSection(true);
    m_queue->header()->setSectionResizeMode(ReviewQueueModel::PlaceColumn, QHeaderView::ResizeToContents);
    m_queue->setColumnWidth(ReviewQueueModel::ReasonsColumn, 280);
    m_showReviewed->setObjectName(QStringLiteral("showReviewed"));
    m_markButton->setObjectName(QStringLiteral("markReviewed"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showReviewed);
    buttons->addStretch(1);
    buttons->addWidget(m_markButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_queue, 1);
    layout->addLayout(buttons);

    // The plan's edits come as many small changes: assess once they are done.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReviewPanel::refresh);
    PlanTreeModel *tree = m_view->model();
    connect(tree, &QAbstractItemModel::modelReset, this, &ReviewPanel::scheduleRefresh);
    connect(tree, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::scheduleRefresh);
    connect(tree, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::scheduleRefresh);
    connect(tree, &QAbstractItemModel::rowsMoved, this, &ReviewPanel::scheduleRefresh);
    connect(tree, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // The marks this panel gives the tree change nothing the queue shows.
                if (roles != QList<int>{Qt::DecorationRole, Qt::ToolTipRole})
                    scheduleRefresh();
            });

    connect(m_queue, &QTreeView::activated, this, &ReviewPanel::showCurrentRow);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPanel::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateControls);
    connect(m_showReviewed, &QCheckBox::toggled, m_model, &ReviewQueueModel::setShowReviewed);
    connect(m_markButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_queue->currentIndex();
        markCurrent(!(current.isValid() && current.data(ReviewQueueModel::ReviewedRole).toBool()));
    });
    retranslate();
    refresh();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setLibrary(PlanLibrary *library)
{
    m_marks.reset();
    if (library) {
        QString error;
        m_marks = ReviewMarks::open(*library, &error);
        if (!m_marks)
            qWarning("%s", qPrintable(error));
    }
    scheduleRefresh();
}

void ReviewPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ReviewPanel::refresh()
{
    m_refreshTimer->stop();
    const qint64 currentRowId = m_queue->currentIndex().data(ReviewQueueModel::RowIdRole).toLongLong();
    QSet<qint64> reviewed;
    if (m_view->hasPlan() && m_marks) {
        QString error;
        const auto marks = m_marks->marksOfPlan(m_view->plan().id, &error);
        for (auto it = marks.cbegin(); it != marks.cend(); ++it)
            reviewed.insert(it.key());
    }
    m_model->setPlan(m_view->hasPlan() ? m_view->plan() : Plan(), reviewed);
    m_view->model()->setRowNotes(m_model->openNotes());
    // Keep the place in the queue: the same row, else the one now where it stood.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(ReviewQueueModel::RowIdRole).toLongLong() == currentRowId) {
            m_queue->setCurrentIndex(index);
            break;
        }
    }
    updateControls();
    if (m_model->openCount() != m_lastOpenCount) {
        m_lastOpenCount = m_model->openCount();
        Q_EMIT openCountChanged(m_lastOpenCount);
    }
}

bool ReviewPanel::markCurrent(bool reviewed)
{
    const QModelIndex current = m_queue->currentIndex();
    if (!current.isValid() || !m_marks)
        return false;
    const qint64 rowId = current.data(ReviewQueueModel::RowIdRole).toLongLong();
    const int position = current.row();
    QString error;
    if (!m_marks->setReviewed(rowId, reviewed, &error)) {
        MessageBox::warning(this, tr("No se pudo marcar la fila"), tr("La biblioteca no guardó la marca de revisión."), error);
        return false;
    }
    refresh();
    // A row taken out of the queue: go on with the next one.
    if (!m_queue->currentIndex().isValid() && m_model->rowCount() > 0)
        m_queue->setCurrentIndex(m_model->index(std::min(position, m_model->rowCount() - 1), 0));
    return true;
}

void ReviewPanel::showCurrentRow()
{
    const QModelIndex current = m_queue->currentIndex();
    if (!current.isValid())
        return;
    // The first doubtful item when there is one (its detail shows beside), else the row.
    if (m_view->selectItem(current.data(ReviewQueueModel::FocusItemIdRole).toLongLong()))
        return;
    const QModelIndex row = m_view->model()->indexOfRow(current.data(ReviewQueueModel::DimensionIndexRole).toInt(),
                                                         current.data(ReviewQueueModel::RowIndexRole).toInt());
    if (!row.isValid())
        return;
    QTreeView *tree = m_view->treeView();
    tree->expand(row.parent());
    tree->expand(row);
    tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->scrollTo(row, QAbstractItemView::PositionAtTop);
}

void ReviewPanel::updateControls()
{
    const QModelIndex current = m_queue->currentIndex();
    const bool reviewed = current.isValid() && current.data(ReviewQueueModel::ReviewedRole).toBool();
    m_markButton->setText(reviewed ? tr("&Volver a la cola") : tr("&Marcar como revisada"));
    m_markButton->setEnabled(current.isValid() && m_marks != nullptr);
    m_markButton->setToolTip(m_marks ? QString() : tr("La biblioteca es de solo lectura: las marcas no se pueden guardar."));
    const int open = m_model->openCount();
    if (!m_view->hasPlan())
        m_summary->setText(tr("Abra un plan para ver las filas que conviene revisar."));
    else if (m_model->doubtfulCount() == 0)
        m_summary->setText(tr("El importador no dudó de ninguna fila de este plan."));
    else if (open == 0)
        m_summary->setText(tr("No quedan filas por revisar."));
    else
        m_summary->setText(tr("%1 de %2 filas por revisar: el importador pudo leerlas mal. Doble clic o Intro para ir a la fila.")
                               .arg(open)
                               .arg(m_model->planRowCount()));
}

void ReviewPanel::retranslate()
{
    m_showReviewed->setText(tr("Mostrar las &revisadas"));
    m_model->retranslate();
    updateControls();
    m_view->model()->setRowNotes(m_model->openNotes());
}

} // namespace vigia::app
