#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace vigia {
class PlanLibrary;
}

namespace vigia::cli {

// What the library commands (import, list, export, search) share: the --db option and opening
// the library, the optional --format option, parsing with --help, and one-line error messages.
class LibraryCommandLine {
public:
    LibraryCommandLine(CliContext &context, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Adds --format text|json.
    void addFormatOption();

    // Parses the arguments. Returns an exit status when the command must stop here (help shown,
    // usage error reported).
    std::optional<int> parse();
    bool jsonOutput() const;

    // Opens the --db library, or the default one (created with its folder when missing). Reports
    // the reason and returns null on failure.
    std::unique_ptr<PlanLibrary> openLibrary();
    static QString defaultLibraryPath();

    // "vigia-cli COMMAND: message" on stderr.
    void reportError(const QString &message);
    int usageError(const QString &message);

private:
    CliContext &m_context;
    QCommandLineParser m_parser;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_formatOption;
    bool m_hasFormatOption = false;
};

} // namespace vigia::cli
