// Times the PDF reader on one document against `pdftotext -bbox-layout` (Poppler's own text
// extraction with word boxes) in the same run, and prints both and their ratio.
//
// Usage: pdf-parse-benchmark [--runs N] FILE.pdf   (default: ../shared/realdocs/01_…_plan.pdf)
// Each side runs N times (default 3); the fastest wall time and its CPU time are reported.
#include "readers/pdf/PdfPlanReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>

namespace {

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing {
    double wall = 1e9;
    double cpu = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (args.size() >= 2 && args.first() == u"--runs") {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    const QString path = args.isEmpty() ? QStringLiteral(VIGIA_SAMPLES_DIR "/realdocs/01_EG2026_FuerzaPopular_plan.pdf") : args.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot open " << path << "\n";
        return 1;
    }
    const QByteArray content = file.readAll();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        out << "pdftotext not found (Debian package poppler-utils)\n";
        return 1;
    }
    QTemporaryDir dir;

    Timing reader;
    Timing reference;
    qsizetype items = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuBefore = processCpuSeconds();
        timer.start();
        const vigia::ReadResult result = vigia::PdfPlanReader().read(content, path, {});
        const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!result.ok()) {
            out << "read failed: " << result.error << "\n";
            return 1;
        }
        items = result.plan.itemCount();
        if (wall < reader.wall)
            reader = {wall, processCpuSeconds() - cpuBefore};

        const double childBefore = childrenCpuSeconds();
        timer.restart();
        const int exitCode = QProcess::execute(pdftotext, {QStringLiteral("-bbox-layout"), path, dir.filePath(QStringLiteral("out.html"))});
        const double referenceWall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (exitCode != 0) {
            out << "pdftotext failed\n";
            return 1;
        }
        if (referenceWall < reference.wall)
            reference = {referenceWall, childrenCpuSeconds() - childBefore};
    }
    out << "document:               " << path << " (" << items << " items)\n";
    out << QStringLiteral("vigia PDF reader:       %1 s wall, %2 s CPU\n").arg(reader.wall, 0, 'f', 3).arg(reader.cpu, 0, 'f', 3);
    out << QStringLiteral("pdftotext -bbox-layout: %1 s wall, %2 s CPU\n").arg(reference.wall, 0, 'f', 3).arg(reference.cpu, 0, 'f', 3);
    out << QStringLiteral("ratio:                  %1x wall, %2x CPU (target <= 2x)\n")
               .arg(reader.wall / reference.wall, 0, 'f', 2)
               .arg(reference.cpu > 0 ? reader.cpu / reference.cpu : 0.0, 0, 'f', 2);
    return 0;
}
