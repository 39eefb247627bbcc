#include "CliApplication.h"

#include "Commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace vigia::cli {

CliApplication::CliApplication()
{
    m_commands = {
        {QStringLiteral("parse"), {QStringLiteral("Read a plan document and print its plan JSON"), &runParse}},
        {QStringLiteral("import"), {QStringLiteral("Store plan documents in the library"), &runImport}},
        {QStringLiteral("list"), {QStringLiteral("List the plans in the library"), &runList}},
        {QStringLiteral("export"), {QStringLiteral("Print a stored plan as plan JSON"), &runExport}},
        {QStringLiteral("search"), {QStringLiteral("Search the items of the stored plans"), &runSearch}},
        {QStringLiteral("backup"), {QStringLiteral("Copy the library to a backup file while it stays in use"), &runBackup}},
        {QStringLiteral("compare"), {QStringLiteral("Compare 2 to 4 stored plans (JSON, CSV or HTML)"), &runCompare}},
        {QStringLiteral("topics"), {QStringLiteral("Show items' topics; edit the topics"), &runTopics}},
        {QStringLiteral("progress"), {QStringLiteral("Track the six-monthly progress of plans"), &runProgress}},
        {QStringLiteral("review"), {QStringLiteral("List the rows of a plan to check after import; mark them reviewed"), &runReview}},
        {QStringLiteral("report"), {QStringLiteral("Write a plan's semester progress report (PDF/HTML)"), &runReport}},
    };
}

void CliApplication::printUsage(QTextStream &stream) const
{
    stream << "Usage: vigia-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nCommands:\n";
    for (const auto &[name, command] : m_commands)
        stream << "  " << name.leftJustified(10) << command.summary << '\n';
    stream << "\nRun 'vigia-cli COMMAND --help' for a command's options.\n";
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(out);
        return ExitOk;
    }
    if (name == u"--version") {
        out << "vigia-cli " << VIGIA_VERSION << '\n';
        return ExitOk;
    }
    const auto found = m_commands.find(name);
    if (found == m_commands.end()) {
        err << "vigia-cli: unknown command '" << name << "'\n";
        printUsage(err);
        return ExitUsage;
    }
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("vigia-cli %1").arg(name));
    CliContext context{name, commandArguments, out, err};
    const int status = found->second.handler(context);
    out.flush();
    err.flush();
    return status;
}

} // namespace vigia::cli
