#!/bin/sh
# Instructions (callgrind) of one `bench` pass in the parse and extract stages, and their
# difference: what extraction costs on top of parsing. Steadier than the clock on a shared
# machine, so two builds can be compared one after the other.
#   scripts/count_instructions.sh ../shared/bench/scrapinghub/html [path/to/newsfold]
set -eu
dir=${1:?usage: count_instructions.sh DIR [NEWSFOLD]}
bin=${2:-target/release/newsfold}
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" bench --stage "$1" --repeat 1 "$dir" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
parse=$(count parse)
extract=$(count extract)
echo "parse stage   $parse instructions"
echo "extract stage $extract instructions"
echo "extraction on top of parsing: $((extract - parse))"
