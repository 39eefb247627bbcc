#include "SemestersDialog.h"

#include "progress/Semester.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vigia::app {

SemestersDialog::SemestersDialog(const QStringList &semesters, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(semesters.join(QStringLiteral(", ")), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Semestres del seguimiento"));
    setWindowModality(Qt::WindowModal);
    auto *hint = new QLabel(tr("Semestres separados por comas, como 2023-S1 (enero–junio) y 2023-S2 (julio–diciembre):"), this);
    hint->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SemestersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SemestersDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 0);
}

QStringList SemestersDialog::semesters() const
{
    QStringList list;
    for (const QString &part : m_edit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (const std::optional<Semester> semester = Semester::parse(part.toUpper()))
            list.append(semester->toString());
    }
    list.removeDuplicates();
    list.sort();
    return list;
}

void SemestersDialog::setText(const QString &text)
{
    m_edit->setText(text);
}

void SemestersDialog::accept()
{
    const QStringList parts = m_edit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!Semester::parse(part.toUpper())) {
            m_error->setText(tr("«%1» no es un semestre (escriba AAAA-S1 o AAAA-S2).").arg(part));
            m_error->show();
            return;
        }
    }
    if (parts.isEmpty()) {
        m_error->setText(tr("Indique al menos un semestre."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace vigia::app
