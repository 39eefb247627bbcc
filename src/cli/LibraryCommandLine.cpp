#include "LibraryCommandLine.h"

#include "store/PlanLibrary.h"

#include <QDir>
#include <QStandardPaths>

namespace vigia::cli {

LibraryCommandLine::LibraryCommandLine(CliContext &context, const QString &description)
    : m_context(context)
    , m_databaseOption(QStringLiteral("db"),
                       QStringLiteral("The library file (default: %1)").arg(defaultLibraryPath()),
                       QStringLiteral("PATH"))
    , m_formatOption(QStringLiteral("format"), QStringLiteral("Output format: text (default) or json"),
                     QStringLiteral("FORMAT"), QStringLiteral("text"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_databaseOption);
}

void LibraryCommandLine::addFormatOption()
{
    m_parser.addOption(m_formatOption);
    m_hasFormatOption = true;
}

std::optional<int> LibraryCommandLine::parse()
{
    if (!m_parser.parse(m_context.arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_context.out << m_parser.helpText();
        return ExitOk;
    }
    if (m_hasFormatOption) {
        const QString format = m_parser.value(m_formatOption);
        if (format != u"text" && format != u"json")
            return usageError(QStringLiteral("unknown format '%1' (use text or json)").arg(format));
    }
    return std::nullopt;
}

bool LibraryCommandLine::jsonOutput() const
{
    return m_hasFormatOption && m_parser.value(m_formatOption) == u"json";
}

QString LibraryCommandLine::defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.vigia"));
}

std::unique_ptr<PlanLibrary> LibraryCommandLine::openLibrary()
{
    QString path = m_parser.value(m_databaseOption);
    if (path.isEmpty()) {
        path = defaultLibraryPath();
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            reportError(QStringLiteral("%1: cannot create the folder for the library").arg(folder));
            return nullptr;
        }
    }
    QString error;
    std::unique_ptr<PlanLibrary> library = PlanLibrary::open(path, &error);
    if (!library)
        reportError(error);
    else if (library->isAltered())
        reportError(QStringLiteral("warning: %1: %2").arg(path, library->writeRefusal()));
    return library;
}

void LibraryCommandLine::reportError(const QString &message)
{
    m_context.err << "vigia-cli " << m_context.command << ": " << message << '\n';
    m_context.err.flush();
}

int LibraryCommandLine::usageError(const QString &message)
{
    reportError(message);
    return ExitUsage;
}

} // namespace vigia::cli
