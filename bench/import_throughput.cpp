// Import throughput: parses each file and stores it in a fresh library (one transaction per
// plan, FTS5 index kept in step), repeated with a new library each round. Prints plans/s and
// MB/s for the whole import and, as the reference measured in the same run, for the parse alone,
// so the figure shows what storing costs on top of reading.
#include "readers/PlanFileReader.h"
#include "store/PlanLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace vigia;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int rounds = 10;
    if (arguments.size() >= 2 && arguments.first() == u"--repeat") {
        rounds = arguments.at(1).toInt();
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty() || rounds <= 0) {
        out << "usage: bench_import [--repeat N] FILE...\n";
        return 2;
    }
    QList<QPair<QString, QByteArray>> sources;
    qint64 totalBytes = 0;
    for (const QString &path : arguments) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << path << ": cannot open\n";
            return 1;
        }
        sources.append({QFileInfo(path).fileName(), file.readAll()});
        totalBytes += sources.last().second.size();
    }
    const PlanFileReader reader;
    QTemporaryDir directory;
    qint64 parseNanoseconds = 0;
    qint64 importNanoseconds = 0;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        QString error;
        auto library = PlanLibrary::open(directory.filePath(QStringLiteral("bench-%1.vigia").arg(round)), &error);
        if (!library) {
            out << error << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        for (const auto &[name, bytes] : sources) {
            QElapsedTimer parseTimer;
            parseTimer.start();
            const ReadResult result = reader.readData(bytes, name);
            parseNanoseconds += parseTimer.nsecsElapsed();
            if (!result.ok() || library->importPlan(result.plan, result.warnings).status != ImportOutcome::Status::Imported)
                ++failures;
        }
        importNanoseconds += timer.nsecsElapsed();
    }
    const double plans = static_cast<double>(sources.size()) * rounds;
    const double megabytes = static_cast<double>(totalBytes) * rounds / (1024.0 * 1024.0);
    const double importSeconds = static_cast<double>(importNanoseconds) / 1e9;
    const double parseSeconds = static_cast<double>(parseNanoseconds) / 1e9;
    out << QStringLiteral("files %1, %2 KiB, %3 rounds into new libraries, %4 failed\n")
               .arg(sources.size()).arg(totalBytes / 1024.0, 0, 'f', 1).arg(rounds).arg(failures);
    out << QStringLiteral("import (parse + store): %1 plans/s  %2 MB/s  (%3 ms per plan)\n")
               .arg(plans / importSeconds, 0, 'f', 1).arg(megabytes / importSeconds, 0, 'f', 2)
               .arg(importSeconds * 1000.0 / plans, 0, 'f', 2);
    out << QStringLiteral("reference parse only:   %1 plans/s  %2 MB/s  (storing adds %3%)\n")
               .arg(plans / parseSeconds, 0, 'f', 1).arg(megabytes / parseSeconds, 0, 'f', 2)
               .arg((importSeconds - parseSeconds) * 100.0 / parseSeconds, 0, 'f', 0);
    return failures ? 1 : 0;
}
