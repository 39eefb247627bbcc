#pragma once

#include <QDialog>

namespace vigia::app {

// Who Vigía is and which versions of Qt, Poppler, SQLite and ICU it runs on.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionsText();
};

} // namespace vigia::app
