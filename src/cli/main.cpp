#include "CliApplication.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A GUI application object (without a window) because the PDF reader renders pages through
    // Poppler's QPainter backend, which needs Qt's font database; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigia"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));
    return vigia::cli::CliApplication().run(QCoreApplication::arguments());
}
