#pragma once

#include "PdfPageContent.h"

#include <QByteArray>

#include <atomic>
#include <functional>
#include <memory>

namespace Poppler {
class Document;
}

namespace vigia {

// Reads every page of a PDF: its words and, where a table is likely, its ruling lines (both from
// one pass of Poppler's text extraction, see PdfPageReader). The pages are shared among worker
// threads, each with its own PdfPageReader (one document must not be used by two threads at
// once). Progress and cancellation are handled on the calling thread, which works on pages too.
class PdfPageScanner {
public:
    struct Options {
        bool recordRulings = false;
        int threads = 1;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(int done, int total)> progress; // called on the calling thread, in order
    };
    struct Result {
        QList<PdfPageContent> pages; // one per page, in order, when complete
        int unreadablePage = 0;      // 1-based number of the first page Poppler could not open
        bool cancelled = false;
    };

    // `document` is the already opened document, which keeps Poppler's global state while the
    // pages are read; each worker opens `content` again.
    PdfPageScanner(Poppler::Document &document, const QByteArray &content, const QByteArray &password, Options options);
    ~PdfPageScanner();
    PdfPageScanner(const PdfPageScanner &) = delete;
    PdfPageScanner &operator=(const PdfPageScanner &) = delete;

    Result scan();

    // Whether the words of a page may hold a table: two lines whose words leave a gap at the
    // same place (between side-by-side cells), a wide gap or one after which both lines' text
    // starts at the same x (a left-aligned column). Running text, lists with hanging markers and
    // lines stretched by justification have no such gaps.
    static bool mayHoldTable(const QList<PdfWord> &words);

private:
    struct Shared;
    void work(bool reportsProgress);
    void reportProgress();
    void keepRulingsOfContinuedTables(QList<PdfPageContent> &pages);
    bool isCancelled() const;

    Poppler::Document &m_document;
    QByteArray m_content;
    QByteArray m_password;
    Options m_options;
    std::unique_ptr<Shared> m_shared;
};

} // namespace vigia
