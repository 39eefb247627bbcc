#pragma once

#include "PdfPageContent.h"

#include <QImage>

namespace vigia {

// The ruling lines of a page image (a scanned table's borders), found by Leptonica's morphology:
// the page made black and white, opened with a long thin brick (a horizontal one, then a vertical
// one), and each connected line that is left is a rule. In PDF points, as a text layer's rules
// are, so ruled tables come out of a scan as out of a text PDF.
class RasterRulings {
public:
    static QList<Ruling> find(const QImage &image, double dpi);

    // The shortest line taken for a rule, in inches (a table's cell is wider and taller than this;
    // a letter's stroke is not).
    static constexpr double minimumHorizontalInches = 0.4;
    static constexpr double minimumVerticalInches = 0.25;
};

} // namespace vigia
