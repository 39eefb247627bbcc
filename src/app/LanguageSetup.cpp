#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vigia::app {

bool LanguageSetup::install(QCoreApplication &application, const QString &language)
{
    const QLocale locale = language == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                            : QLocale(QLocale::Spanish, QLocale::Peru);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&application);
    const QString file = language == QStringLiteral("en") ? QStringLiteral(":/i18n/vigia_en.qm") : QStringLiteral(":/i18n/vigia_es.qm");
    if (!translator->load(file))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace vigia::app
