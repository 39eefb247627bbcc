#include "Commands.h"
#include "LibraryCommandLine.h"

#include "store/PlanLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigia::cli {
namespace {

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject summaryToJson(const PlanSummary &summary)
{
    QJsonObject object{
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("source"), summary.sourceFileName},
        {QStringLiteral("sha256"), QString::fromLatin1(summary.sourceSha256)},
        {QStringLiteral("layout"), summary.layout},
        {QStringLiteral("organization"), nullable(summary.metadata.organization)},
        {QStringLiteral("place"), nullable(summary.metadata.place)},
        {QStringLiteral("election_type"), nullable(summary.metadata.electionType)},
        {QStringLiteral("period"), nullable(summary.metadata.period)},
        {QStringLiteral("imported_at"), summary.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("dimensions"), summary.dimensionCount},
        {QStringLiteral("rows"), summary.rowCount},
        {QStringLiteral("items"), summary.itemCount()},
    };
    for (ItemKind kind : allItemKinds)
        object.insert(itemKindJsonField(kind), summary.itemCounts[static_cast<size_t>(kind)]);
    return object;
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

} // namespace

int runList(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Lists the plans in the library."));
    commandLine.addFormatOption();
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(QStringLiteral("list takes no arguments"));
    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;
    const QList<PlanSummary> summaries = library->plans();
    if (!library->lastError().isEmpty()) {
        commandLine.reportError(library->lastError());
        return ExitFailure;
    }
    if (commandLine.jsonOutput()) {
        QJsonArray json;
        for (const PlanSummary &summary : summaries)
            json.append(summaryToJson(summary));
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << "ID\tSOURCE\tORGANIZATION\tPLACE\tPERIOD\tDIMENSIONS\tROWS\tITEMS (problems/objectives/indicators/metas)\n";
    for (const PlanSummary &summary : summaries) {
        context.out << summary.id << '\t' << summary.sourceFileName << '\t' << orDash(summary.metadata.organization)
                    << '\t' << orDash(summary.metadata.place) << '\t' << orDash(summary.metadata.period) << '\t'
                    << summary.dimensionCount << '\t' << summary.rowCount << '\t' << summary.itemCount() << " ("
                    << summary.itemCounts[0] << '/' << summary.itemCounts[1] << '/' << summary.itemCounts[2] << '/'
                    << summary.itemCounts[3] << ")\n";
    }
    return ExitOk;
}

} // namespace vigia::cli
