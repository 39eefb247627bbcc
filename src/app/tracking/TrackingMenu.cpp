#include "TrackingMenu.h"

#include "LibraryPane.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PlanView.h"
#include "TrackingWindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace vigia::app {

TrackingMenu::TrackingMenu(MainWindow *window, QMenu *menu, std::function<void()> refreshLibrary)
    : QObject(window)
    , m_window(window)
    , m_refreshLibrary(std::move(refreshLibrary))
    , m_openAction(menu->addAction(QString()))
    , m_dashboardAction(menu->addAction(QString()))
{
    setObjectName(QStringLiteral("trackingMenu"));
    retranslate();
    // The menu is a widget and is told when the language changes; this object is not.
    menu->installEventFilter(this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_openAction, &QAction::triggered, this, [this] { openTracking(false); });
    connect(m_dashboardAction, &QAction::triggered, this, [this] { openTracking(true); });
    connect(menu, &QMenu::aboutToShow, this, &TrackingMenu::updateActions);
    // Queued: the main window shows the plan in its own slot of the same signal.
    connect(window->libraryPane(), &LibraryPane::currentPlanChanged, this, &TrackingMenu::updateActions, Qt::QueuedConnection);
    updateActions();
}

void TrackingMenu::retranslate()
{
    m_openAction->setText(tr("&Seguimiento del plan…"));
    m_dashboardAction->setText(tr("&Tablero de seguimiento…"));
}

bool TrackingMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

TrackingMenu *TrackingMenu::of(MainWindow *window)
{
    return window->findChild<TrackingMenu *>(QStringLiteral("trackingMenu"), Qt::FindDirectChildrenOnly);
}

TrackingWindow *TrackingMenu::trackingWindow() const
{
    return m_trackingWindow;
}

void TrackingMenu::updateActions()
{
    const bool plan = m_window->library() != nullptr && m_window->planView()->hasPlan();
    m_openAction->setEnabled(plan);
    m_dashboardAction->setEnabled(plan);
}

TrackingWindow *TrackingMenu::openTracking(bool dashboard)
{
    if (m_window->library() == nullptr || !m_window->planView()->hasPlan())
        return nullptr;
    const qint64 planId = m_window->planView()->plan().id;
    const QString libraryPath = m_window->library()->path();
    if (!m_trackingWindow || m_trackingWindow->planId() != planId || m_trackingWindow->libraryPath() != libraryPath) {
        if (m_trackingWindow)
            m_trackingWindow->close();
        auto *tracking = new TrackingWindow(libraryPath, planId, m_window);
        if (!tracking->isReady()) {
            MessageBox::warning(m_window, tr("No se abrió el seguimiento"), tracking->error());
            delete tracking;
            return nullptr;
        }
        connect(tracking, &TrackingWindow::libraryChanged, this, [this] {
            if (m_refreshLibrary)
                m_refreshLibrary();
        });
        m_trackingWindow = tracking;
    }
    m_trackingWindow->showTab(dashboard ? TrackingWindow::Tab::Dashboard : TrackingWindow::Tab::Records);
    m_trackingWindow->show();
    m_trackingWindow->raise();
    m_trackingWindow->activateWindow();
    return m_trackingWindow;
}

} // namespace vigia::app
