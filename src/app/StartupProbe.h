#pragma once

#include <QObject>

class QWidget;

namespace vigia::app {

// A measuring hook for the benchmarks (bench/startup_time.cpp): when the environment variable
// VIGIA_STARTUP_PROBE is set, the app prints one line once its main window has been painted for the
// first time — when that was (CLOCK_MONOTONIC, comparable with the launcher's clock), how long after
// the process started, and the process's peak and current resident memory (VmHWM, VmRSS) — and
// quits. Without the variable nothing is installed.
class StartupProbe : public QObject {
    Q_OBJECT

public:
    static bool isRequested();
    // Watches the first paint of `window` (or of any widget in it).
    explicit StartupProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    bool m_painted = false;
};

} // namespace vigia::app
