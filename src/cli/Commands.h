#pragma once

#include "CliContext.h"

namespace vigia::cli {

int runParse(CliContext &context);

} // namespace vigia::cli
