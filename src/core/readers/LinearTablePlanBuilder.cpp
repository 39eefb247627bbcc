#include "LinearTablePlanBuilder.h"

#include "DimensionSet.h"
#include "LayoutDetector.h"
#include "LayoutPatterns.h"
#include "text/TextNormalizer.h"

namespace vigia {

namespace {

struct Line {
    QString text;
    int sourceLine = 0;
    int page = 0;
};
using Block = QList<Line>;

bool startsUpperCase(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isUpper();
        if (!c.isSpace() && c != u'"' && c != u'“' && c != u'¿' && c != u'¡')
            return false;
    }
    return false;
}

Item itemFrom(const Block &lines)
{
    Item item;
    QStringList texts;
    for (const Line &line : lines)
        texts << line.text;
    item.text = TextNormalizer::simplifyWhitespace(texts.join(QLatin1Char(' ')));
    if (!lines.isEmpty()) {
        item.source.line = lines.first().sourceLine;
        item.source.page = lines.first().page;
    }
    return item;
}

QString joined(const Block &lines)
{
    return itemFrom(lines).text;
}

struct PendingRow {
    Block problem;
    QList<Block> body;
};

void finishRow(const PendingRow &pending, const QList<int> &roles, Dimension &dimension)
{
    if (pending.problem.isEmpty())
        return;
    Row row;
    row.items(ItemKind::Problem) << itemFrom(pending.problem);
    const bool hasIndicators = roles.contains(static_cast<int>(LayoutPatterns::ColumnRole::Indicator));
    const bool hasTargets = roles.contains(static_cast<int>(LayoutPatterns::ColumnRole::Target));
    for (qsizetype i = 0; i < pending.body.size(); ++i) {
        ItemKind kind = ItemKind::Objective;
        if (i > 0 && i == pending.body.size() - 1 && hasTargets)
            kind = ItemKind::Target;
        else if (i > 0 && hasIndicators)
            kind = ItemKind::Indicator;
        row.items(kind) << itemFrom(pending.body[i]);
    }
    dimension.rows << row;
}

} // namespace

QList<Dimension> LinearTablePlanBuilder::build(const LayoutDocument &document)
{
    DimensionSet dimensions;
    QList<int> roles;
    bool inTable = false;
    QList<Block> blocks;
    Block current;
    int lastSourceLine = -1;

    auto flushTable = [&] {
        if (!current.isEmpty())
            blocks << current;
        current.clear();
        if (!blocks.isEmpty() && dimensions.hasCurrent()) {
            PendingRow pending;
            bool previousFinished = true;
            for (const Block &block : blocks) {
                // A title: the first line in capitals, the next ones continuing in lower case.
                qsizetype titleEnd = 1;
                while (titleEnd < block.size() && !startsUpperCase(block[titleEnd].text))
                    ++titleEnd;
                const Block title = block.mid(0, titleEnd);
                const bool rowStart = previousFinished && startsUpperCase(block.first().text)
                    && !LayoutPatterns::endsSentence(joined(title)) && joined(title).size() <= 150;
                if (rowStart) {
                    finishRow(pending, roles, dimensions.current());
                    pending = PendingRow();
                    pending.problem = title;
                    if (titleEnd < block.size())
                        pending.body << block.mid(titleEnd);
                } else if (!pending.problem.isEmpty()) {
                    pending.body << block;
                }
                previousFinished = LayoutPatterns::endsSentence(block.last().text);
            }
            finishRow(pending, roles, dimensions.current());
        }
        blocks.clear();
        lastSourceLine = -1;
    };

    for (qsizetype i = 0; i < document.rows.size(); ++i) {
        const LayoutRow &row = document.rows[i];
        const QString cleaned = LayoutPatterns::cleanText(row.text(u" "));
        if (const auto name = LayoutPatterns::dimensionHeading(cleaned)) {
            flushTable();
            inTable = false;
            dimensions.open(*name);
            continue;
        }
        QList<int> headerRoles;
        if (const int header = LayoutDetector::linearHeaderAt(document, i, &headerRoles)) {
            // A header repeated on the next page continues the same table.
            if (!current.isEmpty())
                blocks << current;
            current.clear();
            roles = headerRoles;
            inTable = true;
            i += header - 1;
            lastSourceLine = -1;
            continue;
        }
        if (LayoutPatterns::isRomanHeading(cleaned)) {
            flushTable();
            inTable = false;
            dimensions.close();
            continue;
        }
        if (!inTable || LayoutPatterns::isFurniture(cleaned))
            continue;
        // Blank lines in the source separate blocks.
        if (lastSourceLine >= 0 && row.sourceLine > lastSourceLine + 1 && !current.isEmpty()) {
            blocks << current;
            current.clear();
        }
        current << Line{cleaned, row.sourceLine, row.page};
        lastSourceLine = row.sourceLine;
    }
    flushTable();
    return dimensions.take();
}

} // namespace vigia
