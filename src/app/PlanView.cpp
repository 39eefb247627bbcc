#include "PlanView.h"

#include "PlanTreeModel.h"
#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigia::app {

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanTreeModel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_vision(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_review(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vision->setWordWrap(true);
    m_vision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vision->setTextFormat(Qt::RichText);
    m_vision->setObjectName(QStringLiteral("planVision"));

    auto *header = new QFrame(this);
    header->setFrameShape(QFrame::StyledPanel);
    header->setBackgroundRole(QPalette::Base);
    header->setAutoFillBackground(true);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_details);
    headerLayout->addWidget(m_vision);
    headerLayout->addWidget(m_warnings);
    m_warnings->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0x99, 0x5c, 0x00));
    m_warnings->setPalette(warningPalette);
    headerLayout->addWidget(m_review);
    m_review->setObjectName(QStringLiteral("planReview"));
    m_review->setTextFormat(Qt::RichText);
    m_review->setPalette(warningPalette);
    connect(m_review, &QLabel::linkActivated, this, &PlanView::reviewRequested);

    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setItemDelegateForColumn(PlanTreeModel::TextColumn, new WrappingItemDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::TextColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::KindColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(m_tree, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanView::onCurrentChanged);
    clear();
}

static QString stated(const QString &value)
{
    return value.isEmpty() ? PlanView::tr("no indicado") : value;
}

void PlanView::setPlan(const Plan &plan, const QStringList &warnings)
{
    m_importWarnings = warnings;
    m_hasPlan = true;
    m_model->setPlan(plan);
    showHeaderTexts();
    // Dimensions open, rows closed: the outline of the plan at a glance.
    m_tree->expandToDepth(0);
    onCurrentChanged();
}

void PlanView::updatePlan(const Plan &plan)
{
    m_model->updatePlan(plan);
    showHeaderTexts(); // the plan's details may have been corrected
    onCurrentChanged();
}

void PlanView::setRowsToReview(int count)
{
    m_rowsToReview = count;
    showHeaderTexts();
}

void PlanView::clear()
{
    m_hasPlan = false;
    m_importWarnings.clear();
    m_model->clear();
    showHeaderTexts();
    onCurrentChanged();
}

const Plan &PlanView::plan() const
{
    return m_model->plan();
}

bool PlanView::selectItem(qint64 itemId)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent().parent());
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

const Item *PlanView::currentItem() const
{
    return m_model->itemAt(m_tree->currentIndex());
}

void PlanView::expandAll()
{
    m_tree->expandAll();
}

void PlanView::collapseAll()
{
    m_tree->collapseAll();
}

bool PlanView::copyCurrentText()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return false;
    QGuiApplication::clipboard()->setText(current.siblingAtColumn(0).data(PlanTreeModel::PlainTextRole).toString());
    return true;
}

void PlanView::onCurrentChanged()
{
    Q_EMIT currentIndexChanged(m_tree->currentIndex().siblingAtColumn(0));
}

// The plan's title, details, vision and import warnings above the tree, or what to do when no
// plan is open.
void PlanView::showHeaderTexts()
{
    if (!m_hasPlan) {
        m_warnings->hide();
        m_review->hide();
        m_title->setText(tr("Ningún plan abierto"));
        m_details->hide();
        m_vision->setText(tr("Elija un plan en la lista de arriba o impórtelo con Archivo ▸ Importar planes."));
        return;
    }
    if (m_importWarnings.isEmpty()) {
        m_warnings->hide();
    } else {
        m_warnings->setText(tr("⚠ Al importar: %1").arg(m_importWarnings.join(QStringLiteral(" · "))));
        m_warnings->setToolTip(m_importWarnings.join(u'\n'));
        m_warnings->show();
    }
    if (m_rowsToReview > 0) {
        m_review->setText(tr("⚠ <a href=\"review\">%n fila(s) por revisar</a>: el importador pudo leerlas mal.", nullptr, m_rowsToReview));
        m_review->setToolTip(tr("Ver ▸ Filas por revisar (Ctrl+Mayús+R)"));
        m_review->show();
    } else {
        m_review->hide();
    }
    const Plan &plan = m_model->plan();
    const PlanMetadata &metadata = plan.metadata;
    m_title->setText(metadata.organization.isEmpty() ? plan.sourceFileName : metadata.organization);
    m_details->setText(tr("Lugar: %1 · Periodo: %2 · Elección: %3 · Archivo: %4")
                           .arg(stated(metadata.place), stated(metadata.period), stated(metadata.electionType), plan.sourceFileName));
    m_details->show();
    if (metadata.vision.isEmpty())
        m_vision->setText(tr("<i>El plan no enuncia una visión.</i>"));
    else
        m_vision->setText(tr("<b>Visión:</b> %1").arg(metadata.vision.toHtmlEscaped()));
    m_vision->show();
}

void PlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        showHeaderTexts();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace vigia::app
