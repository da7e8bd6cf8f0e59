#!/usr/bin/env bash
# build_twice.sh NEWSKG SAMPLES_DIR WORK_DIR
# A second build over the same inputs extracts nothing and leaves every row
# count of the cache unchanged (checked through build's summary and sqlite3).
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work"
db="$work/newskg.db"
"$newskg" build --db "$db" "$samples" 2> "$work/first.txt"
"$newskg" build --db "$db" "$samples" 2> "$work/second.txt"
cat "$work/first.txt" "$work/second.txt"

# "newskg: 1 documents read, 0 extracted, 1 unchanged, 0 skipped"
if ! grep -q ' 0 extracted, ' "$work/second.txt"; then
  echo "FAIL: the second build extracted documents again" >&2
  exit 1
fi
first_counts="$(grep '^newskg: cache: ' "$work/first.txt")"
second_counts="$(grep '^newskg: cache: ' "$work/second.txt")"
if [ "$first_counts" != "$second_counts" ]; then
  echo "FAIL: row counts changed: '$first_counts' then '$second_counts'" >&2
  exit 1
fi
if ! grep -q '^newskg: cache: [1-9]' "$work/first.txt"; then
  echo "FAIL: the cache holds no documents after the first build" >&2
  exit 1
fi

# The same through sqlite3, table by table, when it is installed.
if command -v sqlite3 > /dev/null; then
  tables="$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;")"
  count_rows() {
    for table in $tables; do
      printf '%s %s\n' "$table" "$(sqlite3 "$db" "SELECT COUNT(*) FROM \"$table\";")"
    done
  }
  before="$(count_rows)"
  "$newskg" build --quiet --db "$db" "$samples"
  after="$(count_rows)"
  if [ "$before" != "$after" ]; then
    printf 'FAIL: sqlite3 row counts changed:\n%s\n---\n%s\n' "$before" "$after" >&2
    exit 1
  fi
fi
echo "PASS: the second build changed nothing"
