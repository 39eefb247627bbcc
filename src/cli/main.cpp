#include "CliApplication.h"

#include <QByteArray>
#include <QDir>
#include <QGuiApplication>

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
    // A GUI application object (without a window) because the PDF reader renders pages through
    // Poppler's QPainter backend and reports lay out text: both need Qt's font database. The
    // offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDirectory();
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigia"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));
    return vigia::cli::CliApplication().run(QCoreApplication::arguments());
}
