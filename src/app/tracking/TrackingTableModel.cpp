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
    const auto textsOf = [](const QList<Item> &items) {
        QStringList texts;
        for (const Item &item : items)
            texts.append(item.text);
        return texts;
    };
    for (const Dimension &dimension : plan.dimensions) {
        for (int rowIndex = 0; rowIndex < dimension.rows.size(); ++rowIndex) {
            const Row &row = dimension.rows.at(rowIndex);
            for (const ItemKind kind : {ItemKind::Objective, ItemKind::Target}) {
                for (const Item &item : row.items(kind)) {
                    Line line;
                    line.itemId = item.id;
                    line.dimension = dimension.name;
                    line.rowNumber = rowIndex + 1;
                    line.kind = kind;
                    line.text = item.text;
                    if (kind == ItemKind::Target)
                        line.objectives = textsOf(row.items(ItemKind::Objective));
                    line.indicators = textsOf(row.items(ItemKind::Indicator));
                    line.problems = textsOf(row.items(ItemKind::Problem));
                    m_lines.append(line);
                }
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

QString TrackingTableModel::placeText(const Line &line)
{
    return tr("%1 ▸ %2").arg(line.dimension).arg(line.rowNumber);
}

QString TrackingTableModel::contextText(const Line &line)
{
    QStringList parts{tr("%1 ▸ fila %2").arg(line.dimension).arg(line.rowNumber)};
    if (!line.problems.isEmpty())
        parts.append(tr("Problema: %1").arg(line.problems.join(QStringLiteral("; "))));
    if (!line.objectives.isEmpty())
        parts.append(tr("Objetivo: %1").arg(line.objectives.join(QStringLiteral("; "))));
    if (!line.indicators.isEmpty())
        parts.append(tr("Indicador: %1").arg(line.indicators.join(QStringLiteral("; "))));
    return parts.join(u'\n');
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
        switch (index.column()) {
        case DimensionColumn:
            return contextText(line);
        case TextColumn:
            return line.text + u'\n' + contextText(line);
        case ObjectiveColumn:
            return line.objectives.join(u'\n');
        case NoteColumn:
            return line.record ? line.record->values.note : QString();
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DimensionColumn:
        return placeText(line);
    case KindColumn:
        return ItemKindStyle::singularName(line.kind);
    case TextColumn:
        return line.text;
    case ObjectiveColumn:
        return line.objectives.join(QStringLiteral("; "));
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
    case DimensionColumn: return tr("Dimensión ▸ fila");
    case KindColumn: return tr("Tipo");
    case TextColumn: return tr("Texto");
    case ObjectiveColumn: return tr("Objetivo al que sirve");
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
