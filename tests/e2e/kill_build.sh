#!/usr/bin/env bash
# kill_build.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR
# Crash safety: a build over ~600 articles is killed with SIGKILL at several
# points. After each kill the cache passes PRAGMA integrity_check and holds
# only whole documents; running the build again completes it, and the result
# equals an uninterrupted build's, byte for byte (N-Triples export and the
# sorted SQL dump).
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
source "$(dirname "$0")/lib_corpus.sh"
fresh_corpus "$work" 600 "$shared" "$samples"
corpus="$work/corpus.jsonl"
build() { "$newskg" build --quiet --data "$data" --db "$1" "$corpus"; }

start=$(date +%s%N)
build "$work/reference.db"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
total="$(sqlite3 "$work/reference.db" 'SELECT count(*) FROM documents;')"
echo "uninterrupted build: $total documents in $elapsed_ms ms"

db="$work/killed.db"
partial=0
# After a kill: a sound cache of whole documents; counts a kill in mid-build.
after_kill() {
  check_integrity "$db"
  check_whole "$db" "$work/reference.db"
  stored="$(sqlite3 "$db" 'SELECT count(*) FROM documents;')"
  echo "killed $1: integrity ok, $stored whole documents"
  if [ "$stored" -gt 0 ] && [ "$stored" -lt "$total" ]; then
    partial=$((partial + 1))
  fi
}
# A kill that must land in mid-build, whatever the machine's speed: small
# batches (--commit-every), killed as soon as the first commit is seen.
"$newskg" build --quiet --commit-every 20 --data "$data" --db "$db" "$corpus" &
pid=$!
for _ in $(seq 2000); do
  stored="$(sqlite3 "$db" 'SELECT count(*) FROM documents;' 2> /dev/null || echo 0)"
  if [ "${stored:-0}" -gt 0 ] || ! kill -0 "$pid" 2> /dev/null; then
    break
  fi
  sleep 0.005
done
kill -KILL "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
after_kill "after its first commit"

# Kill points as fractions of the uninterrupted time, with batches small
# enough for some kills to land in a commit; each run goes on from where the
# last one stopped, since stored documents are skipped.
for permille in 30 150 300 450 600; do
  delay_ms=$(( elapsed_ms * permille / 1000 ))
  # newskg itself in the background (not a function: that would be a subshell).
  "$newskg" build --quiet --commit-every 50 --data "$data" --db "$db" "$corpus" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2> /dev/null || true
  code=0
  wait "$pid" 2> /dev/null || code=$?
  if [ "$code" -ne 137 ] && [ "$code" -ne 0 ]; then
    echo "FAIL: the build exited with $code before it was killed" >&2
    exit 1
  fi
  if [ ! -f "$db" ]; then
    echo "killed at ${delay_ms} ms: no database yet"
    continue
  fi
  after_kill "at ${delay_ms} ms"
done
if [ "$partial" -eq 0 ]; then
  echo "FAIL: no kill landed in the middle of a build" >&2
  exit 1
fi

build "$db"
check_integrity "$db"

# Killed while it replaces stored documents (new data files: every document
# is extracted again, its old rows deleted and the new ones inserted).
cp -r "$data" "$work/data"
printf '# changes the fingerprint, not the results\n' >> "$work/data/ontology/predicates.tsv"
for permille in 200 500; do
  delay_ms=$(( elapsed_ms * permille / 1000 ))
  "$newskg" build --quiet --data "$work/data" --db "$db" "$corpus" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  check_integrity "$db"
  check_whole "$db" "$work/reference.db"
  echo "killed while re-extracting at ${delay_ms} ms: integrity ok, whole documents"
done
"$newskg" build --quiet --data "$work/data" --db "$db" "$corpus"
# Only the fingerprint column differs from the reference.
sqlite3 "$db" "ATTACH '$work/reference.db' AS ref;
               UPDATE documents SET fingerprint = (SELECT fingerprint FROM ref.documents r WHERE r.id = documents.id);"
"$newskg" export --quiet --data "$data" --db "$db" --format ntriples > "$work/killed.nt"
"$newskg" export --quiet --data "$data" --db "$work/reference.db" --format ntriples > "$work/reference.nt"
cmp "$work/killed.nt" "$work/reference.nt"
dump "$db" > "$work/killed.sql"
dump "$work/reference.db" > "$work/reference.sql"
cmp "$work/killed.sql" "$work/reference.sql"
echo "PASS: $partial kills in mid-build; the completed cache equals the uninterrupted one"
