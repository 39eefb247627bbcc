#!/usr/bin/env bash
# Starts the desktop app offscreen on a fresh sample library (the bundled plans of data/plans, or
# the shared seeds when the tree has none) and saves screenshots of its main views to
# docs/screenshots/ (or DIR). Usage: [VIGIA_SAMPLES_DIR=DIR] scripts/screenshots.sh [OUT] [--language en]
# Needs a build: BUILD_DIR (default build/dev) must hold src/app/vigia.
set -euo pipefail
cd "$(dirname "$0")/.."
out="docs/screenshots"
if [[ $# -gt 0 && "$1" != --* ]]; then out="$1"; shift; fi
build="${BUILD_DIR:-build/dev}"
app="$build/src/app/vigia"
[[ -x "$app" ]] || { echo "screenshots: $app is missing; build first (cmake --build --preset dev)" >&2; exit 1; }

# The samples: $VIGIA_SAMPLES_DIR if set, else the bundled data/plans, else the shared seeds.
samples="${VIGIA_SAMPLES_DIR:-data/plans}"
if ! compgen -G "$samples/*" > /dev/null; then samples="../shared/seeds"; fi

# A throw-away home, so that the first run imports the samples into a new library and the
# user's own settings and libraries are neither used nor touched.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$out"
HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    VIGIA_SAMPLES_DIR="$(cd "$samples" && pwd)" QT_QPA_PLATFORM=offscreen \
    "$app" --screenshot "$out" "$@" 2> >(grep -v "propagateSizeHints" >&2)
