#include "ItemTextDialog.h"

#include "text/TextNormalizer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia::app {

ItemTextDialog::ItemTextDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(text, this))
{
    setWindowTitle(tr("Corregir el texto del ítem"));
    m_editor->setObjectName(QStringLiteral("itemTextEditor"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->text().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("El texto corregido queda guardado en la biblioteca y marcado como corregido a mano."), this));
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(560, 240);
}

QString ItemTextDialog::text() const
{
    return TextNormalizer::simplifyWhitespace(m_editor->toPlainText());
}

} // namespace vigia::app
