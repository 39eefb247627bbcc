#pragma once

#include "PdfTextLine.h"

#include <QSizeF>

namespace vigia {

// Finds page furniture among the running-text lines of a document: page numbers near the top or
// bottom edge, and running headers and footers (the same text, digits aside, at the same place on
// most pages).
class PageFurnitureFilter {
public:
    // `linesPerPage[p]` are page p's running-text lines; returns, per page and line, whether it is
    // furniture.
    static QList<QList<bool>> find(const QList<QList<PdfTextLine>> &linesPerPage, const QList<QSizeF> &pageSizes);

    static bool isPageNumber(const QString &text);
};

} // namespace vigia
