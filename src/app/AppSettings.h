#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace vigia::app {

// The app's remembered state in QSettings: the last and recent libraries, the language, and the
// geometry of the window, its splitters and tables, the last evaluator of each library.
class AppSettings {
public:
    static constexpr int maximumRecentLibraries = 8;

    QString lastLibrary() const;
    void setLastLibrary(const QString &path);
    QStringList recentLibraries() const;
    void addRecentLibrary(const QString &path);
    void removeRecentLibrary(const QString &path);

    // "es" (the default) or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // The evaluator last named when recording progress in the library at `libraryPath` (by this
    // user: settings are per user), so that it need not be typed again for every record.
    QString lastEvaluator(const QString &libraryPath) const;
    void setLastEvaluator(const QString &libraryPath, const QString &evaluator);

    QByteArray state(const QString &key) const;
    void setState(const QString &key, const QByteArray &value);

private:
    QSettings m_settings;
};

} // namespace vigia::app
