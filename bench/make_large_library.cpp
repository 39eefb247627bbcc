// Makes a synthetic large library for benchmarks: N realistic plans (SyntheticPlanGenerator:
// the shapes, text lengths and words of the sample plans, varied places, organizations, periods
// and election types) stored through PlanLibrary::importPlans, which stores each plan exactly as an
// import does (importPlan), only a hundred plans per transaction, so the FTS5 index and everything
// else a library holds are filled the same way. Prints the time taken and the size of the file.
//
//   make-large-library --plans 2000 --out FILE [--seed N] [--samples FILE.json ...]
#include "SyntheticPlanGenerator.h"
#include "store/PlanLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

using namespace vigia;

namespace {

// Plans stored per transaction (PlanLibrary::importPlans): one disk sync per batch, not per plan.
constexpr int plansPerTransaction = 100;

QStringList defaultSamples()
{
    QStringList paths;
    const QDir shared(QStringLiteral(VIGIA_SAMPLES_DIR));
    for (const QString &folder : {QStringLiteral("gold"), QStringLiteral("realdocs/gold")}) {
        const QDir directory(shared.filePath(folder));
        for (const QString &name : directory.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name))
            paths.append(directory.filePath(name));
    }
    return paths;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes a library of synthetic plans for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption plansOption(QStringLiteral("plans"), QStringLiteral("How many plans (default 2000)."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The library file to create (must not exist)."), QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generator (default 1): the same seed gives the same plans."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("A plan JSON file to learn from (repeatable; default the gold plans in the shared folder)."), QStringLiteral("FILE"));
    parser.addOptions({plansOption, outOption, seedOption, samplesOption});
    parser.process(application);

    bool plansOk = false;
    bool seedOk = false;
    const int planCount = parser.value(plansOption).toInt(&plansOk);
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    const QString outPath = parser.value(outOption);
    if (!plansOk || planCount <= 0 || !seedOk || outPath.isEmpty()) {
        err << "usage: make-large-library --plans N --out FILE [--seed N] [--samples FILE.json ...]\n";
        return 2;
    }
    if (QFileInfo::exists(outPath)) {
        err << outPath << ": already exists; the generator only creates new libraries\n";
        return 1;
    }
    const QStringList samples = parser.isSet(samplesOption) ? parser.values(samplesOption) : defaultSamples();
    bench::SyntheticPlanGenerator generator;
    QString error;
    if (!generator.learn(samples, &error)) {
        err << error << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(outPath, &error);
    if (!library) {
        err << error << '\n';
        return 1;
    }
    qint64 itemCount = 0;
    qint64 generateNanoseconds = 0;
    for (int first = 0; first < planCount; first += plansPerTransaction) {
        QElapsedTimer generateTimer;
        generateTimer.start();
        QList<Plan> batch;
        for (int index = first; index < qMin(planCount, first + plansPerTransaction); ++index) {
            batch.append(generator.plan(seed, index));
            itemCount += batch.constLast().itemCount();
        }
        generateNanoseconds += generateTimer.nsecsElapsed();
        const QList<ImportOutcome> outcomes = library->importPlans(batch);
        for (qsizetype index = 0; index < outcomes.size(); ++index) {
            if (outcomes.at(index).status != ImportOutcome::Status::Imported) {
                const QString reason = outcomes.at(index).error.isEmpty()
                                           ? QStringLiteral("%1: plan %2 was not stored (a duplicate)").arg(outPath).arg(first + index)
                                           : outcomes.at(index).error;
                err << reason << '\n';
                return 1;
            }
        }
    }
    library.reset(); // closing checkpoints the write-ahead log into the file
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double megabytes = static_cast<double>(QFileInfo(outPath).size()) / (1024.0 * 1024.0);
    out << QStringLiteral("%1: %2 plans, %3 items (seed %4, learnt from %5 sample plans)\n")
               .arg(outPath).arg(planCount).arg(itemCount).arg(seed).arg(generator.samplePlanCount());
    const double cpuSeconds = static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
    out << QStringLiteral("time %1 s, CPU %6 s (generating %2 s, storing %3 s; %4 plans/s), file %5 MiB\n")
               .arg(seconds, 0, 'f', 2)
               .arg(static_cast<double>(generateNanoseconds) / 1e9, 0, 'f', 2)
               .arg(seconds - static_cast<double>(generateNanoseconds) / 1e9, 0, 'f', 2)
               .arg(planCount / seconds, 0, 'f', 0)
               .arg(megabytes, 0, 'f', 1)
               .arg(cpuSeconds, 0, 'f', 2);
    return 0;
}
