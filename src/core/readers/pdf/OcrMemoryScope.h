#pragma once

namespace vigia {

// While pages are read by OCR, the C library keeps the memory of freed page images and of
// Tesseract's per-line arrays for the next page instead of handing it back to the system and
// faulting it in again (glibc: no mmap for blocks under 256 MiB, no trimming under 512 MiB). Reading
// a page takes a sixth less CPU (docs/performance.md). When the last scope ends, the defaults are
// restored and the memory kept is given back, so the app does not stay large after an import.
// Scopes may overlap (imports on several threads); elsewhere than glibc it does nothing.
class OcrMemoryScope {
public:
    OcrMemoryScope();
    ~OcrMemoryScope();
    OcrMemoryScope(const OcrMemoryScope &) = delete;
    OcrMemoryScope &operator=(const OcrMemoryScope &) = delete;
};

} // namespace vigia
