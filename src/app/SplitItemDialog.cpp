#include "SplitItemDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace vigia::app {

SplitItemDialog::SplitItemDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(text, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Dividir el ítem"));
    m_editor->setObjectName(QStringLiteral("splitTextEditor"));
    // Read-only, but with a cursor the keyboard and the mouse can move.
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Dividir aquí"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &SplitItemDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Ponga el cursor donde empieza el segundo ítem. El texto anterior queda en este ítem; "
                               "el resto pasa a un ítem nuevo del mismo tipo, justo después."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    resize(560, 240);
    updateButton();
}

int SplitItemDialog::splitPosition() const
{
    return m_editor->textCursor().position();
}

void SplitItemDialog::updateButton()
{
    const QString text = m_editor->toPlainText();
    const int position = splitPosition();
    const bool splits = !text.left(position).trimmed().isEmpty() && !text.mid(position).trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(splits);
}

} // namespace vigia::app
