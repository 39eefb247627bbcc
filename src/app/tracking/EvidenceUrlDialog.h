#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace vigia::app {

// Asks for a web address backing a record and the day it was consulted. Shown with open().
class EvidenceUrlDialog : public QDialog {
    Q_OBJECT

public:
    explicit EvidenceUrlDialog(QWidget *parent = nullptr);

    QString url() const;
    QDate consultedOn() const;
    void setUrl(const QString &url);
    void setConsultedOn(const QDate &date);

    void accept() override;

private:
    QLineEdit *m_url;
    QDateEdit *m_consulted;
    QLabel *m_error;
};

} // namespace vigia::app
