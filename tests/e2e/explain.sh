#!/usr/bin/env bash
# explain.sh NEWSKG SAMPLES_DIR WORK_DIR
# `newskg explain` shows the mentions, the cues and what each gave: the phone
# call of the sample gives its relation, a negated meeting says it is negated.
set -euo pipefail
newskg="$1" samples="$2" work="$3"
source "$(dirname "$0")/common.sh"

fresh_dir "$work"
"$newskg" explain "$samples/karabakh-ceasefire-2020-10.ar.txt" > "$work/sample.txt"
grep -q '^  mention   «الرئيس الروسي فلاديمير بوتين» [0-9]*-[0-9]* -> Vladimir Putin (Person, wd:Q7747)$' "$work/sample.txt" \
  || { echo "FAIL: no mention line for Putin" >&2; exit 1; }
expect "$(grep -c '^  cue       «اتصالاً هاتفياً» called (sym-noun) -> 1 relation$' "$work/sample.txt")" 1 "the phone call gives one relation"
grep -q '^  relation  .*-called-> ' "$work/sample.txt" || { echo "FAIL: no called relation line" >&2; exit 1; }

printf '%s\n' '{"id":"negated","text":"لن يلتقي بوتين ماكرون خلال القمة.","lang":"ar"}' \
  | "$newskg" explain - > "$work/negated.txt"
grep -q '^  cue       «يلتقي» met (sym) -> not stated as a fact' "$work/negated.txt" \
  || { cat "$work/negated.txt" >&2; echo "FAIL: the negated cue does not say so" >&2; exit 1; }
expect "$(grep -c '^  relation' "$work/negated.txt" || true)" 0 "a negated meeting gives no relation"
