#pragma once

#include <QUrl>

#include <functional>

namespace vigia::app {

// Opens files, folders and web addresses with the desktop's own programs (QDesktopServices); tests
// put a recorder in its place.
class DesktopOpener {
public:
    static bool open(const QUrl &url);
    // An empty function restores the desktop's.
    static void setOpener(std::function<bool(const QUrl &)> opener);
};

} // namespace vigia::app
