#!/usr/bin/env bash
# bad_dates.sh NEWSKG DATA WORK CASE: dates are real calendar dates of bounded
# work everywhere (issue 12: a date with 100,000 digits crashed std::regex, and
# 2020-02-30 and 2020-99-99 passed). Each CASE is its own ctest entry:
#   extract   articles with bad dates are FILE:LINE problems, exit 4; the others extracted
#   build     the same documents stored, the bad ones not
#   query     --since/--until refuse a bad date with exit 2, take YYYY, YYYY-MM, YYYY-MM-DD
#   export    --since/--until refuse a bad date with exit 2, take a real day
set -u
newskg="$1" data="$2" work="$3" case="$4"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work"
cd "$work" || exit 1

long_fraction="2020-10-10T09:30:00.$(printf '1%.0s' $(seq 100000))"
# article ID DATE: one JSON line.
article() {
  printf '{"id": "%s", "text": "Putin met Macron in Paris.", "date": "%s"}\n' "$1" "$2"
}
{
  article a 2020-02-29
  article long "$long_fraction"
  article feb30 2020-02-30
  article month99 2020-99-99
  article e 2020-10-10T09:30:00+03:00
} > articles.jsonl
bad_date='"date" is not an ISO 8601 date (YYYY-MM-DD, a time may follow)'
expected_problems="newskg: articles.jsonl:2: $bad_date: 100020 bytes
newskg: articles.jsonl:3: $bad_date: '2020-02-30'
newskg: articles.jsonl:4: $bad_date: '2020-99-99'"

# exit_code ARGS...: the exit code of newskg ARGS..., output dropped.
exit_code() {
  "$newskg" "$@" --data "$data" > /dev/null 2>&1
  echo "$?"
}

case "$case" in
extract)
  "$newskg" extract --quiet --data "$data" articles.jsonl > out.jsonl 2> err.txt
  expect "$?" 4 "extract exits 4"
  expect "$(cat err.txt)" "$expected_problems" \
    "extract names each bad date's FILE:LINE"
  expect "$(grep -o '^{"doc":"[a-z0-9]*"' out.jsonl | tr '\n' ' ')" '{"doc":"a" {"doc":"e" ' \
    "extract read the well-dated articles"
  ;;
build)
  "$newskg" build --quiet --data "$data" --db kg.db articles.jsonl 2> err.txt
  expect "$?" 4 "build exits 4"
  expect "$(sqlite3 kg.db "SELECT id || ' ' || date FROM documents ORDER BY id" | tr '\n' ' ')" \
    "a 2020-02-29 e 2020-10-10T09:30:00+03:00 " "build stored the well-dated articles"
  ;;
query | export)
  "$newskg" build --quiet --data "$data" --db kg.db articles.jsonl 2> /dev/null
  if [ "$case" = query ]; then
    command=(query --db kg.db)
    good=(2020 2020-02 2020-02-29 2020-10-10T09:30)
  else
    command=(export --db kg.db -f graphml)
    good=(2020-02-29 2000-02-29)
  fi
  for option in --since --until; do
    for date in 2020-02-30 2020-99-99 2021-02-29 10/10/2020 "$long_fraction"; do
      expect "$(exit_code "${command[@]}" "$option" "$date")" 2 "$case $option ${date:0:24} exits 2"
    done
    for date in "${good[@]}"; do
      expect "$(exit_code "${command[@]}" "$option" "$date")" 0 "$case $option $date exits 0"
    done
  done
  ;;
*)
  echo "unknown case $case" >&2
  exit 2
  ;;
esac
