#include "MoveItemDialog.h"

#include "ItemKindStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace vigia::app {

MoveItemDialog::MoveItemDialog(const Plan &plan, qint64 currentRowId, ItemKind kind, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_dimension(new QComboBox(this))
    , m_row(new QComboBox(this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(tr("Mover el ítem"));
    m_dimension->setObjectName(QStringLiteral("moveDimension"));
    m_row->setObjectName(QStringLiteral("moveRow"));
    m_kind->setObjectName(QStringLiteral("moveKind"));
    int currentDimension = 0;
    int currentRow = 0;
    for (int d = 0; d < m_plan.dimensions.size(); ++d) {
        m_dimension->addItem(m_plan.dimensions[d].name);
        for (int r = 0; r < m_plan.dimensions[d].rows.size(); ++r) {
            if (m_plan.dimensions[d].rows[r].id == currentRowId) {
                currentDimension = d;
                currentRow = r;
            }
        }
    }
    for (ItemKind each : allItemKinds)
        m_kind->addItem(ItemKindStyle::icon(each), ItemKindStyle::singularName(each), static_cast<int>(each));
    m_kind->setCurrentIndex(static_cast<int>(kind));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mover"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &MoveItemDialog::fillRows);
    connect(m_row, &QComboBox::currentIndexChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(rowId() != 0); });

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Dimensión:"), m_dimension);
    layout->addRow(tr("&Fila:"), m_row);
    layout->addRow(tr("&Tipo:"), m_kind);
    layout->addRow(buttons);

    m_dimension->setCurrentIndex(currentDimension);
    fillRows(currentDimension);
    m_row->setCurrentIndex(currentRow);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(rowId() != 0);
}

void MoveItemDialog::fillRows(int dimensionIndex)
{
    m_row->clear();
    if (dimensionIndex < 0 || dimensionIndex >= m_plan.dimensions.size())
        return;
    const Dimension &dimension = m_plan.dimensions[dimensionIndex];
    for (int r = 0; r < dimension.rows.size(); ++r) {
        const Row &row = dimension.rows[r];
        const QString label = tr("Fila %1").arg(r + 1);
        m_row->addItem(row.heading.isEmpty() ? label : QStringLiteral("%1 — %2").arg(label, row.heading), row.id);
    }
}

qint64 MoveItemDialog::rowId() const
{
    return m_row->currentIndex() < 0 ? 0 : m_row->currentData().toLongLong();
}

ItemKind MoveItemDialog::kind() const
{
    return static_cast<ItemKind>(m_kind->currentData().toInt());
}

} // namespace vigia::app
