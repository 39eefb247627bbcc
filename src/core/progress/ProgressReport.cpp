#include "ProgressReport.h"

#include "ProgressTracker.h"
#include "ReportChart.h"
#include "EvidenceFileName.h"
#include "store/PlanLibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QUrl>

namespace vigia {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProgressReport", text);
}

const QLocale &spanish()
{
    static const QLocale locale(QLocale::Spanish, QLocale::Peru);
    return locale;
}

QString number(double value)
{
    QString text = spanish().toString(value, 'f', 2);
    // 12,50 -> 12,5; 12,00 -> 12
    const QChar decimal = spanish().decimalPoint().at(0);
    if (text.contains(decimal)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(decimal))
            text.chop(1);
    }
    return text;
}

QString percentText(double share)
{
    return QStringLiteral("%1 %").arg(spanish().toString(share * 100.0, 'f', 1));
}

QString valueText(const ProgressValues &values)
{
    QStringList parts;
    if (values.achievedValue)
        parts.append(values.targetValue ? QStringLiteral("%1 de %2").arg(number(*values.achievedValue), number(*values.targetValue))
                                        : number(*values.achievedValue));
    if (const std::optional<double> percent = values.effectivePercent())
        parts.append(QStringLiteral("%1 %").arg(number(*percent)));
    return parts.join(QStringLiteral(" · "));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

std::optional<ProgressReport> ProgressReport::build(const ProgressTracker &tracker, qint64 planId,
                                                    const QString &semester, QString *error)
{
    const std::optional<Plan> plan = tracker.library().plan(planId);
    if (!plan) {
        *error = tracker.library().lastError();
        return std::nullopt;
    }
    QString readError;
    const QStringList semesters = tracker.semesters(planId, &readError);
    if (!semesters.contains(semester)) {
        *error = QStringLiteral("%1: '%2' is not a semester of plan %3").arg(tracker.library().path(), semester).arg(planId);
        return std::nullopt;
    }
    const QList<ProgressRecord> records = tracker.records(planId, semester, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    QHash<qint64, ProgressRecord> recordOfItem;
    for (const ProgressRecord &record : records)
        recordOfItem.insert(record.itemId, record);

    ProgressReport report;
    report.m_plan = *plan;
    report.m_semester = semester;
    for (const Dimension &dimension : plan->dimensions) {
        Section section;
        section.dimension = dimension.name;
        for (qsizetype rowIndex = 0; rowIndex < dimension.rows.size(); ++rowIndex) {
            const Row &row = dimension.rows.at(rowIndex);
            for (ItemKind kind : {ItemKind::Objective, ItemKind::Target}) {
                for (const Item &item : row.items(kind)) {
                    Line line;
                    line.itemId = item.id;
                    line.kind = kind;
                    line.text = item.text;
                    line.rowNumber = static_cast<int>(rowIndex) + 1;
                    if (recordOfItem.contains(item.id))
                        line.record = recordOfItem.value(item.id);
                    // Every objective and meta: a meta reads with the objectives of its row above it.
                    if (kind == ItemKind::Target) {
                        ++section.metaCount;
                        ++report.m_statusCounts[static_cast<size_t>(line.status())];
                        if (line.status() == ProgressStatus::Met)
                            ++section.metCount;
                    }
                    section.lines.append(line);
                }
            }
        }
        report.m_metaCount += section.metaCount;
        if (!section.lines.isEmpty())
            report.m_sections.append(section);
    }
    return report;
}

double ProgressReport::complianceShare() const
{
    return m_metaCount == 0 ? 0.0 : double(count(ProgressStatus::Met)) / m_metaCount;
}

QString ProgressReport::html() const
{
    return buildHtml(Images::Embedded, nullptr);
}

QString ProgressReport::buildHtml(Images images, QList<std::pair<QString, QByteArray>> *charts, const ReportBreaks &breaks,
                                  QList<ReportTablePart> *parts) const
{
    return headHtml(images, charts, parts) + tablesHtml(breaks, parts);
}

QString ProgressReport::headHtml(Images images, QList<std::pair<QString, QByteArray>> *charts,
                                 QList<ReportTablePart> *parts) const
{
    const auto imageSource = [&](const QString &name, const QImage &image) {
        const QByteArray png = ReportChart::toPng(image);
        if (images == Images::Resources) {
            if (charts)
                charts->append({name, png});
            return name;
        }
        return QStringLiteral("data:image/png;base64,%1").arg(QString::fromLatin1(png.toBase64()));
    };
    QString html;
    const PlanMetadata &metadata = m_plan.metadata;
    QStringList titleParts;
    for (const QString &part : {metadata.organization, metadata.place, metadata.period}) {
        if (!part.isEmpty())
            titleParts.append(part);
    }
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;} table{border-collapse:collapse;width:100%;} "
                           "th,td{border:1px solid #999;padding:4px;vertical-align:top;font-size:9pt;} th{background:#eee;}</style>"
                           "</head><body>\n")
                .arg(escaped(tr("Informe de avance %1").arg(m_semester)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Informe de avance — semestre %1").arg(m_semester)));
    html += QStringLiteral("<p><b>%1</b></p>\n").arg(escaped(titleParts.join(QStringLiteral(" · "))));
    // The document by its name; its fingerprint in the notes at the end.
    html += QStringLiteral("<p>%1<sup>1</sup></p>\n").arg(escaped(tr("Fuente: %1").arg(m_plan.sourceFileName)));

    // Summary figures.
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Resumen")));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("Metas cumplidas: %1 de %2 (%3)")
                                 .arg(count(ProgressStatus::Met))
                                 .arg(m_metaCount)
                                 .arg(percentText(complianceShare()))));
    if (parts)
        parts->append({-1, 0});
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(escaped(tr("Estado")), escaped(tr("Metas")), escaped(tr("Porcentaje")));
    QList<ReportChart::Bar> statusBars;
    for (ProgressStatus status : allProgressStatuses) {
        const int metas = count(status);
        const double share = m_metaCount == 0 ? 0.0 : double(metas) / m_metaCount;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>\n")
                    .arg(escaped(progressStatusLabel(status)))
                    .arg(metas)
                    .arg(percentText(share));
        statusBars.append({progressStatusLabel(status), double(metas),
                           QStringLiteral("%1 (%2)").arg(metas).arg(percentText(share)), progressStatusColor(status)});
    }
    html += QStringLiteral("</table>\n");
    const QImage statusChart =
        ReportChart::horizontalBars(tr("Metas por estado"), statusBars, std::max(1, m_metaCount));
    html += QStringLiteral("<p><img src=\"%1\" width=\"600\" alt=\"%2\"></p>\n")
                .arg(imageSource(QStringLiteral("chart-status.png"), statusChart), escaped(tr("Metas por estado")));
    QList<ReportChart::Bar> dimensionBars;
    for (const Section &section : m_sections) {
        if (section.metaCount == 0)
            continue;
        const double share = double(section.metCount) / section.metaCount;
        dimensionBars.append({section.dimension, share * 100.0,
                              QStringLiteral("%1/%2 (%3)").arg(section.metCount).arg(section.metaCount).arg(percentText(share)),
                              progressStatusColor(ProgressStatus::Met)});
    }
    if (!dimensionBars.isEmpty()) {
        const QImage dimensionChart =
            ReportChart::horizontalBars(tr("Metas cumplidas por dimensión"), dimensionBars, 100.0);
        html += QStringLiteral("<p><img src=\"%1\" width=\"600\" alt=\"%2\"></p>\n")
                    .arg(imageSource(QStringLiteral("chart-dimensions.png"), dimensionChart),
                         escaped(tr("Metas cumplidas por dimensión")));
    }

    return html;
}

QString ProgressReport::tablesHtml(const ReportBreaks &breaks, QList<ReportTablePart> *parts) const
{
    // One table per dimension.
    QString html;
    for (int index = 0; index < m_sections.size(); ++index)
        html += sectionTables(index, breaks, parts);
    html += QStringLiteral("<p><small><sup>1</sup> %1</small></p>\n")
                .arg(escaped(tr("Huella SHA-256 del documento: %1").arg(QString::fromLatin1(m_plan.sourceSha256))));
    html += QStringLiteral("<p><small>%1</small></p>\n</body></html>\n")
                .arg(escaped(tr("Generado por Vigía %1 el %2")
                                 .arg(QStringLiteral(VIGIA_VERSION),
                                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
    return html;
}

QString ProgressReport::sectionTables(int sectionIndex, const ReportBreaks &breaks, QList<ReportTablePart> *parts) const
{
    const Section &section = m_sections.at(sectionIndex);
    // QTextDocument takes widths from attributes, not from the style sheet: the notes get the room
    // they need so that words are not cut. The header row is a <thead>, repeated on every page.
    const QString tableStart =
        QStringLiteral("<table width=\"100%\"%6><thead><tr><th width=\"26%\">%1</th><th width=\"18%\">%2</th>"
                       "<th width=\"9%\">%3</th><th width=\"20%\">%4</th><th width=\"27%\">%5</th></tr></thead>\n")
            .arg(escaped(tr("Meta u objetivo")), escaped(tr("Estado")), escaped(tr("Valor")), escaped(tr("Evidencia")),
                 escaped(tr("Nota")));
    const QString pageBreak = QStringLiteral(" style=\"page-break-before: always\"");
    QString html;
    html += QStringLiteral("<h2%1>%2</h2>\n")
                .arg(breaks.beforeSection.contains(sectionIndex) ? pageBreak : QString(),
                     escaped(tr("Dimensión %1").arg(section.dimension)));
    html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("Metas cumplidas: %1 de %2").arg(section.metCount).arg(section.metaCount)));
    html += tableStart.arg(QString());
    if (parts)
        parts->append({sectionIndex, 0});
    for (int lineIndex = 0; lineIndex < section.lines.size(); ++lineIndex) {
        const Line &line = section.lines.at(lineIndex);
        if (lineIndex > 0 && breaks.beforeLine.contains({sectionIndex, lineIndex})) {
            html += QStringLiteral("</table>\n") + tableStart.arg(pageBreak);
            if (parts)
                parts->append({sectionIndex, lineIndex});
        }
        QStringList evidence;
        QString note;
        QString value;
        if (line.record) {
            for (const Evidence &piece : line.record->evidence) {
                if (piece.kind == Evidence::Kind::Url) {
                    const QString url = QUrl(piece.url).toString(QUrl::FullyEncoded);
                    // The address stays printed: a report on paper must still say where to look.
                    const QString title = piece.title.isEmpty() ? QString() : escaped(piece.title) + QStringLiteral(": ");
                    evidence.append(QStringLiteral("%1<a href=\"%2\">%3</a> (%4)")
                                        .arg(title, url.toHtmlEscaped(), escaped(piece.url),
                                             escaped(tr("consultado %1").arg(piece.consultedOn.toString(Qt::ISODate)))));
                } else {
                    evidence.append(escaped(tr("archivo %1 (SHA-256 %2…)")
                                                .arg(EvidenceFileName::sanitized(piece.originalName),
                                                     QString::fromLatin1(piece.sha256.left(12)))));
                }
            }
            note = escaped(line.record->values.note);
            if (!line.record->values.evaluator.isEmpty())
                note += QStringLiteral("<br><i>%1</i>").arg(escaped(tr("Evaluó: %1, %2").arg(line.record->values.evaluator, line.record->values.assessedOn.toString(Qt::ISODate))));
            value = escaped(valueText(line.record->values));
        }
        // Where the item sits: two metas may read alike.
        const QString context = tr("%1 ▸ fila %2").arg(section.dimension, QString::number(line.rowNumber));
        html += QStringLiteral("<tr><td><b>%1:</b> %2<br><small>%8</small></td><td><font color=\"%3\">&#9632;</font> %4</td>"
                               "<td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(escaped(line.kind == ItemKind::Target ? tr("Meta") : tr("Objetivo")),
                         escaped(line.text), progressStatusColor(line.status()).name(),
                         escaped(progressStatusLabel(line.status())), value,
                         evidence.join(QStringLiteral("<br>")), note, escaped(context));
    }
    html += QStringLiteral("</table>\n");
    return html;
}

bool ProgressReport::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = html().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ProgressReport::writePdf(const QString &path, QString *error) const
{
    // QPdfWriter writes as it goes; write to a temporary name and move it in place at the end.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, target.errorString());
        return false;
    }
    {
        QPdfWriter writer(&target);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Informe de avance %1").arg(m_semester));
        writer.setCreator(QStringLiteral("Vigía %1").arg(QStringLiteral(VIGIA_VERSION)));
        // Laid out in the writer's pages, then again with a page break wherever a row was cut or a
        // heading parted from its table, until nothing is (a bounded number of rounds).
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.documentLayout()->setPaintDevice(&writer);
        const QSizeF page(writer.width(), writer.height());
        ReportBreaks breaks;
        // The title, figures and charts are made once; only the tables change from round to round.
        QList<std::pair<QString, QByteArray>> charts;
        QList<ReportTablePart> headParts;
        const QString head = headHtml(Images::Resources, &charts, &headParts);
        QList<std::pair<QUrl, QImage>> images;
        for (const auto &[name, png] : charts)
            images.append({QUrl(name), QImage::fromData(png, "PNG")});
        constexpr int maximumRounds = 200;
        for (int round = 0; round < maximumRounds; ++round) {
            QList<ReportTablePart> parts = headParts;
            const QString html = head + tablesHtml(breaks, &parts);
            document.clear();
            for (const auto &[name, image] : images)
                document.addResource(QTextDocument::ImageResource, name, image);
            document.setHtml(html);
            document.setPageSize(page);
            const std::optional<ReportBreaks> next = ReportPagination::nextBreaks(document, parts, breaks);
            if (!next)
                break;
            breaks = *next;
        }
        document.print(&writer);
    }
    if (!target.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, target.errorString());
        return false;
    }
    return true;
}

bool ProgressReport::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return writePdf(path, error);
    if (suffix == u"html" || suffix == u"htm")
        return writeHtml(path, error);
    *error = QStringLiteral("%1: write the report to a .pdf or .html file").arg(path);
    return false;
}

} // namespace vigia
