#pragma once

#include "CliContext.h"

#include <QString>

#include <functional>
#include <map>

namespace vigia::cli {

// Dispatches `vigia-cli COMMAND ...` to the command's handler.
class CliApplication {
public:
    using Handler = std::function<int(CliContext &)>;

    CliApplication();
    int run(const QStringList &arguments);

private:
    void printUsage(QTextStream &stream) const;
    struct Command {
        QString summary;
        Handler handler;
    };
    std::map<QString, Command> m_commands;
};

} // namespace vigia::cli
