#include "PlanDetailsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vigia::app {

PlanDetailsDialog::PlanDetailsDialog(const PlanMetadata &metadata, QWidget *parent)
    : QDialog(parent)
    , m_organization(new QLineEdit(metadata.organization, this))
    , m_place(new QLineEdit(metadata.place, this))
    , m_electionType(new QComboBox(this))
    , m_period(new QLineEdit(metadata.period, this))
    , m_vision(new QPlainTextEdit(metadata.vision, this))
{
    setWindowTitle(tr("Datos del plan"));
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_electionType->setObjectName(QStringLiteral("electionTypeEdit"));
    m_period->setObjectName(QStringLiteral("periodEdit"));
    m_vision->setObjectName(QStringLiteral("visionEdit"));
    m_electionType->setEditable(true);
    // The JNE's election types, as printed on the plans; any other may be typed.
    m_electionType->addItems({QString(), QStringLiteral("MUNICIPAL DISTRITAL"), QStringLiteral("MUNICIPAL PROVINCIAL"),
                              QStringLiteral("REGIONAL"), QStringLiteral("GENERAL")});
    m_electionType->setCurrentText(metadata.electionType);
    m_period->setPlaceholderText(tr("p. ej. 2027-2030"));
    m_vision->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Organización política:"), m_organization);
    form->addRow(tr("&Lugar:"), m_place);
    form->addRow(tr("&Tipo de elección:"), m_electionType);
    form->addRow(tr("&Periodo:"), m_period);
    form->addRow(tr("&Visión:"), m_vision);
    auto *hint = new QLabel(tr("Un campo en blanco quiere decir que el plan no lo indica. Puede deshacer la corrección con Ctrl+Z."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_period, &QLineEdit::textChanged, this, &PlanDetailsDialog::checkPeriod);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 420);
    checkPeriod();
}

void PlanDetailsDialog::checkPeriod()
{
    // A period is two years ("2027-2030"), or nothing.
    static const QRegularExpression period(QStringLiteral(R"(^\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*$)"));
    const QString text = m_period->text();
    const QRegularExpressionMatch match = period.match(text);
    const bool valid = text.trimmed().isEmpty() || (match.hasMatch() && match.captured(2).toInt() > match.captured(1).toInt());
    m_okButton->setEnabled(valid);
    m_period->setToolTip(valid ? QString() : tr("Escriba el periodo como dos años: 2027-2030."));
}

PlanMetadata PlanDetailsDialog::metadata() const
{
    PlanMetadata result;
    result.organization = m_organization->text();
    result.place = m_place->text();
    result.electionType = m_electionType->currentText();
    static const QRegularExpression dash(QStringLiteral(R"(\s*[-–]\s*)"));
    result.period = m_period->text().trimmed().replace(dash, QStringLiteral("-"));
    result.vision = m_vision->toPlainText();
    return result;
}

} // namespace vigia::app
