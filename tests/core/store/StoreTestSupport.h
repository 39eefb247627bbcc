#pragma once

// Helpers shared by the store tests: sample plans built in code and raw access to a library file.

#include "model/Plan.h"
#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"

#include <QCryptographicHash>
#include <QFile>

namespace vigia::test {

inline Item makeItem(const QString &text, int line = 0)
{
    Item item;
    item.text = text;
    item.source.line = line;
    return item;
}

inline QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A plan with two dimensions; `seed` makes the source hash (and so the plan's identity) differ.
inline Plan samplePlan(const QString &seed = QStringLiteral("one"))
{
    Plan plan;
    plan.sourceFileName = QStringLiteral("plan-%1.pdf").arg(seed);
    plan.sourceSha256 = sha256Of(seed.toUtf8());
    plan.layout = QStringLiteral("columns");
    plan.metadata.organization = QStringLiteral("ALIANZA %1").arg(seed.toUpper());
    plan.metadata.place = QStringLiteral("HUANCAYO");
    plan.metadata.period = QStringLiteral("2023-2026");
    plan.metadata.vision = QStringLiteral("Una provincia con desarrollo sostenible.");

    Dimension social;
    social.name = QStringLiteral("Social");
    Row first;
    first.heading = QStringLiteral("Salud");
    Item problem = makeItem(QStringLiteral("Población vulnerable sin atención de salud"), 12);
    problem.marker = QStringLiteral("1.");
    problem.source.page = 3;
    problem.source.boxes = {QRectF(72.5, 100.25, 200.125, 12), QRectF(72.5, 113, 90.333, 12)};
    problem.source.ocrConfidence = 64; // read by OCR from a scanned page
    first.items(ItemKind::Problem).append(problem);
    first.items(ItemKind::Objective).append(makeItem(QStringLiteral("Mejorar la atención primaria")));
    first.items(ItemKind::Objective).append(makeItem(QStringLiteral("Reducir la anemia infantil")));
    first.items(ItemKind::Indicator).append(makeItem(QStringLiteral("Tasa de anemia")));
    Item target = makeItem(QStringLiteral("100% de población vulnerable empadronada"));
    target.corrected = true;
    first.items(ItemKind::Target).append(target);
    social.rows.append(first);
    Row second;
    second.items(ItemKind::Problem).append(makeItem(QStringLiteral("Deserción escolar en zonas rurales")));
    second.items(ItemKind::Target).append(makeItem(QStringLiteral("Reducir la deserción escolar al 5%")));
    social.rows.append(second);
    plan.dimensions.append(social);

    Dimension economic;
    economic.name = QStringLiteral("Económica");
    Row row;
    row.items(ItemKind::Problem).append(makeItem(QStringLiteral("Desempleo juvenil")));
    row.items(ItemKind::Objective).append(makeItem(QStringLiteral("Promover el empleo de la población joven")));
    row.items(ItemKind::Target).append(makeItem(QStringLiteral("Dos mil empleos formales")));
    economic.rows.append(row);
    plan.dimensions.append(economic);
    return plan;
}

// The plan without library ids, to compare what went in with what came out.
inline Plan withoutIds(Plan plan)
{
    plan.id = 0;
    for (Dimension &dimension : plan.dimensions) {
        dimension.id = 0;
        for (Row &row : dimension.rows) {
            row.id = 0;
            for (ItemKind kind : allItemKinds) {
                for (Item &item : row.items(kind))
                    item.id = 0;
            }
        }
    }
    return plan;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

// One integer from a query on a raw connection to `path`; -1 on error.
inline qint64 queryInteger(const QString &path, const QString &sql)
{
    SqliteDatabase database;
    QString error;
    if (!database.open(path, SqliteDatabase::OpenMode::ReadOnly, &error))
        return -1;
    SqliteStatement statement = database.prepare(sql);
    if (statement.step() != SqliteStatement::StepResult::Row)
        return -1;
    return statement.columnInt64(0);
}

inline bool executeOn(const QString &path, const QString &sql, QString *error)
{
    SqliteDatabase database;
    // A test's own changes to a library it made: its triggers (FTS5) may run.
    return database.open(path, SqliteDatabase::OpenMode::ReadWriteCreate, error, SqliteDatabase::Trust::Verified)
        && database.execute(sql, error);
}

} // namespace vigia::test
