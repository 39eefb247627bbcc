#!/usr/bin/env bash
# Installs the dependencies, builds Vigía (release) and opens the desktop app on the bundled
# sample library (build/release/sample-library.vigia, made from data/plans on the first run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
library=build/release/sample-library.vigia
if [ ! -e "$library" ]; then
    build/release/src/cli/vigia-cli import --db "$library" data/plans/*
fi
build/release/src/cli/vigia-cli list --db "$library"
# Without a display (a server, a container), run the app offscreen: set QT_QPA_PLATFORM=offscreen.
exec build/release/src/app/vigia "$library"
