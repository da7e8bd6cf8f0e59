#!/usr/bin/env bash
# score_sample.sh NEWSKG SAMPLES_DIR SHARED_DIR WORK_DIR THRESHOLD
# Extracts SAMPLES_DIR, scores it with SHARED_DIR/tools/score.py against
# SHARED_DIR/gold, and fails when the overall F1 is below THRESHOLD.
# Exits 77 (ctest: skipped) when SHARED_DIR is absent.
set -euo pipefail
newskg="$1" samples="$2" shared="$3" work="$4" threshold="$5"

if [ ! -f "$shared/tools/score.py" ] || [ ! -d "$shared/gold" ]; then
  echo "SKIP: $shared (score.py and gold) is absent"
  exit 77
fi
mkdir -p "$work"
"$newskg" extract --quiet "$samples" > "$work/out.jsonl"
/usr/bin/python3 "$shared/tools/score.py" "$shared/gold" "$work/out.jsonl" --verbose | tee "$work/score.txt"

# "overall P=0.900 R=0.850 F1=0.874 over 1 documents"
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
