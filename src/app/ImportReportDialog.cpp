#include "ImportReportDialog.h"

#include "review/ReviewStyle.h"

#include "readers/PlanLayout.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia::app {

QString ImportReportDialog::layoutName(const QString &layout)
{
    if (layout == PlanLayout::table())
        return tr("tabla problema–objetivo–meta");
    if (layout == PlanLayout::summaryTable())
        return tr("tabla resumen del JNE");
    if (layout == PlanLayout::markdownTable())
        return tr("tabla de Markdown");
    if (layout == PlanLayout::linearTable())
        return tr("tabla leída como texto corrido");
    if (layout == PlanLayout::outline())
        return tr("esquema de problemas, objetivos y metas");
    if (layout == PlanLayout::narrative())
        return tr("propuestas numeradas");
    if (layout == PlanLayout::cards())
        return tr("fichas de propuestas");
    if (layout == PlanLayout::sections())
        return tr("secciones propias del plan, sin dimensiones");
    return layout;
}

QString ImportReportDialog::summary(const ImportReport &report)
{
    using Status = ImportReport::Status;
    QStringList parts;
    parts.append(tr("%n importado(s)", nullptr, report.count(Status::Imported)));
    parts.append(tr("%n ya estaba(n) en la biblioteca", nullptr, report.count(Status::Duplicate)));
    parts.append(tr("%n con error", nullptr, report.count(Status::Failed)));
    if (report.count(Status::Cancelled) > 0)
        parts.append(tr("%n cancelado(s)", nullptr, report.count(Status::Cancelled)));
    if (report.warningCount() > 0)
        parts.append(tr("%n aviso(s)", nullptr, report.warningCount()));
    return parts.join(QStringLiteral(" · "));
}

QString ImportReportDialog::passagePlace(const UnplacedPassage &passage)
{
    if (passage.page != 0)
        return tr("pág. %1").arg(passage.page);
    if (passage.sourceLine != 0)
        return tr("línea %1").arg(passage.sourceLine);
    return {};
}

void ImportReportDialog::addUnplacedText(QTreeWidgetItem *fileItem, const UnplacedText &unplaced)
{
    if (unplaced.passages.isEmpty())
        return;
    auto *summary = new QTreeWidgetItem(fileItem);
    const QString share = unplaced.percent() == 0 ? tr("menos del 1 %") : tr("%1 %").arg(unplaced.percent());
    summary->setText(1, tr("%1 del texto no pasó al plan (%n pasaje(s)): una presentación, un diagnóstico o algo que "
                           "el lector no reconoció.",
                           nullptr, static_cast<int>(unplaced.passages.size()))
                            .arg(share));
    summary->setData(0, Qt::UserRole, unplacedRole());
    summary->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxInformation));
    summary->setToolTip(1, summary->text(1));
    constexpr int shownPassages = 12;
    constexpr int excerptLength = 140;
    for (qsizetype i = 0; i < std::min<qsizetype>(unplaced.passages.size(), shownPassages); ++i) {
        const UnplacedPassage &passage = unplaced.passages.at(i);
        const QString excerpt = passage.text.size() > excerptLength ? passage.text.left(excerptLength) + QStringLiteral("…")
                                                                    : passage.text;
        auto *child = new QTreeWidgetItem(summary);
        child->setText(0, passagePlace(passage));
        child->setText(1, tr("«%1»").arg(excerpt));
        child->setToolTip(1, passage.text);
    }
    if (unplaced.passages.size() > shownPassages) {
        auto *more = new QTreeWidgetItem(summary);
        more->setText(1, tr("y %n pasaje(s) más", nullptr, static_cast<int>(unplaced.passages.size() - shownPassages)));
    }
}

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary(report), this))
    , m_files(new QTreeWidget(this))
{
    setWindowTitle(tr("Resultado de la importación"));
    m_files->setObjectName(QStringLiteral("importReportFiles"));
    m_files->setHeaderLabels({tr("Plan"), tr("Resultado")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_files->setWordWrap(true);
    for (const ImportReport::File &file : report.files) {
        auto *item = new QTreeWidgetItem(m_files);
        // A plan is named by its organization, place and period; its file only when it has no plan.
        item->setText(0, file.planName.isEmpty() ? QFileInfo(file.path).fileName() : file.planName);
        item->setToolTip(0, QDir::toNativeSeparators(file.path));
        switch (file.status) {
        case ImportReport::Status::Imported:
            item->setText(1, file.layout.isEmpty() ? tr("Importado")
                                                   : tr("Importado: %1 · %2 · %3 · %4")
                                                         .arg(layoutName(file.layout), tr("%n dimensión(es)", nullptr, file.dimensionCount),
                                                              tr("%n fila(s)", nullptr, file.rowCount), tr("%n ítem(s)", nullptr, file.itemCount)));
            item->setIcon(1, style()->standardIcon(QStyle::SP_DialogApplyButton));
            if (file.reviewRowCount > 0) {
                auto *review = new QTreeWidgetItem(item);
                review->setText(1, tr("%n fila(s) por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar).", nullptr,
                                      file.reviewRowCount));
                review->setIcon(1, ReviewStyle::icon());
                review->setToolTip(1, review->text(1));
            }
            addUnplacedText(item, file.unplaced);
            break;
        case ImportReport::Status::Duplicate:
            item->setText(1, tr("Ya estaba en la biblioteca"));
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            break;
        case ImportReport::Status::Failed:
            item->setText(1, tr("Error: %1").arg(file.error));
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        case ImportReport::Status::Cancelled:
            item->setText(1, tr("Cancelado"));
            break;
        }
        item->setToolTip(1, item->text(1));
        for (const QString &warning : file.warnings) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(1, tr("Aviso: %1").arg(warning));
            child->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            child->setToolTip(1, warning);
        }
    }
    // Files and their findings open; the passages left out stay folded under their summary.
    m_files->expandToDepth(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_files, 1);
    layout->addWidget(buttons);
    resize(960, 380);
}

} // namespace vigia::app
