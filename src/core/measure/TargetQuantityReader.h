#pragma once

#include "TargetQuantity.h"
#include "topics/WordBreaker.h"

namespace vigia {

// Reads the quantity, unit and deadline of a meta from its text (Spanish). Rules:
// - the first quantity counts: digits ("01", "500", "1,500"), a percentage ("100%", "el 25 por
//   ciento"), a number word ("tres", "cien"), "todos/todas los/las X" and "cada X" (the whole set),
//   a frequency ("anual", "semestral", "todos los años", "cada año");
// - quantities inside a purpose clause ("para fortalecer … todas las unidades") are not targets,
//   nor ages ("mayores de 45 años") nor years;
// - the unit is the noun phrase after the quantity ("05 Escuelas deportivas implementadas" ->
//   "Escuelas deportivas"), or the one before it when nothing follows ("cobertura al 100%");
// - the deadline is a year ("al 2030") or a year of the term ("durante el primer año").
// Use one reader per thread.
class TargetQuantityReader {
public:
    TargetQuantity read(const QString &text);

private:
    WordBreaker m_breaker;
};

} // namespace vigia
