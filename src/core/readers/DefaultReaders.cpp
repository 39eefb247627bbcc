#include "PlanFileReader.h"

namespace vigia {

std::vector<std::unique_ptr<PlanReader>> createDefaultReaders()
{
    std::vector<std::unique_ptr<PlanReader>> readers;
    return readers;
}

} // namespace vigia
