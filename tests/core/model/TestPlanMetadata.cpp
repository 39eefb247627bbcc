#include "model/Plan.h"

#include <QTest>

using namespace vigia;

// How a plan is named to people.
class TestPlanMetadata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void displayNameUsesOrganizationPlaceAndPeriod()
    {
        PlanMetadata metadata;
        metadata.organization = QStringLiteral("JUNTOS POR EL PERU");
        metadata.place = QStringLiteral("INDEPENDENCIA");
        metadata.period = QStringLiteral("2023-2026");
        QCOMPARE(metadata.displayName(QStringLiteral("001_2c6952744ed1bd4e.txt")), QStringLiteral("JUNTOS POR EL PERU · INDEPENDENCIA · 2023-2026"));
        metadata.organization.clear();
        QCOMPARE(metadata.displayName(QStringLiteral("001_2c6952744ed1bd4e.txt")), QStringLiteral("INDEPENDENCIA · 2023-2026"));
    }

    // A plan naming neither organization nor place is named by its document, never a bare period.
    void aPlanWithoutOrganizationOrPlaceIsNamedByItsDocument()
    {
        PlanMetadata metadata;
        metadata.period = QStringLiteral("2026-2031");
        QCOMPARE(metadata.displayName(QStringLiteral("04_EG2026_RenovacionPopular_plan.md")),
                 QStringLiteral("04_EG2026_RenovacionPopular_plan · 2026-2031"));
        QCOMPARE(PlanMetadata().displayName(QStringLiteral("plan.pdf")), QStringLiteral("plan"));
        QCOMPARE(PlanMetadata().displayName(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlanMetadata)
#include "TestPlanMetadata.moc"
