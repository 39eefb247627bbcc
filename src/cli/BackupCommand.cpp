#include "Commands.h"
#include "LibraryCommandLine.h"

#include "store/LibraryBackup.h"

#include <QCommandLineOption>

namespace vigia::cli {

int runBackup(CliContext &context)
{
    LibraryCommandLine commandLine(context, QStringLiteral("Copies the library to FILE while it stays in use (SQLite online "
                                                          "backup). To restore, open the copy with --db or copy it back."));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The backup file to write"), QStringLiteral("FILE"));
    commandLine.parser().addOption(outOption);
    if (const std::optional<int> status = commandLine.parse())
        return *status;
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(QStringLiteral("backup takes no arguments; give the file with --out FILE"));
    const QString target = commandLine.parser().value(outOption);
    if (target.isEmpty())
        return commandLine.usageError(QStringLiteral("give the backup file with --out FILE"));
    QString library = commandLine.parser().value(QStringLiteral("db"));
    if (library.isEmpty())
        library = LibraryCommandLine::defaultLibraryPath();
    QString error;
    if (!LibraryBackup::backup(library, target, &error)) {
        commandLine.reportError(error);
        return ExitFailure;
    }
    context.out << "backed up " << library << " to " << target << '\n';
    return ExitOk;
}

} // namespace vigia::cli
