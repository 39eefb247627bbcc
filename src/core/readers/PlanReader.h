#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace vigia {

struct ReadOptions {
    // Whether the pages of a PDF are read by OCR: those without a text layer (Auto), every page
    // (Always), or none (Never: a scanned PDF is refused).
    enum class Ocr { Auto, Always, Never };
    QString password;                                  // for encrypted PDFs
    Ocr ocr = Ocr::Auto;
    std::function<void(int done, int total)> progress; // pages (PDF) or another unit; may be empty
    // The pages of a PDF read by OCR, a phase of its own after the text pass (seconds a page, not
    // milliseconds); when empty, `progress` reports them.
    std::function<void(int done, int total)> ocrProgress;
    const std::atomic_bool *cancel = nullptr;          // set to true to stop reading
};

struct ReadResult {
    Plan plan;
    QStringList warnings;  // things the user should know ("encoding converted from windows-1252")
    QString error;         // non-empty when the document could not be read; plan is then meaningless
    // What the reader saw before building the plan (rows, cells, lines); null when the document
    // could not be read that far.
    std::shared_ptr<const LayoutDocument> layout;
    enum class Failure { None, NotAPlan, Unreadable, PasswordRequired, WrongPassword, Cancelled };
    Failure failure = Failure::None;

    bool ok() const { return error.isEmpty(); }
};

// One implementation per kind of source (text conversion, Markdown, PDF). Readers are stateless
// and may be used from any thread.
class PlanReader {
public:
    virtual ~PlanReader() = default;
    // A short id: "text", "markdown", "pdf".
    virtual QString id() const = 0;
    // Whether this reader takes a file with this name whose content starts with `head`.
    virtual bool accepts(const QString &fileName, const QByteArray &head) const = 0;
    // Reads the whole document. Fills plan.sourceFileName, plan.sourceSha256 and plan.layout.
    virtual ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const = 0;
    // The largest document this reader takes, in bytes: PlanFileReader refuses a larger file
    // before reading it.
    virtual qint64 maximumSize() const { return 512LL * 1024 * 1024; }
};

} // namespace vigia
