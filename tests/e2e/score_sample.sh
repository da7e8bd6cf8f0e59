#!/usr/bin/env bash
# score_sample.sh NEWSKG SAMPLES_DIR SHARED_DIR WORK_DIR THRESHOLD
# Extracts SAMPLES_DIR, scores it with SHARED_DIR/tools/score.py against
# SHARED_DIR/gold, and fails when the overall F1 is below THRESHOLD.
# Exits 77 (ctest: skipped) when SHARED_DIR is absent.
set -euo pipefail
newskg="$1" samples="$2" shared="$3" work="$4" threshold="$5"
source "$(dirname "$0")/common.sh"

if [ ! -f "$shared/tools/score.py" ] || [ ! -d "$shared/gold" ]; then
  skip "$shared (score.py and gold) is absent"
fi
mkdir -p "$work"
"$newskg" extract --quiet "$samples" > "$work/out.jsonl"
check_f1 "$shared/tools/score.py" "$shared/gold" "$work" "$threshold"
