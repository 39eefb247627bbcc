#include "OcrMemoryScope.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vigia {

namespace {

std::mutex scopesMutex;
int openScopes = 0;

#if defined(__GLIBC__)
// A 300 dpi page is 8.7 MB in grey and 35 MB in colour; Tesseract's arrays are smaller.
constexpr int keptBlockBytes = 256 << 20;
constexpr int keptFreeBytes = 512 << 20;
// glibc's defaults (mallopt(3)).
constexpr int defaultThresholdBytes = 128 << 10;
#endif

} // namespace

OcrMemoryScope::OcrMemoryScope()
{
    const std::lock_guard lock(scopesMutex);
    if (openScopes++ > 0)
        return;
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, keptBlockBytes);
    mallopt(M_TRIM_THRESHOLD, keptFreeBytes);
#endif
}

OcrMemoryScope::~OcrMemoryScope()
{
    const std::lock_guard lock(scopesMutex);
    if (--openScopes > 0)
        return;
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, defaultThresholdBytes);
    mallopt(M_TRIM_THRESHOLD, defaultThresholdBytes);
    malloc_trim(0);
#endif
}

} // namespace vigia
