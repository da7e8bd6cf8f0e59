#!/usr/bin/env bash
# parallel.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR
# extract -j N and build -j N give the same output for N = 1, 2, 4: extract's
# JSON Lines byte for byte, the cache's sorted SQL dump and its N-Triples export.
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
source "$(dirname "$0")/lib_corpus.sh"
fresh_corpus "$work" 150 "$shared" "$samples"
corpus="$work/corpus.jsonl"
for n in 1 2 4; do
  "$newskg" extract --quiet --data "$data" -j "$n" "$corpus" > "$work/extract-$n.jsonl"
  "$newskg" build --quiet --data "$data" -j "$n" --db "$work/cache-$n.db" "$corpus"
  dump "$work/cache-$n.db" > "$work/cache-$n.sql"
  "$newskg" export --quiet --data "$data" --db "$work/cache-$n.db" --format ntriples > "$work/cache-$n.nt"
done
test "$(wc -l < "$work/extract-1.jsonl")" -eq 150
for n in 2 4; do
  cmp "$work/extract-1.jsonl" "$work/extract-$n.jsonl"
  cmp "$work/cache-1.sql" "$work/cache-$n.sql"
  cmp "$work/cache-1.nt" "$work/cache-$n.nt"
done
echo "PASS: the same output for -j 1, 2 and 4"
