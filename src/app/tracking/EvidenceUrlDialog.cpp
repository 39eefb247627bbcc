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
    , m_title(new QLineEdit(this))
    , m_consulted(new QDateEdit(QDate::currentDate(), this))
    , m_addedBy(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Añadir enlace de evidencia"));
    setWindowModality(Qt::WindowModal);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_title->setPlaceholderText(tr("p. ej. Informe de gestión 2025"));
    m_consulted->setCalendarPopup(true);
    m_consulted->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Dirección:"), m_url);
    form->addRow(tr("&Título:"), m_title);
    form->addRow(tr("&Consultada el:"), m_consulted);
    form->addRow(tr("Añadida &por:"), m_addedBy);
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
QString EvidenceUrlDialog::title() const { return m_title->text().simplified(); }
QDate EvidenceUrlDialog::consultedOn() const { return m_consulted->date(); }
QString EvidenceUrlDialog::addedBy() const { return m_addedBy->text().trimmed(); }
void EvidenceUrlDialog::setUrl(const QString &url) { m_url->setText(url); }
void EvidenceUrlDialog::setTitle(const QString &title) { m_title->setText(title); }
void EvidenceUrlDialog::setConsultedOn(const QDate &date) { m_consulted->setDate(date); }
void EvidenceUrlDialog::setAddedBy(const QString &name) { m_addedBy->setText(name); }

void EvidenceUrlDialog::accept()
{
    const QUrl address(url(), QUrl::StrictMode);
    if (!address.isValid() || address.host().isEmpty() || (address.scheme() != u"http" && address.scheme() != u"https")) {
        m_error->setText(tr("Escriba una dirección web completa (http:// o https://)."));
        m_error->show();
        return;
    }
    if (addedBy().isEmpty()) {
        m_error->setText(tr("Escriba quién añade el enlace."));
        m_error->show();
        m_addedBy->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vigia::app
