#include "StartupProbe.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace vigia::app {

namespace {

qint64 nanoseconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The process's start, in nanoseconds after boot (field 22 of /proc/self/stat, in clock ticks).
qint64 processStartNanoseconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it start past its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeAfterName = 22 - 3;
    if (fields.size() <= startTimeAfterName)
        return -1;
    return fields.at(startTimeAfterName).toLongLong() * 1000000000 / sysconf(_SC_CLK_TCK);
}

QByteArray statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0);
    }
    return "?";
}

} // namespace

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIsSet("VIGIA_STARTUP_PROBE");
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        // The whole window is painted in this pass; report once it is done.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    const qint64 paintedMonotonic = nanoseconds(CLOCK_MONOTONIC);
    const qint64 paintedSinceBoot = nanoseconds(CLOCK_BOOTTIME);
    const qint64 started = processStartNanoseconds();
    QFile statusFile(QStringLiteral("/proc/self/status"));
    const QByteArray status = statusFile.open(QIODevice::ReadOnly) ? statusFile.readAll() : QByteArray();
    std::printf("startup-probe: first-paint-monotonic-ns=%lld since-process-start-ms=%.0f vmhwm-kib=%s vmrss-kib=%s\n",
                static_cast<long long>(paintedMonotonic),
                started < 0 ? -1.0 : static_cast<double>(paintedSinceBoot - started) / 1e6,
                statusField(status, "VmHWM").constData(), statusField(status, "VmRSS").constData());
    std::fflush(stdout);
    qApp->removeEventFilter(this);
    QCoreApplication::exit(0);
}

} // namespace vigia::app
