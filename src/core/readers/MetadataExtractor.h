#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QString>

namespace vigia {

// Reads what a plan says about itself from its layout document:
// - labelled fields anywhere ("Organización Política: …", "Tipo Elección: …", "Lugar: …");
// - in the title block (the rows before the first dimension heading or proposal table):
//   the organization (a capitals line naming a party, movement, front or alliance; a line of
//   organization words only takes the next line too), the place ("MUNICIPALIDAD PROVINCIAL DE
//   X" -> X, a "PROVINCIA …"/"DISTRITO …" title, or the capitals line under the organization),
//   the period (a year range in a title line or a table header, written YYYY-YYYY);
// - the vision: the text under a "Visión …" heading up to the next heading; a quoted statement
//   when there is one, else the paragraphs (in the JNE summary form, the form's explanation
//   that opens the section is dropped), surrounding quotation marks removed.
class MetadataExtractor {
public:
    static PlanMetadata extract(const LayoutDocument &document, const QString &layout);
};

} // namespace vigia
