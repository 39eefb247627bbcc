#pragma once

#include "LayoutDetector.h"
#include "LayoutDocument.h"
#include "PlanReader.h"

#include <functional>

namespace vigia::TextReading {

// The common path of the text-based readers: decode the bytes, lay the text out with `parse`,
// build the plan, and report the encoding conversion.
ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options, LayoutSource source,
                const std::function<LayoutDocument(const QString &text, const QString &fileName)> &parse);

} // namespace vigia::TextReading
