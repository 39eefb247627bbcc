#include "LibraryCommandLine.h"
#include "ProgressCommands.h"

#include "progress/ProgressTracker.h"
#include "store/PlanLibrary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigia::cli {
namespace {

struct ItemInfo {
    QString dimension;
    ItemKind kind = ItemKind::Target;
    QString text;
};

QHash<qint64, ItemInfo> itemsOf(const Plan &plan)
{
    QHash<qint64, ItemInfo> items;
    for (const Dimension &dimension : plan.dimensions) {
        for (const Row &row : dimension.rows) {
            for (ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind))
                    items.insert(item.id, {dimension.name, kind, item.text});
            }
        }
    }
    return items;
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// Opens the library and its tracker for a command that already parsed its arguments.
} // namespace

int runProgressList(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Lists the progress records of a plan."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan"));
    const QCommandLineOption semesterOption(QStringLiteral("semester"), QStringLiteral("Only this semester"), QStringLiteral("S"));
    parser.addOption(semesterOption);
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = parser.positionalArguments();
    const std::optional<qint64> planId = positional.size() == 1 ? parseId(positional.at(0)) : std::nullopt;
    if (!planId)
        return commandLine.usageError(QStringLiteral("give one PLAN_ID"));
    OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    const std::optional<Plan> plan = opened.library->plan(*planId);
    if (!plan) {
        commandLine.reportError(opened.library->lastError());
        return ExitFailure;
    }
    const QString semester = parser.value(semesterOption).toUpper();
    QString error;
    if (!semester.isEmpty() && !opened.tracker->semesters(*planId, &error).contains(semester)) {
        commandLine.reportError(QStringLiteral("'%1' is not a semester of plan %2").arg(semester).arg(*planId));
        return ExitFailure;
    }
    const QList<ProgressRecord> records = opened.tracker->records(*planId, semester, &error);
    if (!error.isEmpty()) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    const QHash<qint64, ItemInfo> items = itemsOf(*plan);
    if (commandLine.jsonOutput()) {
        QJsonArray array;
        for (const ProgressRecord &record : records) {
            QJsonObject object = recordToJson(record);
            const ItemInfo item = items.value(record.itemId);
            object.insert(QStringLiteral("dimension"), item.dimension);
            object.insert(QStringLiteral("kind"), itemKindId(item.kind));
            object.insert(QStringLiteral("text"), item.text);
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << "RECORD\tITEM\tKIND\tSEMESTER\tSTATUS\tPERCENT\tVALUE\tTARGET\tEVIDENCE\tEVALUATOR\tNOTE\tTEXT\n";
    for (const ProgressRecord &record : records) {
        const ItemInfo item = items.value(record.itemId);
        const ProgressValues &values = record.values;
        context.out << record.id << '\t' << record.itemId << '\t' << itemKindId(item.kind) << '\t' << record.semester << '\t'
                    << progressStatusId(values.status) << '\t' << optionalNumber(values.effectivePercent()) << '\t'
                    << optionalNumber(values.achievedValue) << '\t' << optionalNumber(values.targetValue) << '\t'
                    << record.evidence.size() << '\t' << values.evaluator << '\t' << QString(values.note).replace(u'\n', u' ')
                    << '\t' << item.text << '\n';
    }
    return ExitOk;
}

int runProgressHistory(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Shows every change to an item's progress, oldest first."));
    commandLine.parser().addPositionalArgument(QStringLiteral("ITEM_ID"), QStringLiteral("The objective or meta"));
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    const std::optional<qint64> itemId = positional.size() == 1 ? parseId(positional.at(0)) : std::nullopt;
    if (!itemId)
        return commandLine.usageError(QStringLiteral("give one ITEM_ID"));
    OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    QString error;
    if (!opened.tracker->itemPlace(*itemId, &error)) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    const QList<HistoryEntry> history = opened.tracker->history(*itemId, &error);
    if (!error.isEmpty()) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        QJsonArray array;
        for (const HistoryEntry &entry : history)
            array.append(historyEntryToJson(entry));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const HistoryEntry &entry : history) {
        context.out << entry.changedAt.toString(Qt::ISODate) << '\t' << (entry.changedBy.isEmpty() ? QStringLiteral("-") : entry.changedBy)
                    << '\t' << entry.semester << '\t' << entry.action << '\t';
        if (entry.oldValues && entry.newValues && *entry.oldValues != *entry.newValues)
            context.out << describeValues(*entry.oldValues) << " -> " << describeValues(*entry.newValues);
        else if (entry.newValues)
            context.out << describeValues(*entry.newValues);
        if (!entry.detail.isEmpty())
            context.out << (entry.newValues ? "; " : "") << entry.detail;
        if (!entry.origin.isEmpty())
            context.out << " [from " << entry.origin << ']';
        context.out << '\n';
    }
    return ExitOk;
}

int runProgressSemesters(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Shows a plan's semesters (by default those of its period) or replaces them with --set."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan"));
    const QCommandLineOption setOption(QStringLiteral("set"), QStringLiteral("The semesters, comma-separated (2023-S2,2024-S1)"),
                                       QStringLiteral("LIST"));
    commandLine.parser().addOption(setOption);
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    const std::optional<qint64> planId = positional.size() == 1 ? parseId(positional.at(0)) : std::nullopt;
    if (!planId)
        return commandLine.usageError(QStringLiteral("give one PLAN_ID"));
    OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    QString error;
    if (commandLine.parser().isSet(setOption)) {
        const QStringList semesters = commandLine.parser().value(setOption).toUpper().split(u',', Qt::SkipEmptyParts);
        if (!opened.tracker->setSemesters(*planId, semesters, &error)) {
            commandLine.reportError(error);
            return ExitFailure;
        }
    }
    if (!opened.library->plan(*planId)) {
        commandLine.reportError(opened.library->lastError());
        return ExitFailure;
    }
    const QStringList semesters = opened.tracker->semesters(*planId, &error);
    if (!error.isEmpty()) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    for (const QString &semester : semesters)
        context.out << semester << '\n';
    return ExitOk;
}

int runProgressEvidence(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Writes a stored evidence file into a folder, as ID-NAME with a cleaned-up name; prints the path."));
    commandLine.parser().addPositionalArgument(QStringLiteral("EVIDENCE_ID"), QStringLiteral("The evidence (see progress list --format json)"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The folder to write into"), QStringLiteral("DIR"));
    commandLine.parser().addOption(outOption);
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    const std::optional<qint64> evidenceId = positional.size() == 1 ? parseId(positional.at(0)) : std::nullopt;
    if (!evidenceId || !commandLine.parser().isSet(outOption))
        return commandLine.usageError(QStringLiteral("give one EVIDENCE_ID and --out DIR"));
    OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    QString error;
    const QString path = opened.tracker->saveEvidence(*evidenceId, commandLine.parser().value(outOption), &error);
    if (path.isEmpty()) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    context.out << path << '\n';
    return ExitOk;
}

} // namespace vigia::cli
