#include "measure/MeasurabilityClassifier.h"
#include "measure/RubricFields.h"
#include "measure/TargetQuantityReader.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

using namespace vigia;

// The measurability classifier against metas labelled by hand (tests/data/measurability: the
// metas of the five seed plans, each read and labelled by a person), and the quantity reader.
class TestMeasurability : public QObject {
    Q_OBJECT
private:
    struct LabelledMeta {
        QString file;
        int index = 0;
        Measurability label = Measurability::NotMeasurable;
        QString text;
    };

    static QList<LabelledMeta> labelledMetas()
    {
        QList<LabelledMeta> metas;
        const QDir folder(QStringLiteral(VIGIA_SOURCE_DIR "/tests/data/measurability"));
        for (const QString &name : folder.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
                if (line.isEmpty() || line.startsWith(u'#'))
                    continue;
                // index, dimension, label, meta, the rubric's clause that decided, a note on a borderline case
                const QStringList fields = line.split(u'\t');
                if (fields.size() != 6 || !measurabilityFromId(fields[2]) || fields[4].isEmpty())
                    qFatal("%s: bad line '%s'", qPrintable(name), qPrintable(line));
                metas.append({name, fields[0].toInt(), *measurabilityFromId(fields[2]), fields[3]});
            }
        }
        return metas;
    }

private Q_SLOTS:
    void readsCountsPercentagesAndUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("quantityText");
        QTest::addColumn<QString>("unit");
        using Kind = TargetQuantity::Kind;
        QTest::newRow("zero-padded count") << QStringLiteral("05 Escuelas deportivas implementadas en todos los ejes zonales.")
                                           << int(Kind::Count) << 5.0 << QStringLiteral("05") << QStringLiteral("Escuelas deportivas");
        QTest::newRow("percentage of") << QStringLiteral("100% de población vulnerable empadronada.")
                                       << int(Kind::Percentage) << 100.0 << QStringLiteral("100%") << QStringLiteral("población vulnerable");
        QTest::newRow("article and percentage") << QStringLiteral("el 100% de los representantes de las organizaciones, participan")
                                                << int(Kind::Percentage) << 100.0 << QStringLiteral("100%")
                                                << QStringLiteral("representantes de las organizaciones");
        QTest::newRow("plain count") << QStringLiteral("500 MYPES ATENDIDAS") << int(Kind::Count) << 500.0
                                     << QStringLiteral("500") << QStringLiteral("MYPES");
        QTest::newRow("grouped thousands") << QStringLiteral("Atender a 1,500 familias con agua") << int(Kind::Count) << 1500.0
                                           << QStringLiteral("1,500") << QStringLiteral("familias");
        QTest::newRow("number words") << QStringLiteral("Dos mil empleos formales") << int(Kind::Count) << 2000.0
                                      << QStringLiteral("Dos mil") << QStringLiteral("empleos formales");
        QTest::newRow("all of a set") << QStringLiteral("Todas las pymes y mypes cuentan con asesoría municipal.")
                                      << int(Kind::All) << 100.0 << QStringLiteral("Todas") << QStringLiteral("pymes");
        QTest::newRow("unit before") << QStringLiteral("Garantizando su cobertura al 100%.") << int(Kind::Percentage)
                                     << 100.0 << QStringLiteral("100%") << QStringLiteral("cobertura");
        QTest::newRow("frequency") << QStringLiteral("Publicación semestral de los avances") << int(Kind::Frequency) << 1.0
                                   << QStringLiteral("semestral") << QStringLiteral("Publicación");
        QTest::newRow("purpose clause is not a target")
            << QStringLiteral("Apoyo en las campañas de salud para llegar a todos los hogares.") << int(Kind::None) << 0.0
            << QString() << QString();
        QTest::newRow("age is not a target") << QStringLiteral("Cursos para personas mayores de 45 años") << int(Kind::None)
                                             << 0.0 << QString() << QString();
    }

    void readsCountsPercentagesAndUnits()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(QString, quantityText);
        QFETCH(QString, unit);
        TargetQuantityReader reader;
        const TargetQuantity quantity = reader.read(text);
        QCOMPARE(int(quantity.kind), kind);
        QCOMPARE(quantity.value, value);
        QCOMPARE(quantity.quantityText, quantityText);
        QCOMPARE(quantity.unit, unit);
    }

    void readsDeadlines()
    {
        TargetQuantityReader reader;
        const TargetQuantity plan = reader.read(QStringLiteral("01 Plan de Desarrollo Económico Local al 2030 que ordena"));
        QCOMPARE(plan.value, 1.0);
        QCOMPARE(plan.year, std::optional<int>(2030));
        QCOMPARE(plan.deadlineText, QStringLiteral("al 2030"));
        const TargetQuantity amnesty
            = reader.read(QStringLiteral("Amnistía tributaria, durante el primer año de gestión"));
        QVERIFY(!amnesty.hasQuantity());
        QCOMPARE(amnesty.deadlineText, QStringLiteral("durante el primer año"));
        QVERIFY(!amnesty.year);
        QVERIFY(!reader.read(QStringLiteral("Promover la cultura")).hasDeadline());
    }

    void classifiesClearCases()
    {
        MeasurabilityClassifier classifier;
        QCOMPARE(classifier.assess(QStringLiteral("03 proyectos de mejoramiento educativo en ejecución")).level,
                 Measurability::Measurable);
        QCOMPARE(classifier.assess(QStringLiteral("Promoción del equilibrio entre lo técnico y lo político.")).level,
                 Measurability::NotMeasurable);
        // The best sentence decides.
        QCOMPARE(classifier.assess(QStringLiteral("Una ciudad ordenada. 04 mercados construidos.")).level,
                 Measurability::Measurable);
    }

    // Each clause of the rubric with metas written for this test (none from the samples): the
    // class and the clause that decided.
    void followsEachClauseOfTheRubric_data()
    {
        QTest::addColumn<QString>("meta");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("clause");
        const auto row = [](const char *name, const char *meta, const char *label, const char *clause) {
            QTest::newRow(name) << QString::fromUtf8(meta) << QString::fromUtf8(label) << QString::fromUtf8(clause);
        };
        row("1a count", "12 losas deportivas construidas en los centros poblados", "measurable", "1a");
        row("1a soft object", "40% de jóvenes con mayor autoestima", "measurable", "1a");
        row("1b bounded set", "Todas las plazas del distrito iluminadas", "measurable", "1b");
        row("1b each unit", "Un botiquín equipado en cada comisaría", "measurable", "1b");
        row("1c periodicity", "Feria agropecuaria realizada cada año", "measurable", "1c");
        row("1c semestral", "Rendición de cuentas semestral ante los vecinos", "measurable", "1c");
        row("1d plan", "Contar con un Plan de Movilidad Urbana", "measurable", "1d");
        row("1d facility", "Construcción de un mercado de abastos en el centro poblado", "measurable", "1d");
        row("1d named convenio", "Convenio con el MINSA para campañas de vacunación", "measurable", "1d");
        row("1d ordinance", "Ordenanza de protección del árbol urbano aprobada", "measurable", "1d");
        row("1d link", "Se habilitará un link de denuncias en la página web municipal", "measurable", "1d");
        row("2 programme", "Programa de reciclaje implementado", "partly", "2");
        row("2 updated instrument", "Catastro urbano actualizado", "partly", "2");
        row("2 gestion", "Gestionar ante el Gobierno Regional el asfaltado de la carretera", "partly", "2");
        row("2 strengthening a named body", "Fortalecimiento de la Defensoría Municipal del Niño", "partly", "2");
        row("2 permanente", "Limpieza permanente de los drenes", "partly", "2");
        row("2 plural facilities", "Construcción de losas deportivas en los barrios", "partly", "2");
        row("2 open-ended set", "Todas las instituciones del distrito informadas", "partly", "2");
        row("2 generic convenio", "Convenio con universidades para prácticas profesionales", "partly", "2");
        row("3 superlative", "Ser la municipalidad más transparente del país", "not", "3");
        row("3 direction", "Mejorar la calidad de vida de la población", "not", "3");
        row("3 relationship", "Trabajo coordinado con las juntas vecinales", "not", "3");
        row("3 slogan", "Anemia cero en nuestro distrito", "not", "3");
        row("3 support of nothing named", "Apoyo a las iniciativas de la población", "not", "3");
        row("4 concrete means", "Reducir la inseguridad mediante la instalación de cámaras de videovigilancia", "partly", "4");
    }
    void followsEachClauseOfTheRubric()
    {
        QFETCH(QString, meta);
        QFETCH(QString, label);
        QFETCH(QString, clause);
        MeasurabilityClassifier classifier;
        const MeasurabilityAssessment assessment = classifier.assess(meta);
        QCOMPARE(measurabilityId(assessment.level), label);
        QCOMPARE(assessment.clause, clause);
    }

    // Clause 5 of the rubric: the quantity as printed (null for "todos", periodicities, articles),
    // the unit for measurable metas only, the deadline as a year, a periodicity or a phrase.
    void statesQuantityUnitAndDeadlineByClauseFive()
    {
        MeasurabilityClassifier classifier;
        const auto fields = [&](const QString &meta) {
            const MeasurabilityAssessment assessment = classifier.assess(meta);
            return RubricFields::of(assessment.level, assessment.quantity);
        };
        const RubricFields figure = fields(QStringLiteral("12 losas deportivas construidas al 2029"));
        QCOMPARE(figure.quantity, QStringLiteral("12"));
        QCOMPARE(figure.unit, QStringLiteral("losas deportivas"));
        QCOMPARE(figure.deadline, QStringLiteral("2029"));
        const RubricFields all = fields(QStringLiteral("Todas las plazas del distrito iluminadas"));
        QVERIFY(all.quantity.isNull());
        QVERIFY(!all.unit.isNull());
        const RubricFields yearly = fields(QStringLiteral("Feria agropecuaria anual"));
        QVERIFY(yearly.quantity.isNull());
        QCOMPARE(yearly.deadline, QStringLiteral("anual"));
        const RubricFields article = fields(QStringLiteral("Contar con un Plan de Movilidad Urbana"));
        QVERIFY(article.quantity.isNull());
        QVERIFY(article.deadline.isNull());
        const RubricFields vague = fields(QStringLiteral("30% de mejora en la atención, en el primer año de gestión"));
        QCOMPARE(vague.quantity, QStringLiteral("30%"));
        const RubricFields partly = fields(QStringLiteral("Programa de reciclaje implementado"));
        QVERIFY(partly.unit.isNull());
        QVERIFY(partly.quantity.isNull());
    }

    void agreesWithTheHandLabels()
    {
        const QList<LabelledMeta> metas = labelledMetas();
        QVERIFY(metas.size() >= 150);
        MeasurabilityClassifier classifier;
        std::map<std::pair<int, int>, int> confusion; // (label, predicted) -> count
        int correct = 0;
        QStringList misses;
        for (const LabelledMeta &meta : metas) {
            const MeasurabilityAssessment assessment = classifier.assess(meta.text);
            ++confusion[{int(meta.label), int(assessment.level)}];
            if (assessment.level == meta.label)
                ++correct;
            else
                misses.append(QStringLiteral("  %1 #%2 label %3, got %4 (%5): %6")
                                  .arg(meta.file)
                                  .arg(meta.index)
                                  .arg(measurabilityId(meta.label), measurabilityId(assessment.level),
                                       assessment.reason, meta.text.left(90)));
        }
        const double accuracy = double(correct) / double(metas.size());
        QString table = QStringLiteral("label \\ predicted   measurable  partly  not\n");
        for (Measurability label : allMeasurabilities) {
            table += measurabilityId(label).leftJustified(20);
            for (Measurability predicted : allMeasurabilities)
                table += QString::number(confusion[{int(label), int(predicted)}]).rightJustified(10);
            table += u'\n';
        }
        qInfo("Measurability accuracy: %d/%d = %.3f\n%s", correct, int(metas.size()), accuracy, qPrintable(table));
        if (qEnvironmentVariableIsSet("VIGIA_SHOW_MISSES"))
            qInfo("%s", qPrintable(misses.join(u'\n')));
        // The labels follow the published rubric (issue 12) and the classifier its clauses; the
        // floor only goes up (0.599 before the rebuild).
        constexpr double floor = 0.95;
        QVERIFY2(accuracy >= floor, qPrintable(QStringLiteral("accuracy %1 below %2").arg(accuracy).arg(floor)));
    }
};

QTEST_GUILESS_MAIN(TestMeasurability)
#include "TestMeasurability.moc"
