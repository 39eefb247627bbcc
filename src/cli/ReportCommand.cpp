#include "Commands.h"
#include "LibraryCommandLine.h"
#include "ProgressCommands.h"

#include "progress/ProgressReport.h"
#include "progress/ProgressTracker.h"
#include "store/PlanLibrary.h"

#include <QFileInfo>

namespace vigia::cli {

int runReport(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral(
        "Writes a plan's progress report for one semester: summary figures, charts, and a table per "
        "dimension with each meta's status, value, evidence and notes. PDF or HTML, by the file's extension."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan"));
    const QCommandLineOption semesterOption(QStringLiteral("semester"), QStringLiteral("The semester (2023-S2)"), QStringLiteral("S"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The report file (.pdf or .html)"), QStringLiteral("FILE"));
    commandLine.parser().addOptions({semesterOption, outOption});
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList positional = commandLine.parser().positionalArguments();
    const std::optional<qint64> planId = positional.size() == 1 ? parseId(positional.at(0)) : std::nullopt;
    if (!planId || !commandLine.parser().isSet(semesterOption) || !commandLine.parser().isSet(outOption))
        return commandLine.usageError(QStringLiteral("give PLAN_ID, --semester S and --out FILE"));
    const QString out = commandLine.parser().value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"html" && suffix != u"htm")
        return commandLine.usageError(QStringLiteral("%1: the report is written as .pdf or .html").arg(out));
    const OpenedTracker opened = openLibraryAndTracker(commandLine);
    if (!opened.isOpen())
        return ExitFailure;
    ProgressTracker &tracker = *opened.tracker;
    QString error;
    const std::optional<ProgressReport> report =
        ProgressReport::build(tracker, *planId, commandLine.parser().value(semesterOption).toUpper(), &error);
    if (!report || !report->write(out, &error)) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace vigia::cli
