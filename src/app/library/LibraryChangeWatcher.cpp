#include "LibraryChangeWatcher.h"

#include "store/PlanLibrary.h"

namespace vigia::app {

LibraryChangeWatcher::LibraryChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(defaultIntervalMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &LibraryChangeWatcher::check);
}

void LibraryChangeWatcher::setLibrary(PlanLibrary *library)
{
    m_library = library;
    m_seenVersion = library ? library->dataVersion() : std::nullopt;
    if (library)
        m_timer.start();
    else
        m_timer.stop();
}

void LibraryChangeWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void LibraryChangeWatcher::check()
{
    if (!m_library)
        return;
    const std::optional<qint64> version = m_library->dataVersion();
    // A failed look (the library busy for a moment) is no change; the next tick looks again.
    if (!version || version == m_seenVersion)
        return;
    m_seenVersion = version;
    Q_EMIT libraryChanged();
}

} // namespace vigia::app
