// Cold start to first paint, and memory: runs a program that has the StartupProbe hook (the app,
// `vigia`, or the bare-window reference) several times with VIGIA_STARTUP_PROBE=1 on the offscreen
// platform and a fresh settings folder, and reads the line it prints at its first paint. The time
// is from just before the launch (fork and exec included) to the end of the first paint, on the
// system's monotonic clock; memory is the process's peak (VmHWM) and current (VmRSS) resident set
// at that moment. Prints each run, then the best and the median.
//
//   bench_startup [--runs N] [--label TEXT] -- PROGRAM [ARGUMENTS...]
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int runs = 5;
    QString label;
    while (!arguments.isEmpty() && arguments.first() != u"--") {
        const QString option = arguments.takeFirst();
        if (option == u"--runs" && !arguments.isEmpty())
            runs = arguments.takeFirst().toInt();
        else if (option == u"--label" && !arguments.isEmpty())
            label = arguments.takeFirst();
        else
            arguments.clear();
    }
    if (arguments.size() < 2 || runs <= 0) {
        out << "usage: bench_startup [--runs N] [--label TEXT] -- PROGRAM [ARGUMENTS...]\n";
        return 2;
    }
    arguments.removeFirst();
    const QString program = arguments.takeFirst();
    if (label.isEmpty())
        label = program;

    const QRegularExpression probeLine(QStringLiteral(
        R"(startup-probe: first-paint-monotonic-ns=(\d+) since-process-start-ms=(\S+) vmhwm-kib=(\d+) vmrss-kib=(\d+))"));
    QList<double> startMilliseconds;
    QList<double> sinceProcessStart;
    QList<qint64> peakKib;
    QList<qint64> residentKib;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir settings; // a first run's settings each time: no last library, no window state
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VIGIA_STARTUP_PROBE"), QStringLiteral("1"));
        if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), settings.filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        const qint64 launched = monotonicNanoseconds();
        process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            out << program << ": did not finish (" << process.errorString() << ")\n";
            return 1;
        }
        const QRegularExpressionMatch match = probeLine.match(QString::fromUtf8(process.readAllStandardOutput()));
        if (!match.hasMatch()) {
            out << program << ": printed no startup-probe line (exit code " << process.exitCode() << ")\n"
                << QString::fromUtf8(process.readAllStandardError()).left(2000) << '\n';
            return 1;
        }
        startMilliseconds.append(static_cast<double>(match.captured(1).toLongLong() - launched) / 1e6);
        sinceProcessStart.append(match.captured(2).toDouble());
        peakKib.append(match.captured(3).toLongLong());
        residentKib.append(match.captured(4).toLongLong());
        out << QStringLiteral("  run %1: first paint %2 ms after launch, VmHWM %3 MiB, VmRSS %4 MiB\n")
                   .arg(run + 1)
                   .arg(startMilliseconds.last(), 0, 'f', 0)
                   .arg(static_cast<double>(peakKib.last()) / 1024.0, 0, 'f', 1)
                   .arg(static_cast<double>(residentKib.last()) / 1024.0, 0, 'f', 1);
    }
    out << QStringLiteral("%1: first paint best %2 ms, median %3 ms (%4 runs); VmHWM median %5 MiB, VmRSS median %6 MiB\n")
               .arg(label)
               .arg(*std::min_element(startMilliseconds.cbegin(), startMilliseconds.cend()), 0, 'f', 0)
               .arg(median(startMilliseconds), 0, 'f', 0)
               .arg(runs)
               .arg(static_cast<double>(median(peakKib)) / 1024.0, 0, 'f', 1)
               .arg(static_cast<double>(median(residentKib)) / 1024.0, 0, 'f', 1);
    return 0;
}
