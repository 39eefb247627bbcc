#pragma once

#include "Measurability.h"
#include "TargetQuantity.h"

#include <QString>

namespace vigia {

// What a meta states, in the three fields of the measurability rubric's clause 5. A null QString
// is the rubric's null.
struct RubricFields {
    QString quantity;  // the first numeral or percentage exactly as printed ("05", "25%"); null for
                       // "todos", the articles "un/una", periodicities and slogans
    QString unit;      // what is counted or delivered; given for measurable metas only
    QString deadline;  // a printed year ("2030"), a periodicity ("anual") or a printed phrase
                       // ("durante el primer año de gestión")

    static RubricFields of(Measurability level, const TargetQuantity &quantity);
};

} // namespace vigia
