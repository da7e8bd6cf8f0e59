#!/usr/bin/env bash
# concurrent.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR
# While a build writes the cache: query and export read it (WAL, busy
# timeout), and a second build on the same file fails at once with a clear
# message and exit 4, leaving the first to finish a sound cache.
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
source "$(dirname "$0")/lib_corpus.sh"
fresh_corpus "$work" 600 "$shared" "$samples"
corpus="$work/corpus.jsonl"
db="$work/newskg.db"

"$newskg" build --quiet --data "$data" --db "$db" "$corpus" &
first=$!
# Wait until the first documents are stored.
for _ in $(seq 100); do
  if [ -f "$db" ] && [ "$(sqlite3 "$db" 'SELECT count(*) FROM documents;' 2> /dev/null || echo 0)" -gt 0 ]; then
    break
  fi
  sleep 0.05
done

set +e
"$newskg" build --quiet --data "$data" --db "$db" "$corpus" 2> "$work/second.txt"
second=$?
"$newskg" query --data "$data" --db "$db" --entity Aliyev --limit 3 > "$work/query.txt" 2> "$work/query.err"
query=$?
"$newskg" export --quiet --data "$data" --db "$db" --format ntriples > "$work/during.nt" 2> "$work/export.err"
export_code=$?
kill -0 "$first" 2> /dev/null
running=$?
set -e
wait "$first"

cat "$work/second.txt" "$work/query.err" "$work/export.err"
if [ "$running" -ne 0 ]; then
  echo "FAIL: the first build ended before the others ran; the test proves nothing" >&2
  exit 1
fi
if [ "$second" -ne 4 ] || ! grep -q 'another newskg process (build, remove or merge) is writing this cache' "$work/second.txt"; then
  echo "FAIL: the second build exited $second without the message" >&2
  exit 1
fi
if [ "$query" -ne 0 ] || [ "$export_code" -ne 0 ] || [ ! -s "$work/during.nt" ]; then
  echo "FAIL: query ($query) or export ($export_code) failed during the build" >&2
  exit 1
fi
check_integrity "$db"
test "$(sqlite3 "$db" 'SELECT count(*) FROM documents;')" = 600
echo "PASS: query and export read during a build; a second build was refused"
