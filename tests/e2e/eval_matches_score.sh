#!/usr/bin/env bash
# eval_matches_score.sh NEWSKG SHARED_DIR WORK_DIR
# `newskg eval` must print what score.py prints on the same files:
#   1. the dev predictions (newskg extract of SHARED_DIR/articles/dev) against
#      SHARED_DIR/gold/dev: identical text output, overall line included; the
#      same numbers and missed/spurious triples in --json;
#   2. predictions perturbed from the gold (perturb_predictions.py: respelled
#      predicates, disguised names, reversed, dangling, Event and duplicate
#      relations) for 20 seeds, against the dev gold and the sample gold;
#   3. eval on the articles themselves gives the overall line of eval on
#      their extract output.
# Exits 77 (ctest: skipped) when SHARED_DIR has no score.py or dev gold.
set -euo pipefail
newskg="$1" shared="$2" work="$3"
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3
score="$shared/tools/score.py"

if [ ! -f "$score" ] || ! ls "$shared"/gold/dev/*.json >/dev/null 2>&1; then
  echo "SKIP: no score.py or dev gold under $shared"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work"

# A language without data in this checkout fails its articles; extract stops
# there, so each language runs on its own and may yield nothing.
: > "$work/dev.jsonl"
for lang in ar en; do
  "$newskg" extract --quiet --lang "$lang" "$shared"/articles/dev/*."$lang".txt \
    >> "$work/dev.jsonl" 2>> "$work/extract.err" || true
done
echo "dev predictions: $(grep -c . "$work/dev.jsonl") documents"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# compare GOLD_DIR PREDICTIONS LABEL
compare() {
  local gold="$1" predictions="$2" label="$3"
  "$python" "$score" "$gold" "$predictions" > "$work/score.txt"
  "$newskg" eval --quiet "$gold" "$predictions" > "$work/eval.txt" 2> "$work/eval.err"
  if ! cmp -s "$work/score.txt" "$work/eval.txt"; then
    fail "$label: text output differs"
    diff "$work/score.txt" "$work/eval.txt" >&2 || true
  fi
  "$python" "$score" "$gold" "$predictions" --verbose | grep -v '^    ' > "$work/score-rows.txt"
  "$newskg" eval --quiet --verbose "$gold" "$predictions" 2> /dev/null | grep -v '^    ' \
    > "$work/eval-rows.txt"
  cmp -s "$work/score-rows.txt" "$work/eval-rows.txt" || fail "$label: --verbose rows differ"
  "$python" "$score" "$gold" "$predictions" --json > "$work/score.json"
  "$newskg" eval --quiet --json "$gold" "$predictions" > "$work/eval.json" 2> /dev/null
  "$python" "$here/compare_eval_json.py" "$work/score.json" "$work/eval.json" >&2 \
    || fail "$label: --json differs"
}

compare "$shared/gold/dev" "$work/dev.jsonl" "dev predictions"
echo "score.py:    $(tail -n 1 "$work/score.txt")"
echo "newskg eval: $(tail -n 1 "$work/eval.txt")"
dev_overall="$(tail -n 1 "$work/eval.txt")"

for seed in $(seq 1 20); do
  "$python" "$here/perturb_predictions.py" "$shared/gold/dev" "$seed" "$work/dev.jsonl" \
    > "$work/perturbed.jsonl"
  compare "$shared/gold/dev" "$work/perturbed.jsonl" "dev gold, seed $seed"
  if ls "$shared"/gold/*.json >/dev/null 2>&1; then
    "$python" "$here/perturb_predictions.py" "$shared/gold" "$seed" > "$work/perturbed.jsonl"
    compare "$shared/gold" "$work/perturbed.jsonl" "sample gold, seed $seed"
  fi
done

# Articles in, the same score as their extract output.
articles_overall="$("$newskg" eval --quiet --lang ar "$shared/gold/dev" \
  "$shared"/articles/dev/*.ar.txt | tail -n 1)"
ar_overall="$(grep '"lang":"ar"' "$work/dev.jsonl" > "$work/dev-ar.jsonl" || true
  "$newskg" eval --quiet "$shared/gold/dev" "$work/dev-ar.jsonl" | tail -n 1)"
[ "$articles_overall" = "$ar_overall" ] \
  || fail "eval of the articles ($articles_overall) != eval of their extraction ($ar_overall)"

if [ "$failures" -gt 0 ]; then
  echo "FAIL: $failures comparisons differ" >&2
  exit 1
fi
echo "PASS: newskg eval agrees with score.py ($dev_overall)"
