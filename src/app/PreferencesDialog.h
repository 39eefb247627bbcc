#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace vigia::app {

// Preferences: the language of the interface (Spanish of Peru or English), applied at once on OK.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

private:
    void save();

    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace vigia::app
