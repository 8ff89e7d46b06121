#!/usr/bin/env bash
# Time per file: poppler's pdftotext against `newsfold extract` (full extraction,
# JSON out), one process per PDF as a user's script would run them.
# Usage: scripts/bench_pdf.sh DIR_OF_PDFS [ROUNDS]   (needs poppler-utils)
set -euo pipefail
dir=${1:?usage: $0 DIR_OF_PDFS [ROUNDS]}
rounds=${2:-3}
bin=${NEWSFOLD:-./target/release/newsfold}
command -v pdftotext >/dev/null || { echo "pdftotext not found (apt-get install poppler-utils)" >&2; exit 2; }
files=("$dir"/*.pdf)
n=${#files[@]}
pdftotext_to_null() { pdftotext -q "$1" /dev/null; }
run() { # command per file
    local start end
    start=$(date +%s.%N)
    for f in "${files[@]}"; do "$@" "$f" >/dev/null 2>&1 || true; done
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
for r in $(seq "$rounds"); do
    p=$(run pdftotext_to_null)
    x=$(run "$bin" extract --format jsonl)
    printf 'round %d: %d files  pdftotext %.1f ms/file  newsfold %.1f ms/file\n' \
        "$r" "$n" "$(echo "$p * 1000 / $n" | bc -l)" "$(echo "$x * 1000 / $n" | bc -l)"
done
