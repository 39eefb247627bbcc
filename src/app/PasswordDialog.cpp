#include "PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia::app {

QString PasswordDialog::promptText(const QString &filePath, bool previousWasWrong)
{
    const QString name = QFileInfo(filePath).fileName();
    if (previousWasWrong)
        return tr("La contraseña de «%1» no es correcta. Escríbala de nuevo o cancele para no importar este archivo.").arg(name);
    return tr("«%1» está protegido con contraseña. Escriba la contraseña para importarlo.").arg(name);
}

PasswordDialog::PasswordDialog(const QString &filePath, bool previousWasWrong, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(promptText(filePath, previousWasWrong), this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("PDF protegido con contraseña"));
    m_text->setWordWrap(true);
    m_text->setToolTip(filePath);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Importar"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Contraseña:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace vigia::app
