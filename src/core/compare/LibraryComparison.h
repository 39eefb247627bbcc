#pragma once

#include "PlanComparison.h"

#include <optional>

namespace vigia {

class PlanLibrary;
class TopicStore;

// Compares plans stored in a library: loads them, their items' topics (computed and manual, see
// TopicStore) and the library's taxonomy, and runs PlanComparer.
class LibraryComparison {
public:
    static std::optional<PlanComparison> compare(const PlanLibrary &library, TopicStore &topics,
                                                 const QList<qint64> &planIds, const ComparisonOptions &options,
                                                 QString *error);
};

} // namespace vigia
