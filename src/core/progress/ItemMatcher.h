#pragma once

#include "model/Plan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace vigia {

// Finds, for items of one version of a plan, the corresponding items of another version (a
// corrected re-import, or another group's copy): same kind, similar text (accent- and
// case-insensitive words, ICU word breaks), and a similar place in the same dimension. Each item of
// the other version is taken at most once; an item with no good enough candidate stays unmatched.
class ItemMatcher {
public:
    struct Match {
        qint64 fromItemId = 0;
        qint64 toItemId = 0;
        double score = 0.0;          // 0–1; 1 for the same text at the same place
        double textSimilarity = 0.0; // 0–1
    };

    // Matches the items of `from` whose ids are in `itemIds` (all items when empty) to items of `to`.
    static QHash<qint64, Match> match(const Plan &from, const Plan &to, const QSet<qint64> &itemIds = {});

    // Dice coefficient of the two texts' folded word multisets (0–1).
    static double textSimilarity(const QString &first, const QString &second);
    // The folded words of a text (ICU word boundaries; punctuation and spaces dropped).
    static QStringList words(const QString &text);

    // The least score and text similarity a pair must reach to match.
    static constexpr double minimumScore = 0.55;
    static constexpr double minimumTextSimilarity = 0.4;
};

} // namespace vigia
