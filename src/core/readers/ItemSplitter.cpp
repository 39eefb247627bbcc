#include "ItemSplitter.h"

#include "LayoutPatterns.h"
#include "ListMarker.h"
#include "text/TextNormalizer.h"

#include <QRegularExpression>

namespace vigia {

namespace {

constexpr QChar paragraphBreak(0x1E);
constexpr QChar lineBreak(0x1F);

// Markup to plain text with the paragraph and line boundaries it implies.
QString withBoundaries(const QString &text)
{
    QString result = text;
    static const QRegularExpression blockTags(QStringLiteral(R"(<\s*(p|li)\b[^<>]*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression breakTags(QStringLiteral(R"(<\s*br\s*/?\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherTags(QStringLiteral(R"(<\s*/?\s*[a-zA-Z][^<>]*>)"));
    result.replace(blockTags, QString(paragraphBreak));
    result.replace(breakTags, QString(lineBreak));
    result.replace(otherTags, QStringLiteral(" "));
    result.remove(QStringLiteral("**"));
    result.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    result.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    result.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    return result;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')' || c == u'"' || c == u'”';
}

QChar previousNonSpace(const QString &text, qsizetype position)
{
    for (qsizetype i = position - 1; i >= 0; --i) {
        if (!text.at(i).isSpace())
            return text.at(i);
    }
    return QChar();
}

// Positions inside `piece` (after its own leading marker) where an inline list marker begins.
QList<qsizetype> inlineMarkers(const QString &piece, qsizetype from, bool pieceStartedWithDash, int &lastNumber)
{
    QList<qsizetype> positions;
    static const QRegularExpression candidate(QStringLiteral(R"re((?<=\s|[.;:!?)"”])(-(?!-)|\d{1,2}[.)](?=\s+[\p{L}\d¿¡"“]))|[•▪■●►➢➤✓✔❖◆])re"));
    QRegularExpressionMatchIterator it = candidate.globalMatch(piece, from);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart(0);
        const QString token = match.captured(0);
        const QChar before = previousNonSpace(piece, start);
        const bool spaceBefore = start > 0 && piece.at(start - 1).isSpace();
        if (ListMarker::isBulletGlyph(token.at(0))) {
            positions << start;
            continue;
        }
        if (token == u"-") {
            // "-" begins an item after the end of a sentence, or anywhere after a space in a
            // cell whose items are "-" items; never inside a word ("socio-económico").
            qsizetype next = start + 1;
            while (next < piece.size() && piece.at(next).isSpace())
                ++next;
            if (next >= piece.size())
                continue;
            const QChar after = piece.at(next);
            const bool startsItem = after.isUpper() || after.isDigit() || after == u'¿' || after == u'¡' || after == u'"' || after == u'“';
            if (!startsItem)
                continue;
            if (isSentenceEnd(before) || (pieceStartedWithDash && spaceBefore))
                positions << start;
            continue;
        }
        // "N." inside a line: only when it continues the numbering, or after a sentence end
        // followed by a capital when no numbering is known yet.
        if (!spaceBefore)
            continue;
        const int number = token.left(token.size() - 1).toInt();
        qsizetype next = start + token.size();
        while (next < piece.size() && piece.at(next).isSpace())
            ++next;
        const bool capital = next < piece.size() && piece.at(next).isUpper();
        if (number == lastNumber + 1 && lastNumber >= 0) {
            positions << start;
            lastNumber = number;
        } else if (lastNumber < 0 && isSentenceEnd(before) && capital && number <= 30) {
            positions << start;
            lastNumber = number;
        }
    }
    return positions;
}

QString itemText(const QString &raw)
{
    QString text = TextNormalizer::simplifyWhitespace(raw);
    // A bullet left dangling at the end ("… productiva. •").
    while (!text.isEmpty() && (ListMarker::isBulletGlyph(text.back()) || text.back() == u'-')) {
        text.chop(1);
        text = text.trimmed();
    }
    return text;
}

bool hasContent(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QList<SplitItem> ItemSplitter::split(const QString &text)
{
    LayoutLine line;
    line.text = text;
    return split(QList<LayoutLine>{line});
}

QList<SplitItem> ItemSplitter::split(const QList<LayoutLine> &lines)
{
    struct Draft {
        QString text;
        QString marker;
        int number = -1;
        bool hasMarker = false;
        bool paragraph = false;
        QList<int> lineIndexes;
    };
    QList<Draft> drafts;
    int lastNumber = -1;

    bool atParagraph = false;
    auto startItem = [&](const QString &marker, int number, int lineIndex) {
        Draft draft;
        draft.paragraph = atParagraph;
        draft.marker = marker;
        draft.number = number;
        draft.hasMarker = !marker.isEmpty();
        draft.lineIndexes << lineIndex;
        drafts << draft;
    };
    auto appendText = [&](const QString &text, int lineIndex) {
        if (drafts.isEmpty())
            startItem(QString(), -1, lineIndex);
        Draft &draft = drafts.last();
        if (!draft.text.isEmpty())
            draft.text += QLatin1Char(' ');
        draft.text += text;
        if (draft.lineIndexes.isEmpty() || draft.lineIndexes.constLast() != lineIndex)
            draft.lineIndexes << lineIndex;
    };

    for (int lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        const QString marked = withBoundaries(lines[lineIndex].text);
        // Pieces: the first begins at the line start (soft), the others after <p>/<li> (hard)
        // or <br> (soft).
        qsizetype pieceStart = 0;
        bool hard = lines[lineIndex].startsParagraph; // a PDF line after a paragraph gap
        for (qsizetype i = 0; i <= marked.size(); ++i) {
            if (i < marked.size() && marked.at(i) != paragraphBreak && marked.at(i) != lineBreak)
                continue;
            const QString piece = marked.mid(pieceStart, i - pieceStart);
            const bool pieceHard = hard;
            if (i < marked.size()) {
                hard = marked.at(i) == paragraphBreak;
                pieceStart = i + 1;
            }
            if (piece.trimmed().isEmpty())
                continue;

            qsizetype from = 0;
            bool startedWithDash = false;
            atParagraph = pieceHard;
            if (const auto marker = ListMarker::atStart(piece)) {
                if (marker->number >= 0)
                    lastNumber = marker->number;
                startItem(marker->text, marker->number, lineIndex);
                startedWithDash = marker->text.startsWith(u'-');
                from = marker->length;
            } else if ((pieceHard || drafts.isEmpty()) && hasContent(piece)) {
                startItem(QString(), -1, lineIndex);
            }
            atParagraph = false;
            const QList<qsizetype> positions = inlineMarkers(piece, from, startedWithDash, lastNumber);
            qsizetype textStart = from;
            for (const qsizetype position : positions) {
                appendText(piece.mid(textStart, position - textStart), lineIndex);
                const auto marker = ListMarker::atStart(QStringView(piece).mid(position));
                const qsizetype length = marker ? marker->length : 1;
                const int number = marker ? marker->number : -1;
                startItem(marker ? marker->text : piece.mid(position, 1), number, lineIndex);
                textStart = position + length;
            }
            appendText(piece.mid(textStart), lineIndex);
        }
    }

    QList<SplitItem> result;
    for (const Draft &draft : drafts) {
        const QString text = itemText(draft.text);
        if (!hasContent(text))
            continue;
        SplitItem split;
        split.item.text = text;
        split.item.marker = draft.marker;
        split.number = draft.number;
        split.hasMarker = draft.hasMarker;
        split.paragraph = draft.paragraph;
        for (const int index : draft.lineIndexes) {
            const LayoutLine &line = lines[index];
            split.lines << line;
            if (!line.box.isNull())
                split.item.source.boxes << line.box;
            split.item.source.addOcrConfidence(line.ocrConfidence);
        }
        if (!split.lines.isEmpty()) {
            split.item.source.line = split.lines.constFirst().sourceLine;
            split.item.source.page = split.lines.constFirst().page;
        }
        result << split;
    }
    return result;
}

bool ItemSplitter::continues(const SplitItem &previous, const SplitItem &fragment)
{
    if (fragment.hasMarker)
        return false;
    if (previous.hasMarker || !LayoutPatterns::endsSentence(previous.item.text)
        || LayoutPatterns::startsLowerCase(fragment.item.text))
        return true;
    return !previous.paragraph && !fragment.paragraph;
}

void ItemSplitter::join(SplitItem &previous, const SplitItem &fragment)
{
    join(previous.item, fragment);
    previous.lines += fragment.lines;
}

void ItemSplitter::join(Item &previous, const SplitItem &fragment)
{
    previous.text = TextNormalizer::simplifyWhitespace(previous.text + QLatin1Char(' ') + fragment.item.text);
    previous.source.boxes += fragment.item.source.boxes;
    previous.source.addOcrConfidence(fragment.item.source.ocrConfidence);
    if (previous.source.line == 0)
        previous.source.line = fragment.item.source.line;
    if (previous.source.page == 0)
        previous.source.page = fragment.item.source.page;
}

} // namespace vigia
