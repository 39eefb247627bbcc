#include "CliApplication.h"

#include <QByteArray>
#include <QDir>
#include <QGuiApplication>

#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// Without a login session (cron, CI, sudo) XDG_RUNTIME_DIR is unset and Qt warns on stderr before
// falling back to /tmp/runtime-USER. Use that same private directory ourselves, silently, so that
// the CLI's stderr holds only its own messages.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray directory = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
    struct stat info {};
    if (::mkdir(directory.constData(), 0700) != 0 && ::stat(directory.constData(), &info) != 0)
        return;
    if (::stat(directory.constData(), &info) == 0 && info.st_uid == getuid() && (info.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", directory);
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` lays out text and draws charts, which needs Qt's font database and so a GUI
    // application object (without a window; the offscreen platform needs no display). Every other
    // command does without, and starts faster and smaller.
    const bool needsGui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("vigia"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));
    return vigia::cli::CliApplication().run(QCoreApplication::arguments());
}
