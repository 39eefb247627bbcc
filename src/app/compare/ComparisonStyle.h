#pragma once

#include "measure/Measurability.h"
#include "measure/TargetQuantity.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace vigia::app {

// How the compare view shows gaps and the measurability of metas.
class ComparisonStyle {
    Q_DECLARE_TR_FUNCTIONS(ComparisonStyle)

public:
    // The text of a cell where a plan says nothing.
    static QString gapText();
    static QColor gapBackground();
    static QColor gapForeground();
    static QColor headingBackground();

    static QString measurabilityName(Measurability level);
    static QColor measurabilityColor(Measurability level);
    // A round chip in the level's colour.
    static QIcon measurabilityIcon(Measurability level);
    // Why a meta has its class, by the rubric's clause that decided: "Medible: cifra 05 (Escuelas
    // deportivas), plazo: al 2030 — cláusula 1a". For the item panel and the compare tooltips.
    static QString measurabilityDescription(Measurability level, const QString &clause, const TargetQuantity &quantity);
};

} // namespace vigia::app
