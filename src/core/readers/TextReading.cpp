#include "TextReading.h"

#include "PlanBuilder.h"
#include "text/TextDecoder.h"

#include <QCoreApplication>

namespace vigia::TextReading {

ReadResult read(const QByteArray &content, const QString &fileName, const ReadOptions &options, LayoutSource source,
                const std::function<LayoutDocument(const QString &text, const QString &fileName)> &parse)
{
    ReadResult result;
    if (content.size() > maximumTextSize) {
        result.failure = ReadResult::Failure::Unreadable;
        result.error = QCoreApplication::translate("TextReading", "the text is too large for a plan (%1 MB; a text plan has at most %2 MB)")
                           .arg(content.size() / (1024 * 1024))
                           .arg(maximumTextSize / (1024 * 1024));
        return result;
    }
    const DecodedText decoded = TextDecoder::decode(content);
    if (!decoded.error.isEmpty()) {
        result.failure = ReadResult::Failure::Unreadable;
        result.error = decoded.error;
        return result;
    }
    if (options.cancel && options.cancel->load()) {
        result.failure = ReadResult::Failure::Cancelled;
        result.error = QCoreApplication::translate("TextReading", "cancelled");
        return result;
    }
    const LayoutDocument document = parse(decoded.text, fileName);
    result = PlanBuilder::build(document, source);
    if (!result.ok())
        return result;
    if (decoded.converted)
        result.warnings.prepend(QCoreApplication::translate("TextReading", "encoding converted from %1").arg(decoded.encoding));
    if (options.progress)
        options.progress(1, 1);
    return result;
}

} // namespace vigia::TextReading
