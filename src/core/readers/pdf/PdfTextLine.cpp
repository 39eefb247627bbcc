#include "PdfTextLine.h"

#include <QHash>

#include <algorithm>

namespace vigia {

QString PdfTextLine::text() const
{
    QString result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PdfWord &word = words[i];
        if (i > 0) {
            const PdfWord &previous = words[i - 1];
            // Poppler splits a word at a font change without a space; a visible gap is a space.
            const double gap = word.box.left() - previous.box.right();
            if (previous.spaceAfter || gap > 0.15 * std::max(previous.box.height(), word.box.height()))
                result += u' ';
        }
        result += word.text;
    }
    return result;
}

int PdfTextLine::ocrConfidence() const
{
    int sum = 0;
    int count = 0;
    for (const PdfWord &word : words) {
        if (word.confidence >= 0) {
            sum += word.confidence;
            ++count;
        }
    }
    return count > 0 ? (sum + count / 2) / count : -1;
}

double PdfTextLine::bodyHeight() const
{
    // A run-in label ("Salud:", "Seguridad ciudadana. -"), often bold and so boxed taller, is not
    // the line's body when text follows it.
    qsizetype first = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(words.size() - 1, 4); ++i) {
        const QString &text = words[i].text;
        if (!text.isEmpty() && (text.back() == u':' || text.back() == u'.')) {
            first = i + 1;
            break;
        }
    }
    // Letters per height, in steps of half a point.
    QHash<int, qsizetype> letters;
    for (qsizetype i = first; i < words.size(); ++i)
        letters[qRound(words[i].box.height() * 2)] += words[i].text.size();
    int best = -1;
    qsizetype most = -1;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() > best)) {
            most = it.value();
            best = it.key();
        }
    }
    return best < 0 ? height() : best / 2.0;
}

PdfTextLine::Weight PdfTextLine::weight() const
{
    const qsizetype bold = std::count_if(words.cbegin(), words.cend(), [](const PdfWord &word) { return word.bold; });
    return bold == 0 ? Weight::Regular : bold == words.size() ? Weight::Bold : Weight::Mixed;
}

QString PdfParagraph::text() const
{
    QString result;
    for (const PdfTextLine &line : lines) {
        if (!result.isEmpty())
            result += u' ';
        result += line.text();
    }
    return result;
}

} // namespace vigia
