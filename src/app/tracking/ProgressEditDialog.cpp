#include "ProgressEditDialog.h"

#include "progress/ProgressStatus.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vigia::app {

ProgressEditDialog::ProgressEditDialog(const QString &itemText, const QString &semester, QWidget *parent)
    : QDialog(parent)
    , m_status(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_figure(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_targetHint(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_evaluator(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Avance en %1").arg(semester));
    setWindowModality(Qt::WindowModal);
    auto *text = new QLabel(itemText, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const ProgressStatus status : allProgressStatuses)
        m_status->addItem(progressStatusLabel(status), progressStatusId(status));
    m_measure->addItem(tr("Sin cifra"), static_cast<int>(Measure::None));
    m_measure->addItem(tr("Porcentaje de avance"), static_cast<int>(Measure::Percent));
    m_measure->addItem(tr("Valor logrado frente a la meta"), static_cast<int>(Measure::Value));
    m_date->setCalendarPopup(true);
    m_note->setTabChangesFocus(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Estado:"), m_status);
    form->addRow(tr("&Medida:"), m_measure);
    form->addRow(tr("&Cifra:"), m_figure);
    form->addRow(tr("Va&lor meta:"), m_target);
    form->addRow(QString(), m_targetHint);
    form->addRow(tr("&Nota:"), m_note);
    form->addRow(tr("E&valuador:"), m_evaluator);
    form->addRow(tr("&Fecha:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgressEditDialog::reject);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ProgressEditDialog::updateMeasure);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 460);
    updateMeasure();
}

void ProgressEditDialog::setValues(const ProgressValues &values, std::optional<double> statedTarget)
{
    setStatus(values.status);
    if (values.percent)
        setMeasure(Measure::Percent, values.percent);
    else if (values.achievedValue)
        setMeasure(Measure::Value, values.achievedValue);
    else
        setMeasure(Measure::None, std::nullopt);
    setTarget(values.targetValue);
    m_targetHint->setText(statedTarget ? tr("Meta según el texto: %1").arg(QLocale().toString(*statedTarget, 'g', 10))
                                       : tr("El texto no indica una cifra meta."));
    setNote(values.note);
    if (!values.evaluator.isEmpty())
        setEvaluator(values.evaluator);
    if (values.assessedOn.isValid())
        m_date->setDate(values.assessedOn);
}

void ProgressEditDialog::setStatus(ProgressStatus status)
{
    m_status->setCurrentIndex(m_status->findData(progressStatusId(status)));
}

void ProgressEditDialog::setMeasure(Measure measure, std::optional<double> figure)
{
    m_measure->setCurrentIndex(m_measure->findData(static_cast<int>(measure)));
    m_figure->setText(figure ? QLocale().toString(*figure, 'g', 10) : QString());
}

void ProgressEditDialog::setTarget(std::optional<double> target)
{
    m_target->setText(target ? QLocale().toString(*target, 'g', 10) : QString());
}

void ProgressEditDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void ProgressEditDialog::setEvaluator(const QString &evaluator)
{
    m_evaluator->setText(evaluator);
}

void ProgressEditDialog::updateMeasure()
{
    const auto measure = static_cast<Measure>(m_measure->currentData().toInt());
    m_figure->setEnabled(measure != Measure::None);
    m_target->setEnabled(measure == Measure::Value);
    m_figure->setPlaceholderText(measure == Measure::Percent ? tr("0 a 100") : QString());
    m_target->setPlaceholderText(tr("la cifra del texto de la meta"));
}

std::optional<double> ProgressEditDialog::number(const QLineEdit *edit, bool *ok) const
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

ProgressValues ProgressEditDialog::values() const
{
    ProgressValues values;
    values.status = progressStatusFromId(m_status->currentData().toString()).value_or(ProgressStatus::NoInformation);
    bool ok = true;
    const auto measure = static_cast<Measure>(m_measure->currentData().toInt());
    if (measure == Measure::Percent)
        values.percent = number(m_figure, &ok);
    else if (measure == Measure::Value) {
        values.achievedValue = number(m_figure, &ok);
        values.targetValue = number(m_target, &ok);
    }
    values.note = m_note->toPlainText().trimmed();
    values.evaluator = m_evaluator->text().trimmed();
    values.assessedOn = m_date->date();
    return values;
}

void ProgressEditDialog::accept()
{
    const auto measure = static_cast<Measure>(m_measure->currentData().toInt());
    bool figureOk = true;
    bool targetOk = true;
    const std::optional<double> figure = number(m_figure, &figureOk);
    number(m_target, &targetOk);
    QString problem;
    if (measure != Measure::None && (!figureOk || !figure))
        problem = tr("Escriba la cifra como un número.");
    else if (measure == Measure::Percent && (*figure < 0 || *figure > 100))
        problem = tr("El porcentaje va de 0 a 100.");
    else if (measure == Measure::Value && !targetOk)
        problem = tr("Escriba el valor meta como un número, o déjelo vacío.");
    else if (m_evaluator->text().trimmed().isEmpty())
        problem = tr("Indique quién evalúa.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace vigia::app
