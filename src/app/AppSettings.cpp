#include "AppSettings.h"

#include <QCryptographicHash>

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

namespace {

// A settings key for a library file: its absolute path, hashed (paths hold '/' and other
// characters QSettings treats as structure).
QString libraryKey(const QString &libraryPath)
{
    const QByteArray path = QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QString AppSettings::lastEvaluator(const QString &libraryPath) const
{
    return m_settings.value(QStringLiteral("evaluators/") + libraryKey(libraryPath)).toString();
}

void AppSettings::setLastEvaluator(const QString &libraryPath, const QString &evaluator)
{
    if (!evaluator.trimmed().isEmpty())
        m_settings.setValue(QStringLiteral("evaluators/") + libraryKey(libraryPath), evaluator.trimmed());
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
