# Sourced by the e2e scripts that need a corpus bigger than samples/; brings
# common.sh with it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# needs_shared SHARED: exit 77 (ctest: skipped) without the dev articles or sqlite3.
needs_shared() {
  if [ ! -d "$1/articles/dev" ]; then
    skip "$1/articles/dev is absent"
  fi
  if ! command -v sqlite3 > /dev/null; then
    skip "sqlite3 is not installed"
  fi
}

# make_corpus OUT COUNT SHARED SAMPLES: COUNT Arabic articles with distinct ids.
make_corpus() {
  python3 "$(dirname "${BASH_SOURCE[0]}")/make_corpus.py" "$1" "$2" "$3"/articles/dev/*.ar.txt "$4"/*.ar.txt
}

# fresh_corpus WORK COUNT SHARED SAMPLES: needs_shared SHARED, then WORK
# emptied with COUNT articles in WORK/corpus.jsonl.
fresh_corpus() {
  needs_shared "$3"
  fresh_dir "$1"
  make_corpus "$1/corpus.jsonl" "$2" "$3" "$4"
}

# dump DB: the whole content as sorted SQL lines (row order does not count).
# The full-text index's shadow tables (evidence_text_*) depend on the order
# of insertions, not only on the content: they are left out, and the indexed
# rows compared instead.
dump() {
  sqlite3 "$1" .dump | grep -v '^INSERT INTO evidence_text_' | sort
  sqlite3 "$1" 'SELECT rowid, key FROM evidence_text ORDER BY rowid;'
}

# check_whole DB REFERENCE_DB: every document stored in DB has exactly the
# rows (entities, mentions, relations, evidence) it has in the reference.
check_whole() {
  local broken
  broken="$(sqlite3 "$1" "ATTACH '$2' AS ref;
    SELECT d.id FROM documents d WHERE
         (SELECT count(*) FROM relations WHERE doc_id = d.id)
      != (SELECT count(*) FROM ref.relations WHERE doc_id = d.id)
      OR (SELECT count(*) FROM evidence e JOIN relations r ON r.id = e.relation_id WHERE r.doc_id = d.id)
      != (SELECT count(*) FROM ref.evidence e JOIN ref.relations r ON r.id = e.relation_id WHERE r.doc_id = d.id)
      OR (SELECT count(*) FROM document_entities WHERE doc_id = d.id)
      != (SELECT count(*) FROM ref.document_entities WHERE doc_id = d.id)
      OR (SELECT count(*) FROM mentions WHERE doc_id = d.id)
      != (SELECT count(*) FROM ref.mentions WHERE doc_id = d.id);")"
  if [ -n "$broken" ]; then
    echo "FAIL: documents stored in part: $broken" >&2
    exit 1
  fi
}

# check_integrity DB: PRAGMA integrity_check says ok and no foreign key is broken.
check_integrity() {
  local result
  result="$(sqlite3 "$1" 'PRAGMA integrity_check; PRAGMA foreign_key_check;')"
  if [ "$result" != ok ]; then
    echo "FAIL: $1: integrity: $result" >&2
    exit 1
  fi
}
