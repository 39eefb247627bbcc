#pragma once

#include "progress/ProgressValues.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace vigia::app {

// The form for one item's progress in one semester: status, progress as a percentage or as a value
// achieved against the target, note, evaluator and date. Shown with open(); read values() when accepted.
class ProgressEditDialog : public QDialog {
    Q_OBJECT

public:
    enum class Measure { None, Percent, Value };

    ProgressEditDialog(const QString &itemText, const QString &semester, QWidget *parent = nullptr);

    // Fills the form; `statedTarget` is the target read from the meta's text, shown as the default.
    void setValues(const ProgressValues &values, std::optional<double> statedTarget);
    ProgressValues values() const;

    // For tests and for people who type: set the fields directly.
    void setStatus(ProgressStatus status);
    void setMeasure(Measure measure, std::optional<double> figure);
    void setTarget(std::optional<double> target);
    void setNote(const QString &note);
    void setEvaluator(const QString &evaluator);

    void accept() override;

private:
    void updateMeasure();
    std::optional<double> number(const QLineEdit *edit, bool *ok) const;

    QComboBox *m_status;
    QComboBox *m_measure;
    QLineEdit *m_figure;
    QLineEdit *m_target;
    QLabel *m_targetHint;
    QPlainTextEdit *m_note;
    QLineEdit *m_evaluator;
    QDateEdit *m_date;
    QLabel *m_error;
};

} // namespace vigia::app
