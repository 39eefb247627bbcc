// Type-ahead search latency as the search panel has it: a SearchPanel (offscreen) over a library,
// words typed one character at a time; for each keystroke the work the panel does once its typing
// delay has passed — PlanLibrary::search (FTS5 match, ranking, snippets), filling
// SearchResultsModel, the status line — and the repaint of the panel with the visible hits
// (SnippetDelegate's highlighted snippets). Scenarios: common and rare words, accented and not,
// one-letter starts, kind and dimension filters, and the open plan only. Prints, per scenario and
// for all keystrokes, the median, 95th percentile and maximum wall time per keystroke (and the
// median CPU time of the thread, which other load on the machine does not inflate); the target is
// 100 ms. Also times the library listing (PlanLibrary::plans with its counts, and the library
// pane filled and painted).
//
//   bench_search [--repeat N] LIBRARY.vigia [LIBRARY.vigia ...]
#include "LibraryPane.h"
#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "store/PlanLibrary.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace vigia;
using namespace vigia::app;

namespace {

struct Scenario {
    QString words;                           // typed one character at a time
    std::optional<ItemKind> kind = {};
    QString dimension = {};
    bool openPlanOnly = false;
};

struct Keystroke {
    double wallMs = 0.0;
    double cpuMs = 0.0;
    double searchMs = 0.0;
    double searchCpuMs = 0.0;
    int hits = 0;
};

double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

QString describe(const Scenario &scenario)
{
    QStringList parts{u'«' + scenario.words + u'»'};
    if (scenario.kind)
        parts.append(QStringLiteral("kind=%1").arg(itemKindId(*scenario.kind)));
    if (!scenario.dimension.isEmpty())
        parts.append(QStringLiteral("dimension=%1").arg(scenario.dimension));
    if (scenario.openPlanOnly)
        parts.append(QStringLiteral("open plan only"));
    return parts.join(u' ');
}

QString summary(const QList<Keystroke> &keystrokes)
{
    QList<double> wall;
    QList<double> cpu;
    QList<double> search;
    QList<double> searchCpu;
    for (const Keystroke &keystroke : keystrokes) {
        wall.append(keystroke.wallMs);
        cpu.append(keystroke.cpuMs);
        search.append(keystroke.searchMs);
        searchCpu.append(keystroke.searchCpuMs);
    }
    return QStringLiteral("wall median %1 / p95 %2 / max %3 ms; CPU median %4 / p95 %5 / max %6 ms; "
                          "of which PlanLibrary::search wall median %7 ms, CPU median %8 ms")
        .arg(percentile(wall, 0.5), 0, 'f', 1)
        .arg(percentile(wall, 0.95), 0, 'f', 1)
        .arg(percentile(wall, 1.0), 0, 'f', 1)
        .arg(percentile(cpu, 0.5), 0, 'f', 1)
        .arg(percentile(cpu, 0.95), 0, 'f', 1)
        .arg(percentile(cpu, 1.0), 0, 'f', 1)
        .arg(percentile(search, 0.5), 0, 'f', 1)
        .arg(percentile(searchCpu, 0.5), 0, 'f', 1);
}

void selectData(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(qMax(0, box->findData(data)));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = QApplication::arguments().mid(1);
    int repeat = 5;
    if (arguments.size() >= 2 && arguments.first() == u"--repeat") {
        repeat = arguments.at(1).toInt();
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty() || repeat <= 0) {
        out << "usage: bench_search [--repeat N] LIBRARY.vigia [LIBRARY.vigia ...]\n";
        return 2;
    }
    const QList<Scenario> scenarios{
        {QStringLiteral("agua potable")},
        {QStringLiteral("educación")},
        {QStringLiteral("educacion")},
        {QStringLiteral("población vulnerable")},
        {QStringLiteral("de la")},
        {QStringLiteral("pensadores")},
        {QStringLiteral("huaycan")},
        {QStringLiteral("salud"), ItemKind::Target},
        {QStringLiteral("residuos sólidos"), std::nullopt, QStringLiteral("Ambiental")},
        {QStringLiteral("seguridad ciudadana"), std::nullopt, {}, true},
        {QStringLiteral("de"), std::nullopt, {}, true},
    };

    for (const QString &path : arguments) {
        QString error;
        std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
        if (!library) {
            out << error << '\n';
            return 1;
        }
        // The library listing, as opening a library fills the library pane.
        LibraryPane pane;
        pane.resize(1280, 300);
        pane.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        double listingCpuStart = threadCpuMilliseconds();
        const QList<PlanSummary> plans = library->plans();
        const double listingMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const double listingCpuMs = threadCpuMilliseconds() - listingCpuStart;
        timer.restart();
        listingCpuStart = threadCpuMilliseconds();
        pane.setPlans(plans);
        pane.repaint();
        const double paneMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const double paneCpuMs = threadCpuMilliseconds() - listingCpuStart;
        qint64 items = 0;
        for (const PlanSummary &plan : plans)
            items += plan.itemCount();
        out << QStringLiteral("== %1: %2 plans, %3 items\n").arg(path).arg(plans.size()).arg(items);
        out << QStringLiteral("library listing: plans() with counts %1 ms (CPU %2 ms); pane filled, sorted and painted %3 ms (CPU %4 ms)\n")
                   .arg(listingMs, 0, 'f', 1)
                   .arg(listingCpuMs, 0, 'f', 1)
                   .arg(paneMs, 0, 'f', 1)
                   .arg(paneCpuMs, 0, 'f', 1);
        pane.hide();
        if (plans.isEmpty())
            continue;
        // "The open plan": one in the middle of the library.
        const PlanSummary &openPlan = plans.at(plans.size() / 2);

        SearchPanel panel;
        double searchMs = 0.0;
        double searchCpuMs = 0.0;
        panel.setSearchFunction([&library, &searchMs, &searchCpuMs](const SearchQuery &query) {
            const double cpuBefore = threadCpuMilliseconds();
            QElapsedTimer searchTimer;
            searchTimer.start();
            QList<SearchHit> hits = library->search(query);
            searchMs = static_cast<double>(searchTimer.nsecsElapsed()) / 1e6;
            searchCpuMs = threadCpuMilliseconds() - cpuBefore;
            return hits;
        });
        panel.resize(1280, 400);
        panel.show();
        QApplication::processEvents();

        QList<Keystroke> all;
        for (const Scenario &scenario : scenarios) {
            panel.queryEdit()->clear();
            panel.setOpenPlan(openPlan.id, {});
            selectData(panel.scopeBox(), scenario.openPlanOnly);
            selectData(panel.kindBox(), scenario.kind ? static_cast<int>(*scenario.kind) : -1);
            selectData(panel.dimensionBox(), scenario.dimension);
            QList<Keystroke> keystrokes;
            QList<QList<double>> perPrefix(scenario.words.size());
            QList<QList<double>> cpuPerPrefix(scenario.words.size());
            QList<int> hitsPerPrefix(scenario.words.size());
            for (int round = 0; round < repeat; ++round) {
                for (qsizetype length = 1; length <= scenario.words.size(); ++length) {
                    const double cpuBefore = threadCpuMilliseconds();
                    QElapsedTimer keystrokeTimer;
                    keystrokeTimer.start();
                    panel.queryEdit()->setText(scenario.words.left(length)); // starts the typing delay
                    panel.runSearch();                                        // what the delay's end runs
                    panel.repaint();
                    Keystroke keystroke;
                    keystroke.wallMs = static_cast<double>(keystrokeTimer.nsecsElapsed()) / 1e6;
                    keystroke.cpuMs = threadCpuMilliseconds() - cpuBefore;
                    keystroke.searchMs = searchMs;
                    keystroke.searchCpuMs = searchCpuMs;
                    keystroke.hits = panel.model()->rowCount();
                    keystrokes.append(keystroke);
                    perPrefix[length - 1].append(keystroke.wallMs);
                    cpuPerPrefix[length - 1].append(keystroke.cpuMs);
                    hitsPerPrefix[length - 1] = keystroke.hits;
                }
                panel.queryEdit()->clear();
                panel.runSearch();
            }
            out << describe(scenario) << QStringLiteral(" (%1 keystrokes x %2): ").arg(scenario.words.size()).arg(repeat)
                << summary(keystrokes) << '\n';
            QStringList medians;
            for (qsizetype length = 1; length <= scenario.words.size(); ++length) {
                if (scenario.words.at(length - 1) == u' ')
                    continue;
                medians.append(QStringLiteral("%1 %2|%3 (%4)")
                                   .arg(scenario.words.left(length))
                                   .arg(percentile(perPrefix[length - 1], 0.5), 0, 'f', 0)
                                   .arg(percentile(cpuPerPrefix[length - 1], 0.5), 0, 'f', 0)
                                   .arg(hitsPerPrefix[length - 1]));
            }
            out << QStringLiteral("    per keystroke, median wall|CPU ms (hits shown): ") << medians.join(QStringLiteral("  ")) << '\n';
            all += keystrokes;
        }
        QList<double> wall;
        for (const Keystroke &keystroke : all)
            wall.append(keystroke.wallMs);
        const qsizetype within = std::count_if(wall.cbegin(), wall.cend(), [](double ms) { return ms <= 100.0; });
        out << QStringLiteral("all %1 keystrokes: ").arg(all.size()) << summary(all)
            << QStringLiteral("; %1% within 100 ms\n").arg(100.0 * static_cast<double>(within) / static_cast<double>(wall.size()), 0, 'f', 1);
    }
    return 0;
}
