#include "ConflictsDialog.h"

#include "MessageBox.h"
#include "TimelineModel.h"
#include "progress/ProgressTracker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigia::app {

namespace {
QString describeSide(const ProgressValues &values)
{
    QString text = TimelineModel::describe(values);
    if (!values.evaluator.isEmpty())
        text += QStringLiteral("\n— %1").arg(values.evaluator);
    return text;
}
}

ConflictsDialog::ConflictsDialog(ProgressTracker &tracker, qint64 planId, QHash<qint64, QString> itemTexts,
                                 const QString &evaluator, QWidget *parent)
    : QDialog(parent)
    , m_tracker(tracker)
    , m_planId(planId)
    , m_itemTexts(std::move(itemTexts))
    , m_evaluator(evaluator)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_oursButton(new QPushButton(tr("Quedarse con lo &nuestro"), this))
    , m_theirsButton(new QPushButton(tr("Tomar lo &suyo"), this))
{
    setWindowTitle(tr("Conflictos del seguimiento combinado"));
    setWindowModality(Qt::WindowModal);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Ítem"), tr("Semestre"), tr("Nuestro"), tr("Suyo")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_oursButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_theirsButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictsDialog::reject);
    connect(m_oursButton, &QPushButton::clicked, this, [this] { resolve(m_table->currentRow(), ProgressConflict::Side::Local); });
    connect(m_theirsButton, &QPushButton::clicked, this, [this] { resolve(m_table->currentRow(), ProgressConflict::Side::Incoming); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const bool any = m_table->currentRow() >= 0;
        m_oursButton->setEnabled(any);
        m_theirsButton->setEnabled(any);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

void ConflictsDialog::reload()
{
    QString error;
    m_conflicts = m_tracker.conflicts(m_planId, true, &error);
    m_table->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const ProgressConflict &conflict = m_conflicts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(m_itemTexts.value(conflict.itemId)));
        m_table->setItem(row, 1, new QTableWidgetItem(conflict.semester));
        m_table->setItem(row, 2, new QTableWidgetItem(describeSide(conflict.local)));
        auto *theirs = new QTableWidgetItem(describeSide(conflict.incoming));
        theirs->setToolTip(tr("Del grupo %1").arg(conflict.origin));
        m_table->setItem(row, 3, theirs);
    }
    m_summary->setText(!error.isEmpty() ? error
                       : m_conflicts.isEmpty() ? tr("No quedan conflictos por resolver.")
                                               : tr("%n conflicto(s): elija, en cada fila, qué valores conservar.", nullptr,
                                                    static_cast<int>(m_conflicts.size())));
    if (!m_conflicts.isEmpty())
        m_table->setCurrentCell(0, 0);
    const bool any = m_table->currentRow() >= 0;
    m_oursButton->setEnabled(any);
    m_theirsButton->setEnabled(any);
}

bool ConflictsDialog::resolve(int row, ProgressConflict::Side side)
{
    if (row < 0 || row >= m_conflicts.size())
        return false;
    QString error;
    if (!m_tracker.resolveConflict(m_conflicts.at(row).id, side, m_evaluator, &error)) {
        MessageBox::warning(this, tr("No se resolvió el conflicto"), error);
        return false;
    }
    reload();
    Q_EMIT conflictResolved();
    return true;
}

} // namespace vigia::app
