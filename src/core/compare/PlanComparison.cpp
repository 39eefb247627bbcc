#include "PlanComparison.h"

namespace vigia {

int AlignedLine::filledCount() const
{
    int filled = 0;
    for (int cell : cells) {
        if (cell >= 0)
            ++filled;
    }
    return filled;
}

int MeasurabilityShares::count(Measurability level) const
{
    switch (level) {
    case Measurability::Measurable:
        return measurable;
    case Measurability::PartlyMeasurable:
        return partly;
    case Measurability::NotMeasurable:
        return notMeasurable;
    }
    return 0;
}

double MeasurabilityShares::share(Measurability level) const
{
    return total() == 0 ? 0.0 : double(count(level)) / double(total());
}

void MeasurabilityShares::add(Measurability level)
{
    switch (level) {
    case Measurability::Measurable:
        ++measurable;
        break;
    case Measurability::PartlyMeasurable:
        ++partly;
        break;
    case Measurability::NotMeasurable:
        ++notMeasurable;
        break;
    }
}

QList<SimilarPair> PlanComparison::pairsOf(int item) const
{
    QList<SimilarPair> result;
    for (const SimilarPair &pair : pairs) {
        if (pair.left == item || pair.right == item)
            result.append(pair);
    }
    return result;
}

QString PlanComparison::topicName(const QString &key) const
{
    for (const TopicCoverage &topic : topics) {
        if (topic.key == key)
            return topic.name;
    }
    return key;
}

} // namespace vigia
