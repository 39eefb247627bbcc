#include "TimelineModel.h"

#include "EvidenceText.h"
#include "TrackingTableModel.h"
#include "progress/HistoryDetail.h"

#include <QLocale>

namespace vigia::app {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::describe(const std::optional<ProgressValues> &values)
{
    if (!values)
        return QStringLiteral("—");
    QStringList parts{progressStatusLabel(values->status)};
    const QString progress = TrackingTableModel::progressText(*values);
    if (!progress.isEmpty())
        parts.append(progress);
    if (!values->note.isEmpty())
        parts.append(QStringLiteral("«%1»").arg(values->note));
    return parts.join(QStringLiteral(", "));
}

QString TimelineModel::actionLabel(const QString &action)
{
    if (action == u"set")
        return tr("Registro");
    if (action == u"evidence")
        return tr("Evidencia");
    if (action == u"moved")
        return tr("Movido por reimportación");
    if (action == u"attached")
        return tr("Asociado a mano");
    if (action == u"merged")
        return tr("Combinado");
    if (action == u"resolved")
        return tr("Conflicto resuelto");
    return action;
}

QString TimelineModel::readableDetail(const HistoryEntry &entry)
{
    using Kind = HistoryDetail::Reading::Kind;
    if (entry.detail.isEmpty())
        return {};
    if (entry.action == u"attached")
        return tr("Pasó a mano a este ítem desde otro de una versión anterior");
    const HistoryDetail::Reading reading = HistoryDetail::read(entry.action, entry.detail);
    switch (reading.kind) {
    case Kind::Evidence:
        return EvidenceText::describe(*reading.evidence);
    case Kind::Moved:
        return tr("Pasó a la versión corregida del plan (similitud %1)").arg(QLocale().toString(reading.similarity, 'f', 2));
    case Kind::TookTheirs:
        return tr("Se tomaron los valores de %1").arg(reading.origin);
    case Kind::KeptOurs:
        return tr("Se mantuvieron los valores propios frente a los de %1").arg(reading.origin);
    case Kind::MergedFrom:
        return tr("De %1").arg(reading.origin);
    case Kind::Unknown:
        break;
    }
    return entry.detail;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn: // four-digit years, never "6/12/26"
        return entry.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case WhoColumn:
        return entry.origin.isEmpty() ? entry.changedBy : tr("%1 (%2)").arg(entry.changedBy, entry.origin);
    case SemesterColumn:
        return entry.semester;
    case ActionColumn:
        return actionLabel(entry.action);
    case ChangeColumn:
        // Evidence entries change no values.
        if (!entry.oldValues && !entry.newValues)
            return QString();
        return QStringLiteral("%1 → %2").arg(describe(entry.oldValues), describe(entry.newValues));
    case DetailColumn:
        // The stored words stay one hover away.
        return role == Qt::ToolTipRole ? entry.detail : readableDetail(entry);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("Cuándo");
    case WhoColumn: return tr("Quién");
    case SemesterColumn: return tr("Semestre");
    case ActionColumn: return tr("Acción");
    case ChangeColumn: return tr("Antes → después");
    case DetailColumn: return tr("Detalle");
    default: return {};
    }
}

} // namespace vigia::app
