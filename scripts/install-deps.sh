#!/usr/bin/env bash
# Installs everything Vigía needs to build, run and test on Debian 12 (bookworm).
# --fuzz: also clang and its runtime libraries (libFuzzer, sanitizers) for the `fuzz` preset.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config python3
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-svg-dev libqt6svg6 qt6-translations-l10n
    libpoppler-qt6-dev libpoppler-private-dev poppler-utils libicu-dev libsqlite3-dev sqlite3
    libstemmer-dev
    libtesseract-dev libleptonica-dev tesseract-ocr-spa tesseract-ocr
    qpdf
    xvfb xauth
)
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libclang-rt-dev)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
