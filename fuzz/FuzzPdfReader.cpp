// libFuzzer target: the PDF reader on arbitrary bytes. Poppler itself is not instrumented, so
// coverage guides the mutations through Vigía's side: what Poppler returns for damaged or odd
// files (words, boxes, rules) and how the layout builder and the plan builder take it.
#include "readers/PlanFileReader.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QGuiApplication *application = nullptr;
const vigia::PlanFileReader *fileReader = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Like vigia-cli: a GUI application object (offscreen) for Poppler's QPainter backend.
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    application = new QGuiApplication(*argc, *argv);
    fileReader = new vigia::PlanFileReader();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Through the façade as the CLI and the app read files; the .pdf name picks the PDF reader.
    const vigia::ReadResult result = fileReader->readData(content, QStringLiteral("fuzz.pdf"), {});
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
