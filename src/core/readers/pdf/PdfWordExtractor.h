#pragma once

#include "PdfPageContent.h"

#include <atomic>

namespace Poppler {
class Page;
}

namespace vigia {

// The words of one page with their boxes (PDF points, top-left origin), in Poppler's reading
// order. Extraction stops early, returning what it has, when `cancel` becomes true.
class PdfWordExtractor {
public:
    explicit PdfWordExtractor(const std::atomic_bool *cancel = nullptr);

    QList<PdfWord> extract(const Poppler::Page &page) const;

private:
    const std::atomic_bool *m_cancel;
};

} // namespace vigia
