#pragma once

#include "model/ItemKind.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace vigia::app {

// How the app shows each kind of item: a name, a colour and an icon drawn in that colour.
class ItemKindStyle {
    Q_DECLARE_TR_FUNCTIONS(ItemKindStyle)

public:
    static QString singularName(ItemKind kind);
    static QString pluralName(ItemKind kind);
    static QColor color(ItemKind kind);
    static QIcon icon(ItemKind kind);
};

} // namespace vigia::app
