#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace vigia::app {

// Shows an item's text with a cursor: the item is split where the cursor is (the text before it
// stays, the text after it becomes the next item).
class SplitItemDialog : public QDialog {
    Q_OBJECT

public:
    SplitItemDialog(const QString &text, QWidget *parent = nullptr);

    int splitPosition() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void updateButton();

    QPlainTextEdit *m_editor;
    QDialogButtonBox *m_buttons;
};

} // namespace vigia::app
