#include "AppSettings.h"

#include <QFileInfo>

namespace vigia::app {

namespace {
const QString lastLibraryKey = QStringLiteral("library/last");
const QString recentKey = QStringLiteral("library/recent");
const QString languageKey = QStringLiteral("ui/language");
}

QString AppSettings::lastLibrary() const
{
    return m_settings.value(lastLibraryKey).toString();
}

void AppSettings::setLastLibrary(const QString &path)
{
    m_settings.setValue(lastLibraryKey, path);
}

QStringList AppSettings::recentLibraries() const
{
    return m_settings.value(recentKey).toStringList();
}

void AppSettings::addRecentLibrary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLibraries();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maximumRecentLibraries)
        recent.removeLast();
    m_settings.setValue(recentKey, recent);
}

void AppSettings::removeRecentLibrary(const QString &path)
{
    QStringList recent = recentLibraries();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(recentKey, recent);
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(languageKey, QStringLiteral("es")).toString();
    return language == QStringLiteral("en") ? language : QStringLiteral("es");
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

QByteArray AppSettings::state(const QString &key) const
{
    return m_settings.value(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setState(const QString &key, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("window/") + key, value);
}

} // namespace vigia::app
