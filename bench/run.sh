#!/usr/bin/env bash
# Runs the benchmarks on the samples with a Release build and prints the figures that
# docs/performance.md records. Usage: bench/run.sh [BUILD_DIR]  (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
if [ ! -x "$build/bench/bench_parse" ] || [ ! -x "$build/bench/bench_search" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release -j2 >/dev/null
fi
shared=../shared
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== parse throughput, the five seed text conversions"
"$build/bench/bench_parse" --repeat 50 "$shared"/seeds/*.txt
echo "== parse throughput, the Markdown and text national plans (realdocs 03-08)"
"$build/bench/bench_parse" --repeat 5 "$shared"/realdocs/0[3-8]_*.{md,txt}
echo "== import throughput (parse + store into a new library), the five seeds"
"$build/bench/bench_import" --repeat 20 "$shared"/seeds/*.txt
echo "== compare 4 plans x 200 items: the seed gold plans' item texts, then synthetic texts"
"$build/bench/bench_compare" --repeat 20 "$shared"/gold/*.gold.json
"$build/bench/bench_compare" --repeat 20
echo "== PDF reader on the 144-page realdocs/01 against pdftotext -bbox-layout on the same file"
"$build/bench/pdf-parse-benchmark" --runs 3 "$shared"/realdocs/01_EG2026_FuerzaPopular_plan.pdf
echo "== the same, end to end: the whole vigia-cli parse process against pdftotext -bbox-layout"
bench/pdf_parse_end_to_end.py --cli "$build/src/cli/vigia-cli" --runs 7 "$shared"/realdocs/01_EG2026_FuerzaPopular_plan.pdf
VIGIA_PDF_THREADS=1 bench/pdf_parse_end_to_end.py --cli "$build/src/cli/vigia-cli" --runs 7 "$shared"/realdocs/01_EG2026_FuerzaPopular_plan.pdf

echo "== large library (2,000 plans): a synthetic library made from the samples, and the small reference library"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/make-large-library" --plans 2000 --seed 1 --out "$work/large.vigia"
"$build/src/cli/vigia-cli" import --db "$work/samples.vigia" data/plans/* >/dev/null
echo "== type-ahead search latency per keystroke (SearchPanel offscreen), 2,000 plans, then the bundled samples"
"$build/bench/bench_search" --repeat 5 "$work/large.vigia" "$work/samples.vigia"
echo "== cold start to first paint and memory: the app on 2,000 plans, on the samples, and a bare Qt Widgets window"
"$build/bench/bench_startup" --runs 7 --label "vigia, 2,000 plans" -- "$build/src/app/vigia" "$work/large.vigia"
"$build/bench/bench_startup" --runs 7 --label "vigia, bundled samples" -- "$build/src/app/vigia" "$work/samples.vigia"
"$build/bench/bench_startup" --runs 7 --label "bare Qt Widgets window" -- "$build/bench/bench_bare_window"
