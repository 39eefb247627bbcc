#pragma once

#include <QString>

#include <array>
#include <optional>

namespace vigia {

// How far a meta can be checked at the end of the term.
enum class Measurability {
    Measurable,        // says how much of what: "05 Escuelas deportivas implementadas"
    PartlyMeasurable,  // a quantity of something vague, or a concrete deliverable without an amount
    NotMeasurable,     // an aspiration or an activity: nothing to count
};

inline constexpr std::array<Measurability, 3> allMeasurabilities{
    Measurability::Measurable, Measurability::PartlyMeasurable, Measurability::NotMeasurable};

QString measurabilityId(Measurability level);   // "measurable", "partly", "not"
std::optional<Measurability> measurabilityFromId(const QString &id);

} // namespace vigia
