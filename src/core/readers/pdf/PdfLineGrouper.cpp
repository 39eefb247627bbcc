#include "PdfLineGrouper.h"

#include "readers/LayoutPatterns.h"
#include "readers/ListMarker.h"
#include "readers/ProposalCards.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigia {

QList<PdfTextLine> PdfLineGrouper::groupIntoLines(QList<PdfWord> words)
{
    std::stable_sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<PdfTextLine> lines;
    for (const PdfWord &word : std::as_const(words)) {
        // A word belongs to the last line when its middle lies within that line's height.
        if (!lines.isEmpty()) {
            PdfTextLine &line = lines.last();
            const double middle = word.box.center().y();
            if (middle > line.box.top() && middle < line.box.bottom()) {
                line.words.append(word);
                line.box = line.box.united(word.box);
                continue;
            }
        }
        lines.append({{word}, word.box});
    }
    for (PdfTextLine &line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(), [](const PdfWord &a, const PdfWord &b) {
            return a.box.left() < b.box.left();
        });
    }
    return lines;
}

double PdfLineGrouper::usualLineGap(const QList<QList<PdfTextLine>> &runs)
{
    QList<double> gaps;
    for (const QList<PdfTextLine> &run : runs) {
        for (qsizetype i = 1; i < run.size(); ++i) {
            const double gap = run[i].box.top() - run[i - 1].box.bottom();
            if (gap >= 0 && gap < run[i].height())
                gaps.append(gap);
        }
    }
    if (gaps.isEmpty())
        return 1.0;
    // A low quantile: in documents made of short paragraphs most consecutive lines are
    // paragraph breaks, so the median would be a paragraph gap.
    const qsizetype quantile = gaps.size() / 4;
    std::nth_element(gaps.begin(), gaps.begin() + quantile, gaps.end());
    return gaps[quantile];
}

namespace {

// A digit among the first characters ("META 10A …"): a line that may open a coded field.
bool hasCodeNearStart(const QString &text)
{
    const qsizetype end = std::min<qsizetype>(text.size(), 14);
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i).isDigit())
            return true;
    }
    return false;
}

} // namespace

QList<PdfParagraph> PdfLineGrouper::groupIntoParagraphs(const QList<PdfTextLine> &lines, double usualGap, Block block)
{
    double measureLeft = 0;
    double measureRight = 0;
    if (!lines.isEmpty()) {
        measureLeft = lines.constFirst().box.left();
        measureRight = lines.constFirst().box.right();
        for (const PdfTextLine &line : lines) {
            measureLeft = std::min(measureLeft, line.box.left());
            measureRight = std::max(measureRight, line.box.right());
        }
    }
    QList<PdfParagraph> paragraphs;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PdfTextLine &line = lines[i];
        bool startsParagraph = paragraphs.isEmpty();
        if (!startsParagraph) {
            const PdfTextLine &previous = lines[i - 1];
            const QString text = line.text();
            const QString previousText = previous.text();
            const double gap = line.box.top() - previous.box.bottom();
            const double height = std::max(line.height(), previous.height());
            const bool marked = startsWithListMarker(text);
            // A line further left than the one before, which finished a sentence: the end of a
            // hanging list entry or of an indented block ("• Apoyar la reforestación." / "Objetivo").
            const bool outdented = line.box.left() < previous.box.left() - 0.5 * height && LayoutPatterns::endsSentence(previousText);
            startsParagraph = gap > usualGap + 0.15 * height || marked || outdented
                || std::abs(line.bodyHeight() - previous.bodyHeight()) > 0.1 * height
                // a line all in bold under one with no bold word, or the reverse: a heading and its text
                || (line.weight() != previous.weight() && line.weight() != PdfTextLine::Weight::Mixed
                    && previous.weight() != PdfTextLine::Weight::Mixed)
                || (block == Block::TableCell && endsShortSentence(previous, previousText, text, measureLeft, measureRight));
            // A line stopping mid-phrase ("Educación: falta de") goes on in the next one, whatever
            // the gap or a change of font between them.
            if (startsParagraph && !marked && LayoutPatterns::endsMidPhrase(previousText))
                startsParagraph = false;
            // A labelled field or a titled proposal ("Meta 4B: …", "Objetivo 7: …") starts its own;
            // so does the line after a dimension heading or a numbered heading in capitals.
            if (!startsParagraph)
                startsParagraph = ((text.contains(u':') || hasCodeNearStart(text)) && (ProposalCards::field(text) || ProposalCards::title(text)))
                    // a short line in capitals under one that is not, and that ended its phrase ("NUTRICIÓN")
                    || (text.size() <= 40 && LayoutPatterns::isUpperCase(text) && !LayoutPatterns::isUpperCase(previousText)
                        && !LayoutPatterns::endsMidPhrase(previousText))
                    || (paragraphs.last().lines.size() == 1 && previousText.size() <= 100
                        && (LayoutPatterns::dimensionHeading(previousText).has_value()
                            // a numbered heading in capitals over text that is not ("4.3 VISIÓN", "V. VISIÓN" / "La provincia …")
                            || ((LayoutPatterns::sectionHeading(previousText).has_value()
                                 || (LayoutPatterns::isRomanHeading(previousText) && LayoutPatterns::isUpperCase(previousText)))
                                && !LayoutPatterns::isUpperCase(text))));
        }
        if (startsParagraph)
            paragraphs.append({{line}, line.box});
        else {
            paragraphs.last().lines.append(line);
            paragraphs.last().box = paragraphs.last().box.united(line.box);
        }
    }
    return paragraphs;
}

bool PdfLineGrouper::endsShortSentence(const PdfTextLine &line, const QString &text, const QString &nextText, double measureLeft,
                                       double measureRight)
{
    if (text.isEmpty() || !QStringLiteral(".!?").contains(text.back()) || !LayoutPatterns::startsUpperCase(nextText))
        return false;
    // A quarter of the measure left empty: more than a ragged right edge leaves when the next
    // word does not fit.
    const double measure = measureRight - measureLeft;
    return measure > 0 && measureRight - line.box.right() > 0.25 * measure;
}

int PdfLineGrouper::segmentCount(const PdfTextLine &line)
{
    int count = 1;
    for (qsizetype i = 1; i < line.words.size(); ++i) {
        if (line.words[i].box.left() - line.words[i - 1].box.right() > 0.9 * line.height())
            ++count;
    }
    return count;
}

bool PdfLineGrouper::startsWithListMarker(const QString &text)
{
    if (!text.isEmpty() && ListMarker::isBulletGlyph(text.front()))
        return true;
    static const QRegularExpression marker(QStringLiteral(
        "^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\d{1,3}(?:\\.\\d{1,3})+|[a-zA-Z][.)]|[a-zA-Z]\\.\\d{1,2}\\.?|[-–•■▪●◦►✓➢])(?:\\s|$)"));
    return marker.match(text).hasMatch();
}

} // namespace vigia
