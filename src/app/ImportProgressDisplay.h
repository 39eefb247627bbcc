#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;

namespace vigia::app {

// What the status bar says of a running import (ImportJob's signals): a bar over all the files,
// each file's share split into the pages (or other units) its reader reports, and a line naming
// a file being read and how far it is. Files are read a few at once, so the bar adds up the
// files done and the shares of those being read, and the line follows the file heard from last.
class ImportProgressDisplay : public QObject {
    Q_OBJECT

public:
    ImportProgressDisplay(QLabel *status, QProgressBar *bar, QObject *parent = nullptr);

    void begin(int total);
    void end();
    QString statusText() const;

    void fileStarted(int index, int total, const QString &path);
    void fileProgress(int index, int done, int pages);
    // Scanned pages are read by OCR after the text pass, a few seconds each: the file's share
    // starts over for them, and the line says so.
    void fileOcrProgress(int index, int done, int pages);
    void fileFinished(int index, int total);

private:
    void showPages(int index, int done, int pages, const QString &phase);
    void updateBar();

    QLabel *m_status;
    QProgressBar *m_bar;
    int m_total = 0;
    int m_finished = 0;
    QHash<int, double> m_shareDone;  // files being read: how much of each, 0–1
    QHash<int, QString> m_fileLines; // files being read: "Importando 2 de 5: plan.pdf"
};

} // namespace vigia::app
