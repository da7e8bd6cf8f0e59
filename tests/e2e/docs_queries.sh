#!/usr/bin/env bash
# docs_queries.sh NEWSKG DATA SAMPLES DOCS_CACHE_MD WORK
# Issue 10, item 11: every SQL example of docs/cache.md returns rows on the
# cache of samples/ that the page says to build (with samples/dates.csv); a
# query that prints nothing, or fails, fails the test, naming it.
set -uo pipefail
newskg="$1" data="$2" samples="$3" page="$4" work="$5"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
command -v sqlite3 > /dev/null || skip "no sqlite3 here"
fresh_dir "$work"
cd "$work" || exit 1

"$newskg" build --quiet --data "$data" --db newskg.db --meta "$samples/dates.csv" "$samples" || exit 1

# Each ```sql block of the page into its own file, named by its first line number.
/usr/bin/python3 - "$page" <<'PY' || exit 1
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = list(re.finditer(r"^```sql\n(.*?)^```", text, re.S | re.M))
for block in blocks:
    line = text.count("\n", 0, block.start()) + 2
    open(f"query-{line:04d}.sql", "w", encoding="utf-8").write(block.group(1))
print(f"{len(blocks)} SQL examples in {sys.argv[1]}")
PY

status=0
count=0
for query in query-*.sql; do
  count=$((count + 1))
  line="${query#query-}"
  line="$((10#${line%.sql}))"
  if ! rows="$(sqlite3 -bail newskg.db < "$query" 2>&1)"; then
    printf 'FAIL: docs/cache.md:%s: the query fails: %s\n' "$line" "$rows" >&2
    status=1
  elif [ -z "$rows" ]; then
    printf 'FAIL: docs/cache.md:%s: the query returns no row on samples/\n' "$line" >&2
    status=1
  else
    printf 'ok: docs/cache.md:%s: %s rows\n' "$line" "$(printf '%s\n' "$rows" | wc -l)"
  fi
done
expect "$((count >= 13))" 1 "the page has its 13 examples or more ($count)"
exit "$status"
