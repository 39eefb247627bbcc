#include "UnplacedText.h"

#include "text/TextNormalizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace vigia {
namespace {

// Folded words (letters and digits) of a text, in order.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    const QString folded = TextNormalizer::fold(text);
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

void addPairs(const QString &text, QSet<QString> *pairs)
{
    const QStringList words = wordsOf(text);
    for (qsizetype i = 1; i < words.size(); ++i)
        pairs->insert(words.at(i - 1) + u' ' + words.at(i));
}

QSet<QString> planPairs(const Plan &plan)
{
    QSet<QString> pairs;
    const PlanMetadata &metadata = plan.metadata;
    for (const QString *field : {&metadata.organization, &metadata.place, &metadata.electionType, &metadata.vision})
        addPairs(*field, &pairs);
    for (const Dimension &dimension : plan.dimensions) {
        addPairs(dimension.name, &pairs);
        for (const Row &row : dimension.rows) {
            addPairs(row.heading, &pairs);
            for (const QList<Item> &items : row.cells) {
                for (const Item &item : items)
                    addPairs(item.text, &pairs);
            }
        }
    }
    return pairs;
}

struct Passage {
    int page = 0;
    int sourceLine = 0;
    QStringList lines;
};

// Table cells one by one; prose lines joined into paragraphs (a paragraph ends where the next
// line starts one, or where a table begins).
QList<Passage> passagesOf(const LayoutDocument &layout)
{
    QList<Passage> passages;
    bool inProse = false;
    for (const LayoutRow &row : layout.rows) {
        const bool prose = !row.isTableRow && row.cells.size() == 1;
        for (const LayoutCell &cell : row.cells) {
            for (qsizetype i = 0; i < cell.lines.size(); ++i) {
                const LayoutLine &line = cell.lines.at(i);
                const bool starts = prose ? (!inProse || line.startsParagraph) : i == 0;
                if (starts || passages.isEmpty())
                    passages.append({line.page != 0 ? line.page : row.page,
                                     line.sourceLine != 0 ? line.sourceLine : row.sourceLine, {}});
                passages.last().lines.append(line.text);
                inProse = prose;
            }
        }
        inProse = prose;
    }
    return passages;
}

// The lines of a passage as one text; a word broken at a line end ("alum-" "brado") made whole.
QString joinLines(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines) {
        const QString trimmed = TextNormalizer::simplifyWhitespace(line);
        if (trimmed.isEmpty())
            continue;
        const bool brokenWord = text.size() > 1 && text.endsWith(u'-') && text.at(text.size() - 2).isLetter()
            && trimmed.at(0).isLower();
        if (brokenWord)
            text.chop(1);
        else if (!text.isEmpty())
            text.append(u' ');
        text.append(trimmed);
    }
    return text;
}

// A heading or a column label ("PROBLEMA IDENTIFICADO (PREVIO DIAGNÓSTICO)", "Metas al 2022:"):
// structure, not content the plan should hold.
bool isHeading(const QString &text, qsizetype wordCount)
{
    // A label may run long; a line in capitals longer than a heading is content printed in capitals.
    constexpr qsizetype labelWords = 12;
    constexpr qsizetype headingWords = 6;
    if (text.endsWith(u':'))
        return wordCount <= labelWords;
    return wordCount <= headingWords && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); });
}

} // namespace

int UnplacedText::percent() const
{
    return documentWords == 0 ? 0 : static_cast<int>(std::lround(100.0 * unplacedWords / documentWords));
}

UnplacedText UnplacedText::find(const LayoutDocument &layout, const Plan &plan)
{
    UnplacedText result;
    const QSet<QString> placed = planPairs(plan);
    for (const Passage &passage : passagesOf(layout)) {
        const QString text = joinLines(passage.lines);
        const QStringList words = wordsOf(text);
        if (words.size() < minimumWords || isHeading(text, words.size()))
            continue;
        result.documentWords += static_cast<int>(words.size());
        qsizetype found = 0;
        for (qsizetype i = 1; i < words.size(); ++i)
            found += placed.contains(words.at(i - 1) + u' ' + words.at(i)) ? 1 : 0;
        // Half the pairs: a line-end hyphen, a list marker or a split item loses a few.
        if (2 * found >= words.size() - 1)
            continue;
        result.unplacedWords += static_cast<int>(words.size());
        result.passages.append({passage.page, passage.sourceLine, text, static_cast<int>(words.size())});
    }
    return result;
}

} // namespace vigia
