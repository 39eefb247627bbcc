#pragma once

#include "PlanReader.h"

namespace vigia {

// Reads Markdown conversions of plan documents (.md, .markdown): decodes the bytes (BOM, CRLF, Windows-1252, NFC), lays the text out with
// MarkdownLayoutParser and builds the plan with the shared PlanBuilder.
class MarkdownPlanReader final : public PlanReader {
public:
    QString id() const override;
    bool accepts(const QString &fileName, const QByteArray &head) const override;
    ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const override;
    qint64 maximumSize() const override;
};

} // namespace vigia
