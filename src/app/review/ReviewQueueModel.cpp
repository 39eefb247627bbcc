#include "ReviewQueueModel.h"

#include "ItemKindStyle.h"

#include <QColor>
#include <QFont>

namespace vigia::app {
namespace {

QString firstItemText(const Row &row)
{
    const Item *first = row.firstItem();
    return first ? first->text.simplified() : QString();
}

} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewQueueModel::setPlan(const Plan &plan, const QSet<qint64> &reviewed)
{
    beginResetModel();
    m_entries.clear();
    for (const RowReviewEntry &review : RowReview::assess(plan)) {
        const Dimension &dimension = plan.dimensions[review.dimension];
        const Row &row = dimension.rows[review.row];
        qint64 focus = 0;
        for (const ReviewFinding &finding : review.findings) {
            if (finding.kind && focus == 0)
                focus = row.items(*finding.kind).at(finding.item).id;
        }
        m_entries.append({review, dimension.name, firstItemText(row), describe(row, review.findings), focus, reviewed.contains(review.rowId)});
    }
    m_planRows = static_cast<int>(plan.rowCount());
    rebuildShown();
    endResetModel();
}

void ReviewQueueModel::setShowReviewed(bool show)
{
    if (show == m_showReviewed)
        return;
    beginResetModel();
    m_showReviewed = show;
    rebuildShown();
    endResetModel();
}

void ReviewQueueModel::rebuildShown()
{
    m_shown.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_showReviewed || !m_entries[i].reviewed)
            m_shown.append(i);
    }
}

int ReviewQueueModel::openCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return !entry.reviewed; }));
}

QHash<qint64, QString> ReviewQueueModel::openNotes() const
{
    QHash<qint64, QString> notes;
    for (const Entry &entry : m_entries) {
        if (!entry.reviewed)
            notes.insert(entry.review.rowId, entry.reasons);
    }
    return notes;
}

QString ReviewQueueModel::reasonText(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::HeadingLike: return tr("parece un título o una etiqueta, no una propuesta");
    case ReviewReason::Fragment: return tr("parece un pedazo de otro ítem");
    case ReviewReason::Joined: return tr("texto muy largo: quizá une varios ítems");
    case ReviewReason::Incomplete: return tr("fila incompleta: un solo tipo de ítem");
    case ReviewReason::UnsureReading: return tr("leído por OCR con poca confianza: compárelo con la página");
    }
    return {};
}

// "Objetivo 2: parece un pedazo de otro ítem; fila incompleta: …", each item once.
QString ReviewQueueModel::describe(const Row &row, const QList<ReviewFinding> &findings)
{
    QStringList parts;
    for (qsizetype f = 0; f < findings.size(); ++f) {
        const ReviewFinding &finding = findings[f];
        if (f > 0 && finding.kind && findings[f - 1].kind == finding.kind && findings[f - 1].item == finding.item) {
            parts.last() += QStringLiteral(", ") + reasonText(finding.reason);
            continue;
        }
        if (!finding.kind) {
            parts.append(reasonText(finding.reason));
            continue;
        }
        const Item &item = row.items(*finding.kind).at(finding.item);
        QString number = item.marker;
        while (!number.isEmpty() && QStringLiteral(".)-:").contains(number.back()))
            number.chop(1);
        if (number.isEmpty())
            number = QString::number(finding.item + 1);
        parts.append(tr("%1 %2: %3").arg(ItemKindStyle::singularName(*finding.kind), number, reasonText(finding.reason)));
    }
    return parts.join(QStringLiteral("; "));
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries[m_shown[index.row()]];
    switch (role) {
    case RowIdRole: return entry.review.rowId;
    case DimensionIndexRole: return entry.review.dimension;
    case RowIndexRole: return entry.review.row;
    case ReviewedRole: return entry.reviewed;
    case FocusItemIdRole: return entry.focusItemId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlaceColumn:
            return tr("%1 ▸ %2").arg(entry.dimensionName).arg(entry.review.row + 1)
                + (entry.reviewed ? QStringLiteral(" ✓") : QString());
        case ReasonsColumn: return entry.reasons;
        case TextColumn: return entry.text;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return entry.text;
        if (index.column() == ReasonsColumn)
            return entry.reasons;
        return entry.reviewed ? tr("Revisada") : tr("Por revisar");
    case Qt::ForegroundRole:
        return entry.reviewed ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (entry.reviewed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlaceColumn: return tr("Fila");
    case ReasonsColumn: return tr("Por qué");
    case TextColumn: return tr("Texto");
    default: return {};
    }
}

void ReviewQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_shown.size()) - 1, ColumnCount - 1));
}

} // namespace vigia::app
