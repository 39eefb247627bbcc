#include "EvidenceText.h"

#include <QLocale>

namespace vigia::app {

QString EvidenceText::describe(const Evidence &evidence)
{
    if (evidence.kind == Evidence::Kind::File)
        return tr("Archivo: %1 (%2)").arg(evidence.originalName, QLocale().formattedDataSize(evidence.size));
    const QString consulted = evidence.consultedOn.toString(Qt::ISODate);
    if (evidence.title.isEmpty())
        return tr("Enlace: %1 (consultado el %2)").arg(evidence.url, consulted);
    return tr("Enlace «%1»: %2 (consultado el %3)").arg(evidence.title, evidence.url, consulted);
}

} // namespace vigia::app
