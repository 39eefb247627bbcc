#include "LibraryCommandLine.h"
#include "ProgressCommands.h"

#include "progress/ProgressTracker.h"
#include "progress/TrackingExchange.h"
#include "store/PlanLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigia::cli {
namespace {

std::optional<qint64> singleId(LibraryCommandLine &commandLine)
{
    const QStringList positional = commandLine.parser().positionalArguments();
    return positional.size() == 1 ? parseId(positional.at(0)) : std::nullopt;
}

// One conflict, our values beside theirs.
void printConflict(QTextStream &out, const ProgressConflict &conflict)
{
    out << "conflict " << conflict.id << ": item " << conflict.itemId << ' ' << conflict.semester;
    if (conflict.resolution)
        out << " (resolved: " << (*conflict.resolution == ProgressConflict::Side::Local ? "ours" : "theirs") << ')';
    out << "\n  ours:   " << describeValues(conflict.local) << " by " << conflict.local.evaluator << ' '
        << conflict.local.assessedOn.toString(Qt::ISODate) << "\n  theirs: " << describeValues(conflict.incoming) << " by "
        << conflict.incoming.evaluator << ' ' << conflict.incoming.assessedOn.toString(Qt::ISODate) << " (" << conflict.origin
        << ")\n";
}

} // namespace

int runProgressExport(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Writes a plan's tracking (records, evidence files, history) to one JSON file for other groups."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write"), QStringLiteral("FILE"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("Your group's name, as others will see it"),
                                         QStringLiteral("NAME"));
    commandLine.parser().addOptions({outOption, groupOption});
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const std::optional<qint64> planId = singleId(commandLine);
    if (!planId || !commandLine.parser().isSet(outOption))
        return commandLine.usageError(QStringLiteral("give one PLAN_ID and --out FILE"));
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    QString error;
    const QString group = commandLine.parser().isSet(groupOption) ? commandLine.parser().value(groupOption) : ProgressTracker::defaultEvaluator();
    if (!TrackingExchange(tracker).exportPlanToFile(*planId, group, commandLine.parser().value(outOption), &error)) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    return ExitOk;
}

int runProgressImport(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Merges another group's tracking file: adds what is missing, keeps ours where both agree, and "
        "lists conflicts (resolve them with 'progress resolve'). Merging a file twice changes nothing."));
    commandLine.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The tracking file"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        QStringLiteral("The plan to merge into (default: the one read from the same source)"),
                                        QStringLiteral("PLAN_ID"));
    const QCommandLineOption byOption(QStringLiteral("evaluator"), QStringLiteral("Who merges (default: the user)"), QStringLiteral("NAME"));
    commandLine.parser().addOptions({planOption, byOption});
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    if (positional.size() != 1)
        return commandLine.usageError(QStringLiteral("give one FILE"));
    qint64 planId = 0;
    if (commandLine.parser().isSet(planOption)) {
        const std::optional<qint64> given = parseId(commandLine.parser().value(planOption));
        if (!given)
            return commandLine.usageError(QStringLiteral("--plan wants a plan id"));
        planId = *given;
    }
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    const QString by = commandLine.parser().isSet(byOption) ? commandLine.parser().value(byOption) : ProgressTracker::defaultEvaluator();
    const MergeReport report = TrackingExchange(tracker).mergeFile(positional.at(0), planId, by);
    if (!report.ok) {
        commandLine.reportError(report.error);
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        QJsonArray conflicts;
        for (const ProgressConflict &conflict : report.conflicts)
            conflicts.append(conflictToJson(conflict));
        QJsonArray unmatched;
        for (const MergeReport::Unmatched &entry : report.unmatched)
            unmatched.append(QJsonObject{{QStringLiteral("item"), entry.itemKey},
                                         {QStringLiteral("text"), entry.itemText},
                                         {QStringLiteral("semester"), entry.semester},
                                         {QStringLiteral("reason"), entry.reason}});
        const QJsonObject object{{QStringLiteral("plan_id"), report.planId},
                                 {QStringLiteral("origin"), report.origin},
                                 {QStringLiteral("added_records"), report.addedRecords},
                                 {QStringLiteral("unchanged_records"), report.unchangedRecords},
                                 {QStringLiteral("added_evidence"), report.addedEvidence},
                                 {QStringLiteral("added_history"), report.addedHistory},
                                 {QStringLiteral("conflicts"), conflicts},
                                 {QStringLiteral("unmatched"), unmatched}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << "merged into plan " << report.planId << " from " << report.origin << ": " << report.addedRecords
                << " records added, " << report.unchangedRecords << " unchanged, " << report.addedEvidence
                << " evidence added, " << report.addedHistory << " history entries added, " << report.conflicts.size()
                << " conflicts, " << report.unmatched.size() << " unmatched\n";
    for (const ProgressConflict &conflict : report.conflicts)
        printConflict(context.out, conflict);
    for (const MergeReport::Unmatched &entry : report.unmatched)
        context.out << "unmatched: " << entry.semester << " \"" << entry.itemText << "\": " << entry.reason << '\n';
    return ExitOk;
}

int runProgressConflicts(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Lists the merge conflicts of a plan that wait for a decision."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan"));
    const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("Resolved conflicts too"));
    commandLine.parser().addOption(allOption);
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const std::optional<qint64> planId = singleId(commandLine);
    if (!planId)
        return commandLine.usageError(QStringLiteral("give one PLAN_ID"));
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    QString error;
    const QList<ProgressConflict> conflicts = tracker.conflicts(*planId, !commandLine.parser().isSet(allOption), &error);
    if (!error.isEmpty()) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        QJsonArray array;
        for (const ProgressConflict &conflict : conflicts)
            array.append(conflictToJson(conflict));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const ProgressConflict &conflict : conflicts)
        printConflict(context.out, conflict);
    return ExitOk;
}

int runProgressResolve(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Resolves a merge conflict by keeping our values or taking theirs."));
    commandLine.parser().addPositionalArgument(QStringLiteral("CONFLICT_ID"), QStringLiteral("The conflict"));
    const QCommandLineOption takeOption(QStringLiteral("take"), QStringLiteral("ours or theirs"), QStringLiteral("SIDE"));
    const QCommandLineOption byOption(QStringLiteral("evaluator"), QStringLiteral("Who decides (default: the user)"), QStringLiteral("NAME"));
    commandLine.parser().addOptions({takeOption, byOption});
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const std::optional<qint64> conflictId = singleId(commandLine);
    const QString side = commandLine.parser().value(takeOption);
    if (!conflictId || (side != u"ours" && side != u"theirs"))
        return commandLine.usageError(QStringLiteral("give one CONFLICT_ID and --take ours|theirs"));
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    QString error;
    const QString by = commandLine.parser().isSet(byOption) ? commandLine.parser().value(byOption) : ProgressTracker::defaultEvaluator();
    if (!tracker.resolveConflict(*conflictId, side == u"ours" ? ProgressConflict::Side::Local : ProgressConflict::Side::Incoming,
                                  by, &error)) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace vigia::cli
