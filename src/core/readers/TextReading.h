#pragma once

#include "LayoutDetector.h"
#include "LayoutDocument.h"
#include "PlanReader.h"

#include <functional>

namespace vigia::TextReading {

// Text plans are far smaller (the longest known, a national plan, is under 1 MB as text): a
// larger "text" is a log, a dump or a mistake, and reading it would only take minutes and memory.
constexpr qint64 maximumTextSize = 50LL * 1024 * 1024;

// The common path of the text-based readers: decode the bytes, lay the text out with `parse`,
// build the plan, and report the encoding conversion.
ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options, LayoutSource source,
                const std::function<LayoutDocument(const QString &text, const QString &fileName)> &parse);

} // namespace vigia::TextReading
