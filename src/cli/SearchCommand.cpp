#include "Commands.h"
#include "LibraryCommandLine.h"

#include "store/PlanLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace vigia::cli {
namespace {

// Matches in bold on a terminal (unless NO_COLOR is set), in [brackets] otherwise.
QString highlighted(const QString &snippet, bool useBold)
{
    QString text = snippet;
    text.replace(PlanLibrary::snippetOpen.toString(), useBold ? QStringLiteral("\x1b[1m") : QStringLiteral("["));
    text.replace(PlanLibrary::snippetClose.toString(), useBold ? QStringLiteral("\x1b[0m") : QStringLiteral("]"));
    return text;
}

QJsonObject hitToJson(const SearchHit &hit)
{
    return QJsonObject{
        {QStringLiteral("plan_id"), hit.planId},
        {QStringLiteral("plan"), hit.planLabel},
        {QStringLiteral("item_id"), hit.itemId},
        {QStringLiteral("kind"), itemKindId(hit.kind)},
        {QStringLiteral("dimension"), hit.dimension},
        {QStringLiteral("text"), hit.text},
        {QStringLiteral("snippet"), highlighted(hit.snippet, false)},
        {QStringLiteral("rank"), hit.rank},
    };
}

} // namespace

int runSearch(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Searches the items of the stored plans, ignoring accents and case."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("Words to look for; the last one may be the start of a word"),
                                 QStringLiteral("TEXT..."));
    const QCommandLineOption planOption(QStringLiteral("plan"), QStringLiteral("Only this plan"), QStringLiteral("ID"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        QStringLiteral("Only items of this kind: problem, objective, indicator, target"),
                                        QStringLiteral("KIND"));
    const QCommandLineOption dimensionOption(QStringLiteral("dimension"), QStringLiteral("Only items of this dimension"),
                                             QStringLiteral("NAME"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("At most this many hits (default 20)"),
                                         QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({planOption, kindOption, dimensionOption, limitOption});
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;

    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    if (query.text.trimmed().isEmpty())
        return commandLine.usageError(QStringLiteral("give the TEXT to look for"));
    if (parser.isSet(planOption)) {
        bool isNumber = false;
        query.planId = parser.value(planOption).toLongLong(&isNumber);
        if (!isNumber || query.planId <= 0)
            return commandLine.usageError(QStringLiteral("'%1' is not a plan id").arg(parser.value(planOption)));
    }
    if (parser.isSet(kindOption)) {
        query.kind = itemKindFromId(parser.value(kindOption).trimmed().toLower());
        if (!query.kind)
            return commandLine.usageError(QStringLiteral("unknown kind '%1' (use problem, objective, indicator or target)")
                                              .arg(parser.value(kindOption)));
    }
    query.dimension = parser.value(dimensionOption);
    bool limitIsNumber = false;
    query.limit = parser.value(limitOption).toInt(&limitIsNumber);
    if (!limitIsNumber || query.limit <= 0)
        return commandLine.usageError(QStringLiteral("'%1' is not a number of hits").arg(parser.value(limitOption)));

    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;
    const QList<SearchHit> hits = library->search(query);
    if (!library->lastError().isEmpty()) {
        commandLine.reportError(library->lastError());
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        QJsonArray json;
        for (const SearchHit &hit : hits)
            json.append(hitToJson(hit));
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const bool useBold = isatty(fileno(stdout)) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
    for (const SearchHit &hit : hits) {
        context.out << "plan " << hit.planId << '\t' << itemKindId(hit.kind) << '\t' << hit.dimension << '\t'
                    << highlighted(hit.snippet, useBold) << '\n';
    }
    return ExitOk;
}

} // namespace vigia::cli
