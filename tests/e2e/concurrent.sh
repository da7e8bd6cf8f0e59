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

# The first build reads its documents from a pipe that stays open until the
# others have run: it cannot end before them, however fast it extracts.
feed="$work/feed"
mkfifo "$feed"
"$newskg" build --quiet --data "$data" --db "$db" "$feed" &
first=$!
exec 3> "$feed"
# Feed one document at a time until the first ones are committed (a batch
# commits a quarter of a second after it began, checked as documents come).
fed=0
while IFS= read -r line; do
  printf '%s\n' "$line" >&3
  fed=$((fed + 1))
  if [ "$(sqlite3 "$db" 'SELECT count(*) FROM documents;' 2> /dev/null || echo 0)" -gt 0 ]; then
    break
  fi
  sleep 0.05
done < "$corpus"

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
tail -n +"$((fed + 1))" "$corpus" >&3
exec 3>&-
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
echo "PASS: query and export read during a build (after $fed of 600 documents fed); a second build was refused"
