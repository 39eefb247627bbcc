#include "HistoryDetail.h"

#include "EvidenceIntake.h"

#include <QRegularExpression>

namespace vigia::HistoryDetail {

QString moved(qint64 fromPlan, qint64 fromItem, qint64 toPlan, qint64 toItem, double similarity)
{
    return QStringLiteral("re-import: plan %1 item %2 -> plan %3 item %4 (similarity %5)")
        .arg(fromPlan)
        .arg(fromItem)
        .arg(toPlan)
        .arg(toItem)
        .arg(similarity, 0, 'f', 2);
}

QString resolved(qint64 conflictId, bool tookIncoming, const QString &origin)
{
    return (tookIncoming ? QStringLiteral("conflict %1: took the values of %2") : QStringLiteral("conflict %1: kept our values over those of %2"))
        .arg(conflictId)
        .arg(origin);
}

QString mergedFrom(const QString &origin)
{
    return QStringLiteral("from %1").arg(origin);
}

Reading read(const QString &action, const QString &detail)
{
    static const QRegularExpression movedForm(QStringLiteral(R"(^re-import: plan \d+ item \d+ -> plan \d+ item \d+ \(similarity ([0-9.]+)\)$)"));
    static const QRegularExpression tookForm(QStringLiteral(R"(^conflict \d+: took the values of (.*)$)"));
    static const QRegularExpression keptForm(QStringLiteral(R"(^conflict \d+: kept our values over those of (.*)$)"));
    static const QRegularExpression fromForm(QStringLiteral("^from (.+)$"));
    Reading reading;
    if (action == u"evidence") {
        if ((reading.evidence = EvidenceIntake::fromHistoryDetail(detail)))
            reading.kind = Reading::Kind::Evidence;
    } else if (action == u"moved") {
        if (const QRegularExpressionMatch match = movedForm.match(detail); match.hasMatch()) {
            reading.kind = Reading::Kind::Moved;
            reading.similarity = match.captured(1).toDouble();
        }
    } else if (action == u"resolved") {
        if (const QRegularExpressionMatch match = tookForm.match(detail); match.hasMatch()) {
            reading.kind = Reading::Kind::TookTheirs;
            reading.origin = match.captured(1);
        } else if (const QRegularExpressionMatch kept = keptForm.match(detail); kept.hasMatch()) {
            reading.kind = Reading::Kind::KeptOurs;
            reading.origin = kept.captured(1);
        }
    } else if (action == u"merged") {
        if (const QRegularExpressionMatch match = fromForm.match(detail); match.hasMatch()) {
            reading.kind = Reading::Kind::MergedFrom;
            reading.origin = match.captured(1);
        }
    }
    return reading;
}

} // namespace vigia::HistoryDetail
