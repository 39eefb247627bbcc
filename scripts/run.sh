#!/usr/bin/env bash
# Installs the dependencies, builds Vigía, imports the bundled sample plans into a
# sample library and shows it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
library="build/release/sample-library.vigia"
cli=build/release/src/cli/vigia-cli
"$cli" import --db "$library" data/plans/* || true
"$cli" list --db "$library"
