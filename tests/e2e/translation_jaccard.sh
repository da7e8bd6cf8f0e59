#!/usr/bin/env bash
# translation_jaccard.sh NEWSKG SHARED_DIR DATA_DIR WORK_DIR THRESHOLD
# Extracts the dev articles that exist in Arabic and English and fails when the
# mean Jaccard similarity of their relation triples is below THRESHOLD (the
# cross-language target). Exits 77 (ctest: skipped) when the dev set is absent.
set -euo pipefail
newskg="$1" shared="$2" data="$3" work="$4" threshold="$5"
source "$(dirname "$0")/common.sh"

if ! ls "$shared"/articles/dev/*.ar.txt "$shared"/articles/dev/*.en.txt >/dev/null 2>&1; then
  skip "no dev articles under $shared"
fi
fresh_dir "$work"
"$newskg" extract --quiet --lang ar "$shared"/articles/dev/*.ar.txt > "$work/ar.jsonl"
"$newskg" extract --quiet --lang en "$shared"/articles/dev/*.en.txt > "$work/en.jsonl"
/usr/bin/python3 "$(dirname "$0")/translation_jaccard.py" "$data/ontology/predicates.tsv" \
  "$work/ar.jsonl" "$work/en.jsonl" "$threshold"
