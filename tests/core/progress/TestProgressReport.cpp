#include "ProgressTestSupport.h"

#include "progress/ProgressReport.h"
#include "progress/ReportChart.h"

#include <poppler-qt6.h>

#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

// The semester report: figures computed from the records, and the PDF/HTML carrying them (the PDF
// is read back with Poppler).
class TestProgressReport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TrackedLibrary m_tracked;
    qint64 m_census = 0;

    static QString pdfText(const QString &path)
    {
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        if (!document || document->isLocked())
            return {};
        QString text;
        for (int index = 0; index < document->numPages(); ++index) {
            std::unique_ptr<Poppler::Page> page = document->page(index);
            text += page->text(QRectF()) + u'\n';
        }
        // Poppler gives ligatures as printed ("ﬁ"); compare on compatibility-normalised text.
        return text.normalized(QString::NormalizationForm_KC).simplified();
    }

    // Whether the words of `expected` appear in `text` in order. Table cells wrap over several
    // lines, and text extraction reads the lines across the columns, so a cell's words come
    // interleaved with its neighbours' but in their own order.
    static bool containsWordsInOrder(const QString &text, const QString &expected)
    {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        qsizetype position = 0;
        for (const QString &word : expected.split(u' ', Qt::SkipEmptyParts)) {
            while (position < words.size() && words.at(position) != word)
                ++position;
            if (position == words.size())
                return false;
            ++position;
        }
        return true;
    }

    // The text of one table row: from `start` to the next row ("Meta:", "Objetivo:") or section.
    static QString rowText(const QString &text, const QString &start)
    {
        const qsizetype begin = text.indexOf(start);
        if (begin < 0)
            return {};
        static const QRegularExpression nextRow(QStringLiteral("Meta:|Objetivo:|Dimensión|Generado por"));
        const qsizetype end = text.indexOf(nextRow, begin + start.size());
        return text.mid(begin, end < 0 ? -1 : end - begin);
    }

    static QString percent(double value)
    {
        return QStringLiteral("%1 %").arg(QLocale(QLocale::Spanish, QLocale::Peru).toString(value, 'f', 1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tracked = TrackedLibrary::create(m_dir.filePath(QStringLiteral("report.vigia")));
        QVERIFY2(m_tracked.isValid(), qPrintable(m_tracked.error));
        PlanLibrary &library = *m_tracked.library;
        ProgressTracker &tracker = *m_tracked.tracker;
        const qint64 plan = m_tracked.planId;
        m_census = itemId(library, plan, QStringLiteral("100% de población"));
        QString error;
        const std::optional<ProgressRecord> census = tracker.setProgress(
            m_census, QStringLiteral("2023-S2"),
            values(ProgressStatus::Met, {}, 100.0, QStringLiteral("Padrón cerrado <script>alert(1)</script>"),
                   QStringLiteral("Ana Quispe")),
            &error);
        QVERIFY2(census, qPrintable(error));
        QVERIFY(tracker.addEvidenceUrl(census->id, QStringLiteral("https://example.org/padron?x=1&y=2"), QDate(2024, 1, 9),
                                       {}, &error));
        QVERIFY(tracker.addEvidenceData(census->id, "pdf", QStringLiteral("acta.pdf"), {}, &error));
        QVERIFY(tracker.setProgress(itemId(library, plan, QStringLiteral("Reducir la deserción")), QStringLiteral("2023-S2"),
                                    values(ProgressStatus::InProgress, 35.0, {}, QStringLiteral("Avance lento")), &error));
        QVERIFY(tracker.setProgress(itemId(library, plan, QStringLiteral("Reducir la anemia")), QStringLiteral("2023-S2"),
                                    values(ProgressStatus::NotMet), &error));
        // Another semester must not leak into this one.
        QVERIFY(tracker.setProgress(itemId(library, plan, QStringLiteral("Dos mil")), QStringLiteral("2024-S1"),
                                    values(ProgressStatus::Met), &error));
    }

    void figuresComeFromTheRecords()
    {
        QString error;
        const std::optional<ProgressReport> report =
            ProgressReport::build(*m_tracked.tracker, m_tracked.planId, QStringLiteral("2023-S2"), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->metaCount(), 3);
        QCOMPARE(report->count(ProgressStatus::Met), 1);
        QCOMPARE(report->count(ProgressStatus::InProgress), 1);
        QCOMPARE(report->count(ProgressStatus::NoInformation), 1); // the jobs meta: nothing this semester
        QCOMPARE(report->count(ProgressStatus::NotMet), 0);         // the not-met item is an objective
        QCOMPARE(report->complianceShare(), 1.0 / 3.0);
        QCOMPARE(report->sections().size(), 2);
        QCOMPARE(report->sections().at(0).dimension, QStringLiteral("Social"));
        QCOMPARE(report->sections().at(0).lines.size(), 4); // both objectives (one tracked) and two metas
        QCOMPARE(report->sections().at(0).metCount, 1);

        QVERIFY(!ProgressReport::build(*m_tracked.tracker, m_tracked.planId, QStringLiteral("2031-S1"), &error));
        QVERIFY2(error.contains(QStringLiteral("2031-S1")), qPrintable(error));
        QVERIFY(!ProgressReport::build(*m_tracked.tracker, 777, QStringLiteral("2023-S2"), &error));
    }

    void pdfCarriesFiguresAndStatuses()
    {
        QString error;
        const std::optional<ProgressReport> report =
            ProgressReport::build(*m_tracked.tracker, m_tracked.planId, QStringLiteral("2023-S2"), &error);
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("informe.pdf"));
        QVERIFY2(report->write(path, &error), qPrintable(error));
        QVERIFY(fileBytes(path).startsWith("%PDF"));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "Poppler read no text");
        const QString summary = QStringLiteral("Metas cumplidas: 1 de 3 (%1)").arg(percent(100.0 / 3));
        for (const QString &expected :
             {summary, QStringLiteral("ALIANZA ONE"), QStringLiteral("Resumen"), QStringLiteral("Dimensión Social"),
              QStringLiteral("Dimensión Económica"), QStringLiteral("Cumplida"), QStringLiteral("En proceso"),
              QStringLiteral("Incumplida"), QStringLiteral("Sin información"), QStringLiteral("No verificable"),
              QStringLiteral("Metas cumplidas: 1 de 2"), QStringLiteral("Metas cumplidas: 0 de 1"),
              QStringLiteral("35 %"), QStringLiteral("acta.pdf")}) {
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing '%1' in: %2").arg(expected, text.left(3000))));
        }
        // Counts per status: "Cumplida 1 33,3 %" as a row of the summary table.
        QVERIFY2(text.contains(QStringLiteral("Cumplida 1 %1").arg(percent(100.0 / 3))), qPrintable(text.left(1500)));
        QVERIFY2(text.contains(QStringLiteral("No iniciada 0 %1").arg(percent(0))), qPrintable(text.left(1500)));
        for (const QString &expected :
             {QStringLiteral("Informe de avance"), QStringLiteral("100% de población vulnerable empadronada"),
              QStringLiteral("Reducir la deserción escolar al 5%"), QStringLiteral("Dos mil empleos formales"),
              QStringLiteral("Evaluó: Ana Quispe, 2024-01-15"), QStringLiteral("100 de 100")}) {
            QVERIFY2(containsWordsInOrder(text, expected),
                     qPrintable(QStringLiteral("missing '%1' in: %2").arg(expected, text.left(3000))));
        }
        // Each row carries its item's status, value and note.
        const QList<QPair<QString, QStringList>> rows{
            {QStringLiteral("Objetivo: Reducir"), {QStringLiteral("anemia infantil"), QStringLiteral("Incumplida")}},
            {QStringLiteral("Meta: 100%"),
             {QStringLiteral("población vulnerable empadronada"), QStringLiteral("Cumplida"), QStringLiteral("100 de 100"),
              QStringLiteral("Padrón cerrado"), QStringLiteral("acta.pdf")}},
            {QStringLiteral("Meta: Reducir"),
             {QStringLiteral("deserción escolar al 5%"), QStringLiteral("En proceso"), QStringLiteral("35 %"),
              QStringLiteral("Avance lento")}},
            {QStringLiteral("Meta: Dos"), {QStringLiteral("mil empleos formales"), QStringLiteral("Sin información")}},
        };
        for (const auto &[start, cells] : rows) {
            const QString row = rowText(text, start);
            QVERIFY2(!row.isEmpty(), qPrintable(start));
            for (const QString &cell : cells)
                QVERIFY2(containsWordsInOrder(row, cell), qPrintable(QStringLiteral("'%1' not in row '%2'").arg(cell, row)));
        }
        QVERIFY(!rowText(text, QStringLiteral("Meta: Dos")).contains(QStringLiteral("Cumplida")));
        // The URL evidence is a working link in the PDF.
        QStringList links;
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        for (int index = 0; index < document->numPages(); ++index) {
            for (const std::unique_ptr<Poppler::Link> &link : document->page(index)->links()) {
                if (link->linkType() == Poppler::Link::Browse)
                    links.append(static_cast<const Poppler::LinkBrowse *>(link.get())->url());
            }
        }
        links.removeDuplicates(); // a link wrapped over several lines has one area per line
        QCOMPARE(links, QStringList{QStringLiteral("https://example.org/padron?x=1&y=2")});
    }

    // A long report: no row is cut by a page, every page of a table starts with its header row,
    // and a dimension's heading is on the page of its table's first row. Rows of many heights in
    // three dimensions, so that pages break in many places.
    void pdfKeepsRowsWholeWithHeaderAndHeading()
    {
        Plan plan = samplePlan(QStringLiteral("largo"));
        plan.dimensions.clear();
        const QStringList names{QStringLiteral("Social"), QStringLiteral("Económica"), QStringLiteral("Ambiental")};
        for (int d = 0; d < names.size(); ++d) {
            Dimension dimension;
            dimension.name = names.at(d);
            for (int r = 0; r < 7; ++r) {
                Row row;
                row.items(ItemKind::Objective).append(makeItem(QStringLiteral("OBJ%1x%2 Mejorar el servicio").arg(d).arg(r)));
                for (int k = 0; k < 2; ++k)
                    row.items(ItemKind::Target).append(makeItem(QStringLiteral("META%1x%2x%3 servicio atendido").arg(d).arg(r).arg(k)));
                dimension.rows.append(row);
            }
            plan.dimensions.append(dimension);
        }
        TrackedLibrary tracked = TrackedLibrary::create(m_dir.filePath(QStringLiteral("largo.vigia")), plan);
        QVERIFY2(tracked.isValid(), qPrintable(tracked.error));
        const Plan stored = *tracked.library->plan(tracked.planId);
        QString error;
        int index = 0;
        for (const Dimension &dimension : stored.dimensions) {
            for (const Row &row : dimension.rows) {
                for (const Item &meta : row.items(ItemKind::Target)) {
                    const QString words = QStringLiteral("avance revisado en campo ").repeated(4 + (index * 37) % 30);
                    QVERIFY2(tracked.tracker->setProgress(meta.id, QStringLiteral("2023-S2"),
                                                          values(ProgressStatus::InProgress, 40.0, {},
                                                                 QStringLiteral("NOTA%1INICIO %2NOTA%1FIN").arg(index).arg(words)),
                                                          &error),
                             qPrintable(error));
                    ++index;
                }
            }
        }
        const std::optional<ProgressReport> report =
            ProgressReport::build(*tracked.tracker, tracked.planId, QStringLiteral("2023-S2"), &error);
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("largo.pdf"));
        QVERIFY2(report->write(path, &error), qPrintable(error));

        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        QVERIFY(document);
        QVERIFY2(document->numPages() >= 6, "the report should need several pages");
        QHash<QString, int> pageOf; // marker -> page
        static const QRegularExpression marker(QStringLiteral("(NOTA\\d+(?:INICIO|FIN)|OBJ\\d+x\\d+|Dimensión \\w+)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
        for (int page = 0; page < document->numPages(); ++page) {
            const QString text = document->page(page)->text(QRectF()).normalized(QString::NormalizationForm_KC);
            bool hasRows = false;
            for (QRegularExpressionMatchIterator it = marker.globalMatch(text); it.hasNext();) {
                const QString found = it.next().captured(1);
                hasRows = hasRows || !found.startsWith(QStringLiteral("Dimensión"));
                if (!pageOf.contains(found))
                    pageOf.insert(found, page);
            }
            if (hasRows)
                QVERIFY2(text.contains(QStringLiteral("Meta u objetivo")), qPrintable(QStringLiteral("no header on page %1").arg(page + 1)));
        }
        for (int i = 0; i < index; ++i) {
            const QString start = QStringLiteral("NOTA%1INICIO").arg(i);
            const QString end = QStringLiteral("NOTA%1FIN").arg(i);
            QVERIFY2(pageOf.contains(start) && pageOf.contains(end), qPrintable(start));
            QVERIFY2(pageOf.value(start) == pageOf.value(end),
                     qPrintable(QStringLiteral("row %1 cut: pages %2 and %3").arg(i).arg(pageOf.value(start) + 1).arg(pageOf.value(end) + 1)));
        }
        for (int d = 0; d < names.size(); ++d) {
            const QString heading = QStringLiteral("Dimensión %1").arg(names.at(d));
            QVERIFY2(pageOf.contains(heading), qPrintable(heading));
            QCOMPARE(pageOf.value(heading), pageOf.value(QStringLiteral("OBJ%1x0").arg(d)));
        }
        // Every objective is in the table, tracked or not; each line says its dimension and row.
        const QString all = pdfText(path);
        QVERIFY(all.contains(QStringLiteral("OBJ2x6")));
        QVERIFY2(all.contains(QStringLiteral("Ambiental ▸ fila 7")), qPrintable(all.right(2000)));
        // The source by its name, the fingerprint only in the note at the end.
        QVERIFY(all.contains(QStringLiteral("Fuente: plan-largo.pdf")));
        QVERIFY(all.indexOf(QString::fromLatin1(stored.sourceSha256)) > all.indexOf(QStringLiteral("NOTA%1FIN").arg(index - 1)));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        QString error;
        const std::optional<ProgressReport> report =
            ProgressReport::build(*m_tracked.tracker, m_tracked.planId, QStringLiteral("2023-S2"), &error);
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("informe.html"));
        QVERIFY2(report->write(path, &error), qPrintable(error));
        const QString html = QString::fromUtf8(fileBytes(path));
        QVERIFY(html.contains(QStringLiteral("Metas cumplidas: 1 de 3 (%1)").arg(percent(100.0 / 3))));
        QVERIFY(html.contains(QStringLiteral("semestre 2023-S2")));
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 2);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/padron?x=1&amp;y=2\"")));
        QVERIFY(!report->write(m_dir.filePath(QStringLiteral("informe.docx")), &error));
        QVERIFY(error.contains(QStringLiteral(".pdf")));
    }

    void chartBarsAreProportional()
    {
        const QColor green(0, 160, 0);
        const QColor red(200, 0, 0);
        const QImage image = ReportChart::horizontalBars(
            QStringLiteral("Prueba"), {{QStringLiteral("uno"), 1.0, QStringLiteral("1"), green},
                                       {QStringLiteral("tres"), 3.0, QStringLiteral("3"), red}}, 4.0, 800);
        QVERIFY(!image.isNull());
        int greenPixels = 0;
        int redPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                greenPixels += pixel == green ? 1 : 0;
                redPixels += pixel == red ? 1 : 0;
            }
        }
        QVERIFY(greenPixels > 0);
        const double ratio = double(redPixels) / greenPixels;
        QVERIFY2(ratio > 2.7 && ratio < 3.3, qPrintable(QString::number(ratio)));
    }
};

QTEST_MAIN(TestProgressReport)
#include "TestProgressReport.moc"
