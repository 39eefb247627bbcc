#pragma once

#include "PlanReader.h"

namespace vigia {

// Reads plain-text conversions of plan documents (.txt and other text files that are not PDF or Markdown): decodes the bytes (BOM, CRLF, Windows-1252, NFC), lays the text out with
// TextLayoutParser and builds the plan with the shared PlanBuilder.
class TextPlanReader final : public PlanReader {
public:
    QString id() const override;
    bool accepts(const QString &fileName, const QByteArray &head) const override;
    ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const override;
    qint64 maximumSize() const override;
};

} // namespace vigia
