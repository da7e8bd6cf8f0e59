#!/usr/bin/env bash
# stdout_full.sh NEWSKG SAMPLES WORK ARG...: runs `newskg ARG...` with standard
# output on /dev/full and fails unless it exits 4 and says so on stderr
# (issue 12: a lost output is an error). In ARG, @DB@ stands for a cache built
# from SAMPLES and @GOLD@ for an empty gold directory.
set -u
newskg="$1" samples="$2" work="$3"
shift 3
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
[ -c /dev/full ] || skip "no /dev/full here"
fresh_dir "$work" gold
"$newskg" build --quiet --db "$work/kg.db" "$samples" || exit 1
args=()
for arg in "$@"; do
  arg="${arg//@DB@/$work/kg.db}"
  args+=("${arg//@GOLD@/$work/gold}")
done
# It writes something: on /dev/null it succeeds.
"$newskg" "${args[@]}" > /dev/null 2> /dev/null
expect "$?" 0 "newskg ${*} > /dev/null exits 0"
"$newskg" "${args[@]}" > /dev/full 2> "$work/err.txt"
expect "$?" 4 "newskg ${*} > /dev/full exits 4"
expect "$(cat "$work/err.txt")" "newskg: error writing standard output: No space left on device" \
  "the only message says why"
