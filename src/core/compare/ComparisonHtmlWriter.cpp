#include "ComparisonHtmlWriter.h"

#include <QStringList>

#include <algorithm>

namespace vigia::ComparisonHtmlWriter {
namespace {

const QString styleSheet = QStringLiteral(R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #1f2933; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 2px solid #d9e2ec; padding-bottom: 0.3rem; }
h3 { font-size: 1.05rem; margin-top: 1.6rem; }
p.note { color: #52606d; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin-top: 0.6rem; table-layout: fixed; }
th, td { border: 1px solid #d9e2ec; padding: 0.35rem 0.5rem; vertical-align: top; font-size: 0.88rem; text-align: left; }
th { background: #f0f4f8; }
td.count { text-align: center; font-variant-numeric: tabular-nums; }
td.gap { background: #fff5f5; color: #c53030; text-align: center; }
td.kind { width: 7rem; color: #52606d; font-size: 0.8rem; }
td.score, th.score { width: 4.5rem; text-align: center; font-variant-numeric: tabular-nums; }
th.topic { width: 16rem; }
span.topics { display: block; color: #627d98; font-size: 0.75rem; margin-top: 0.2rem; }
div.bar { display: flex; height: 0.9rem; border-radius: 3px; overflow: hidden; background: #e4e7eb; }
div.bar span { display: block; height: 100%; }
.measurable { background: #2f855a; }
.partly { background: #d69e2e; }
.not { background: #c53030; }
ul.legend { list-style: none; padding: 0; display: flex; gap: 1.2rem; font-size: 0.85rem; }
ul.legend span { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: middle; }
)css");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Problem:
        return QStringLiteral("Problema");
    case ItemKind::Objective:
        return QStringLiteral("Objetivo");
    case ItemKind::Indicator:
        return QStringLiteral("Indicador");
    case ItemKind::Target:
        return QStringLiteral("Meta");
    }
    return {};
}

QString levelName(Measurability level)
{
    switch (level) {
    case Measurability::Measurable:
        return QStringLiteral("Medible");
    case Measurability::PartlyMeasurable:
        return QStringLiteral("Parcialmente medible");
    case Measurability::NotMeasurable:
        return QStringLiteral("No medible");
    }
    return {};
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(QString::number(share * 100.0, 'f', 0));
}

QString planHeaders(const PlanComparison &comparison)
{
    QString html;
    for (const ComparedPlan &plan : comparison.plans)
        html += QStringLiteral("<th>%1</th>").arg(escaped(plan.label));
    return html;
}

QString topicsLine(const PlanComparison &comparison, const QStringList &keys)
{
    if (keys.isEmpty())
        return {};
    QStringList names;
    for (const QString &key : keys)
        names.append(comparison.topicName(key));
    return QStringLiteral("<span class=\"topics\">%1</span>").arg(escaped(names.join(QStringLiteral(" · "))));
}

QString measurabilityBar(const MeasurabilityShares &shares)
{
    if (shares.total() == 0)
        return QStringLiteral("sin metas");
    QString html = QStringLiteral("<div class=\"bar\">");
    for (Measurability level : allMeasurabilities) {
        html += QStringLiteral("<span class=\"%1\" style=\"width:%2%\" title=\"%3: %4\"></span>")
                    .arg(measurabilityId(level))
                    .arg(QString::number(shares.share(level) * 100.0, 'f', 1))
                    .arg(levelName(level), percent(shares.share(level)));
    }
    html += QStringLiteral("</div>");
    QStringList figures;
    for (Measurability level : allMeasurabilities)
        figures.append(QStringLiteral("%1 %2").arg(percent(shares.share(level)), levelName(level).toLower()));
    html += QStringLiteral("<span class=\"topics\">%1 metas: %2</span>").arg(shares.total()).arg(figures.join(QStringLiteral(", ")));
    return html;
}

} // namespace

QString write(const PlanComparison &comparison)
{
    const int columns = comparison.columnCount();
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    QStringList labels;
    for (const ComparedPlan &plan : comparison.plans)
        labels.append(plan.label);
    html += QStringLiteral("<title>Comparación: %1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(escaped(labels.join(QStringLiteral(" / "))), styleSheet);
    html += QStringLiteral("<h1>Comparación de planes de gobierno</h1>\n<table>\n<tr><th class=\"topic\">Plan</th>%1</tr>\n")
                .arg(planHeaders(comparison));
    html += QStringLiteral("<tr><td>Propuestas (ítems)</td>");
    for (const ComparedPlan &plan : comparison.plans)
        html += QStringLiteral("<td class=\"count\">%1</td>").arg(plan.itemCount);
    html += QStringLiteral("</tr>\n</table>\n");

    // Topic matrix.
    html += QStringLiteral("<h2>Temas</h2>\n<p class=\"note\">Número de propuestas de cada plan en cada tema. "
                           "Una celda marcada «—» es un tema sobre el que el plan no dice nada.</p>\n");
    html += QStringLiteral("<table>\n<tr><th class=\"topic\">Tema</th>%1</tr>\n").arg(planHeaders(comparison));
    int largest = 1;
    for (const TopicCoverage &topic : comparison.topics) {
        for (int column = 0; column < columns; ++column)
            largest = std::max(largest, topic.count(column));
    }
    for (const TopicCoverage &topic : comparison.topics) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(topic.name));
        for (int column = 0; column < columns; ++column) {
            const int count = topic.count(column);
            if (count == 0) {
                html += QStringLiteral("<td class=\"gap\">—</td>");
                continue;
            }
            const double strength = 0.12 + 0.5 * double(count) / double(largest);
            html += QStringLiteral("<td class=\"count\" style=\"background: rgba(49, 130, 206, %1)\">%2</td>")
                        .arg(QString::number(strength, 'f', 2))
                        .arg(count);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("<tr><td>Sin tema</td>");
    for (int column = 0; column < columns; ++column)
        html += QStringLiteral("<td class=\"count\">%1</td>").arg(comparison.itemsWithoutTopic.value(column));
    html += QStringLiteral("</tr>\n</table>\n");

    // Measurability.
    html += QStringLiteral("<h2>Medibilidad de las metas</h2>\n<ul class=\"legend\">");
    for (Measurability level : allMeasurabilities)
        html += QStringLiteral("<li><span class=\"%1\"></span>%2</li>").arg(measurabilityId(level), levelName(level));
    html += QStringLiteral("</ul>\n<table>\n<tr><th class=\"topic\">Dimensión</th>%1</tr>\n").arg(planHeaders(comparison));
    html += QStringLiteral("<tr><td><strong>Todo el plan</strong></td>");
    for (int column = 0; column < columns; ++column)
        html += QStringLiteral("<td>%1</td>").arg(measurabilityBar(comparison.measurability[column].overall));
    html += QStringLiteral("</tr>\n");
    for (const AlignedDimension &dimension : comparison.alignment) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(dimension.name));
        for (int column = 0; column < columns; ++column) {
            const DimensionMeasurability *found = nullptr;
            for (const DimensionMeasurability &candidate : comparison.measurability[column].byDimension) {
                if (candidate.dimension == dimension.name)
                    found = &candidate;
            }
            if (found)
                html += QStringLiteral("<td>%1</td>").arg(measurabilityBar(found->shares));
            else
                html += QStringLiteral("<td class=\"gap\">—</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");

    // Side by side.
    html += QStringLiteral("<h2>Lado a lado, por dimensión</h2>\n<p class=\"note\">En una misma línea, propuestas "
                           "del mismo tipo que tratan lo mismo (similitud ≥ %1, con %2 más cuando comparten un "
                           "tema). «—» marca un vacío: el plan no tiene una propuesta equivalente.</p>\n")
                .arg(QString::number(comparison.options.threshold, 'f', 2),
                     QString::number(comparison.options.topicBonus, 'f', 2));
    for (const AlignedDimension &dimension : comparison.alignment) {
        html += QStringLiteral("<h3>Dimensión %1</h3>\n<table>\n<tr><th class=\"score\">Tipo</th>").arg(escaped(dimension.name));
        for (int column = 0; column < columns; ++column) {
            html += QStringLiteral("<th>%1%2</th>")
                        .arg(escaped(comparison.plans[column].label),
                             dimension.present.value(column) ? QString() : QStringLiteral(" (sin esta dimensión)"));
        }
        html += QStringLiteral("<th class=\"score\">Similitud</th></tr>\n");
        for (const AlignedLine &line : dimension.lines) {
            html += QStringLiteral("<tr><td class=\"kind\">%1</td>").arg(kindName(line.kind));
            for (int cell : line.cells) {
                if (cell < 0) {
                    html += QStringLiteral("<td class=\"gap\">—</td>");
                    continue;
                }
                const ComparedItem &item = comparison.items[cell];
                html += QStringLiteral("<td>%1%2</td>").arg(escaped(item.text), topicsLine(comparison, item.topics));
            }
            html += QStringLiteral("<td class=\"score\">%1</td></tr>\n")
                        .arg(line.filledCount() > 1 ? QString::number(line.score, 'f', 2) : QString());
        }
        html += QStringLiteral("</table>\n");
    }

    // Similar proposals.
    html += QStringLiteral("<h2>Propuestas similares</h2>\n<p class=\"note\">Para cada propuesta, las más parecidas "
                           "de los otros planes (similitud coseno TF-IDF sobre raíces de palabras).</p>\n");
    html += QStringLiteral("<table>\n<tr><th class=\"score\">Similitud</th>%1</tr>\n").arg(planHeaders(comparison));
    for (const SimilarPair &pair : comparison.pairs) {
        html += QStringLiteral("<tr><td class=\"score\">%1</td>").arg(QString::number(pair.score, 'f', 2));
        for (int column = 0; column < columns; ++column) {
            int index = -1;
            if (comparison.items[pair.left].column == column)
                index = pair.left;
            else if (comparison.items[pair.right].column == column)
                index = pair.right;
            if (index < 0) {
                html += QStringLiteral("<td></td>");
                continue;
            }
            const ComparedItem &item = comparison.items[index];
            html += QStringLiteral("<td>%1<span class=\"topics\">%2 · %3</span></td>")
                        .arg(escaped(item.text), escaped(item.dimension), kindName(item.kind));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n</body>\n</html>\n");
    return html;
}

} // namespace vigia::ComparisonHtmlWriter
