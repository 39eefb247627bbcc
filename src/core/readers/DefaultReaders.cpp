#include "PlanFileReader.h"
#include "PlanJsonReader.h"

namespace vigia {

std::vector<std::unique_ptr<PlanReader>> createDefaultReaders()
{
    std::vector<std::unique_ptr<PlanReader>> readers;
    readers.push_back(std::make_unique<PlanJsonReader>());
    return readers;
}

} // namespace vigia
