#pragma once

#include <QStringList>
#include <QTextStream>

namespace vigia::cli {

// What every sub-command gets: its own arguments (without the command name) and the streams.
struct CliContext {
    QString command;
    QStringList arguments; // arguments after the command name, application name first (for QCommandLineParser)
    QTextStream &out;
    QTextStream &err;
};

// Exit statuses shared by all commands.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace vigia::cli
