#!/usr/bin/env bash
# query_called.sh NEWSKG SAMPLES_DIR WORK_DIR
# `query --subject بوتين --predicate called` and `--subject Putin` both print
# Putin -called-> Macron with its Arabic evidence sentence.
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work"
db="$work/newskg.db"
"$newskg" build --quiet --db "$db" "$samples"

status=0
for name in "بوتين" "Putin"; do
  out="$("$newskg" query --db "$db" --subject "$name" --predicate called)"
  printf '%s\n' "--- --subject $name --predicate called" "$out"
  # One row that names Macron and carries the sentence of the phone call.
  if ! printf '%s\n' "$out" | grep -E 'ماكرون|Macron' | grep -q 'اتصالاً هاتفياً'; then
    echo "FAIL: --subject $name: no row with Macron and the sentence 'اتصالاً هاتفياً'" >&2
    status=1
  fi
done
# Without --predicate, a symmetric relation stored the other way round still
# names Putin as a subject; an asymmetric one does not.
out="$("$newskg" query --db "$db" --subject Putin)"
printf '%s\n' "--- --subject Putin" "$out"
if ! printf '%s\n' "$out" | awk -F'\t' '$2 == "called"' | grep -q 'Macron'; then
  echo "FAIL: --subject Putin without --predicate: no called row with Macron" >&2
  status=1
fi
if printf '%s\n' "$out" | awk -F'\t' '$2 != "called" && $2 != "met" && $3 == "Vladimir Putin"' | grep -q .; then
  echo "FAIL: --subject Putin printed an asymmetric relation whose object is Putin" >&2
  status=1
fi
json="$("$newskg" query --db "$db" --subject Putin --predicate called --format json)"
if ! printf '%s\n' "$json" | /usr/bin/python3 -c 'import json, sys; rows = json.load(sys.stdin); sys.exit(0 if rows else 1)'; then
  echo "FAIL: --format json gave no rows or invalid JSON: $json" >&2
  status=1
fi
exit "$status"
