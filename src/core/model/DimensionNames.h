#pragma once

#include <QString>

namespace vigia::DimensionNames {

// The dimension name to store for a heading as printed: "DIMENSIÓN SOCIAL", "1.- Dimensión
// Económica", "ECONOMICO" give the canonical names (Social, Económica, Ambiental, Institucional);
// any other name is kept in title case ("DIMENSIÓN URBANA" -> "Urbana").
QString canonical(const QString &printed);

// True when `name` is one of the four canonical names.
bool isCanonical(const QString &name);

} // namespace vigia::DimensionNames
