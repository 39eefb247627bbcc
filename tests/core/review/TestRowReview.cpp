#include "../store/StoreTestSupport.h"

#include "review/ReviewMarks.h"
#include "review/RowReview.h"
#include "store/PlanLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using namespace vigia::test;

namespace {

Row row(const QString &problem, const QString &objective, const QString &target)
{
    Row result;
    if (!problem.isEmpty())
        result.items(ItemKind::Problem).append(makeItem(problem));
    if (!objective.isEmpty())
        result.items(ItemKind::Objective).append(makeItem(objective));
    if (!target.isEmpty())
        result.items(ItemKind::Target).append(makeItem(target));
    return result;
}

} // namespace

// The review queue: which rows of an imported plan a person should check, and why; and the marks
// that take checked rows out of it, kept in the library.
class TestRowReview : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A table plan (problem, objective, meta in most rows) with one row of each doubtful kind.
    static Plan tablePlan()
    {
        Plan plan;
        Dimension social;
        social.name = QStringLiteral("Social");
        social.rows << row(QStringLiteral("Agua de mala calidad en los anexos"), QStringLiteral("Clorar los reservorios"),
                           QStringLiteral("Diez reservorios clorados al 2026"))
                    << row(QStringLiteral("SERVICIOS BÁSICOS DEL DISTRITO:"), QStringLiteral("Ampliar la red de desagüe"),
                           QStringLiteral("Mil conexiones nuevas"))
                    << row(QStringLiteral("Caminos vecinales en mal estado"), QStringLiteral("y mantenimiento rutinario"),
                           QStringLiteral("Cuarenta kilómetros mantenidos"))
                    << row(QStringLiteral("Baja cobertura de internet en las escuelas"), QString(), QString())
                    << row(QStringLiteral("Anemia infantil alta"), QStringLiteral("Suplementar con hierro a los niños"),
                           QStringLiteral("Reducir la anemia en los anexos altos. ").repeated(20));
        Dimension section;
        section.name = QStringLiteral("Objetivos Generales");
        section.rows << row(QStringLiteral("Deserción escolar"), QStringLiteral("PROPUESTAS:"), QStringLiteral("Cien becas al año"))
                     << row(QStringLiteral("Deserción escolar"), QStringLiteral("EDUCACIÓN:"), QStringLiteral("Cien becas al año"));
        plan.dimensions << social << section;
        for (int i = 0; i < 4; ++i) {
            Dimension more;
            more.name = i % 2 ? QStringLiteral("Económica") : QStringLiteral("Institucional");
            more.rows << row(QStringLiteral("Problema %1 del distrito").arg(i), QStringLiteral("Objetivo %1 del distrito").arg(i),
                             QStringLiteral("Meta %1 del distrito").arg(i));
            plan.dimensions << more;
        }
        return plan;
    }

private Q_SLOTS:
    void eachReasonFromTheRowItself()
    {
        const Plan plan = tablePlan();
        using R = ReviewReason;
        QCOMPARE(RowReview::reasons(plan, 0, 0), QList<R>{});
        QCOMPARE(RowReview::reasons(plan, 0, 1), QList<R>{R::HeadingLike});
        QCOMPARE(RowReview::reasons(plan, 0, 2), QList<R>{R::Fragment});
        QCOMPARE(RowReview::reasons(plan, 0, 3), QList<R>{R::Incomplete});
        QCOMPARE(RowReview::reasons(plan, 0, 4), QList<R>{R::Joined});
        QCOMPARE(RowReview::reasons(plan, 1, 0), QList<R>{R::HeadingLike});
        // A titled proposal's title may be printed as a heading; a label alone may not.
        QCOMPARE(RowReview::reasons(plan, 1, 1), QList<R>{});
        QCOMPARE(RowReview::reasons(plan, 9, 0), QList<R>{});
        // Each doubt names its item; an incomplete row is about the row.
        QCOMPARE(RowReview::findings(plan, 0, 2), (QList<ReviewFinding>{{R::Fragment, ItemKind::Objective, 0}}));
        QCOMPARE(RowReview::findings(plan, 0, 3), (QList<ReviewFinding>{{R::Incomplete, std::nullopt, -1}}));

        const QList<RowReviewEntry> queue = RowReview::assess(plan);
        QCOMPARE(queue.size(), 5);
        QCOMPARE(queue.first().dimension, 0);
        QCOMPARE(queue.first().row, 1);
        QCOMPARE(queue.last().dimension, 1);
        for (const R reason : {R::HeadingLike, R::Fragment, R::Joined, R::Incomplete, R::UnsureReading}) {
            QVERIFY(!RowReview::reasonId(reason).isEmpty());
            QVERIFY(!RowReview::reasonDescription(reason).isEmpty());
        }
    }

    // An item the OCR read unsure of its words is to be checked; one it was sure of, or one read
    // from a text layer, is not.
    void unsureOcrReadingsAreQueued()
    {
        Plan plan = tablePlan();
        Row &sound = plan.dimensions[0].rows[0];
        sound.items(ItemKind::Problem)[0].source.ocrConfidence = 93;
        sound.items(ItemKind::Target)[0].source.ocrConfidence = RowReview::unsureOcrConfidence - 12;
        QCOMPARE(RowReview::findings(plan, 0, 0), (QList<ReviewFinding>{{ReviewReason::UnsureReading, ItemKind::Target, 0}}));
        sound.items(ItemKind::Target)[0].source.ocrConfidence = RowReview::unsureOcrConfidence;
        QCOMPARE(RowReview::reasons(plan, 0, 0), QList<ReviewReason>{});
        QCOMPARE(RowReview::reasonId(ReviewReason::UnsureReading), QStringLiteral("unsure-reading"));
    }

    // A plan written as lists (one kind of item per row) has no incomplete rows; a plan made of its
    // own sections only has no odd section out.
    void reasonsFollowThePlansShape()
    {
        Plan plan;
        Dimension themes;
        themes.name = QStringLiteral("Agricultura");
        themes.rows << row(QString(), QStringLiteral("Riego tecnificado para las parcelas"), QString())
                    << row(QString(), QStringLiteral("Ferias para los productores"), QString());
        plan.dimensions << themes;
        QVERIFY(RowReview::assess(plan).isEmpty());

        // In a plan printed in capitals, capitals mark no heading.
        Plan shouting;
        Dimension social;
        social.name = QStringLiteral("Social");
        social.rows << row(QStringLiteral("NIÑOS CON ANEMIA EN LOS ANEXOS"), QStringLiteral("SUPLEMENTAR CON HIERRO"), QStringLiteral("ANEMIA AL 20%"))
                    << row(QStringLiteral("POCAS AULAS"), QStringLiteral("CONSTRUIR AULAS"), QStringLiteral("DIEZ AULAS NUEVAS"));
        shouting.dimensions << social;
        QVERIFY(RowReview::assess(shouting).isEmpty());
        shouting.dimensions[0].rows[1].items(ItemKind::Objective).append(makeItem(QStringLiteral("OBJETIVOS:")));
        QCOMPARE(RowReview::reasons(shouting, 0, 1), QList<ReviewReason>{ReviewReason::HeadingLike});
    }

    void marksTakeRowsOutOfTheQueueAndStay()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("review.vigia"));
        QString error;
        qint64 planId = 0;
        qint64 rowId = 0;
        {
            auto library = PlanLibrary::open(path, &error);
            QVERIFY2(library, qPrintable(error));
            Plan plan = tablePlan();
            plan.sourceFileName = QStringLiteral("plan.pdf");
            plan.sourceSha256 = sha256Of("review");
            const ImportOutcome outcome = library->importPlan(plan);
            QVERIFY2(outcome.planId > 0, qPrintable(outcome.error));
            planId = outcome.planId;
            const std::optional<Plan> stored = library->plan(planId);
            QVERIFY(stored);
            const QList<RowReviewEntry> queue = RowReview::assess(*stored);
            QCOMPARE(queue.size(), 5);
            rowId = queue.first().rowId;
            QVERIFY(rowId > 0);

            auto marks = ReviewMarks::open(*library, &error);
            QVERIFY2(marks, qPrintable(error));
            marks->setReviewerName(QStringLiteral("Rosa"));
            QVERIFY(marks->marksOfPlan(planId, &error).isEmpty());
            QVERIFY2(marks->setReviewed(rowId, true, &error), qPrintable(error));
            QVERIFY(!marks->setReviewed(987654, true, &error));
            QVERIFY2(error.contains(QStringLiteral("987654")), qPrintable(error));
        }
        auto library = PlanLibrary::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        auto marks = ReviewMarks::open(*library, &error);
        QVERIFY2(marks, qPrintable(error));
        QHash<qint64, ReviewMark> stored = marks->marksOfPlan(planId, &error);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.value(rowId).reviewedBy, QStringLiteral("Rosa"));
        QVERIFY(stored.value(rowId).reviewedAt.isValid());
        QVERIFY2(marks->setReviewed(rowId, false, &error), qPrintable(error));
        QVERIFY(marks->marksOfPlan(planId, &error).isEmpty());
        // A mark goes with its plan.
        QVERIFY2(marks->setReviewed(rowId, true, &error), qPrintable(error));
        QVERIFY2(library->removePlan(planId, &error), qPrintable(error));
        QCOMPARE(queryInteger(path, QStringLiteral("SELECT count(*) FROM row_reviews")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRowReview)
#include "TestRowReview.moc"
