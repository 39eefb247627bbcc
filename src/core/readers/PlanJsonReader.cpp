#include "PlanJsonReader.h"

#include "json/PlanJson.h"

#include <QCoreApplication>

namespace vigia {

QString PlanJsonReader::id() const
{
    return QStringLiteral("json");
}

bool PlanJsonReader::accepts(const QString &fileName, const QByteArray &head) const
{
    if (!fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return false;
    QByteArrayView content(head);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    return content.trimmed().startsWith('{');
}

ReadResult PlanJsonReader::read(const QByteArray &content, const QString &fileName, const ReadOptions &options) const
{
    ReadResult result;
    if (options.cancel && options.cancel->load()) {
        result.failure = ReadResult::Failure::Cancelled;
        result.error = QCoreApplication::translate("PlanJsonReader", "cancelled");
        return result;
    }
    QByteArray json = content;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QString error;
    if (!PlanJson::fromJson(json, &result.plan, &error)) {
        result.failure = ReadResult::Failure::NotAPlan;
        result.error = QCoreApplication::translate("PlanJsonReader", "not plan JSON: %1").arg(error);
        return result;
    }
    if (result.plan.dimensions.isEmpty()) {
        result.failure = ReadResult::Failure::NotAPlan;
        result.error = QCoreApplication::translate("PlanJsonReader", "not plan JSON: the plan has no dimensions");
        return result;
    }
    // Ids belong to the library that wrote them; a new library gives its own.
    result.plan.id = 0;
    for (Dimension &dimension : result.plan.dimensions) {
        dimension.id = 0;
        for (Row &row : dimension.rows) {
            row.id = 0;
            for (ItemKind kind : allItemKinds) {
                for (Item &item : row.items(kind))
                    item.id = 0;
            }
        }
    }
    if (result.plan.layout.isEmpty())
        result.plan.layout = id();
    result.plan.sourceFileName = fileName;
    if (options.progress)
        options.progress(1, 1);
    return result;
}

} // namespace vigia
