#include "TrackingTableModel.h"

#include "ItemKindStyle.h"
#include "progress/ProgressStatus.h"

#include <QLocale>

namespace vigia::app {

TrackingTableModel::TrackingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrackingTableModel::setPlan(const Plan &plan, const QList<ProgressRecord> &records)
{
    beginResetModel();
    m_lines.clear();
    for (const Dimension &dimension : plan.dimensions) {
        for (const Row &row : dimension.rows) {
            for (const ItemKind kind : {ItemKind::Objective, ItemKind::Target}) {
                for (const Item &item : row.items(kind))
                    m_lines.append(Line{item.id, dimension.name, kind, item.text, std::nullopt});
            }
        }
    }
    endResetModel();
    setRecords(records);
}

void TrackingTableModel::setRecords(const QList<ProgressRecord> &records)
{
    QHash<qint64, ProgressRecord> byItem;
    for (const ProgressRecord &record : records)
        byItem.insert(record.itemId, record);
    for (Line &line : m_lines) {
        const auto found = byItem.constFind(line.itemId);
        line.record = found == byItem.constEnd() ? std::nullopt : std::optional<ProgressRecord>(*found);
    }
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TrackingTableModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

const TrackingTableModel::Line *TrackingTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int TrackingTableModel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).itemId == itemId)
            return row;
    }
    return -1;
}

int TrackingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int TrackingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrackingTableModel::progressText(const ProgressValues &values)
{
    const QLocale locale;
    if (values.percent)
        return QStringLiteral("%1 %").arg(locale.toString(*values.percent, 'g', 4));
    if (values.achievedValue) {
        QString text = locale.toString(*values.achievedValue, 'g', 10);
        if (values.targetValue)
            text += QStringLiteral(" / %1").arg(locale.toString(*values.targetValue, 'g', 10));
        if (const std::optional<double> percent = values.effectivePercent())
            text += QStringLiteral(" (%1 %)").arg(locale.toString(*percent, 'f', 0));
        return text;
    }
    return {};
}

QVariant TrackingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const ProgressStatus status = line.record ? line.record->values.status : ProgressStatus::NoInformation;
    switch (role) {
    case ItemIdRole:
        return line.itemId;
    case StatusIdRole:
        return progressStatusId(status);
    case DimensionRole:
        return line.dimension;
    case KindRole:
        return static_cast<int>(line.kind);
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == NoteColumn)
            return index.column() == TextColumn ? line.text : (line.record ? line.record->values.note : QString());
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DimensionColumn:
        return line.dimension;
    case KindColumn:
        return ItemKindStyle::singularName(line.kind);
    case TextColumn:
        return line.text;
    case StatusColumn:
        return progressStatusLabel(status);
    case ProgressColumn:
        return line.record ? progressText(line.record->values) : QString();
    case NoteColumn:
        return line.record ? line.record->values.note : QString();
    case EvidenceColumn:
        return line.record ? static_cast<int>(line.record->evidence.size()) : 0;
    case EvaluatorColumn:
        return line.record ? line.record->values.evaluator : QString();
    case DateColumn:
        return line.record ? line.record->values.assessedOn.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant TrackingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DimensionColumn: return tr("Dimensión");
    case KindColumn: return tr("Tipo");
    case TextColumn: return tr("Texto");
    case StatusColumn: return tr("Estado");
    case ProgressColumn: return tr("Avance");
    case NoteColumn: return tr("Nota");
    case EvidenceColumn: return tr("Evidencias");
    case EvaluatorColumn: return tr("Evaluador");
    case DateColumn: return tr("Fecha");
    default: return {};
    }
}

} // namespace vigia::app
