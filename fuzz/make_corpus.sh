#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the shared samples (never committed):
#   text:     the seeds and the text plans, whole (when small) and split into pieces of 40 lines
#   markdown: the Markdown plans split into pieces of 40 lines (and the small ones whole)
#   pdf:      the seed PDFs as they are and with their streams uncompressed (so that mutations
#             reach the page contents), and the first pages of the real PDFs
# Usage: fuzz/make_corpus.sh [OUTPUT_DIR]   (default build/fuzz-corpus)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(dirname "$here")"
shared="${VIGIA_SAMPLES_DIR:-$source_dir/tests/data/samples}"
out="${1:-$source_dir/build/fuzz-corpus}"
mkdir -p "$out/text" "$out/markdown" "$out/pdf"

split_into() { # FILE DIR PREFIX
    split -l 40 -d -a 3 "$1" "$2/$3-"
}

for f in "$shared"/seeds/*.txt; do cp "$f" "$out/text/"; done
for f in "$shared"/realdocs/*.txt; do split_into "$f" "$out/text" "$(basename "$f" .txt)"; done
for f in "$shared"/realdocs/*.md; do
    split_into "$f" "$out/markdown" "$(basename "$f" .md)"
    [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$out/markdown/"
done

for f in "$shared"/pdf/*.pdf; do
    name="$(basename "$f" .pdf)"
    cp "$f" "$out/pdf/"
    if command -v qpdf >/dev/null; then
        qpdf --stream-data=uncompress --object-streams=disable "$f" "$out/pdf/$name.uncompressed.pdf" || true
    fi
done
if command -v qpdf >/dev/null; then
    for f in "$shared"/realdocs/*.pdf; do
        name="$(basename "$f" .pdf)"
        for page in 3 6; do
            qpdf --empty --pages "$f" "$page" -- "$out/pdf/$name.page$page.pdf" || true
        done
    done
fi
chmod -R u+w "$out"
# Nothing larger than the fuzzers' -max_len is useful.
find "$out" -type f -size +256k -delete
for d in text markdown pdf; do echo "$d: $(ls "$out/$d" | wc -l) files, $(du -sh "$out/$d" | cut -f1)"; done
