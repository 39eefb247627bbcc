#pragma once

#include <QString>

class QCoreApplication;

namespace vigia::app {

// Installs the translators for the chosen language: the UI is written in Spanish (es_PE), and
// ":/i18n/vigia_en.qm" (built from resources/translations/vigia_en.ts) turns it into English;
// ":/i18n/vigia_es.qm" gives the Spanish plural forms ("1 plan", "5 planes") and the Spanish of
// the core's messages (written in English for the CLI).
// Qt's own strings (standard buttons, file dialogs) follow with qtbase_<language>.qm when installed.
// Installing again swaps the translators at once: Qt then sends QEvent::LanguageChange to every
// widget, and the windows retranslate themselves (no restart).
class LanguageSetup {
public:
    // Returns false when the translation for `language` could not be loaded (the UI stays Spanish).
    static bool install(QCoreApplication &application, const QString &language);
    // The language installed last ("es" or "en").
    static QString currentLanguage();
};

} // namespace vigia::app
