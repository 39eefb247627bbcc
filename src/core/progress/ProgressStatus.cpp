#include "ProgressStatus.h"

#include <QColor>
#include <QCoreApplication>

namespace vigia {

QString progressStatusId(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::NoInformation: return QStringLiteral("no-information");
    case ProgressStatus::NotStarted: return QStringLiteral("not-started");
    case ProgressStatus::InProgress: return QStringLiteral("in-progress");
    case ProgressStatus::PartiallyMet: return QStringLiteral("partially-met");
    case ProgressStatus::Met: return QStringLiteral("met");
    case ProgressStatus::NotMet: return QStringLiteral("not-met");
    case ProgressStatus::NotVerifiable: return QStringLiteral("not-verifiable");
    }
    return {};
}

std::optional<ProgressStatus> progressStatusFromId(const QString &id)
{
    for (ProgressStatus status : allProgressStatuses) {
        if (progressStatusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QString progressStatusLabel(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::NoInformation: return QCoreApplication::translate("ProgressStatus", "Sin información");
    case ProgressStatus::NotStarted: return QCoreApplication::translate("ProgressStatus", "No iniciada");
    case ProgressStatus::InProgress: return QCoreApplication::translate("ProgressStatus", "En proceso");
    case ProgressStatus::PartiallyMet: return QCoreApplication::translate("ProgressStatus", "Cumplida parcialmente");
    case ProgressStatus::Met: return QCoreApplication::translate("ProgressStatus", "Cumplida");
    case ProgressStatus::NotMet: return QCoreApplication::translate("ProgressStatus", "Incumplida");
    case ProgressStatus::NotVerifiable: return QCoreApplication::translate("ProgressStatus", "No verificable");
    }
    return {};
}

QColor progressStatusColor(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::NoInformation: return QColor(0xb0, 0xb0, 0xb0);
    case ProgressStatus::NotStarted: return QColor(0x8c, 0x6d, 0x62);
    case ProgressStatus::InProgress: return QColor(0x42, 0x85, 0xf4);
    case ProgressStatus::PartiallyMet: return QColor(0xf4, 0xb4, 0x00);
    case ProgressStatus::Met: return QColor(0x0f, 0x9d, 0x58);
    case ProgressStatus::NotMet: return QColor(0xdb, 0x44, 0x37);
    case ProgressStatus::NotVerifiable: return QColor(0x6d, 0x4c, 0x9f);
    }
    return Qt::gray;
}

} // namespace vigia
