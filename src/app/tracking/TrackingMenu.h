#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;

namespace vigia::app {

class MainWindow;
class TrackingWindow;

// The main window's "Seguimiento" menu: opens the tracking window (records or dashboard) of the
// plan shown. `refreshLibrary` is called when tracking added plans to the library (a re-import).
class TrackingMenu : public QObject {
    Q_OBJECT

public:
    TrackingMenu(MainWindow *window, QMenu *menu, std::function<void()> refreshLibrary);

    // Opens (or raises) the tracking window of the current plan on a tab; null when no plan is shown.
    TrackingWindow *openTracking(bool dashboard = false);
    TrackingWindow *trackingWindow() const;
    QAction *openAction() const { return m_openAction; }
    QAction *dashboardAction() const { return m_dashboardAction; }

    static TrackingMenu *of(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void retranslate();

    MainWindow *m_window;
    std::function<void()> m_refreshLibrary;
    QPointer<TrackingWindow> m_trackingWindow;
    QAction *m_openAction;
    QAction *m_dashboardAction;
};

} // namespace vigia::app
