// Parse throughput: reads each file once into memory, then parses all of them repeatedly through
// PlanFileReader::readData (the readers only, no disk I/O) and prints plans/s and MB/s. As the
// reference measured in the same run it times TextDecoder::decode alone on the same bytes
// (the floor any text reader pays).
#include "readers/PlanFileReader.h"
#include "text/TextDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace vigia;

namespace {

struct Source {
    QString name;
    QByteArray bytes;
};

template <typename Work>
double secondsFor(int repetitions, Work work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repetitions; ++i)
        work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int repetitions = 20;
    if (arguments.size() >= 2 && arguments.first() == u"--repeat") {
        repetitions = arguments.at(1).toInt();
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty() || repetitions <= 0) {
        out << "usage: bench_parse [--repeat N] FILE...\n";
        return 2;
    }
    QList<Source> sources;
    qint64 totalBytes = 0;
    for (const QString &path : arguments) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << path << ": cannot open\n";
            return 1;
        }
        sources.append({QFileInfo(path).fileName(), file.readAll()});
        totalBytes += sources.last().bytes.size();
    }
    const PlanFileReader reader;
    int failures = 0;
    qsizetype items = 0;
    const double parseSeconds = secondsFor(repetitions, [&] {
        for (const Source &source : sources) {
            const ReadResult result = reader.readData(source.bytes, source.name);
            failures += result.ok() ? 0 : 1;
            items += result.plan.itemCount();
        }
    });
    const double decodeSeconds = secondsFor(repetitions, [&] {
        for (const Source &source : sources)
            items += TextDecoder::decode(source.bytes).text.size() > 0 ? 0 : 1;
    });
    const double plans = static_cast<double>(sources.size()) * repetitions;
    const double megabytes = static_cast<double>(totalBytes) * repetitions / (1024.0 * 1024.0);
    out << QStringLiteral("files %1, %2 KiB, %3 repetitions, %4 failed parses\n")
               .arg(sources.size()).arg(totalBytes / 1024.0, 0, 'f', 1).arg(repetitions).arg(failures);
    out << QStringLiteral("parse:            %1 plans/s  %2 MB/s  (%3 ms per plan)\n")
               .arg(plans / parseSeconds, 0, 'f', 1).arg(megabytes / parseSeconds, 0, 'f', 2)
               .arg(parseSeconds * 1000.0 / plans, 0, 'f', 3);
    out << QStringLiteral("reference decode: %1 plans/s  %2 MB/s  (parse takes %3x the decode time)\n")
               .arg(plans / decodeSeconds, 0, 'f', 1).arg(megabytes / decodeSeconds, 0, 'f', 2)
               .arg(parseSeconds / decodeSeconds, 0, 'f', 1);
    return failures ? 1 : 0;
}
