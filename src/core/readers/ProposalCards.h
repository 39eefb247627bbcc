#pragma once

#include "model/ItemKind.h"

#include <QString>

#include <optional>

namespace vigia::ProposalCards {

// The title of a proposal card's heading ("Propuesta 3: Red de Alerta Vecinal", "PROYECTO N° 2 -
// Mercado modelo"), as printed after the number; nullopt for any other line.
std::optional<QString> title(const QString &cleaned);

// A labelled field of a card: "Diagnóstico y objetivo: …", "Acción: …", "Meta (2027-2030): …",
// "Indicador: …", and fields that hold no item ("Presupuesto: …", "Responsable: …").
struct Field {
    std::optional<ItemKind> kind; // none: a field that is not an item
    QString text;                 // what follows the colon on the same line (may be empty)
};

// The field a line opens, from its label: a short phrase (a parenthesis allowed) and a colon, whose
// first word names a field. nullopt for any other line, colon or not.
std::optional<Field> field(const QString &cleaned);

// A field label ending a title line ("Reducir las zonas de riesgo Meta:"): removed from `title`,
// and returned (it opens that field); nullopt, `title` unchanged, when the line ends otherwise.
std::optional<Field> takeTrailingLabel(QString &title);

// A top-level section of a plan written field by field ("I .- PROBLEMAS IDENTIFICADOS POR
// DIMENSIONES", "II.- OBJETIVOS ESTRATÉGICOS", "III METAS (PROPUESTAS) POR DIMENSIONES"): the
// kind of the items listed in it.
std::optional<ItemKind> fieldSection(const QString &cleaned);

// A label alone on its line that heads a block of a proposal ("Objetivo", "Estrategia.",
// "Actividades", "Metas:", "Indicadores"): the kind of the items listed under it.
std::optional<ItemKind> blockLabel(const QString &cleaned);

} // namespace vigia::ProposalCards
