#include "PlanFileReader.h"
#include "PlanJsonReader.h"

#include "MarkdownPlanReader.h"
#include "TextPlanReader.h"
#include "PdfReaderModule.h"

namespace vigia {

std::vector<std::unique_ptr<PlanReader>> createDefaultReaders()
{
    std::vector<std::unique_ptr<PlanReader>> readers;
    readers.push_back(std::make_unique<PlanJsonReader>());
    readers.push_back(std::make_unique<PdfReaderModule>());
    readers.push_back(std::make_unique<MarkdownPlanReader>());
    readers.push_back(std::make_unique<TextPlanReader>());
    return readers;
}

} // namespace vigia
