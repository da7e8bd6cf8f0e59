#!/usr/bin/env bash
# score_probe.sh NEWSKG PROBE_DIR SHARED_DIR WORK_DIR THRESHOLD
# Extracts PROBE_DIR/articles, scores them with SHARED_DIR/tools/score.py
# against PROBE_DIR/gold, and fails when the overall F1 is below THRESHOLD.
# Exits 77 (ctest: skipped) when SHARED_DIR's score.py is absent.
set -euo pipefail
newskg="$1" probe="$2" shared="$3" work="$4" threshold="$5"
source "$(dirname "$0")/common.sh"

if [ ! -f "$shared/tools/score.py" ]; then
  skip "$shared/tools/score.py is absent"
fi
mkdir -p "$work"
"$newskg" extract --quiet "$probe/articles" > "$work/out.jsonl"
check_f1 "$shared/tools/score.py" "$probe/gold" "$work" "$threshold"
