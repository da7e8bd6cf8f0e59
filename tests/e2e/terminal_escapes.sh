#!/usr/bin/env bash
# terminal_escapes.sh NEWSKG DATA WORK: an ESC sequence in an article reaches
# neither query's table nor explain raw; both show it as \x1b (issue 12).
set -u
newskg="$1" data="$2" work="$3"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work"
cd "$work" || exit 1
# "\u001b[2J" clears the screen; "\u009b" is the one-character CSI.
echo '{"id": "esc", "text": "Putin met Macron in Paris \u001b[2J\u009b31m today."}' > articles.jsonl
"$newskg" build --quiet --data "$data" --db kg.db articles.jsonl || exit 1

# raw_controls FILE: how many ESC bytes and C1 CSI sequences FILE holds.
raw_controls() {
  /usr/bin/python3 -c 'import sys; b = open(sys.argv[1], "rb").read(); print(b.count(b"\x1b") + b.count(b"\xc2\x9b"))' "$1"
}

"$newskg" query --data "$data" --db kg.db --entity Putin > query.txt
expect "$?" 0 "query exits 0"
expect "$(raw_controls query.txt)" 0 "query's table holds no raw control sequence"
expect "$(grep -c 'Paris \\x1b\[2J\\u009b31m today' query.txt)" 1 "query shows them escaped"

"$newskg" explain --quiet --data "$data" articles.jsonl > explain.txt
expect "$?" 0 "explain exits 0"
expect "$(raw_controls explain.txt)" 0 "explain holds no raw control sequence"
expect "$(grep -c 'Paris \\x1b\[2J\\u009b31m today' explain.txt)" 1 "explain shows them escaped"
