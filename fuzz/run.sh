#!/usr/bin/env bash
# Builds the fuzz targets (preset fuzz), makes the seed corpora and runs the fuzzers in the
# background at the lowest priority, JOBS at a time, each for SECONDS.
#   fuzz/run.sh [SECONDS] [TARGET...]      (default 1800 s; all three targets)
#   JOBS=2 (default)  SKIP_BUILD=1 to use the existing build  NICE=19 (default) the fuzzers' niceness
#   TIMEOUT=10 (default) seconds one input may take before it counts as a hang
# Logs: build/fuzz-logs/TARGET.log; crashing/hanging inputs: build/fuzz-artifacts/TARGET/.
# A finding is copied to tests/robustness/regressions/ by hand once fixed (see docs/robustness.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(dirname "$here")"
cd "$source_dir"
seconds="${1:-1800}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_text_reader fuzz_markdown_reader fuzz_pdf_reader)
jobs="${JOBS:-2}"

if [ -z "${SKIP_BUILD:-}" ]; then
    cmake --preset fuzz >/dev/null
    nice -n 19 cmake --build --preset fuzz -j2
fi
[ -d build/fuzz-corpus ] || fuzz/make_corpus.sh build/fuzz-corpus
mkdir -p build/fuzz-logs

corpus_of() {
    case "$1" in
        fuzz_text_reader) echo build/fuzz-corpus/text ;;
        fuzz_markdown_reader) echo build/fuzz-corpus/markdown ;;
        fuzz_pdf_reader) echo build/fuzz-corpus/pdf ;;
    esac
}

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export LSAN_OPTIONS="suppressions=$source_dir/tests/robustness/lsan.supp:print_suppressions=0"
# LeakSanitizer is on for every target; lsan.supp suppresses the configuration fontconfig keeps
# for the process's lifetime (the PDF target loads fonts through Poppler and Qt).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
max_len_of() {
    case "$1" in
        fuzz_pdf_reader) echo 262144 ;;
        *) echo 65536 ;;
    esac
}
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

running=0
for target in "${targets[@]}"; do
    artifacts="build/fuzz-artifacts/$target/"
    mkdir -p "$artifacts"
    echo "running $target for $seconds s (log build/fuzz-logs/$target.log)"
    # One process per target: it stops at the first crash, hang or sanitizer report and leaves
    # the input in $artifacts (fork mode would go on, but re-merges the corpus for every job).
    nice -n "${NICE:-19}" "build/fuzz/fuzz/$target" "$(corpus_of "$target")" \
        -max_total_time="$seconds" -timeout="${TIMEOUT:-10}" -rss_limit_mb=4096 -max_len="$(max_len_of "$target")" \
        -artifact_prefix="$artifacts" -print_final_stats=1 \
        >"build/fuzz-logs/$target.log" 2>&1 &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true
for target in "${targets[@]}"; do
    echo "== $target: $(grep -E '^#[0-9]+' "build/fuzz-logs/$target.log" | tail -1)"
    grep -E '^stat::|^Done|ERROR|SUMMARY' "build/fuzz-logs/$target.log" | sed 's/^/   /' || true
    echo "   findings: $(ls "build/fuzz-artifacts/$target" | wc -l)"
done
