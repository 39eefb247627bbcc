#pragma once

#include <QString>
#include <QStringList>

namespace vigia::app {

// Finds the lines of a text source that hold an item: its recorded start line and the lines
// after it whose words are part of the item's text (a cell wrapped over several lines).
class SourceTextLocator {
public:
    struct Span {
        int firstLine = 0; // 1-based; 0 when not found
        int lastLine = 0;
    };

    static Span locate(const QStringList &lines, int startLine, const QString &itemText);
};

} // namespace vigia::app
