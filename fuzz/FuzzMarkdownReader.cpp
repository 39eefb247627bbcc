// libFuzzer target: the Markdown reader on arbitrary bytes (tables, headings, lists).
#include "readers/MarkdownPlanReader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const vigia::MarkdownPlanReader reader;
    const vigia::ReadResult result = reader.read(content, QStringLiteral("fuzz.md"), {});
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
