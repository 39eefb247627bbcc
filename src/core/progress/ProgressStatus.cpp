#include "ProgressStatus.h"

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

} // namespace vigia
