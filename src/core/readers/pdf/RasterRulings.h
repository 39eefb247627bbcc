#pragma once

#include "PdfPageContent.h"

#include <QImage>

namespace vigia {

// The ruling lines of a page image (a scanned table's borders), found by morphology: the thin
// lines darker than their sides kept (a black top-hat, GreyMorphology), opened with a long thin
// brick (a horizontal one, then a vertical one; Leptonica), and each connected line that is left
// is a rule. In PDF points, as a text layer's rules are, so ruled tables come out of a scan as out
// of a text PDF.
class RasterRulings {
public:
    static QList<Ruling> find(const QImage &image, double dpi);

    // The shortest line taken for a rule, in inches (a table's cell is wider and taller than this;
    // a letter's stroke is not).
    static constexpr double minimumHorizontalInches = 0.4;
    static constexpr double minimumVerticalInches = 0.25;
    // The thickest line taken for a rule (a 2 pt border is one; a filled band is not), in inches.
    static constexpr double maximumRuleInches = 0.03;
    // How much darker than its sides a rule is at least, in grey levels of 255.
    static constexpr int minimumRuleContrast = 28;
};

} // namespace vigia
