#!/usr/bin/env bash
# score_dev.sh NEWSKG SHARED_DIR WORK_DIR LANG THRESHOLD
# Extracts the dev articles of one language (SHARED_DIR/articles/dev/*.LANG.txt),
# scores them with score.py against their gold (SHARED_DIR/gold/dev/*.LANG.json)
# and fails when the overall F1 is below THRESHOLD: a regression test on real
# articles. Exits 77 (ctest: skipped) when the dev set is absent.
set -euo pipefail
newskg="$1" shared="$2" work="$3" lang="$4" threshold="$5"

if [ ! -f "$shared/tools/score.py" ] || ! ls "$shared"/gold/dev/*."$lang".json >/dev/null 2>&1; then
  echo "SKIP: no $lang dev set under $shared"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work/gold"
cp "$shared"/gold/dev/*."$lang".json "$work/gold/"
"$newskg" extract --quiet --lang "$lang" "$shared"/articles/dev/*."$lang".txt > "$work/out.jsonl"
/usr/bin/python3 "$shared/tools/score.py" "$work/gold" "$work/out.jsonl" --verbose | tee "$work/score.txt"
f1="$(sed -n 's/^overall P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p' "$work/score.txt")"
if [ -z "$f1" ]; then
  echo "FAIL: no 'overall ... F1=' line in score.py's output" >&2
  exit 1
fi
if /usr/bin/python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$threshold') else 1)"; then
  echo "PASS: overall F1 $f1 >= $threshold"
else
  echo "FAIL: overall F1 $f1 < $threshold" >&2
  exit 1
fi
