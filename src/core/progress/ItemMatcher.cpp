#include "ItemMatcher.h"

#include "model/DimensionNames.h"
#include "text/TextNormalizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vigia {
namespace {

// Where an item sits: its kind, its dimension, and its order among the items of that kind in it.
struct PlacedItem {
    qint64 id = 0;
    ItemKind kind = ItemKind::Problem;
    QString dimension;   // folded canonical name
    int ordinal = 0;
    QStringList words;
};

QList<PlacedItem> placedItems(const Plan &plan, const QSet<qint64> &only)
{
    QList<PlacedItem> placed;
    for (const Dimension &dimension : plan.dimensions) {
        const QString name = TextNormalizer::fold(DimensionNames::canonical(dimension.name));
        std::array<int, 4> ordinals{};
        for (const Row &row : dimension.rows) {
            for (ItemKind kind : allItemKinds) {
                for (const Item &item : row.items(kind)) {
                    const int ordinal = ordinals[static_cast<size_t>(kind)]++;
                    if (!only.isEmpty() && !only.contains(item.id))
                        continue;
                    placed.append({item.id, kind, name, ordinal, ItemMatcher::words(item.text)});
                }
            }
        }
    }
    return placed;
}

double dice(const QStringList &first, const QStringList &second)
{
    if (first.isEmpty() && second.isEmpty())
        return 1.0;
    if (first.isEmpty() || second.isEmpty())
        return 0.0;
    QHash<QString, int> counts;
    for (const QString &word : first)
        ++counts[word];
    int common = 0;
    for (const QString &word : second) {
        auto found = counts.find(word);
        if (found != counts.end() && *found > 0) {
            --*found;
            ++common;
        }
    }
    return 2.0 * common / double(first.size() + second.size());
}

} // namespace

QStringList ItemMatcher::words(const QString &text)
{
    const QString folded = TextNormalizer::fold(text);
    const icu::UnicodeString unicode(reinterpret_cast<const UChar *>(folded.utf16()), int32_t(folded.size()));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaks(icu::BreakIterator::createWordInstance(icu::Locale("es"), status));
    QStringList result;
    if (U_FAILURE(status))
        return folded.split(u' ', Qt::SkipEmptyParts);
    breaks->setText(unicode);
    int32_t start = breaks->first();
    for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE; start = end, end = breaks->next()) {
        if (breaks->getRuleStatus() == UBRK_WORD_NONE)
            continue;
        result.append(folded.mid(start, end - start));
    }
    return result;
}

double ItemMatcher::textSimilarity(const QString &first, const QString &second)
{
    return dice(words(first), words(second));
}

QHash<qint64, ItemMatcher::Match> ItemMatcher::match(const Plan &from, const Plan &to, const QSet<qint64> &itemIds)
{
    const QList<PlacedItem> sources = placedItems(from, itemIds);
    const QList<PlacedItem> candidates = placedItems(to, {});
    QList<Match> pairs;
    for (const PlacedItem &source : sources) {
        for (const PlacedItem &candidate : candidates) {
            if (candidate.kind != source.kind)
                continue;
            const double text = dice(source.words, candidate.words);
            if (text < minimumTextSimilarity)
                continue;
            double place = 0.0;
            if (candidate.dimension == source.dimension)
                place = 0.5 + 0.5 / (1.0 + std::abs(candidate.ordinal - source.ordinal));
            const double score = 0.75 * text + 0.25 * place;
            if (score >= minimumScore)
                pairs.append({source.id, candidate.id, score, text});
        }
    }
    // Best pairs first; ties go to the earlier items, so the result does not depend on hashing.
    std::sort(pairs.begin(), pairs.end(), [](const Match &a, const Match &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.fromItemId != b.fromItemId)
            return a.fromItemId < b.fromItemId;
        return a.toItemId < b.toItemId;
    });
    QHash<qint64, Match> matches;
    QSet<qint64> taken;
    for (const Match &pair : pairs) {
        if (matches.contains(pair.fromItemId) || taken.contains(pair.toItemId))
            continue;
        matches.insert(pair.fromItemId, pair);
        taken.insert(pair.toItemId);
    }
    return matches;
}

} // namespace vigia
