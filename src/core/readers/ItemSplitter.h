#pragma once

#include "LayoutDocument.h"
#include "model/Plan.h"

#include <QList>

namespace vigia {

// One item cut out of a cell, with what the plan builder needs to join it across page breaks.
struct SplitItem {
    Item item;              // clean text (no markup, no marker), marker, source position
    int number = -1;        // numeric marker value ("4." -> 4, "3.1" -> 1), -1 when none
    bool hasMarker = false; // began with a list marker
    bool paragraph = false; // began at a paragraph or list-item tag (<p>, <li>)
    QList<LayoutLine> lines; // the layout lines it was built from
};

// Splits the text of one table cell (or one block of prose) into items.
//
// Item boundaries are: a list marker at the start of a line ("1.", "1.1", "a)", "-", "•", "▪",
// "✓" …), a paragraph or list-item tag (<p>, <li>), a line marked startsParagraph (PDF), and
// inline list markers inside a line:
// "-" or a bullet glyph after the end of a sentence, and "N." when it continues the numbering
// ("… 1. Mejorar … 2. Promover …"). A line without a marker continues the item before it.
// "01", "100%", "Av.", "socio-económico", "2013-2021" are not markers. Empty items (a lone "-"
// or "•") are dropped.
class ItemSplitter {
public:
    static QList<SplitItem> split(const QList<LayoutLine> &lines);
    static QList<SplitItem> split(const QString &text);

    // Whether `fragment` (the first item of a cell cut by a page break) continues `previous`,
    // the last item of the same cell before the break. Never when the fragment has a marker;
    // always when `previous` had one (a numbered cell), when `previous` does not end a sentence
    // or the fragment starts in lower case; otherwise when neither is a paragraph of its own
    // (<p>): plain lines of one cell are one item.
    static bool continues(const SplitItem &previous, const SplitItem &fragment);
    // Appends the fragment's text, lines and boxes to `previous`.
    static void join(SplitItem &previous, const SplitItem &fragment);
    static void join(Item &previous, const SplitItem &fragment);
};

} // namespace vigia
