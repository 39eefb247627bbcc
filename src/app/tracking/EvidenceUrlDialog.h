#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace vigia::app {

// Asks for a web address backing a record, its title, the day it was consulted and who adds it.
// Shown with open().
class EvidenceUrlDialog : public QDialog {
    Q_OBJECT

public:
    explicit EvidenceUrlDialog(QWidget *parent = nullptr);

    QString url() const;
    QString title() const;
    QDate consultedOn() const;
    QString addedBy() const;
    void setUrl(const QString &url);
    void setTitle(const QString &title);
    void setConsultedOn(const QDate &date);
    void setAddedBy(const QString &name);

    void accept() override;

private:
    QLineEdit *m_url;
    QLineEdit *m_title;
    QDateEdit *m_consulted;
    QLineEdit *m_addedBy;
    QLabel *m_error;
};

} // namespace vigia::app
