// Comparison speed: builds 4 plans of 200 items each (from the items of the plan JSON files given,
// dealt out so the plans overlap like real ones; or, without files, from synthetic Spanish
// sentences), then times what `vigia-cli compare` computes for them: topics by keywords, TF-IDF
// similar pairs, the alignment by dimension and the measurability of the metas. Prints the best and
// median time of the repetitions; the target is 200 ms.
#include "compare/PlanComparer.h"
#include "json/PlanJson.h"
#include "topics/TopicTaxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace vigia;

namespace {

constexpr int planCount = 4;
constexpr int itemsPerPlan = 200;

QStringList itemTextsOf(const QStringList &files, QTextStream &err)
{
    QStringList texts;
    for (const QString &path : files) {
        QFile file(path);
        Plan plan;
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !PlanJson::fromJson(file.readAll(), &plan, &error)) {
            err << path << ": not a readable plan JSON file " << error << '\n';
            continue;
        }
        for (const Dimension &dimension : plan.dimensions) {
            for (const Row &row : dimension.rows) {
                for (ItemKind kind : allItemKinds) {
                    for (const Item &item : row.items(kind))
                        texts.append(item.text);
                }
            }
        }
    }
    return texts;
}

QStringList syntheticTexts()
{
    const QStringList verbs{QStringLiteral("Implementar"), QStringLiteral("Promover"), QStringLiteral("Construir"),
                            QStringLiteral("Fortalecer"), QStringLiteral("Ampliar"), QStringLiteral("Mejorar")};
    const QStringList objects{QStringLiteral("centros de salud"), QStringLiteral("escuelas deportivas"),
                              QStringLiteral("la red de agua potable"), QStringLiteral("el serenazgo"),
                              QStringLiteral("las áreas verdes"), QStringLiteral("la recolección de residuos sólidos"),
                              QStringLiteral("las mypes del distrito"), QStringLiteral("el presupuesto participativo"),
                              QStringLiteral("las vías y veredas"), QStringLiteral("el turismo local")};
    const QStringList places{QStringLiteral("en los ejes zonales"), QStringLiteral("en la zona rural"),
                             QStringLiteral("con la población vulnerable"), QStringLiteral("con las juntas vecinales")};
    QStringList texts;
    QRandomGenerator random(42);
    for (int i = 0; i < 600; ++i) {
        QString text = QStringLiteral("%1 %2 %3").arg(verbs[random.bounded(int(verbs.size()))],
                                                       objects[random.bounded(int(objects.size()))],
                                                       places[random.bounded(int(places.size()))]);
        if (i % 4 == 3)
            text = QStringLiteral("%1 %2").arg(random.bounded(1, 500)).arg(objects[random.bounded(int(objects.size()))]);
        texts.append(text);
    }
    return texts;
}

// Plan k takes 200 consecutive texts starting at k * (pool / 5): neighbouring plans share some.
QList<Plan> buildPlans(const QStringList &pool)
{
    QList<Plan> plans;
    const QStringList dimensions{QStringLiteral("Social"), QStringLiteral("Económica"), QStringLiteral("Ambiental"),
                                 QStringLiteral("Institucional")};
    qint64 nextId = 1;
    for (int k = 0; k < planCount; ++k) {
        Plan plan;
        plan.id = k + 1;
        plan.sourceFileName = QStringLiteral("bench-%1").arg(k + 1);
        for (const QString &name : dimensions)
            plan.dimensions.append(Dimension{0, name, {}});
        const qsizetype start = k * (pool.size() / 5);
        for (int i = 0; i < itemsPerPlan; ++i) {
            Dimension &dimension = plan.dimensions[(i / 10) % dimensions.size()];
            if (i % 5 == 0)
                dimension.rows.append(Row{});
            Item item;
            item.id = nextId++;
            item.text = pool[(start + i) % pool.size()];
            // Each row: a problem, an objective, three metas.
            const ItemKind kind = i % 5 == 0 ? ItemKind::Problem : i % 5 == 1 ? ItemKind::Objective : ItemKind::Target;
            dimension.rows.last().items(kind).append(item);
        }
        plans.append(plan);
    }
    return plans;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the comparison of 4 plans of 200 items."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions (default 20)"),
                                          QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(repeatOption);
    parser.addPositionalArgument(QStringLiteral("PLAN_JSON"), QStringLiteral("Plan JSON files to take item texts from"),
                                 QStringLiteral("[PLAN_JSON...]"));
    parser.process(application);
    const int repetitions = std::max(1, parser.value(repeatOption).toInt());

    QStringList pool = itemTextsOf(parser.positionalArguments(), err);
    const bool synthetic = pool.size() < itemsPerPlan;
    if (synthetic)
        pool = syntheticTexts();
    const QList<Plan> plans = buildPlans(pool);
    const QList<Topic> topics = TopicTaxonomy::defaultTopics();

    std::vector<double> milliseconds;
    qsizetype pairs = 0;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<PlanComparison> comparison
            = PlanComparer::compare(plans, topics, PlanComparer::topicsOf(plans, topics), ComparisonOptions{}, &error);
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!comparison) {
            err << "comparison failed: " << error << '\n';
            return 1;
        }
        pairs = comparison->pairs.size();
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    out << "compare " << planCount << " plans x " << itemsPerPlan << " items ("
        << (synthetic ? QStringLiteral("synthetic texts") : QStringLiteral("%1 sample item texts").arg(pool.size()))
        << "), " << pairs << " similar pairs: best " << QString::number(milliseconds.front(), 'f', 1) << " ms, median "
        << QString::number(milliseconds[milliseconds.size() / 2], 'f', 1) << " ms over " << repetitions
        << " runs (target: 200 ms)\n";
    return 0;
}
