#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;

namespace vigia::app {

// Edits the list of semesters a plan is tracked in ("2023-S1, 2023-S2, …"). Shown with open().
class SemestersDialog : public QDialog {
    Q_OBJECT

public:
    SemestersDialog(const QStringList &semesters, QWidget *parent = nullptr);

    QStringList semesters() const;
    void setText(const QString &text);

    void accept() override;

private:
    QLineEdit *m_edit;
    QLabel *m_error;
};

} // namespace vigia::app
