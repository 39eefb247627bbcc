#pragma once

#include <QString>

namespace vigia::TextNormalizer {

// Unicode NFC (ICU).
QString nfc(const QString &text);

// Accent- and case-insensitive key for matching: NFD, combining marks removed, full case fold (ICU).
// "Población" and "POBLACION" both give "poblacion"; "Ñ" keeps its identity as "n" + nothing.
// Texts of Latin letters and general punctuation fold through a table made from ICU's own folding.
QString fold(const QString &text);

// fold() by ICU on the whole text, without the table: what the table is made from.
QString foldByIcu(const QString &text);

// Collapses runs of Unicode whitespace (including NBSP) into one space and trims.
QString simplifyWhitespace(const QString &text);

// Title case for dimension names and the like, with ICU's word-aware title casing (es locale)
// and Spanish short words ("de", "y", "la" …) kept lower case unless first.
QString titleCase(const QString &text);

} // namespace vigia::TextNormalizer
