#pragma once

#include "CliContext.h"

namespace vigia::cli {

int runParse(CliContext &context);
int runImport(CliContext &context);
int runList(CliContext &context);
int runExport(CliContext &context);
int runSearch(CliContext &context);
int runBackup(CliContext &context);
int runCompare(CliContext &context);
int runTopics(CliContext &context);
int runProgress(CliContext &context);
int runReport(CliContext &context);
int runReview(CliContext &context);

} // namespace vigia::cli
