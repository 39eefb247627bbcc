#include "TablePlanBuilder.h"

#include "DimensionSet.h"
#include "ItemSplitter.h"
#include "LayoutDetector.h"
#include "LayoutPatterns.h"

#include <QHash>
#include <QSet>

#include <array>
#include <optional>

namespace vigia {

using LayoutPatterns::ColumnRole;

namespace {

struct DataRow {
    std::array<QList<SplitItem>, 4> cells;
    bool numbered = false; // the Nº cell is filled
    bool hasProblem() const { return !cells[0].isEmpty(); }
};

struct Event {
    enum class Kind { Dimension, Data } kind = Kind::Data;
    QString dimension;
    DataRow data;
};

std::optional<ItemKind> kindFor(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Problem: return ItemKind::Problem;
    case ColumnRole::Objective: return ItemKind::Objective;
    case ColumnRole::Indicator: return ItemKind::Indicator;
    case ColumnRole::Target: return ItemKind::Target;
    case ColumnRole::None:
    case ColumnRole::Number: break;
    }
    return std::nullopt;
}

// The one text of a row that spans the table or repeats in every cell, if any.
std::optional<QString> spanningText(const LayoutRow &row)
{
    QSet<QString> texts;
    for (const LayoutCell &cell : row.cells) {
        const QString text = LayoutPatterns::cleanText(cell.text(u" "));
        if (!text.isEmpty())
            texts.insert(text);
    }
    if (texts.size() != 1)
        return std::nullopt;
    return *texts.cbegin();
}

bool isSeparatorRow(const LayoutRow &row)
{
    for (const LayoutCell &cell : row.cells) {
        const QString text = cell.text(u" ").trimmed();
        if (!text.isEmpty() && !LayoutPatterns::isSeparatorLine(text))
            return false;
    }
    return true;
}

Row rowFrom(const DataRow &data)
{
    Row row;
    for (const ItemKind kind : allItemKinds) {
        for (const SplitItem &split : data.cells[static_cast<size_t>(kind)])
            row.items(kind) << split.item;
    }
    return row;
}

void mergeInto(Row &row, const DataRow &data)
{
    for (const ItemKind kind : allItemKinds) {
        const QList<SplitItem> &items = data.cells[static_cast<size_t>(kind)];
        QList<Item> &target = row.items(kind);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i == 0 && !target.isEmpty() && ItemSplitter::continues(target.last(), items[i]))
                ItemSplitter::join(target.last(), items[i]);
            else
                target << items[i].item;
        }
    }
}

// The numbering the cells of a problem-less row start with restarts at 1 in a cell that the
// previous row also filled.
bool restartsNumbering(const DataRow &data, const Row &previous)
{
    for (const ItemKind kind : allItemKinds) {
        const QList<SplitItem> &items = data.cells[static_cast<size_t>(kind)];
        if (items.isEmpty() || !items.first().hasMarker)
            continue;
        if (items.first().number == 1 && !previous.items(kind).isEmpty())
            return true;
    }
    return false;
}

QList<Event> readEvents(const LayoutDocument &document)
{
    QList<Event> events;
    QHash<int, ColumnRole> roles;
    bool haveHeader = false;
    for (const LayoutRow &row : document.rows) {
        if (const auto text = spanningText(row)) {
            if (const auto name = LayoutPatterns::dimensionHeading(*text)) {
                Event event;
                event.kind = Event::Kind::Dimension;
                event.dimension = *name;
                events << event;
                continue;
            }
        }
        if (LayoutDetector::isTableHeader(row)) {
            roles.clear();
            for (const LayoutCell &cell : row.cells)
                roles.insert(cell.column, LayoutPatterns::headerRole(cell.text()).value_or(ColumnRole::None));
            haveHeader = true;
            continue;
        }
        if (!haveHeader || !row.isTableRow || isSeparatorRow(row))
            continue;
        bool spanning = false;
        for (const LayoutCell &cell : row.cells)
            spanning = spanning || cell.spansTable;
        if (spanning)
            continue;
        std::array<QList<LayoutLine>, 4> lines;
        DataRow data;
        for (const LayoutCell &cell : row.cells) {
            const ColumnRole role = roles.value(cell.column, ColumnRole::None);
            if (role == ColumnRole::Number) {
                data.numbered = data.numbered || !cell.isBlank();
                continue;
            }
            if (const auto kind = kindFor(role))
                lines[static_cast<size_t>(*kind)] += cell.lines;
        }
        bool any = false;
        for (size_t k = 0; k < lines.size(); ++k) {
            data.cells[k] = ItemSplitter::split(lines[k]);
            any = any || !data.cells[k].isEmpty();
        }
        if (!any)
            continue;
        Event event;
        event.data = data;
        events << event;
    }
    return events;
}

} // namespace

TablePlanBuilder::Result TablePlanBuilder::build(const LayoutDocument &document)
{
    const QList<Event> events = readEvents(document);

    // Whether this document numbers its problem cells: then an unnumbered problem fragment is
    // the rest of a cut cell, not a new problem.
    int problems = 0;
    int markedProblems = 0;
    for (const Event &event : events) {
        if (event.kind == Event::Kind::Data && event.data.hasProblem()) {
            ++problems;
            markedProblems += event.data.cells[0].first().hasMarker;
        }
    }
    const bool problemsNumbered = problems > 0 && markedProblems * 2 > problems;

    Result result;
    DimensionSet dimensions;
    std::optional<Row> pending; // the top part of a row whose problem comes on the next page
    auto flushPending = [&] {
        if (pending) {
            dimensions.current().rows << *pending;
            pending.reset();
        }
    };

    for (const Event &event : events) {
        if (event.kind == Event::Kind::Dimension) {
            flushPending();
            dimensions.open(event.dimension);
            continue;
        }
        const DataRow &data = event.data;
        Dimension &dimension = dimensions.current();
        Row *previous = pending ? &*pending : (dimension.rows.isEmpty() ? nullptr : &dimension.rows.last());

        enum class Action { NewRow, Continue, TopPart } action = Action::NewRow;
        if (data.numbered) {
            action = Action::NewRow;
        } else if (data.hasProblem()) {
            if (problemsNumbered && !data.cells[0].first().hasMarker && previous)
                action = Action::Continue;
        } else if (previous) {
            action = restartsNumbering(data, *previous) ? Action::TopPart : Action::Continue;
        }

        switch (action) {
        case Action::NewRow:
            if (pending) {
                Row row = *pending;
                pending.reset();
                mergeInto(row, data);
                dimension.rows << row;
                ++result.mergedRows;
            } else {
                dimension.rows << rowFrom(data);
            }
            break;
        case Action::Continue:
            mergeInto(*previous, data);
            ++result.mergedRows;
            break;
        case Action::TopPart:
            flushPending();
            pending = rowFrom(data);
            break;
        }
    }
    flushPending();
    result.dimensions = dimensions.take();
    return result;
}

} // namespace vigia
