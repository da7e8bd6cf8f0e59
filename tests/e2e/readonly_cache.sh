#!/usr/bin/env bash
# readonly_cache.sh NEWSKG SAMPLES WORK CASE: a reader (CASE: export, query,
# entities, stats) reads a cache in a directory it cannot write, the cache file
# read-only too, and prints what it prints on a writable copy, creating nothing
# beside it (issue 12: SQLite's WAL mode needs -wal and -shm files there, and
# readers failed with "attempt to write a readonly database"). As root, whom
# permissions do not stop, the reader runs as the user nobody (setpriv).
set -u
newskg="$1" samples="$2" work="$3" case="$4"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
chmod -R u+w "$work" 2> /dev/null
fresh_dir "$work" writable readonly
trap 'chmod -R u+w "$work"' EXIT
"$newskg" build --quiet --db "$work/writable/kg.db" "$samples" || exit 1
cp "$work/writable/kg.db" "$work/readonly/kg.db"
# The directories on the way must let nobody in.
chmod 755 "$work" "$work/readonly"
chmod 444 "$work/readonly/kg.db"
chmod 555 "$work/readonly"

as_reader=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv > /dev/null || skip "root without setpriv: cannot drop permissions"
  as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  "${as_reader[@]}" test -r "$newskg" || skip "the user nobody cannot run $newskg"
  if "${as_reader[@]}" touch "$work/readonly/probe" 2> /dev/null; then
    skip "the user nobody can write $work/readonly"
  fi
fi

case "$case" in
export) args=(export --quiet -f graphml) ;;
query) args=(query --subject Putin) ;;
entities) args=(entities --search بوتين) ;;
stats) args=(stats --top 3) ;;
*) echo "unknown case $case" >&2; exit 2 ;;
esac

"$newskg" "${args[@]}" --db "$work/writable/kg.db" > "$work/expected.txt" || exit 1
"${as_reader[@]}" "$newskg" "${args[@]}" --db "$work/readonly/kg.db" > "$work/actual.txt" \
  2> "$work/err.txt"
expect "$?" 0 "$case of a cache in a read-only directory exits 0"
expect "$(cat "$work/err.txt")" "" "and says nothing on stderr"
[ -s "$work/expected.txt" ] || { echo "FAIL: $case printed nothing" >&2; exit 1; }
cmp "$work/expected.txt" "$work/actual.txt" || exit 1
echo "ok: it prints what it prints on a writable copy"
expect "$(ls "$work/readonly")" "kg.db" "nothing was created beside the cache"
