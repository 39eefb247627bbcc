#pragma once

#include <QByteArray>
#include <QString>

namespace vigia {

struct DecodedText {
    QString text;           // NFC, line ends normalised to "\n", BOM removed
    QString encoding;       // the encoding the bytes were read as, e.g. "UTF-8", "windows-1252"
    bool converted = false; // true when the source was not UTF-8 (worth telling the user)
    QString error;          // non-empty when the bytes are not text
};

// Decodes a text file's bytes: UTF-8 with or without BOM, UTF-16 with BOM, and legacy
// single-byte encodings (Windows-1252, ISO-8859-1) detected with ICU's charset detector.
// Binary data (NUL bytes outside UTF-16, control characters) is refused with an error.
class TextDecoder {
public:
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace vigia
