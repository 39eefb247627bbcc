// In-process search latency: PlanLibrary::search (FTS5 match, ranking, snippets for the hits
// returned) on an open library, each query run once untimed then repeated, against a reference
// in the same run: the
// FTS5 match alone (every matching item counted, nothing ranked, no snippet) on the same connection.
//
// bench_search_in_process [--repeat N] [--limit N] LIBRARY [QUERY...]
// bench_search_in_process [--repeat N] [--limit N] --import PLAN...   (a new library of the plans)
#include "readers/PlanFileReader.h"
#include "services/ImportService.h"
#include "store/PlanLibrary.h"
#include "store/SearchExpression.h"
#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace vigia;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times PlanLibrary::search on a library."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs of each query (default 9)."),
                                          QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Hits per search (default 200, the panel's)."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QStringLiteral("Search a new library of the plan documents given instead."));
    parser.addOptions({repeatOption, limitOption, importOption});
    parser.addPositionalArgument(QStringLiteral("LIBRARY"), QStringLiteral("The library to search"));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Queries (default: a set of common and rare words)"),
                                 QStringLiteral("[QUERY...]"));
    parser.process(app);
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        parser.showHelp(2);
    QTemporaryDir temporary;
    QString path;
    if (parser.isSet(importOption)) {
        path = temporary.filePath(QStringLiteral("bench.vigia"));
        QString error;
        const std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
        if (!library) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const PlanFileReader reader;
        ImportService service(*library, reader);
        for (const FileImportResult &result : service.importFiles(arguments)) {
            if (result.outcome.status == ImportOutcome::Status::Failed) {
                std::fprintf(stderr, "%s\n", qPrintable(result.outcome.error));
                return 1;
            }
        }
        arguments.clear();
    } else {
        path = arguments.takeFirst();
    }
    if (arguments.isEmpty()) {
        arguments = {QStringLiteral("agua potable"), QStringLiteral("educación"), QStringLiteral("de la"),
                     QStringLiteral("seguridad ciudadana"), QStringLiteral("residuos sólidos"), QStringLiteral("salud"),
                     QStringLiteral("a"), QStringLiteral("pensadores"), QStringLiteral("huaycan")};
    }
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int limit = std::max(1, parser.value(limitOption).toInt());

    QString error;
    const std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SqliteDatabase reference;
    if (!reference.open(path, SqliteDatabase::OpenMode::ReadOnly, &error, SqliteDatabase::Trust::Verified)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    out << "library: " << path << "; " << repeat << " runs per query; " << limit << " hits\n";
    out << qSetFieldWidth(24) << Qt::left << "query" << qSetFieldWidth(0) << "  matches  search median / max ms  "
        << "reference (count) median ms  ratio\n";
    QList<double> all;
    QList<double> allReference;
    for (const QString &text : std::as_const(arguments)) {
        SearchQuery query;
        query.text = text;
        query.limit = limit;
        QList<double> times;
        QList<double> referenceTimes;
        qint64 matches = 0;
        library->search(query); // once untimed: the library's pages read from disk
        for (int run = 0; run < repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchHit> hits = library->search(query);
            times.append(timer.nsecsElapsed() / 1e6);
            if (hits.isEmpty() && !library->lastError().isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(library->lastError()));
                return 1;
            }
            timer.restart();
            SqliteStatement count = reference.prepare(
                QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH ?1"));
            count.bind(1, SearchExpression::fromUserText(text));
            if (count.step() == SqliteStatement::StepResult::Row)
                matches = count.columnInt64(0);
            referenceTimes.append(timer.nsecsElapsed() / 1e6);
        }
        all += times;
        allReference += referenceTimes;
        out << qSetFieldWidth(24) << Qt::left << text << qSetFieldWidth(0) << Qt::right
            << qSetFieldWidth(9) << matches << qSetFieldWidth(0) << "  "
            << QString::number(median(times), 'f', 1) << " / " << QString::number(*std::max_element(times.begin(), times.end()), 'f', 1)
            << " ms  " << QString::number(median(referenceTimes), 'f', 1) << " ms  "
            << QString::number(median(times) / std::max(median(referenceTimes), 1e-3), 'f', 2) << "x\n";
    }
    out << "all queries: search median " << QString::number(median(all), 'f', 1) << " ms, max "
        << QString::number(*std::max_element(all.begin(), all.end()), 'f', 1) << " ms; reference median "
        << QString::number(median(allReference), 'f', 1) << " ms\n";
    out << "ratio " << QString::number(median(all) / std::max(median(allReference), 1e-3), 'f', 2) << "x "
        << QString::number(*std::max_element(all.begin(), all.end()) / std::max(*std::max_element(allReference.begin(), allReference.end()), 1e-3), 'f', 2)
        << "x (median, slowest)\n";
    return 0;
}
