#pragma once

#include "PlanReader.h"

namespace vigia {

// The PDF reader as the programs use it: it takes PDFs as PdfPlanReader does, and loads the
// reader itself (with Poppler, Tesseract and Leptonica) from its module the first time a PDF is
// read, so that a command that reads no PDF starts without them. The module is looked for in
// VIGIA_PDF_MODULE (a file), beside the program once installed (../lib/vigia), then in the build.
class PdfReaderModule : public PlanReader {
public:
    QString id() const override { return QStringLiteral("pdf"); }
    bool accepts(const QString &fileName, const QByteArray &head) const override;
    ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const override;

    // Whether a file is a PDF: its bytes start so, or its name says so (the reader then says what
    // is wrong with it). PdfPlanReader takes the same files.
    static bool isPdf(const QString &fileName, const QByteArray &head);

    // The loaded reader, or null with `error` set ("the PDF reader (PATH) could not be loaded: …").
    static const PlanReader *reader(QString *error = nullptr);
};

} // namespace vigia
