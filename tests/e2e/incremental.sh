#!/usr/bin/env bash
# incremental.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR
# build re-extracts exactly the documents whose text, data files or program
# version changed, and nothing else; remove takes documents out; the summary
# counts extracted / unchanged / re-extracted. The final export equals a
# fresh build's, byte for byte.
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
source "$(dirname "$0")/lib_corpus.sh"
fresh_corpus "$work" 40 "$shared" "$samples"
db="$work/newskg.db"
build() { "$newskg" build --data "$1" --db "$db" "$work/corpus.jsonl" 2>&1 | grep 'documents read'; }

expect "$(build "$data")" \
  "newskg: 40 documents read, 40 extracted, 0 unchanged, 0 re-extracted, 0 skipped" "first build"
expect "$(build "$data")" \
  "newskg: 40 documents read, 0 extracted, 40 unchanged, 0 re-extracted, 0 skipped" "second build"

# Documents stored by another program version (or other data) have another
# fingerprint: exactly those two are extracted again.
sqlite3 "$db" "UPDATE documents SET fingerprint = 'f0 newskg/0.0.1'
               WHERE id IN (SELECT id FROM documents ORDER BY id LIMIT 2 OFFSET 4);"
expect "$(build "$data")" \
  "newskg: 40 documents read, 0 extracted, 38 unchanged, 2 re-extracted, 0 skipped" "old version"

# A changed text: only that document.
python3 - "$work/corpus.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().splitlines()
doc = json.loads(lines[4])
doc["text"] = doc["text"] + "\n"
lines[4] = json.dumps(doc, ensure_ascii=False, sort_keys=True)
open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
expect "$(build "$data")" \
  "newskg: 40 documents read, 0 extracted, 39 unchanged, 1 re-extracted, 0 skipped" "changed text"

# Changed data files: every document.
cp -r "$data" "$work/data"
printf '# a comment changes the fingerprint\n' >> "$work/data/ontology/predicates.tsv"
expect "$(build "$work/data")" \
  "newskg: 40 documents read, 0 extracted, 0 unchanged, 40 re-extracted, 0 skipped" "changed data"

# remove: the document and what is derived from it go; a later build brings it back.
# shellcheck disable=SC2046 # two ids, one word each
"$newskg" remove --db "$db" $(sqlite3 "$db" "SELECT id FROM documents WHERE id LIKE 'd000000-%' OR id LIKE 'd000001-%';")
left="$(sqlite3 "$db" "SELECT count(*) FROM documents WHERE id LIKE 'd000000-%' OR id LIKE 'd000001-%';
                       SELECT count(*) FROM relations WHERE doc_id LIKE 'd000000-%' OR doc_id LIKE 'd000001-%';
                       SELECT count(*) FROM document_entities WHERE doc_id LIKE 'd000000-%';")"
expect "$(echo $left)" "0 0 0" "remove leaves no rows of the documents"
set +e
"$newskg" remove --db "$db" no-such-document 2> "$work/remove.txt"
code=$?
set -e
expect "$code $(cat "$work/remove.txt")" "4 newskg: no document 'no-such-document' in $db
newskg: 0 documents removed" "remove of an unknown id"
expect "$(build "$work/data")" \
  "newskg: 40 documents read, 2 extracted, 38 unchanged, 0 re-extracted, 0 skipped" "after remove"

# The end state equals a fresh build over the same inputs.
"$newskg" export --quiet --data "$work/data" --db "$db" --format ntriples > "$work/incremental.nt"
"$newskg" build --quiet --data "$work/data" --db "$work/fresh.db" "$work/corpus.jsonl"
"$newskg" export --quiet --data "$work/data" --db "$work/fresh.db" --format ntriples > "$work/fresh.nt"
cmp "$work/incremental.nt" "$work/fresh.nt"
test "$(sqlite3 "$db" 'PRAGMA integrity_check; PRAGMA foreign_key_check;')" = ok
echo "PASS: incremental builds"
