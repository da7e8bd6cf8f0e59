#!/usr/bin/env bash
# batched_exports.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR
# Issue 9: storing many documents per transaction changes no output. The
# dev articles of both languages (cycled to 300) are built once by `build`,
# which stores them in batches, and copied document by document, one
# transaction each (the path every document took before batching), by
# `merge`; a third cache is built in two runs, the first killed. Every export
# format of the three caches is byte-identical, and so is the sorted SQL dump.
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
source "$(dirname "$0")/lib_corpus.sh"
needs_shared "$shared"
fresh_dir "$work"
python3 "$(dirname "$0")/make_corpus.py" "$work/corpus.jsonl" 300 \
  "$shared"/articles/dev/*.txt "$samples"/*.txt
build() { "$newskg" build --quiet --data "$data" --db "$1" "$work/corpus.jsonl"; }

start=$(date +%s%N)
build "$work/batched.db"
half_ms=$(( ($(date +%s%N) - start) * 3 / 4000000 ))
"$newskg" merge --quiet --data "$data" --db "$work/single.db" "$work/batched.db"

# Small batches, so that the kill most likely leaves some documents stored.
"$newskg" build --quiet --commit-every 25 --data "$data" --db "$work/resumed.db" "$work/corpus.jsonl" &
pid=$!
sleep "$(printf '%d.%03d' $((half_ms / 1000)) $((half_ms % 1000)))"
kill -KILL "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
echo "killed with $(sqlite3 "$work/resumed.db" 'SELECT count(*) FROM documents;' 2> /dev/null || echo 0) documents stored"
build "$work/resumed.db"

for db in batched single resumed; do
  check_integrity "$work/$db.db"
  dump "$work/$db.db" > "$work/$db.sql"
  mkdir -p "$work/$db"
  for format in graphml gexf turtle ntriples turtle-star trig nquads cypher html plover dot; do
    "$newskg" export --quiet --data "$data" --db "$work/$db.db" --format "$format" \
      -o "$work/$db/graph.$format"
  done
  "$newskg" export --quiet --data "$data" --db "$work/$db.db" --format neo4j -o "$work/$db/neo4j"
done
for db in single resumed; do
  diff -r "$work/batched" "$work/$db"
  # The documents' source names the corpus line in all three.
  cmp "$work/batched.sql" "$work/$db.sql"
done
test -s "$work/batched/graph.ntriples"
echo "PASS: batched, per-document and resumed builds give byte-identical exports and content"
