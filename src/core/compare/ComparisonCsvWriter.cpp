#include "ComparisonCsvWriter.h"

#include <QStringList>

namespace vigia::ComparisonCsvWriter {
namespace {

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

void appendRecord(QString &out, const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(quoted(field));
    out += escaped.join(u',');
    out += QStringLiteral("\r\n");
}

QString score(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

QByteArray write(const PlanComparison &comparison)
{
    const int columns = comparison.columnCount();
    QString out;
    QStringList header{QStringLiteral("section"), QStringLiteral("dimension"), QStringLiteral("topic"),
                       QStringLiteral("kind"), QStringLiteral("score")};
    for (const ComparedPlan &plan : comparison.plans)
        header.append(QStringLiteral("%1 (plan %2)").arg(plan.label).arg(plan.planId));
    appendRecord(out, header);

    for (const TopicCoverage &topic : comparison.topics) {
        QStringList record{QStringLiteral("topic"), QString(), topic.name, QString(), QString()};
        for (int column = 0; column < columns; ++column)
            record.append(QString::number(topic.count(column)));
        appendRecord(out, record);
    }
    for (const AlignedDimension &dimension : comparison.alignment) {
        for (const AlignedLine &line : dimension.lines) {
            QStringList topicNames;
            for (const QString &key : line.topics)
                topicNames.append(comparison.topicName(key));
            QStringList record{QStringLiteral("alignment"), dimension.name, topicNames.join(QStringLiteral("; ")),
                               itemKindId(line.kind), line.filledCount() > 1 ? score(line.score) : QString()};
            for (int cell : line.cells)
                record.append(cell >= 0 ? comparison.items[cell].text : QString());
            appendRecord(out, record);
        }
    }
    for (const SimilarPair &pair : comparison.pairs) {
        const ComparedItem &left = comparison.items[pair.left];
        const ComparedItem &right = comparison.items[pair.right];
        QStringList topicNames;
        for (const QString &key : left.topics) {
            if (right.topics.contains(key))
                topicNames.append(comparison.topicName(key));
        }
        const QString dimension = left.dimension == right.dimension
                                      ? left.dimension
                                      : QStringLiteral("%1 / %2").arg(left.dimension, right.dimension);
        const QString kind = left.kind == right.kind ? itemKindId(left.kind)
                                                     : QStringLiteral("%1 / %2").arg(itemKindId(left.kind), itemKindId(right.kind));
        QStringList record{QStringLiteral("similar"), dimension, topicNames.join(QStringLiteral("; ")), kind,
                           score(pair.score)};
        for (int column = 0; column < columns; ++column) {
            if (column == left.column)
                record.append(left.text);
            else if (column == right.column)
                record.append(right.text);
            else
                record.append(QString());
        }
        appendRecord(out, record);
    }
    // Per level, the whole plans first, then each dimension in order of first appearance.
    QStringList dimensions;
    for (const PlanMeasurability &plan : comparison.measurability) {
        for (const DimensionMeasurability &dimension : plan.byDimension) {
            if (!dimensions.contains(dimension.dimension))
                dimensions.append(dimension.dimension);
        }
    }
    for (Measurability level : allMeasurabilities) {
        QStringList record{QStringLiteral("measurability"), QString(), QString(), measurabilityId(level), QString()};
        for (int column = 0; column < columns; ++column)
            record.append(score(comparison.measurability[column].overall.share(level)));
        appendRecord(out, record);
        for (const QString &name : dimensions) {
            QStringList dimensionRecord{QStringLiteral("measurability"), name, QString(), measurabilityId(level), QString()};
            for (int column = 0; column < columns; ++column) {
                QString value;
                for (const DimensionMeasurability &dimension : comparison.measurability[column].byDimension) {
                    if (dimension.dimension == name && dimension.shares.total() > 0)
                        value = score(dimension.shares.share(level));
                }
                dimensionRecord.append(value);
            }
            appendRecord(out, dimensionRecord);
        }
    }
    return out.toUtf8();
}

} // namespace vigia::ComparisonCsvWriter
