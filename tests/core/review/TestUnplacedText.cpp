#include "review/UnplacedText.h"

#include <QTest>

using namespace vigia;

namespace {

LayoutLine line(const QString &text, int page, bool startsParagraph = false)
{
    LayoutLine result;
    result.text = text;
    result.page = page;
    result.startsParagraph = startsParagraph;
    return result;
}

// A line of prose: a row with one cell.
LayoutRow prose(const LayoutLine &printed)
{
    LayoutRow row;
    row.page = printed.page;
    LayoutCell cell;
    cell.lines.append(printed);
    row.cells.append(cell);
    return row;
}

// A table row with one cell per column, each cell one line.
LayoutRow tableRow(const QStringList &cells, int page)
{
    LayoutRow row;
    row.page = page;
    row.isTableRow = true;
    row.tableIndex = 0;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        LayoutCell cell;
        cell.column = static_cast<int>(column);
        cell.lines.append(line(cells.at(column), page, true));
        row.cells.append(cell);
    }
    return row;
}

Item item(const QString &text)
{
    Item result;
    result.text = text;
    return result;
}

// A plan of one dimension and one row with a problem, an objective and a meta.
Plan planOf(const QString &problem, const QString &objective, const QString &target)
{
    Row row;
    row.items(ItemKind::Problem).append(item(problem));
    row.items(ItemKind::Objective).append(item(objective));
    row.items(ItemKind::Target).append(item(target));
    Dimension dimension;
    dimension.name = QStringLiteral("Social");
    dimension.rows.append(row);
    Plan plan;
    plan.dimensions.append(dimension);
    return plan;
}

const QString problem = QStringLiteral("Calles del centro sin alumbrado público en la noche");
const QString objective = QStringLiteral("Iluminar las calles del centro con luminarias de bajo consumo");
const QString target = QStringLiteral("Cuatrocientas luminarias instaladas al cuarto año");

} // namespace

// Which of a document's text did not reach its plan: the import report's "anything dropped".
class TestUnplacedText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every passage in the plan: nothing left out, whatever the reader did with line breaks,
    // hyphens, list markers and accents.
    void textThatReachedThePlanIsNotReported()
    {
        LayoutDocument layout;
        layout.rows.append(prose(line(QStringLiteral("1. Calles del centro sin alum-"), 2, true)));
        layout.rows.append(prose(line(QStringLiteral("brado publico en la noche"), 2)));
        layout.rows.append(tableRow({objective.toUpper(), target}, 2));
        const UnplacedText unplaced = UnplacedText::find(layout, planOf(problem, objective, target));
        QVERIFY(unplaced.passages.isEmpty());
        QCOMPARE(unplaced.unplacedWords, 0);
        QVERIFY(unplaced.documentWords > 20);
        QCOMPARE(unplaced.percent(), 0);
    }

    // A presentation the reader skipped is one passage, lines joined, with its page; the paragraph
    // after it that did reach the plan is not.
    void aSkippedParagraphIsReportedWithItsPage()
    {
        LayoutDocument layout;
        layout.rows.append(prose(line(QStringLiteral("Este plan nace del diálogo con los vecinos"), 1, true)));
        layout.rows.append(prose(line(QStringLiteral("de todos los barrios durante dos años."), 1)));
        layout.rows.append(prose(line(problem, 3, true)));
        layout.rows.append(prose(line(objective, 3, true)));
        layout.rows.append(prose(line(target, 3, true)));
        const UnplacedText unplaced = UnplacedText::find(layout, planOf(problem, objective, target));
        QCOMPARE(unplaced.passages.size(), 1);
        const UnplacedPassage &passage = unplaced.passages.constFirst();
        QCOMPARE(passage.page, 1);
        QCOMPARE(passage.text, QStringLiteral("Este plan nace del diálogo con los vecinos de todos los barrios durante dos años."));
        QCOMPARE(passage.wordCount, 15);
        QCOMPARE(unplaced.unplacedWords, 15);
        QCOMPARE(unplaced.documentWords, 15 + 9 + 10 + 6);
        QCOMPARE(unplaced.percent(), 38);
    }

    // A table column the reader did not take is reported cell by cell; headings, column labels and
    // page numbers are counted neither way.
    void aColumnLeftOutIsReportedCellByCell()
    {
        LayoutDocument layout;
        layout.rows.append(prose(line(QStringLiteral("DIMENSIÓN SOCIAL"), 1, true)));
        layout.rows.append(tableRow({QStringLiteral("PROBLEMA IDENTIFICADO (PREVIO DIAGNÓSTICO)"), QStringLiteral("Objetivo estratégico del plan:")}, 1));
        layout.rows.append(tableRow({problem, objective, target, QStringLiteral("Gerencia de servicios a la ciudad")}, 1));
        layout.rows.append(prose(line(QStringLiteral("Página 1"), 1, true)));
        const UnplacedText unplaced = UnplacedText::find(layout, planOf(problem, objective, target));
        QCOMPARE(unplaced.passages.size(), 1);
        QCOMPARE(unplaced.passages.constFirst().text, QStringLiteral("Gerencia de servicios a la ciudad"));
        QCOMPARE(unplaced.documentWords, 9 + 10 + 6 + 6);
    }

    // Common words alone do not make a passage placed: most of its word pairs must be in the plan.
    void sharingSomeWordsIsNotEnough()
    {
        LayoutDocument layout;
        layout.rows.append(prose(line(QStringLiteral("Las calles del centro de la ciudad fueron trazadas en la colonia"), 1, true)));
        const UnplacedText unplaced = UnplacedText::find(layout, planOf(problem, objective, target));
        QCOMPARE(unplaced.passages.size(), 1);
    }

    // Metadata the reader took (organization, vision) counts as placed.
    void metadataCountsAsPlaced()
    {
        LayoutDocument layout;
        layout.rows.append(prose(line(QStringLiteral("Al 2030 somos un distrito seguro, limpio y con empleo digno"), 1, true)));
        Plan plan = planOf(problem, objective, target);
        plan.metadata.vision = QStringLiteral("«Al 2030 somos un distrito seguro, limpio y con empleo digno»");
        QVERIFY(UnplacedText::find(layout, plan).passages.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestUnplacedText)
#include "TestUnplacedText.moc"
