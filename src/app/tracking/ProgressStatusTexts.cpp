// The status labels are translated by the core (progressStatusLabel, context "ProgressStatus"), but
// lupdate scans only the app's sources: these markers put them into the app's .ts files.
#include <QtGlobal>

namespace vigia::app {

[[maybe_unused]] constexpr const char *progressStatusTexts[] = {
    QT_TRANSLATE_NOOP("ProgressStatus", "Sin información"),
    QT_TRANSLATE_NOOP("ProgressStatus", "No iniciada"),
    QT_TRANSLATE_NOOP("ProgressStatus", "En proceso"),
    QT_TRANSLATE_NOOP("ProgressStatus", "Cumplida parcialmente"),
    QT_TRANSLATE_NOOP("ProgressStatus", "Cumplida"),
    QT_TRANSLATE_NOOP("ProgressStatus", "Incumplida"),
    QT_TRANSLATE_NOOP("ProgressStatus", "No verificable"),
};

} // namespace vigia::app
