#include "Commands.h"
#include "ProgressCommands.h"

#include "LibraryCommandLine.h"

#include "progress/ProgressRecord.h"
#include "progress/ProgressTracker.h"

#include <QJsonArray>

#include <map>

namespace vigia::cli {
namespace {

struct SubCommand {
    QString summary;
    int (*handler)(CliContext &);
};

const std::map<QString, SubCommand> &subCommands()
{
    static const std::map<QString, SubCommand> commands{
        {QStringLiteral("set"), {QStringLiteral("Record an item's progress in a semester"), &runProgressSet}},
        {QStringLiteral("list"), {QStringLiteral("List a plan's progress records"), &runProgressList}},
        {QStringLiteral("history"), {QStringLiteral("Show every change to an item's progress"), &runProgressHistory}},
        {QStringLiteral("semesters"), {QStringLiteral("Show or set a plan's semesters"), &runProgressSemesters}},
        {QStringLiteral("evidence"), {QStringLiteral("Write an evidence file out to a folder"), &runProgressEvidence}},
        {QStringLiteral("export"), {QStringLiteral("Write a plan's tracking to a file for other groups"), &runProgressExport}},
        {QStringLiteral("import"), {QStringLiteral("Merge another group's tracking file"), &runProgressImport}},
        {QStringLiteral("conflicts"), {QStringLiteral("List merge conflicts of a plan"), &runProgressConflicts}},
        {QStringLiteral("resolve"), {QStringLiteral("Resolve a merge conflict"), &runProgressResolve}},
        {QStringLiteral("reimport"), {QStringLiteral("Import a corrected source of a plan, keeping its progress"), &runProgressReimport}},
        {QStringLiteral("attach"), {QStringLiteral("Attach a record left unmatched by a re-import to an item"), &runProgressAttach}},
    };
    return commands;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: vigia-cli progress SUBCOMMAND [OPTIONS] [ARGUMENTS]\n\nSubcommands:\n";
    for (const auto &[name, command] : subCommands())
        stream << "  " << name.leftJustified(10) << command.summary << '\n';
    stream << "\nRun 'vigia-cli progress SUBCOMMAND --help' for its options.\n";
}

} // namespace

int runProgress(CliContext &context)
{
    const QStringList arguments = context.arguments.mid(1);
    if (arguments.isEmpty()) {
        printUsage(context.err);
        return ExitUsage;
    }
    const QString name = arguments.constFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(context.out);
        return ExitOk;
    }
    const auto found = subCommands().find(name);
    if (found == subCommands().end()) {
        context.err << "vigia-cli progress: unknown subcommand '" << name << "'\n";
        printUsage(context.err);
        return ExitUsage;
    }
    QStringList subArguments = arguments.mid(1);
    subArguments.prepend(QStringLiteral("vigia-cli progress %1").arg(name));
    CliContext subContext{QStringLiteral("progress %1").arg(name), subArguments, context.out, context.err};
    return found->second.handler(subContext);
}

OpenedTracker openLibraryAndTracker(LibraryCommandLine &commandLine)
{
    OpenedTracker opened;
    opened.library = commandLine.openLibrary();
    if (!opened.library)
        return opened;
    QString error;
    opened.tracker = ProgressTracker::open(*opened.library, &error);
    if (!opened.tracker)
        commandLine.reportError(error);
    return opened;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QJsonObject valuesToJson(const ProgressValues &values)
{
    QJsonObject object = values.toJson();
    object.insert(QStringLiteral("status_label"), progressStatusLabel(values.status));
    if (const std::optional<double> percent = values.effectivePercent())
        object.insert(QStringLiteral("effective_percent"), *percent);
    return object;
}

QJsonObject recordToJson(const ProgressRecord &record)
{
    QJsonArray evidence;
    for (const Evidence &piece : record.evidence) {
        QJsonObject object{{QStringLiteral("id"), piece.id},
                           {QStringLiteral("kind"), piece.kind == Evidence::Kind::Url ? QStringLiteral("url") : QStringLiteral("file")},
                           {QStringLiteral("added_by"), piece.addedBy},
                           {QStringLiteral("added_at"), piece.addedAt.toString(Qt::ISODate)}};
        if (piece.kind == Evidence::Kind::Url) {
            object.insert(QStringLiteral("url"), piece.url);
            object.insert(QStringLiteral("consulted_on"), piece.consultedOn.toString(Qt::ISODate));
            object.insert(QStringLiteral("title"), piece.title);
        } else {
            object.insert(QStringLiteral("name"), piece.originalName);
            object.insert(QStringLiteral("media_type"), piece.mediaType);
            object.insert(QStringLiteral("sha256"), QString::fromLatin1(piece.sha256));
            object.insert(QStringLiteral("size"), piece.size);
        }
        evidence.append(object);
    }
    return QJsonObject{{QStringLiteral("id"), record.id},
                       {QStringLiteral("item_id"), record.itemId},
                       {QStringLiteral("semester"), record.semester},
                       {QStringLiteral("values"), valuesToJson(record.values)},
                       {QStringLiteral("updated_at"), record.updatedAt.toString(Qt::ISODate)},
                       {QStringLiteral("evidence"), evidence}};
}

QJsonObject historyEntryToJson(const HistoryEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("uid"), entry.uid},
        {QStringLiteral("record_id"), entry.recordId},
        {QStringLiteral("item_id"), entry.itemId},
        {QStringLiteral("semester"), entry.semester},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("old_values"), entry.oldValues ? QJsonValue(valuesToJson(*entry.oldValues)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("new_values"), entry.newValues ? QJsonValue(valuesToJson(*entry.newValues)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("detail"), entry.detail},
        {QStringLiteral("changed_by"), entry.changedBy},
        {QStringLiteral("changed_at"), entry.changedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("origin"), entry.origin},
    };
}

QJsonObject conflictToJson(const ProgressConflict &conflict)
{
    QJsonObject object{{QStringLiteral("id"), conflict.id},
                       {QStringLiteral("record_id"), conflict.recordId},
                       {QStringLiteral("item_id"), conflict.itemId},
                       {QStringLiteral("semester"), conflict.semester},
                       {QStringLiteral("ours"), valuesToJson(conflict.local)},
                       {QStringLiteral("theirs"), valuesToJson(conflict.incoming)},
                       {QStringLiteral("origin"), conflict.origin}};
    if (conflict.resolution)
        object.insert(QStringLiteral("resolution"),
                      *conflict.resolution == ProgressConflict::Side::Local ? QStringLiteral("ours") : QStringLiteral("theirs"));
    return object;
}

QString describeValues(const ProgressValues &values)
{
    QStringList parts{QStringLiteral("%1 (%2)").arg(progressStatusId(values.status), progressStatusLabel(values.status))};
    if (values.percent)
        parts.append(QStringLiteral("%1 %").arg(*values.percent));
    if (values.achievedValue)
        parts.append(values.targetValue ? QStringLiteral("%1 of %2").arg(*values.achievedValue).arg(*values.targetValue)
                                        : QString::number(*values.achievedValue));
    if (!values.note.isEmpty())
        parts.append(QStringLiteral("\"%1\"").arg(values.note));
    return parts.join(u' ');
}

} // namespace vigia::cli
