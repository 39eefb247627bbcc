#pragma once

#include "model/Plan.h"
#include "readers/ItemSplitter.h"

#include <QStringList>

// The texts of a list of items, for comparisons in the reader tests.
inline QStringList itemTexts(const QList<vigia::Item> &items)
{
    QStringList result;
    for (const vigia::Item &item : items)
        result << item.text;
    return result;
}

inline QStringList itemTexts(const QList<vigia::SplitItem> &items)
{
    QStringList result;
    for (const vigia::SplitItem &item : items)
        result << item.item.text;
    return result;
}
