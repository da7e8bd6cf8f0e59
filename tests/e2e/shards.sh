#!/usr/bin/env bash
# shards.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR
# Scale-out without an engine: samples/ and the dev articles split into
# three shards, each built in its own process, then merged with `merge`; and
# the same shards run through `extract` (as a Hadoop/Spark mapper would) and
# loaded with `build --from-extracted`. Both exports equal one build's over
# the whole corpus, byte for byte.
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
source "$(dirname "$0")/lib_corpus.sh"
fresh_corpus "$work" 90 "$shared" "$samples"
split -n l/3 -d --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/shard-"
export_nt() { "$newskg" export --quiet --data "$data" --db "$1" --format ntriples; }

"$newskg" build --quiet --data "$data" --db "$work/single.db" "$work/corpus.jsonl"
export_nt "$work/single.db" > "$work/single.nt"

pids=()
for shard in "$work"/shard-*.jsonl; do
  "$newskg" build --quiet --data "$data" --db "${shard%.jsonl}.db" "$shard" &
  pids+=($!)
  # stdin to stdout, as a streaming mapper runs it.
  "$newskg" extract --quiet --data "$data" - < "$shard" > "${shard%.jsonl}.extracted" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid"
done

"$newskg" merge --quiet --data "$data" --db "$work/merged.db" "$work"/shard-*.db
export_nt "$work/merged.db" > "$work/merged.nt"
cmp "$work/single.nt" "$work/merged.nt"
check_integrity "$work/merged.db"
# The content is the same except where each document was read from.
for db in "$work/merged.db" "$work/single.db"; do
  sqlite3 "$db" "UPDATE documents SET source = '';"
done
dump "$work/merged.db" > "$work/merged.sql"
dump "$work/single.db" > "$work/single.sql"
cmp "$work/single.sql" "$work/merged.sql"
echo "ok: merge of 3 shard caches equals one build (export and sorted dump)"

"$newskg" build --quiet --data "$data" --db "$work/reduced.db" --from-extracted "$work"/shard-*.extracted
export_nt "$work/reduced.db" > "$work/reduced.nt"
cmp "$work/single.nt" "$work/reduced.nt"
check_integrity "$work/reduced.db"
echo "ok: build --from-extracted of 3 extract outputs equals one build"
echo "PASS: shards merge to a single run's graph"
