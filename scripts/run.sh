#!/usr/bin/env bash
# Installs the dependencies, builds Vigía (release) and opens the desktop app on the bundled
# sample library (build/release/sample-library.vigia; on the first run the app imports data/plans into it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
library=build/release/sample-library.vigia
# Without a display (a server, a container), run the app offscreen: set QT_QPA_PLATFORM=offscreen.
if [ ! -e "$library" ]; then
    # The first run: the app creates the library and imports the samples itself (with progress
    # and its import report, warnings in the interface's language).
    exec build/release/src/app/vigia "$library" data/plans/*
fi
exec build/release/src/app/vigia "$library"
