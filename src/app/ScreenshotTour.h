#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

namespace vigia::app {

class MainWindow;

// Walks the main views once the library is ready and saves each as a PNG (QWidget::grab), then
// quits: `vigia --screenshot DIR`. Driven by timers, so the app runs its own event loop meanwhile.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &directory, const QString &searchWords, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    void waitForLibrary();
    void shootPlan();
    void shootSearch();
    void shootPdfItem();
    void shootComparison();
    void shootDialogs();
    void shootReviewQueue();
    void shootImportProblems();
    bool save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_directory;
    QString m_searchWords;
    QTemporaryDir m_scratch; // files made for the import report
    int m_waitedMs = 0;
    bool m_ok = true;
};

} // namespace vigia::app
