#pragma once

#include "ProgressRecord.h"
#include "ReportPagination.h"
#include "model/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace vigia {

class ProgressTracker;

// A plan's progress in one semester, for publishing: summary figures (metas per status, the share
// met), a bar chart per status and per dimension, and a table per dimension with each objective's
// and meta's status, value, evidence and note. Written as HTML (charts embedded as
// PNG data) or PDF (QTextDocument on QPdfWriter, paginated so that no row is cut by a page, the
// table header repeats on every page and a heading keeps with its table). Needs a QGuiApplication
// (fonts) to render.
class ProgressReport {
public:
    struct Line {
        qint64 itemId = 0;
        ItemKind kind = ItemKind::Target;
        QString text;
        int rowNumber = 0;          // 1-based, within the dimension
        std::optional<ProgressRecord> record;
        ProgressStatus status() const { return record ? record->values.status : ProgressStatus::NoInformation; }
    };
    struct Section {
        QString dimension;
        QList<Line> lines;
        int metaCount = 0;
        int metCount = 0;
    };

    static std::optional<ProgressReport> build(const ProgressTracker &tracker, qint64 planId, const QString &semester,
                                               QString *error);

    const QString &semester() const { return m_semester; }
    const QList<Section> &sections() const { return m_sections; }
    int metaCount() const { return m_metaCount; }
    // Metas per status (metas without a record count as "no information").
    int count(ProgressStatus status) const { return m_statusCounts[static_cast<size_t>(status)]; }
    // Metas met over all metas, 0–1 (0 for a plan without metas).
    double complianceShare() const;

    // The report as a self-contained HTML page.
    QString html() const;
    bool writeHtml(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;
    // Writes PDF for ".pdf" and HTML for ".html"/".htm"; refuses anything else.
    bool write(const QString &path, QString *error) const;

private:
    enum class Images { Embedded, Resources };
    // With Images::Resources, the charts are named in the HTML and their PNG bytes added to `charts`.
    // `breaks` start pages on purpose (the PDF); `parts` receives the tables in the order written.
    QString buildHtml(Images images, QList<std::pair<QString, QByteArray>> *charts, const ReportBreaks &breaks = {},
                      QList<ReportTablePart> *parts = nullptr) const;
    // The title, the summary figures and the charts; then the dimensions' tables and the notes.
    QString headHtml(Images images, QList<std::pair<QString, QByteArray>> *charts, QList<ReportTablePart> *parts) const;
    QString tablesHtml(const ReportBreaks &breaks, QList<ReportTablePart> *parts) const;
    // One dimension's table, cut into parts where `breaks` say.
    QString sectionTables(int sectionIndex, const ReportBreaks &breaks, QList<ReportTablePart> *parts) const;

    Plan m_plan;
    QString m_semester;
    QList<Section> m_sections;
    int m_metaCount = 0;
    std::array<int, 7> m_statusCounts{};
};

} // namespace vigia
