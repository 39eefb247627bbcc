// libFuzzer target: the text reader on arbitrary bytes (decoding, layout, plan building).
#include "readers/TextPlanReader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const vigia::TextPlanReader reader;
    const vigia::ReadResult result = reader.read(content, QStringLiteral("fuzz.txt"), {});
    // Either a plan or a reason, never both missing.
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
