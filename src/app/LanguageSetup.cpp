#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace vigia::app {

namespace {

// The translators installed by the last install(), removed by the next one.
QPointer<QTranslator> s_qtTranslator;
QPointer<QTranslator> s_vigiaTranslator;
QString s_language = QStringLiteral("es");

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

bool LanguageSetup::install(QCoreApplication &application, const QString &language)
{
    const bool english = language == QStringLiteral("en");
    const QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(QLocale::Spanish, QLocale::Peru);
    QLocale::setDefault(locale);
    removeTranslator(s_qtTranslator);
    removeTranslator(s_vigiaTranslator);
    s_language = english ? QStringLiteral("en") : QStringLiteral("es");
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(&application);
    const QString file = english ? QStringLiteral(":/i18n/vigia_en.qm") : QStringLiteral(":/i18n/vigia_es.qm");
    if (!translator->load(file)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    s_vigiaTranslator = translator;
    return true;
}

QString LanguageSetup::currentLanguage()
{
    return s_language;
}

} // namespace vigia::app
