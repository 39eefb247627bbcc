#pragma once

#include "CliContext.h"

#include "progress/ProgressTracker.h"
#include "store/PlanLibrary.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace vigia {
class PlanLibrary;
class ProgressTracker;
struct ProgressRecord;
struct ProgressValues;
struct HistoryEntry;
struct ProgressConflict;
}

namespace vigia::cli {

// The sub-commands of `vigia-cli progress` (each gets the context of "progress NAME").
int runProgressSet(CliContext &context);
int runProgressList(CliContext &context);
int runProgressHistory(CliContext &context);
int runProgressSemesters(CliContext &context);
int runProgressEvidence(CliContext &context);
int runProgressExport(CliContext &context);
int runProgressImport(CliContext &context);
int runProgressConflicts(CliContext &context);
int runProgressResolve(CliContext &context);
int runProgressReimport(CliContext &context);
int runProgressAttach(CliContext &context);

// Shared by the progress commands.
class LibraryCommandLine;
// The library named by --db and its progress tracker, both open; on failure the reason has been
// reported and isOpen() is false.
struct OpenedTracker {
    std::unique_ptr<PlanLibrary> library;
    std::unique_ptr<ProgressTracker> tracker;
    bool isOpen() const { return library && tracker; }
};
OpenedTracker openLibraryAndTracker(LibraryCommandLine &commandLine);
std::optional<qint64> parseId(const QString &text);
QJsonObject valuesToJson(const ProgressValues &values);
QJsonObject recordToJson(const ProgressRecord &record);
QJsonObject historyEntryToJson(const HistoryEntry &entry);
QJsonObject conflictToJson(const ProgressConflict &conflict);
// "met (Cumplida) 40 % 40 de 100"
QString describeValues(const ProgressValues &values);

} // namespace vigia::cli
