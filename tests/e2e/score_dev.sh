#!/usr/bin/env bash
# score_dev.sh NEWSKG SHARED_DIR WORK_DIR LANG THRESHOLD
# Extracts the dev articles of one language (SHARED_DIR/articles/dev/*.LANG.txt),
# scores them with score.py against their gold (SHARED_DIR/gold/dev/*.LANG.json)
# and fails when the overall F1 is below THRESHOLD: a regression test on real
# articles. Exits 77 (ctest: skipped) when the dev set is absent.
set -euo pipefail
newskg="$1" shared="$2" work="$3" lang="$4" threshold="$5"
source "$(dirname "$0")/common.sh"

if [ ! -f "$shared/tools/score.py" ] || ! ls "$shared"/gold/dev/*."$lang".json >/dev/null 2>&1; then
  skip "no $lang dev set under $shared"
fi
fresh_dir "$work" gold
cp "$shared"/gold/dev/*."$lang".json "$work/gold/"
"$newskg" extract --quiet --lang "$lang" "$shared"/articles/dev/*."$lang".txt > "$work/out.jsonl"
check_f1 "$shared/tools/score.py" "$work/gold" "$work" "$threshold"
