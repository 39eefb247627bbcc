#pragma once

#include "readers/LayoutDocument.h"
#include "readers/PlanReader.h"

namespace vigia {

// Reads a PDF plan with Poppler: the words and rules of each page become a LayoutDocument
// (PdfLayoutBuilder), which the shared plan builder turns into a plan. Refuses PDFs without a
// text layer, asks for the password of an encrypted one, and reports damaged files clearly.
class PdfPlanReader : public PlanReader {
public:
    QString id() const override;
    bool accepts(const QString &fileName, const QByteArray &head) const override;
    ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const override;

    struct LayoutResult {
        LayoutDocument layout;
        QStringList warnings;
        QString error;
        ReadResult::Failure failure = ReadResult::Failure::None;
    };
    // The first half of read(): the document's layout, or why it has none.
    LayoutResult readLayout(const QByteArray &content, const QString &fileName, const ReadOptions &options) const;
};

} // namespace vigia
