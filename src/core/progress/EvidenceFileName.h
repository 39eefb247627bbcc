#pragma once

#include <QString>

namespace vigia {

// Turns an evidence file's original name (which came from someone else's disk, or someone else's
// export file) into a harmless file name: no directories ("../", "/", "C:\"), no NULs or control
// characters, no leading dots, only letters, digits and a few punctuation marks, at most
// `maximumLength` characters, the extension kept. Never empty.
class EvidenceFileName {
public:
    static QString sanitized(const QString &originalName);
    static constexpr qsizetype maximumLength = 100;
};

} // namespace vigia
