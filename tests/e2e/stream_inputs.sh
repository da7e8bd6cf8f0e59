#!/usr/bin/env bash
# stream_inputs.sh NEWSKG DATA SAMPLES SHARED WORK: inputs that are pipes are
# read as streams (issue 12: they were refused with "cannot read: Operation not
# supported"): `<(...)` and a FIFO without .txt as JSON Lines, a FIFO named
# .txt as one article, by extract and build alike; eval scores extract output
# from a pipe (it scored nothing from one).
set -u
newskg="$1" data="$2" samples="$3" shared="$4" work="$5"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work"
cd "$work" || exit 1
article="$samples/libya-statements.en.txt"
printf '{"id": "s1", "text": "Putin met Macron in Paris."}\n' > feed.jsonl
"$newskg" extract --quiet --data "$data" feed.jsonl "$article" > expected.jsonl || exit 1

mkfifo feed libya-statements.en.txt
# Writers that nobody reads would wait forever (and ctest with them): stopped at exit.
cat feed.jsonl > feed 2> /dev/null < /dev/null &
feed_writer=$!
cat "$article" > libya-statements.en.txt 2> /dev/null < /dev/null &
article_writer=$!
trap 'kill "$feed_writer" "$article_writer" 2> /dev/null' EXIT
"$newskg" extract --quiet --data "$data" feed libya-statements.en.txt > fifos.jsonl
expect "$?" 0 "extract of two FIFOs exits 0"
cmp expected.jsonl fifos.jsonl || exit 1
echo "ok: and prints what the files give"

"$newskg" extract --quiet --data "$data" <(cat feed.jsonl) > substituted.jsonl
expect "$?" 0 "extract <(cat feed.jsonl) exits 0"
expect "$(cat substituted.jsonl)" "$(head -n 1 expected.jsonl)" "and reads its JSON Lines"

"$newskg" build --quiet --data "$data" --db kg.db <(cat feed.jsonl)
expect "$?" 0 "build <(cat feed.jsonl) exits 0"
expect "$(sqlite3 kg.db 'SELECT id FROM documents')" s1 "and stores its document"

[ -d "$shared/gold" ] || skip "no $shared/gold here"
"$newskg" extract --quiet --data "$data" "$article" "$samples/karabakh-ceasefire-2020-10.ar.txt" > predicted.jsonl
"$newskg" eval --quiet --data "$data" "$shared/gold" predicted.jsonl > eval-file.txt || exit 1
"$newskg" eval --quiet --data "$data" "$shared/gold" <(cat predicted.jsonl) > eval-pipe.txt
expect "$?" 0 "eval of extract output in a pipe exits 0"
expect "$(cat eval-pipe.txt)" "$(cat eval-file.txt)" "and scores what it scores from the file"
