#pragma once

#include "model/Plan.h"

#include <QStringList>

namespace vigia {

// Signs that a plan read from a document is thinner than the document, each one a warning of the
// import (English, translated for the user): few rows for many pages, a table or outline layout
// with no problem in it, metas that read like headings. None of them is proof of a bad reading (a
// plan may be that short); each says what to check.
class ThinResult {
public:
    // `pageCount`: the document's pages (0 for a text source, where pages are not judged).
    static QStringList warnings(const Plan &plan, int pageCount);

    // A meta that reads like a heading: at most six words, no figure, its letters in capitals or
    // ending with a colon ("EDUCACIÓN", "Eje 2: Salud:").
    static bool looksLikeHeading(const QString &text);

    // Below this many rows per page, a document of at least minimumPagesJudged pages is thin.
    static constexpr int pagesPerRow = 4;
    static constexpr int minimumPagesJudged = 12;
    // This many heading-like metas make a warning.
    static constexpr int headingMetasWarned = 3;
};

} // namespace vigia
