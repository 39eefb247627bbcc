#pragma once

#include "ImportReport.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace vigia::app {

// The end of an import: how many files were imported, were already in the library, failed (with
// the reason) or were cancelled, the warnings of each file, and the text that did not reach the plan.
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    static QString summary(const ImportReport &report);
    // How the report names a layout the reader found ("tabla resumen del JNE").
    static QString layoutName(const QString &layout);
    QTreeWidget *filesView() const { return m_files; }
    // The Qt::UserRole value (column 0) of the line that sums up a file's text left out of the plan.
    static QString unplacedRole() { return QStringLiteral("unplaced"); }

private:
    // Where a passage is printed: "pág. 3" or "línea 120".
    static QString passagePlace(const UnplacedPassage &passage);
    // Under an imported file: how much of its text did not reach the plan, and the first passages.
    void addUnplacedText(QTreeWidgetItem *fileItem, const UnplacedText &unplaced);

    QLabel *m_summary;
    QTreeWidget *m_files;
};

} // namespace vigia::app
