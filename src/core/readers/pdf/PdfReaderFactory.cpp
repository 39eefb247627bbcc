// The one symbol the PDF module shows: PdfReaderModule loads the module and makes its reader here.
#include "PdfPlanReader.h"

extern "C" Q_DECL_EXPORT vigia::PlanReader *vigia_create_pdf_reader()
{
    return new vigia::PdfPlanReader();
}
