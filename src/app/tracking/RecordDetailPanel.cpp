#include "RecordDetailPanel.h"

#include "EvidenceText.h"
#include "progress/ProgressStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia::app {

namespace {

constexpr int evidenceIdRole = Qt::UserRole + 1;

} // namespace

RecordDetailPanel::RecordDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_itemContext(new QLabel(this))
    , m_itemText(new QLabel(this))
    , m_recordSummary(new QLabel(this))
    , m_evidenceList(new QListWidget(this))
    , m_editButton(new QPushButton(tr("&Editar avance…"), this))
    , m_urlButton(new QPushButton(tr("Añadir en&lace…"), this))
    , m_fileButton(new QPushButton(tr("Adjuntar a&rchivo…"), this))
    , m_openButton(new QPushButton(tr("A&brir"), this))
{
    m_itemContext->setWordWrap(true);
    m_itemContext->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemContext->setForegroundRole(QPalette::PlaceholderText);
    m_itemText->setWordWrap(true);
    m_itemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_itemText->font();
    bold.setBold(true);
    m_itemText->setFont(bold);
    m_recordSummary->setWordWrap(true);
    m_recordSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidenceList->setMinimumHeight(60);
    connect(m_editButton, &QPushButton::clicked, this, &RecordDetailPanel::editRequested);
    connect(m_urlButton, &QPushButton::clicked, this, &RecordDetailPanel::addUrlRequested);
    connect(m_fileButton, &QPushButton::clicked, this, &RecordDetailPanel::attachFileRequested);
    connect(m_openButton, &QPushButton::clicked, this, &RecordDetailPanel::openEvidenceRequested);
    connect(m_evidenceList, &QListWidget::itemActivated, this, &RecordDetailPanel::openEvidenceRequested);
    connect(m_evidenceList, &QListWidget::currentRowChanged, this, [this] {
        m_openButton->setEnabled(currentEvidenceId() != 0);
        Q_EMIT currentEvidenceChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_itemContext);
    layout->addWidget(m_itemText);
    layout->addWidget(m_recordSummary);
    layout->addWidget(m_editButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Evidencias:"), this));
    layout->addWidget(m_evidenceList, 1);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_urlButton);
    evidenceButtons->addWidget(m_fileButton);
    evidenceButtons->addWidget(m_openButton);
    evidenceButtons->addStretch();
    layout->addLayout(evidenceButtons);
    m_openButton->setEnabled(false);
}

void RecordDetailPanel::showLine(const TrackingTableModel::Line *line, const QString &semester)
{
    m_evidenceList->clear();
    if (!line) {
        m_itemContext->clear();
        m_itemText->setText(tr("Elija un objetivo o una meta de la tabla."));
        m_recordSummary->clear();
        return;
    }
    m_itemContext->setText(TrackingTableModel::contextText(*line));
    m_itemText->setText(line->text);
    if (!line->record) {
        m_recordSummary->setText(tr("Sin registro en %1.").arg(semester));
        return;
    }
    const ProgressValues &values = line->record->values;
    QString summary = tr("%1 en %2").arg(progressStatusLabel(values.status), line->record->semester);
    const QString progress = TrackingTableModel::progressText(values);
    if (!progress.isEmpty())
        summary += QStringLiteral(" · ") + progress;
    summary += QStringLiteral(" · ") + tr("evaluó %1 el %2").arg(values.evaluator, values.assessedOn.toString(Qt::ISODate));
    if (!values.note.isEmpty())
        summary += QStringLiteral("\n") + values.note;
    m_recordSummary->setText(summary);
    for (const Evidence &evidence : line->record->evidence) {
        auto *item = new QListWidgetItem(EvidenceText::describe(evidence), m_evidenceList);
        item->setData(evidenceIdRole, evidence.id);
        item->setToolTip(item->text() + u'\n'
                         + tr("Añadida por %1 el %2")
                               .arg(evidence.addedBy, evidence.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (m_evidenceList->count() > 0)
        m_evidenceList->setCurrentRow(0);
}

void RecordDetailPanel::setItemActionsEnabled(bool enabled)
{
    for (QPushButton *button : {m_editButton, m_urlButton, m_fileButton})
        button->setEnabled(enabled);
    m_openButton->setEnabled(currentEvidenceId() != 0);
}

qint64 RecordDetailPanel::currentEvidenceId() const
{
    const QListWidgetItem *item = m_evidenceList->currentItem();
    return item ? item->data(evidenceIdRole).toLongLong() : 0;
}

} // namespace vigia::app
