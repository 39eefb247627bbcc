#include "DisplayCheck.h"

#include <QtGlobal>

#include <cstring>

namespace vigia::app {

QString DisplayCheck::missingDisplayMessage(int argc, char *argv[])
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    for (int index = 1; index < argc; ++index) {
        if (std::strcmp(argv[index], "-platform") == 0 || std::strcmp(argv[index], "--platform") == 0)
            return {};
    }
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return {};
    }
    return QStringLiteral("vigia: no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                          "Start it in a desktop session; on a machine without one, `xvfb-run -a vigia` runs it on a "
                          "virtual display (nothing is seen), and QT_QPA_PLATFORM=offscreen without any.");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return {};
#endif
}

} // namespace vigia::app
