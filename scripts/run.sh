#!/usr/bin/env bash
# Installs the dependencies, builds Vigía and opens the desktop app on the bundled sample library
# (build/sample-library.vigia; on the first run the app imports data/plans into it).
#
# One build serves both README commands: when scripts/test.sh has built the tree (build/ci), its
# programs are used (brought up to date, which takes seconds when nothing changed); otherwise
# only the two programs are built, in build/release, without the tests and benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ -f build/ci/build.ninja ]; then
    build=build/ci
    cmake --build --preset ci --target vigia vigia-cli
else
    build=build/release
    cmake --preset release -DVIGIA_BUILD_TESTS=OFF -DVIGIA_BUILD_BENCH=OFF > /dev/null
    cmake --build --preset release --target vigia vigia-cli
fi
echo "run.sh: the programs are $build/src/app/vigia and $build/src/cli/vigia-cli"
launcher=()
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    if command -v xvfb-run > /dev/null; then
        echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are not set): Vigía runs on a virtual" \
             "display (xvfb-run) where nothing can be seen; to see its window, run scripts/run.sh in a desktop session." >&2
        launcher=(xvfb-run -a)
    else
        echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are not set): run scripts/run.sh in a desktop" \
             "session, or install xvfb to run Vigía on a virtual display." >&2
        exit 1
    fi
fi
library=build/sample-library.vigia
if [ ! -e "$library" ]; then
    # The first run: the app creates the library and imports the samples itself (with progress
    # and its import report, warnings in the interface's language).
    exec "${launcher[@]}" "$build/src/app/vigia" "$library" data/plans/*
fi
exec "${launcher[@]}" "$build/src/app/vigia" "$library"
