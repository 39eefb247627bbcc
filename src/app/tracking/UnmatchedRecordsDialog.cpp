#include "UnmatchedRecordsDialog.h"

#include "ItemKindStyle.h"
#include "MessageBox.h"
#include "model/Plan.h"
#include "progress/ProgressTracker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigia::app {

UnmatchedRecordsDialog::UnmatchedRecordsDialog(ProgressTracker &tracker, const Plan &newPlan, const QString &evaluator,
                                               QWidget *parent)
    : QDialog(parent)
    , m_tracker(tracker)
    , m_planId(newPlan.id)
    , m_evaluator(evaluator)
    , m_table(new QTableWidget(this))
    , m_target(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_attachButton(new QPushButton(tr("&Asociar"), this))
{
    setWindowTitle(tr("Registros sin ítem en la nueva versión"));
    setWindowModality(Qt::WindowModal);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Ítem de la versión anterior"), tr("Semestre"), tr("Estado")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    for (const Dimension &dimension : newPlan.dimensions) {
        for (const Row &row : dimension.rows) {
            for (const ItemKind kind : {ItemKind::Objective, ItemKind::Target}) {
                for (const Item &item : row.items(kind)) {
                    const QString label = QStringLiteral("%1 · %2: %3").arg(dimension.name, ItemKindStyle::singularName(kind), item.text);
                    m_target->addItem(label.size() > 140 ? label.left(139) + QChar(0x2026) : label, item.id);
                    m_target->setItemData(m_target->count() - 1, item.text, Qt::ToolTipRole);
                }
            }
        }
    }
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(40);

    auto *form = new QFormLayout;
    form->addRow(tr("Ítem de la &nueva versión:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_attachButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnmatchedRecordsDialog::reject);
    connect(m_attachButton, &QPushButton::clicked, this, [this] {
        attach(m_table->currentRow(), m_target->currentData().toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(860, 460);
    reload();
}

void UnmatchedRecordsDialog::reload()
{
    QString error;
    m_records = m_tracker.unmatchedRecords(m_planId, &error);
    m_table->setRowCount(static_cast<int>(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const ProgressRecord &record = m_records.at(row);
        QString itemError;
        const auto place = m_tracker.itemPlace(record.itemId, &itemError);
        m_table->setItem(row, 0, new QTableWidgetItem(place ? place->text : itemError));
        m_table->setItem(row, 1, new QTableWidgetItem(record.semester));
        m_table->setItem(row, 2, new QTableWidgetItem(progressStatusLabel(record.values.status)));
    }
    m_summary->setText(!error.isEmpty() ? error
                       : m_records.isEmpty()
                           ? tr("Todos los registros tienen un ítem en la nueva versión.")
                           : tr("%n registro(s) no encontraron su ítem en la nueva versión. Siguen guardados en la "
                                "versión anterior; elija a qué ítem nuevo corresponde cada uno.",
                                nullptr, static_cast<int>(m_records.size())));
    if (!m_records.isEmpty())
        m_table->setCurrentCell(0, 0);
    m_attachButton->setEnabled(!m_records.isEmpty() && m_target->count() > 0);
}

bool UnmatchedRecordsDialog::attach(int row, qint64 itemId)
{
    if (row < 0 || row >= m_records.size() || itemId == 0)
        return false;
    QString error;
    if (!m_tracker.attachRecord(m_records.at(row).id, itemId, m_evaluator, &error)) {
        MessageBox::warning(this, tr("No se asoció el registro"), error);
        return false;
    }
    reload();
    Q_EMIT recordAttached();
    return true;
}

} // namespace vigia::app
