#include "Commands.h"
#include "LibraryCommandLine.h"

#include "json/PlanJson.h"
#include "store/PlanLibrary.h"

namespace vigia::cli {

int runExport(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Prints a stored plan as plan JSON."));
    commandLine.parser().addPositionalArgument(QStringLiteral("PLAN_ID"), QStringLiteral("The plan's id (see list)"));
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    const QStringList arguments = commandLine.parser().positionalArguments();
    if (arguments.size() != 1)
        return commandLine.usageError(QStringLiteral("give exactly one PLAN_ID"));
    bool isNumber = false;
    const qint64 planId = arguments.constFirst().toLongLong(&isNumber);
    if (!isNumber || planId <= 0)
        return commandLine.usageError(QStringLiteral("'%1' is not a plan id").arg(arguments.constFirst()));
    const std::unique_ptr<PlanLibrary> library = commandLine.openLibrary();
    if (!library)
        return ExitFailure;
    const std::optional<Plan> plan = library->plan(planId);
    if (!plan) {
        commandLine.reportError(library->lastError());
        return ExitFailure;
    }
    context.out << QString::fromUtf8(PlanJson::toJson(*plan));
    return ExitOk;
}

} // namespace vigia::cli
