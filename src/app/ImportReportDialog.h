#pragma once

#include "ImportReport.h"

#include <QDialog>

class QTreeWidget;
class QLabel;

namespace vigia::app {

// The end of an import: how many files were imported, were already in the library, failed (with
// the reason) or were cancelled, and the warnings of each file.
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    static QString summary(const ImportReport &report);
    // How the report names a layout the reader found ("tabla resumen del JNE").
    static QString layoutName(const QString &layout);
    QTreeWidget *filesView() const { return m_files; }

private:
    QLabel *m_summary;
    QTreeWidget *m_files;
};

} // namespace vigia::app
