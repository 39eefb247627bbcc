#pragma once

#include <QString>

#include <optional>

namespace vigia {

// What a meta (target) says it will achieve, as far as its words state it: how much, of what, by
// when. Read by TargetQuantityReader; shared by the measurability classifier and progress tracking.
struct TargetQuantity {
    enum class Kind {
        None,        // no quantity stated
        Count,       // "05 escuelas", "quinientas mypes", "01 plan"
        Percentage,  // "100% de población vulnerable", "el 25%"
        All,         // "todas las pymes", "cada proveedor": the whole of a set (value 100, as a percentage)
        Frequency,   // "anual", "semestral", "todos los años": once per period (value 1)
    };

    Kind kind = Kind::None;
    double value = 0.0;          // 5 for "05", 100 for "100%" and for "todas"
    QString quantityText;        // as written: "05", "100%", "todas", "anual"
    QString unit;                // what is counted, as written: "Escuelas deportivas", "población vulnerable"
    std::optional<int> year;     // a deadline year ("al 2030")
    QString deadlineText;        // the deadline as written ("al 2030", "durante el primer año"); empty when none

    bool hasQuantity() const { return kind != Kind::None; }
    bool hasDeadline() const { return !deadlineText.isEmpty(); }
};

QString targetQuantityKindId(TargetQuantity::Kind kind); // "none", "count", "percentage", "all", "frequency"

} // namespace vigia
