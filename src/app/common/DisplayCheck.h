#pragma once

#include <QString>

namespace vigia::app {

// Whether the app has a display to show its window on. Without one, Qt aborts while it sets up
// the application with a message that does not say what to do; main() says it instead.
class DisplayCheck {
public:
    // Empty when a display (X11, Wayland) or a Qt platform (QT_QPA_PLATFORM, -platform) is given;
    // otherwise one line for the person who started the app: what is missing and what to do.
    static QString missingDisplayMessage(int argc, char *argv[]);
};

} // namespace vigia::app
