#include "RubricFields.h"

namespace vigia {

RubricFields RubricFields::of(Measurability level, const TargetQuantity &quantity)
{
    RubricFields fields;
    const bool figure = quantity.kind == TargetQuantity::Kind::Count || quantity.kind == TargetQuantity::Kind::Percentage;
    if (figure)
        fields.quantity = quantity.quantityText;
    if (level == Measurability::Measurable && !quantity.unit.isEmpty())
        fields.unit = quantity.unit;
    if (quantity.year)
        fields.deadline = QString::number(*quantity.year);
    else if (quantity.kind == TargetQuantity::Kind::Frequency)
        fields.deadline = quantity.quantityText.toLower();
    else if (quantity.hasDeadline())
        fields.deadline = quantity.deadlineText;
    return fields;
}

} // namespace vigia
