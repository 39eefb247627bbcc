#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vigia::LayoutPatterns {

// What a column of a proposal table holds, read from its header cell.
enum class ColumnRole { None, Number, Problem, Objective, Indicator, Target };

// Text without markup: HTML tags, Markdown bold/heading marks and entities removed, whitespace
// collapsed. List markers are kept.
QString cleanText(const QString &text);

// The role a header cell announces ("PROBLEMA IDENTIFICADO" -> Problem, "Nº" -> Number), if any.
std::optional<ColumnRole> headerRole(const QString &cellText);

// `text` without the marks before its first letter or digit: what a scan's OCR makes of a speck
// before a heading ("-DIMENSION SOCIAL", "“ META").
QString withoutStrayMarks(const QString &text);

// A heading that opens a dimension ("1.- DIMENSIÓN SOCIAL", "**DIMENSIÓN ECONÓMICA**",
// "PILAR ESTRATÉGICO 1: ORDEN"), giving
// its canonical name; nullopt for anything else (long prose mentioning a dimension, TOC lines).
std::optional<QString> dimensionHeading(const QString &cleaned);

// A numbered section heading in capitals ("1.1. ORDEN CIUDADANO"), as printed; nullopt otherwise.
std::optional<QString> sectionHeading(const QString &cleaned);

// Page furniture that is never plan content: page numbers, table-of-contents lines, slogans
// between ¡ and !, "Generado por sistema" stamps, place-and-date signature lines.
bool isFurniture(const QString &cleaned);

// A table separator made of -, |, : and spaces ("|---|---|", "-- -------").
bool isSeparatorLine(const QString &text);

// Mostly upper-case letters (at least three letters).
bool isUpperCase(const QString &cleaned);

// A section heading numbered with roman numerals ("IV. VISIÓN", "III. PROPUESTA").
bool isRomanHeading(const QString &cleaned);

// Ends with sentence-closing punctuation (. ! ? : ;), ignoring closing quotes and brackets.
bool endsSentence(const QString &text);

// Whether text stops in the middle of a phrase, so that the next printed line must continue it:
// it ends with a comma, a word broken by a hyphen, or a joining word ("de", "la", "y", "para", "que" …).
bool endsMidPhrase(const QString &text);

// One line of prose cut before every bullet glyph that follows a space ("Mejorar los colegios.
// • Brindar becas" -> two parts, the second starting with its glyph): a PDF paragraph that
// holds several bullets of a list.
QStringList splitAtInlineBullets(const QString &cleaned);

// Starts with a lower-case letter (a fragment that continues a sentence).
bool startsLowerCase(const QString &text);
// Whether the first letter of `text` (after opening quotes or brackets) is upper case.
bool startsUpperCase(const QString &text);

} // namespace vigia::LayoutPatterns
