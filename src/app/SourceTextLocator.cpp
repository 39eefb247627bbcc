#include "SourceTextLocator.h"

#include "text/TextNormalizer.h"

namespace vigia::app {

static QString comparable(const QString &text)
{
    return TextNormalizer::simplifyWhitespace(TextNormalizer::fold(text));
}

// A line belongs to the item when its words (markup and list markers aside) occur in the item.
static bool lineIsPartOf(const QString &line, const QString &foldedItem)
{
    QString words = comparable(line);
    // Strip table pipes, Markdown emphasis and list markers that the reader removed from the text.
    static const QString decoration = QStringLiteral("|*#>_");
    for (QChar c : decoration)
        words.remove(c);
    words = TextNormalizer::simplifyWhitespace(words);
    qsizetype start = 0;
    while (start < words.size() && (words[start].isDigit() || words[start] == u'.' || words[start] == u')'
                                    || words[start] == u'-' || words[start] == u'•' || words[start] == u' '))
        ++start;
    words = words.mid(start);
    return !words.isEmpty() && foldedItem.contains(words);
}

SourceTextLocator::Span SourceTextLocator::locate(const QStringList &lines, int startLine, const QString &itemText)
{
    Span span;
    if (startLine < 1 || startLine > lines.size())
        return span;
    span.firstLine = startLine;
    span.lastLine = startLine;
    const QString foldedItem = comparable(itemText);
    for (int line = startLine + 1; line <= lines.size(); ++line) {
        if (!lineIsPartOf(lines[line - 1], foldedItem))
            break;
        span.lastLine = line;
    }
    return span;
}

} // namespace vigia::app
