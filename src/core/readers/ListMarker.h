#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vigia {

// A list marker found at the start of a text: "1.", "1.1", "2)", "a.", "-", "•", "▪", "✓" …
// possibly repeated ("- 3.1 " is one marker "- 3.1"). Not markers: "01 …", "100%", "Av.",
// "2013-2021", "37.4%".
struct ListMarker {
    qsizetype length = 0;  // characters taken by the marker and the spaces after it
    QString text;          // the marker as printed, trimmed ("1.", "-", "3.1")
    int number = -1;       // the (last) numeric level: "3.1" -> 1, "4." -> 4; -1 when not numeric
    int topNumber = -1;    // the first numeric level: "3.1" -> 3, "4." -> 4

    // The marker at the start of `text` (leading spaces allowed), if any.
    static std::optional<ListMarker> atStart(QStringView text);
    // A bullet glyph ("•", "▪", "■", "✓", "➢", "●" …), not counting "-" and "*".
    static bool isBulletGlyph(QChar c);
};

} // namespace vigia
