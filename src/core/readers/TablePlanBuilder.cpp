#include "TablePlanBuilder.h"

#include "DimensionSet.h"
#include "ItemSplitter.h"
#include "LayoutDetector.h"
#include "LayoutItems.h"
#include "LayoutPatterns.h"
#include "ListMarker.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace vigia {

using LayoutPatterns::ColumnRole;

namespace {

struct DataRow {
    std::array<QList<SplitItem>, 4> cells;
    bool numbered = false; // the Nº cell is filled
    size_t lead = 0;       // the first content column (the problem, when the table has one)
    QString heading;       // the numbered section heading above the table, if any
    bool coded = false;    // a coded proposal of the prose ("a.1. …"), not a table row
    bool hasLead() const { return !cells[lead].isEmpty(); }
    const SplitItem &leadItem() const { return cells[lead].first(); }
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
    row.heading = data.heading;
    for (const ItemKind kind : allItemKinds) {
        for (const SplitItem &split : data.cells[static_cast<size_t>(kind)])
            row.items(kind) << split.item;
    }
    return row;
}

void mergeInto(DataRow &row, const DataRow &data)
{
    for (size_t k = 0; k < row.cells.size(); ++k) {
        const QList<SplitItem> &items = data.cells[k];
        QList<SplitItem> &target = row.cells[k];
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i == 0 && !target.isEmpty() && ItemSplitter::continues(target.last(), items[i]))
                ItemSplitter::join(target.last(), items[i]);
            else
                target << items[i];
        }
    }
}

// The numbering the cells of a problem-less row start with restarts at 1 in a cell that the
// previous row also filled.
bool restartsNumbering(const DataRow &data, const DataRow &previous)
{
    for (size_t k = 0; k < data.cells.size(); ++k) {
        const QList<SplitItem> &items = data.cells[k];
        if (items.isEmpty() || !items.first().hasMarker)
            continue;
        if (items.first().number == 1 && !previous.cells[k].isEmpty())
            return true;
    }
    return false;
}

QStringList cellTexts(const QList<SplitItem> &items)
{
    QStringList texts;
    for (const SplitItem &item : items)
        texts << item.item.text;
    return texts;
}

// A row cut by a page break inside an unnumbered problem cell: the previous problem is
// unfinished, and every other filled cell goes on without a marker where the previous row's
// cell had numbered or bulleted items.
bool continuesCutRow(const DataRow &data, const DataRow &previous)
{
    if (previous.cells[data.lead].isEmpty() || LayoutPatterns::endsSentence(previous.cells[data.lead].last().item.text))
        return false;
    int continued = 0;
    for (size_t k = 0; k < data.cells.size(); ++k) {
        if (k == data.lead || data.cells[k].isEmpty())
            continue;
        if (data.cells[k].first().hasMarker || previous.cells[k].isEmpty() || !previous.cells[k].last().hasMarker)
            return false;
        ++continued;
    }
    return continued > 0;
}

// A converter that repeats a cell spanning several rows (rowspan) in each of them: the row
// repeats the previous row's lead cell word for word. Its other cells join that row, without the
// repeated ones.
bool absorbRepeatedRow(DataRow &previous, const DataRow &data)
{
    if (!data.hasLead() || cellTexts(previous.cells[data.lead]) != cellTexts(data.cells[data.lead]))
        return false;
    for (size_t k = 0; k < data.cells.size(); ++k) {
        if (cellTexts(previous.cells[k]) != cellTexts(data.cells[k]))
            previous.cells[k] += data.cells[k];
    }
    return true;
}

// Only the lead cell is filled: a heading inside the table, unless it continues a row.
bool isLeadOnly(const DataRow &data)
{
    for (size_t k = 0; k < data.cells.size(); ++k) {
        if (k != data.lead && !data.cells[k].isEmpty())
            return false;
    }
    return data.hasLead();
}

std::optional<DataRow> codedProposal(const LayoutRow &row)
{
    const QString cleaned = LayoutPatterns::cleanText(row.text(u" "));
    const auto marker = ListMarker::atStart(cleaned);
    static const QRegularExpression code(QStringLiteral(R"(^[a-zA-Z]\.\d{1,2}\.?$)"));
    if (!marker || !code.match(marker->text).hasMatch())
        return std::nullopt;
    const QString text = cleaned.mid(marker->length).trimmed();
    if (text.size() < 2)
        return std::nullopt;
    DataRow data;
    data.numbered = true; // a row of its own
    data.coded = true;
    data.lead = static_cast<size_t>(ItemKind::Objective);
    SplitItem item;
    item.item = LayoutItems::fromRow(text, marker->text, row);
    item.hasMarker = true;
    data.cells[data.lead] << item;
    return data;
}

// How many columns each table of the document has.
QHash<int, int> columnsPerTable(const LayoutDocument &document)
{
    QHash<int, int> columns;
    for (const LayoutRow &row : document.rows) {
        if (!row.isTableRow)
            continue;
        int &count = columns[row.tableIndex];
        for (const LayoutCell &cell : row.cells)
            count = std::max(count, cell.column + 1);
    }
    return columns;
}

QList<Event> readEvents(const LayoutDocument &document)
{
    const QHash<int, int> columns = columnsPerTable(document);
    QList<Event> events;
    int headerTable = -1; // the table whose header row gave the column roles
    QHash<int, ColumnRole> roles;
    size_t lead = 0;
    bool haveHeader = false;
    QString section;
    bool inDimension = false; // prose under a dimension heading, before the next top-level section
    for (const LayoutRow &row : document.rows) {
        if (const auto text = spanningText(row)) {
            if (const auto name = LayoutPatterns::dimensionHeading(*text)) {
                Event event;
                event.kind = Event::Kind::Dimension;
                event.dimension = *name;
                events << event;
                inDimension = true;
                continue;
            }
            if (!row.isTableRow && LayoutPatterns::isRomanHeading(*text))
                inDimension = false;
            // Goal tables inside long narrative plans keep the section they belong to.
            if (!row.isTableRow) {
                if (const auto heading = LayoutPatterns::sectionHeading(*text))
                    section = *heading;
            }
        }
        // A coded proposal in the prose under a dimension ("a.1. Abarcar al 100% …", plan-gold v2):
        // a row of its own, its text the objective, before the dimension's table rows.
        if (!row.isTableRow && inDimension) {
            if (std::optional<DataRow> coded = codedProposal(row)) {
                Event event;
                event.data = *coded;
                events << event;
                continue;
            }
        }
        if (LayoutDetector::isTableHeader(row)) {
            roles.clear();
            int leadColumn = -1;
            for (const LayoutCell &cell : row.cells) {
                const ColumnRole role = LayoutPatterns::headerRole(cell.text()).value_or(ColumnRole::None);
                roles.insert(cell.column, role);
                const auto kind = kindFor(role);
                if (kind && (leadColumn < 0 || cell.column < leadColumn)) {
                    leadColumn = cell.column;
                    lead = static_cast<size_t>(*kind);
                }
            }
            haveHeader = true;
            headerTable = row.tableIndex;
            continue;
        }
        if (!haveHeader || !row.isTableRow || isSeparatorRow(row))
            continue;
        // A table without a header of its own goes on with the last header's columns only when it
        // has as many columns: a two-column fact sheet ("DISTRITO | : CHIPAO") or a data table in
        // an appendix is not the rest of a three-column plan table.
        if (row.tableIndex != headerTable && columns.value(row.tableIndex) != columns.value(headerTable))
            continue;
        bool spanning = false;
        for (const LayoutCell &cell : row.cells)
            spanning = spanning || cell.spansTable;
        if (spanning)
            continue;
        std::array<QList<LayoutLine>, 4> lines;
        DataRow data;
        data.lead = lead;
        data.heading = section;
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

    // Whether this document numbers its problem (lead) cells: then an unnumbered fragment there
    // is the rest of a cut cell, not a new problem. Each dimension's own rows decide when it has
    // several (one dimension's problems may be numbered and another's not).
    int problems = 0;
    int markedProblems = 0;
    QList<std::pair<int, int>> perDimension{{0, 0}}; // problems and numbered ones, per stretch between dimension headings
    for (const Event &event : events) {
        if (event.kind == Event::Kind::Dimension) {
            perDimension.append({0, 0});
        } else if (event.data.hasLead() && !event.data.coded) {
            ++problems;
            markedProblems += event.data.leadItem().hasMarker;
            ++perDimension.last().first;
            perDimension.last().second += event.data.leadItem().hasMarker;
        }
    }
    const bool documentNumbersProblems = problems > 0 && markedProblems * 2 > problems;
    QList<bool> problemsNumberedIn;
    for (const auto &[count, marked] : std::as_const(perDimension))
        problemsNumberedIn.append(count >= 2 ? marked * 2 > count : documentNumbersProblems);
    // Whether the table has a "Nº" column that most rows fill: then a row without a number is
    // the rest of a row cut by a page break.
    int dataRows = 0;
    int numberedRows = 0;
    for (const Event &event : events) {
        if (event.kind == Event::Kind::Data && !event.data.coded) {
            ++dataRows;
            numberedRows += event.data.numbered;
        }
    }
    const bool rowsNumbered = dataRows > 0 && numberedRows * 2 > dataRows;

    Result result;
    DimensionSet dimensions;
    // The rows of each dimension as split items until the end, so that joins know how each
    // item began.
    QHash<QString, QList<DataRow>> rowsByDimension;
    QString dimension;
    std::optional<DataRow> pending; // the top part of a row whose problem comes on the next page
    auto flushPending = [&] {
        if (pending) {
            rowsByDimension[dimension] << *pending;
            pending.reset();
        }
    };

    qsizetype stretch = 0;
    for (const Event &event : events) {
        if (event.kind == Event::Kind::Dimension) {
            flushPending();
            dimension = dimensions.open(event.dimension).name;
            ++stretch;
            continue;
        }
        const bool problemsNumbered = problemsNumberedIn[stretch];
        if (dimension.isEmpty())
            dimension = dimensions.current().name;
        const DataRow &data = event.data;
        QList<DataRow> &rows = rowsByDimension[dimension];
        DataRow *previous = pending ? &*pending : (rows.isEmpty() ? nullptr : &rows.last());
        if (previous && previous->coded)
            previous = nullptr; // nothing of a table continues a coded proposal

        enum class Action { NewRow, Continue, TopPart, Heading } action = Action::NewRow;
        if (data.numbered) {
            action = Action::NewRow;
        } else if (data.hasLead()) {
            const SplitItem &problem = data.leadItem();
            if (previous && !problem.hasMarker
                && (problemsNumbered || rowsNumbered || LayoutPatterns::startsLowerCase(problem.item.text)
                    || continuesCutRow(data, *previous)))
                action = Action::Continue;
            else if (isLeadOnly(data) && !pending)
                action = Action::Heading;
        } else if (previous) {
            action = restartsNumbering(data, *previous) ? Action::TopPart : Action::Continue;
        }

        switch (action) {
        case Action::NewRow:
            if (pending) {
                DataRow row = *pending;
                pending.reset();
                mergeInto(row, data);
                rows << row;
                ++result.mergedRows;
            } else if (!previous || !absorbRepeatedRow(*previous, data)) {
                rows << data;
            }
            break;
        case Action::Continue:
            mergeInto(*previous, data);
            ++result.mergedRows;
            break;
        case Action::TopPart:
            flushPending();
            pending = data;
            break;
        case Action::Heading:
            break;
        }
    }
    flushPending();
    for (auto it = rowsByDimension.cbegin(); it != rowsByDimension.cend(); ++it) {
        Dimension &target = dimensions.open(it.key());
        for (const DataRow &row : it.value())
            target.rows << rowFrom(row);
    }
    result.dimensions = dimensions.take();
    return result;
}

} // namespace vigia
