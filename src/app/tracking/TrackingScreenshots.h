#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace vigia::app {

class MainWindow;

// The screenshot tour's part for progress tracking: the biggest plan of the library is copied into
// a throw-away library, given example progress over a few semesters (the user's library is never
// written), and the tracking window is saved as tracking.png and tracking-dashboard.png.
class TrackingScreenshots {
public:
    using Save = std::function<bool(QWidget *, const QString &)>;
    static void shoot(MainWindow *window, Save save, std::function<void(bool)> done);
};

} // namespace vigia::app
