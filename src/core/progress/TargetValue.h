#pragma once

#include <QString>

#include <optional>

namespace vigia {

// The target figure a meta states ("100% de población empadronada" -> 100, "2 000 empleos" -> 2000,
// "reducir al 5,5%" -> 5.5). A deliberately small reader kept private to progress tracking until the
// library has a full measurability reader (quantity, unit, deadline); years ("al 2026") are skipped.
class TargetValue {
public:
    static std::optional<double> fromText(const QString &text);
};

} // namespace vigia
