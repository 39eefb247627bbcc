#include "LibraryCommandLine.h"
#include "ProgressCommands.h"

#include "progress/ProgressTracker.h"
#include "readers/PlanFileReader.h"
#include "store/PlanLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigia::cli {

int runProgressReimport(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Imports a corrected source of a tracked plan and moves its progress onto the matching items of "
        "the new plan. Records without a match stay listed for 'progress attach'."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan the file replaces"));
    commandLine.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The corrected plan document"));
    const QCommandLineOption byOption(QStringLiteral("evaluator"), QStringLiteral("Who re-imports (default: the user)"), QStringLiteral("NAME"));
    commandLine.parser().addOption(byOption);
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    const std::optional<qint64> planId = positional.size() == 2 ? parseId(positional.at(0)) : std::nullopt;
    if (!planId)
        return commandLine.usageError(QStringLiteral("give PLAN_ID and FILE"));
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    const PlanFileReader reader;
    const ReadResult read = reader.readFile(positional.at(1));
    if (!read.error.isEmpty()) {
        commandLine.reportError(read.error);
        return ExitFailure;
    }
    for (const QString &warning : read.warnings)
        commandLine.reportError(QStringLiteral("warning: %1: %2").arg(positional.at(1), warning));
    const QString by = commandLine.parser().isSet(byOption) ? commandLine.parser().value(byOption) : ProgressTracker::defaultEvaluator();
    const ReimportResult result = tracker.reimport(*planId, read.plan, read.warnings, by);
    if (!result.ok) {
        commandLine.reportError(result.error);
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        QJsonArray moved;
        for (const ReimportResult::Move &move : result.moved)
            moved.append(QJsonObject{{QStringLiteral("record_id"), move.recordId},
                                     {QStringLiteral("semester"), move.semester},
                                     {QStringLiteral("from_item_id"), move.fromItemId},
                                     {QStringLiteral("to_item_id"), move.toItemId},
                                     {QStringLiteral("score"), move.score}});
        QJsonArray unmatched;
        for (const ProgressRecord &record : result.unmatched)
            unmatched.append(recordToJson(record));
        const QJsonObject object{{QStringLiteral("old_plan_id"), result.oldPlanId},
                                 {QStringLiteral("new_plan_id"), result.newPlanId},
                                 {QStringLiteral("new_plan_imported"), result.newPlanImported},
                                 {QStringLiteral("moved"), moved},
                                 {QStringLiteral("unmatched"), unmatched}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << "plan " << result.newPlanId << (result.newPlanImported ? " imported" : " already in the library")
                << " replaces plan " << result.oldPlanId << ": " << result.moved.size() << " records moved, "
                << result.unmatched.size() << " unmatched\n";
    for (const ReimportResult::Move &move : result.moved)
        context.out << "moved record " << move.recordId << ' ' << move.semester << ": item " << move.fromItemId << " -> item "
                    << move.toItemId << '\n';
    for (const ProgressRecord &record : result.unmatched)
        context.out << "unmatched record " << record.id << ' ' << record.semester << ": item " << record.itemId << ' '
                    << describeValues(record.values) << " (attach it with 'vigia-cli progress attach " << record.id
                    << " ITEM_ID')\n";
    return ExitOk;
}

int runProgressAttach(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Moves a progress record (one left unmatched by a re-import) onto an objective or meta."));
    commandLine.parser().addPositionalArgument(QStringLiteral("RECORD_ID"), QStringLiteral("The record"));
    commandLine.parser().addPositionalArgument(QStringLiteral("ITEM_ID"), QStringLiteral("The item to attach it to"));
    const QCommandLineOption byOption(QStringLiteral("evaluator"), QStringLiteral("Who attaches (default: the user)"), QStringLiteral("NAME"));
    commandLine.parser().addOption(byOption);
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    const std::optional<qint64> recordId = positional.size() == 2 ? parseId(positional.at(0)) : std::nullopt;
    const std::optional<qint64> itemId = positional.size() == 2 ? parseId(positional.at(1)) : std::nullopt;
    if (!recordId || !itemId)
        return commandLine.usageError(QStringLiteral("give RECORD_ID and ITEM_ID"));
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    QString error;
    const QString by = commandLine.parser().isSet(byOption) ? commandLine.parser().value(byOption) : ProgressTracker::defaultEvaluator();
    if (!tracker.attachRecord(*recordId, *itemId, by, &error)) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace vigia::cli
