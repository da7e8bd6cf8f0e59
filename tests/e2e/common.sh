# shellcheck shell=bash
# Sourced by the e2e scripts: the steps several of them take the same way.

# skip REASON: "SKIP: REASON" and exit 77, which ctest reports as skipped.
skip() {
  echo "SKIP: $*"
  exit 77
}

# fresh_dir DIR [SUBDIR...]: DIR emptied (or created), with the SUBDIRs in it.
fresh_dir() {
  local dir="$1" sub
  shift
  rm -rf "$dir"
  mkdir -p "$dir"
  for sub in "$@"; do
    mkdir -p "$dir/$sub"
  done
}

# expect ACTUAL EXPECTED WHAT: "ok: WHAT", or both values on stderr and exit 1.
expect() {
  if [ "$1" != "$2" ]; then
    printf 'FAIL: %s\n  expected: [%s]\n  got:      [%s]\n' "$3" "$2" "$1" >&2
    exit 1
  fi
  echo "ok: $3"
}

# check_f1 SCORE_PY GOLD_DIR WORK THRESHOLD: scores WORK/out.jsonl against
# GOLD_DIR with score.py (its report also in WORK/score.txt) and fails when
# the overall F1 is below THRESHOLD.
check_f1() {
  local score_py="$1" gold="$2" work="$3" threshold="$4" f1
  /usr/bin/python3 "$score_py" "$gold" "$work/out.jsonl" --verbose | tee "$work/score.txt"
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
}
