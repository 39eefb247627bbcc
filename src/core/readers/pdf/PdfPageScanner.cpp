#include "PdfPageScanner.h"

#include "PdfLineGrouper.h"
#include "PdfPageReader.h"
#include "TableGridDetector.h"

#include <poppler-qt6.h>

#include <QHash>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace vigia {

namespace {

bool reachesLowerPart(const QList<TableGrid> &grids, const QSizeF &pageSize)
{
    return std::any_of(grids.cbegin(), grids.cend(), [&](const TableGrid &grid) { return grid.area.bottom() > 0.7 * pageSize.height(); });
}

} // namespace

struct PdfPageScanner::Shared {
    std::mutex mutex;
    std::condition_variable pageDone;
    std::atomic_int nextPage = 0;
    std::atomic_bool stop = false; // a page could not be read, or reading was cancelled
    int pageCount = 0;
    std::vector<PdfPageContent> pages;
    std::vector<char> scanned; // guarded by mutex
    // The rules of pages whose words do not look like a table, kept aside in case a table of the
    // page before goes on there (written by the page's worker before `scanned`).
    std::vector<PdfPageContent> setAside;
    int unreadablePage = 0; // guarded by mutex
    int reported = 0;       // pages reported to the progress callback (calling thread only)
};

PdfPageScanner::PdfPageScanner(Poppler::Document &document, const QByteArray &content, const QByteArray &password, Options options)
    : m_document(document)
    , m_content(content)
    , m_password(password)
    , m_options(std::move(options))
    , m_shared(std::make_unique<Shared>())
{
}

PdfPageScanner::~PdfPageScanner() = default;

bool PdfPageScanner::isCancelled() const
{
    return m_options.cancel != nullptr && m_options.cancel->load();
}

PdfPageScanner::Result PdfPageScanner::scan()
{
    Shared &shared = *m_shared;
    shared.pageCount = m_document.numPages();
    shared.pages.resize(static_cast<size_t>(std::max(0, shared.pageCount)));
    shared.scanned.assign(shared.pages.size(), 0);
    shared.setAside.resize(shared.pages.size());

    const int helpers = std::clamp(std::min(m_options.threads, (shared.pageCount + 1) / 2), 1, 16) - 1;
    std::vector<std::jthread> workers;
    workers.reserve(static_cast<size_t>(helpers));
    for (int i = 0; i < helpers; ++i) {
        workers.emplace_back([this] { work(false); });
    }
    work(true);

    // Wait for the pages the helpers are still reading, reporting progress as they arrive.
    for (;;) {
        reportProgress();
        if (isCancelled())
            shared.stop = true;
        std::unique_lock lock(shared.mutex);
        if (shared.stop || shared.reported == shared.pageCount)
            break;
        shared.pageDone.wait_for(lock, std::chrono::milliseconds(50));
    }
    shared.stop = true;
    workers.clear(); // joins

    Result result;
    result.cancelled = isCancelled();
    result.unreadablePage = shared.unreadablePage;
    if (result.cancelled || result.unreadablePage > 0)
        return result;
    result.pages.reserve(shared.pageCount);
    for (PdfPageContent &page : shared.pages)
        result.pages.append(std::move(page));
    if (m_options.recordRulings)
        keepRulingsOfContinuedTables(result.pages);
    return result;
}

void PdfPageScanner::work(bool reportsProgress)
{
    Shared &shared = *m_shared;
    const PdfPageReader reader(m_content, m_password);
    if (!reader.isOpen() || reader.pageCount() != shared.pageCount) {
        if (reportsProgress) { // no other thread would read the pages
            const std::lock_guard lock(shared.mutex);
            shared.unreadablePage = 1;
            shared.stop = true;
            shared.pageDone.notify_all();
        }
        return; // the other workers read its share
    }
    while (!shared.stop) {
        if (reportsProgress && isCancelled()) {
            shared.stop = true;
            break;
        }
        const int index = shared.nextPage++;
        if (index >= shared.pageCount)
            break;
        PdfPageContent &content = shared.pages[static_cast<size_t>(index)];
        if (!reader.readPage(index, content, m_options.cancel)) {
            const std::lock_guard lock(shared.mutex);
            if (shared.unreadablePage == 0 || index + 1 < shared.unreadablePage)
                shared.unreadablePage = index + 1;
            shared.stop = true;
            shared.pageDone.notify_all();
            break;
        }
        // Rules drawn around running text (boxes, underlines, frames) are not a table's.
        if (!m_options.recordRulings || content.words.isEmpty() || !mayHoldTable(content.words)) {
            PdfPageContent &aside = shared.setAside[static_cast<size_t>(index)];
            if (m_options.recordRulings && !content.words.isEmpty()) {
                aside.rulings = std::move(content.rulings);
                aside.filledAreas = std::move(content.filledAreas);
            }
            content.rulings.clear();
            content.filledAreas.clear();
        }
        {
            const std::lock_guard lock(shared.mutex);
            shared.scanned[static_cast<size_t>(index)] = 1;
            shared.pageDone.notify_all();
        }
        if (reportsProgress)
            reportProgress();
    }
}

// Reports, in order, the pages read so far without a gap before them.
void PdfPageScanner::reportProgress()
{
    Shared &shared = *m_shared;
    std::unique_lock lock(shared.mutex);
    while (shared.reported < shared.pageCount && shared.scanned[static_cast<size_t>(shared.reported)] && !isCancelled()) {
        const int done = ++shared.reported;
        lock.unlock();
        if (m_options.progress)
            m_options.progress(done, shared.pageCount);
        lock.lock();
    }
}

// A table cut by the page break may go on with one column only, which does not look like a
// table by its words: a page after a page whose ruled table reaches its lower part keeps its rules.
void PdfPageScanner::keepRulingsOfContinuedTables(QList<PdfPageContent> &pages)
{
    bool tableMayContinue = false;
    for (qsizetype index = 0; index < pages.size(); ++index) {
        PdfPageContent &content = pages[index];
        PdfPageContent &aside = m_shared->setAside[static_cast<size_t>(index)];
        if (tableMayContinue && content.rulings.isEmpty() && content.filledAreas.isEmpty()) {
            content.rulings = std::move(aside.rulings);
            content.filledAreas = std::move(aside.filledAreas);
        }
        tableMayContinue = reachesLowerPart(TableGridDetector().detect(content), content.size);
    }
}

bool PdfPageScanner::mayHoldTable(const QList<PdfWord> &words)
{
    struct Gap {
        double left;
        double right;
        double width;
        int line;
    };
    const QList<PdfTextLine> lines = PdfLineGrouper::groupIntoLines(words);
    QList<Gap> seen;
    for (qsizetype lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        const PdfTextLine &line = lines[lineIndex];
        QList<Gap> gaps;
        for (qsizetype i = 1; i < line.words.size(); ++i) {
            const PdfWord &before = line.words[i - 1];
            const PdfWord &after = line.words[i];
            const double width = after.box.left() - before.box.right();
            const bool hangingMarker = i == 1 && PdfLineGrouper::startsWithListMarker(before.text);
            if (width > 0.6 * line.height() && !hangingMarker)
                gaps.append({before.box.right(), after.box.left(), width / line.height(), static_cast<int>(lineIndex)});
        }
        // Justified running text stretches its spaces, so that now and then a wide space of one
        // line lies under a wide space of another, or two words start at the same x: one such
        // coincidence is not a table. A table's columns repeat: a gap after which two lines start
        // at the same x at two places (two column boundaries), or one such gap on three lines, or
        // a wide gap on three lines, or one very wide gap (several line heights) on two lines.
        QHash<int, int> alignedWithLine;
        for (const Gap &gap : std::as_const(gaps)) {
            int alignedMatches = 0;
            int wideMatches = 0;
            for (const Gap &other : std::as_const(seen)) {
                const bool overlap = std::min(gap.right, other.right) - std::max(gap.left, other.left) >= 2.0;
                if (!overlap)
                    continue;
                if (std::abs(gap.right - other.right) < 0.5) {
                    if (++alignedMatches >= 2 || ++alignedWithLine[other.line] >= 2)
                        return true;
                }
                if (gap.width > 0.9 && other.width > 0.9 && ++wideMatches >= 2)
                    return true;
                if (gap.width > 2.5 && other.width > 2.5)
                    return true;
            }
        }
        seen += gaps;
    }
    return false;
}

} // namespace vigia
