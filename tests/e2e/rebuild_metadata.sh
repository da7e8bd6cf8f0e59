#!/usr/bin/env bash
# rebuild_metadata.sh NEWSKG DATA WORK: a document whose text is unchanged but
# whose title, date or url changed is stored again with the new ones (issue 12:
# build counted it unchanged and kept the old ones); one with nothing changed
# is still skipped.
set -u
newskg="$1" data="$2" work="$3"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
command -v sqlite3 > /dev/null || skip "no sqlite3 here"
fresh_dir "$work"
cd "$work" || exit 1

# article ID TITLE DATE URL: one JSON line with the same text each time.
article() {
  printf '{"id": "%s", "text": "Putin met Macron in Paris.", "title": "%s", "date": "%s", "url": "%s"}\n' \
    "$1" "$2" "$3" "$4"
}
stored() {
  sqlite3 -separator ' ' kg.db "SELECT id, title, date, url FROM documents ORDER BY id" | tr '\n' ';'
}
build() {
  "$newskg" build --data "$data" --db kg.db articles.jsonl 2>&1 | head -n 1
}

{
  article a "Old title" 2020-10-10 https://example.org/a
  article b "Same" 2020-10-10 https://example.org/b
} > articles.jsonl
build > /dev/null
{
  article a "New title" 2020-10-11 https://example.org/a2
  article b "Same" 2020-10-10 https://example.org/b
} > articles.jsonl
expect "$(build)" \
  "newskg: 2 documents read, 0 extracted, 1 unchanged, 1 re-extracted, 0 skipped" \
  "the document with new metadata is re-extracted, the other skipped"
expect "$(stored)" \
  "a New title 2020-10-11 https://example.org/a2;b Same 2020-10-10 https://example.org/b;" \
  "the cache holds the new title, date and url"
since="$("$newskg" query --data "$data" --db kg.db --since 2020-10-11 --format csv)"
expect "$(tail -n +2 <<< "$since" | cut -d, -f6,7 | sort -u)" "a,2020-10-11" \
  "query --since sees the new date"
