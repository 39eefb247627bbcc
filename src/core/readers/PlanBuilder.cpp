#include "PlanBuilder.h"

#include "CardPlanBuilder.h"
#include "LinearTablePlanBuilder.h"
#include "MetadataExtractor.h"
#include "NarrativePlanBuilder.h"
#include "OutlinePlanBuilder.h"
#include "PlanLayout.h"
#include "SectionPlanBuilder.h"
#include "TablePlanBuilder.h"

#include <QCoreApplication>

namespace vigia {

ReadResult PlanBuilder::build(const LayoutDocument &document, LayoutSource source)
{
    ReadResult result;
    result.layout = std::make_shared<const LayoutDocument>(document);
    QString layout = LayoutDetector::detect(document, source);
    if (layout == PlanLayout::outline()) {
        result.plan.dimensions = OutlinePlanBuilder::build(document);
    } else if (layout == PlanLayout::linearTable()) {
        result.plan.dimensions = LinearTablePlanBuilder::build(document);
        result.warnings << QCoreApplication::translate("PlanBuilder", "the table was extracted as running text: its columns were estimated, check the rows");
    } else if (layout == PlanLayout::cards()) {
        result.plan.dimensions = CardPlanBuilder::build(document);
    } else if (layout == PlanLayout::narrative()) {
        result.plan.dimensions = NarrativePlanBuilder::build(document);
    } else if (!layout.isEmpty()) {
        const TablePlanBuilder::Result table = TablePlanBuilder::build(document);
        result.plan.dimensions = table.dimensions;
        if (table.mergedRows == 1)
            result.warnings << QCoreApplication::translate("PlanBuilder", "1 row merged across a page break");
        else if (table.mergedRows > 1)
            result.warnings << QCoreApplication::translate("PlanBuilder", "%1 rows merged across a page break").arg(table.mergedRows);
    }
    if (result.plan.dimensions.isEmpty()) {
        // A plan with proposals is never refused: its own numbered sections serve as dimensions.
        result.plan.dimensions = SectionPlanBuilder::build(document);
        if (!result.plan.dimensions.isEmpty()) {
            layout = PlanLayout::sections();
            result.warnings.clear();
            result.warnings << QCoreApplication::translate("PlanBuilder", "needs review: no dimension headings were found, so the plan's own "
                                                                         "numbered sections were taken as its dimensions; check its rows");
        }
    }
    if (result.plan.dimensions.isEmpty()) {
        result.failure = ReadResult::Failure::NotAPlan;
        result.error = QCoreApplication::translate("PlanBuilder", "no plan structure found: no dimensions or proposal rows");
        result.warnings.clear();
        return result;
    }
    result.plan.layout = layout;
    result.plan.sourceFileName = document.fileName;
    result.plan.metadata = MetadataExtractor::extract(document, layout);
    return result;
}

} // namespace vigia
