#pragma once

#include "readers/PlanReader.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

namespace vigia::cli {

// --ocr auto|always|never: whether the pages of a PDF are read from their image (ReadOptions::Ocr).
inline QCommandLineOption ocrOption()
{
    return QCommandLineOption(QStringLiteral("ocr"),
                              QStringLiteral("Read PDF pages from their image: auto (pages without text, the default), always, never"),
                              QStringLiteral("MODE"), QStringLiteral("auto"));
}

// The mode named by `value`; nothing for an unknown name.
inline std::optional<ReadOptions::Ocr> ocrMode(const QString &value)
{
    if (value == u"auto")
        return ReadOptions::Ocr::Auto;
    if (value == u"always")
        return ReadOptions::Ocr::Always;
    if (value == u"never")
        return ReadOptions::Ocr::Never;
    return std::nullopt;
}

} // namespace vigia::cli
