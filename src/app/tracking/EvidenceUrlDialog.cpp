#include "EvidenceUrlDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace vigia::app {

EvidenceUrlDialog::EvidenceUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_consulted(new QDateEdit(QDate::currentDate(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Añadir enlace de evidencia"));
    setWindowModality(Qt::WindowModal);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_consulted->setCalendarPopup(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Dirección:"), m_url);
    form->addRow(tr("&Consultada el:"), m_consulted);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceUrlDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceUrlDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 0);
}

QString EvidenceUrlDialog::url() const { return m_url->text().trimmed(); }
QDate EvidenceUrlDialog::consultedOn() const { return m_consulted->date(); }
void EvidenceUrlDialog::setUrl(const QString &url) { m_url->setText(url); }
void EvidenceUrlDialog::setConsultedOn(const QDate &date) { m_consulted->setDate(date); }

void EvidenceUrlDialog::accept()
{
    const QUrl address(url(), QUrl::StrictMode);
    if (!address.isValid() || address.host().isEmpty() || (address.scheme() != u"http" && address.scheme() != u"https")) {
        m_error->setText(tr("Escriba una dirección web completa (http:// o https://)."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace vigia::app
