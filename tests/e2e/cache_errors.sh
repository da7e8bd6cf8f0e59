#!/usr/bin/env bash
# cache_errors.sh NEWSKG SAMPLES WORK CASE: errors of the cache name its file
# and exit 4, as the README's table says for a database that cannot be opened,
# read or written (issue 12). Each CASE is its own ctest entry:
#   build-sqlite-error  SQLite fails a write during build (a trigger raises, as
#                       a full disk would): "newskg: kg.db: MESSAGE", not
#                       "internal error" with exit 1
#   foreign-database    export of another program's SQLite database (same
#                       user_version): refused, not an empty graph with exit 0
set -u
newskg="$1" samples="$2" work="$3" case="$4"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
command -v sqlite3 > /dev/null || skip "no sqlite3 here"
fresh_dir "$work"
cd "$work" || exit 1

case "$case" in
build-sqlite-error)
  "$newskg" build --quiet --db kg.db "$samples/karabakh-ceasefire-2020-10.ar.txt" || exit 1
  sqlite3 kg.db "CREATE TRIGGER refuse BEFORE INSERT ON documents
                 BEGIN SELECT RAISE(ABORT, 'disk says no'); END;"
  "$newskg" build --quiet --db kg.db "$samples" 2> err.txt
  expect "$?" 4 "build exits 4 when SQLite fails"
  expect "$(cat err.txt)" "newskg: kg.db: disk says no" "it names the cache and SQLite's message"
  expect "$(sqlite3 kg.db 'SELECT count(*) FROM documents')" 1 "the stored document is kept"
  ;;
foreign-database)
  sqlite3 other.db "CREATE TABLE documents (id TEXT); CREATE TABLE relations (id INTEGER);
                    PRAGMA user_version = 2;"
  "$newskg" export --db other.db -f graphml > out.graphml 2> err.txt
  expect "$?" 4 "export of a foreign database exits 4"
  expect "$(cat err.txt)" "newskg: other.db: not a newskg cache (it has no column aliases.entity_id)" \
    "it names the file"
  expect "$(wc -c < out.graphml)" 0 "and writes no graph"
  ;;
*) echo "unknown case $case" >&2; exit 2 ;;
esac
