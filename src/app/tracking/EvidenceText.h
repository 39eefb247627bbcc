#pragma once

#include "progress/ProgressRecord.h"

#include <QCoreApplication>

namespace vigia::app {

// How the tracking window names a piece of evidence, in its list and in the item's history.
class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    // "Enlace «Informe 2025»: https://… (consultado el 2026-12-01)", "Archivo: acta.pdf (12 KB)".
    static QString describe(const Evidence &evidence);
};

} // namespace vigia::app
