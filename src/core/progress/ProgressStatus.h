#pragma once

#include <QString>

#include <array>
#include <optional>

class QColor;

namespace vigia {

// How far a meta (or objective) of a plan has come in one semester, as a watchdog group records it.
enum class ProgressStatus { NoInformation, NotStarted, InProgress, PartiallyMet, Met, NotMet, NotVerifiable };

inline constexpr std::array<ProgressStatus, 7> allProgressStatuses{
    ProgressStatus::NoInformation, ProgressStatus::NotStarted, ProgressStatus::InProgress,
    ProgressStatus::PartiallyMet,  ProgressStatus::Met,        ProgressStatus::NotMet,
    ProgressStatus::NotVerifiable};

// Stable identifiers used in storage, files and the CLI ("no-information", "in-progress", "met" …).
QString progressStatusId(ProgressStatus status);
std::optional<ProgressStatus> progressStatusFromId(const QString &id);
// The Spanish label for display ("Sin información", "En proceso", "Cumplida" …), translatable.
QString progressStatusLabel(ProgressStatus status);
// The colour each status has in charts and reports (the dashboard and the semester report).
QColor progressStatusColor(ProgressStatus status);

} // namespace vigia
