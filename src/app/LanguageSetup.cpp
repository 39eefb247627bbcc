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
    if (language != QStringLiteral("en"))
        return true;
    auto *translator = new QTranslator(&application);
    if (!translator->load(QStringLiteral(":/i18n/vigia_en.qm")))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace vigia::app
