#pragma once

#include "model/Plan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vigia::app {

// The form to correct what the importer read about a plan: organization, place, election type,
// period and vision. A blank field means "not stated".
class PlanDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanDetailsDialog(const PlanMetadata &metadata, QWidget *parent = nullptr);

    PlanMetadata metadata() const;

private:
    void checkPeriod();

    QLineEdit *m_organization;
    QLineEdit *m_place;
    QComboBox *m_electionType;
    QLineEdit *m_period;
    QPlainTextEdit *m_vision;
    QPushButton *m_okButton = nullptr;
};

} // namespace vigia::app
