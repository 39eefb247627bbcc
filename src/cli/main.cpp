#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Commands that lay out text or draw charts need fonts, so a QGuiApplication. The CLI never shows a
// window: it uses the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool needsGui(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("vigia"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIA_VERSION));
    return vigia::cli::CliApplication().run(QCoreApplication::arguments());
}
