#pragma once

#include <QIcon>

namespace vigia::app {

// The icons of the page zoom controls: the desktop theme's when it has them, else drawn here (a
// magnifier with +, −, a double arrow, or 1:1) so that they look the same on every platform.
class ZoomIcons {
public:
    static QIcon zoomIn();
    static QIcon zoomOut();
    static QIcon fitWidth();
    static QIcon actualSize();
};

} // namespace vigia::app
