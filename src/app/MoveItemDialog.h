#pragma once

#include "model/Plan.h"

#include <QDialog>

class QComboBox;

namespace vigia::app {

// Chooses where an item goes: a dimension of its plan, one of that dimension's rows, and the
// kind it has there (at the end of that cell).
class MoveItemDialog : public QDialog {
    Q_OBJECT

public:
    MoveItemDialog(const Plan &plan, qint64 currentRowId, ItemKind kind, QWidget *parent = nullptr);

    qint64 rowId() const;
    ItemKind kind() const;
    QComboBox *dimensionBox() const { return m_dimension; }
    QComboBox *rowBox() const { return m_row; }
    QComboBox *kindBox() const { return m_kind; }

private:
    void fillRows(int dimensionIndex);

    Plan m_plan;
    QComboBox *m_dimension;
    QComboBox *m_row;
    QComboBox *m_kind;
};

} // namespace vigia::app
