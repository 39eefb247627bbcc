#pragma once

#include <QString>

class QCoreApplication;

namespace vigia::app {

// Installs the translators for the chosen language: the UI is written in Spanish (es_PE), and
// ":/i18n/vigia_en.qm" (built from resources/translations/vigia_en.ts) turns it into English;
// ":/i18n/vigia_es.qm" gives the Spanish plural forms ("1 plan", "5 planes").
// Qt's own strings (standard buttons, file dialogs) follow with qtbase_<language>.qm when installed.
class LanguageSetup {
public:
    // Returns false when the translation for `language` could not be loaded (the UI stays Spanish).
    static bool install(QCoreApplication &application, const QString &language);
};

} // namespace vigia::app
