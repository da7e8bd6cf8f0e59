#!/usr/bin/env bash
# check_html.sh NEWSKG SAMPLES_DIR WORK_DIR [SHARED_DIR]
# The HTML view of samples/, dated by samples/dates.csv, plus the dev articles
# of SHARED_DIR/articles/dev when there (issue 10, item 10), in headless
# Chromium (issue 5): the page is one
# self-contained file, the same cache gives the same bytes twice, --dump-dom
# shows the script ran, and, with playwright-core (npm-installed into WORK_DIR
# when the registry is reachable), the page loads with no console error, draws
# the graph and shows evidence on a click. Keeps WORK_DIR/screenshot.png.
# Exits 77 (ctest: skipped) without /usr/bin/chromium.
set -euo pipefail
newskg="$1" samples="$2" work="$3" shared="${4:-}"
playwright_version=1.65.1
source "$(dirname "$0")/common.sh"

if [ ! -x /usr/bin/chromium ]; then
  skip "/usr/bin/chromium is absent"
fi
rm -rf "$work/profile" "$work/graph.html" "$work/again.html" "$work/screenshot.png"
mkdir -p "$work"
rm -rf "$work/newskg.db" "$work/dev"
"$newskg" build --quiet --db "$work/newskg.db" --meta "$samples/dates.csv" "$samples"
# The dev articles but those samples/ holds too (the same text, undated).
if [ -n "$shared" ] && [ -d "$shared/articles/dev" ]; then
  mkdir -p "$work/dev"
  for article in "$shared"/articles/dev/*.txt; do
    if [ ! -e "$samples/$(basename "$article")" ]; then
      cp "$article" "$work/dev/"
    fi
  done
  "$newskg" build --quiet --db "$work/newskg.db" "$work/dev"
  echo "PASS: built samples/ and $(find "$work/dev" -name '*.txt' | wc -l) dev articles"
fi
"$newskg" export --quiet --db "$work/newskg.db" --format html -o "$work/graph.html"
"$newskg" export --quiet --db "$work/newskg.db" --format html -o "$work/again.html"
cmp "$work/graph.html" "$work/again.html"
echo "PASS: two exports are byte-identical"
if grep -Eq '<(script|link|img)[^>]+(src|href)="(https?:)?//' "$work/graph.html"; then
  echo "FAIL: the page loads something from the network" >&2
  exit 1
fi
echo "PASS: the page loads nothing from the network"

chromium_flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$work/profile" --window-size=1400,900 --virtual-time-budget=5000)
timeout 120 /usr/bin/chromium "${chromium_flags[@]}" --dump-dom "file://$work/graph.html" \
  2> "$work/chromium.log" > "$work/dom.html"
if ! grep -Eq '<span id="counts"[^>]*>[1-9][0-9]* nodes, [1-9][0-9]* edges</span>' "$work/dom.html"; then
  echo "FAIL: --dump-dom shows no drawn graph (see $work/dom.html)" >&2
  exit 1
fi
echo "PASS: --dump-dom shows the graph drawn"
rm -rf "$work/profile"
timeout 120 /usr/bin/chromium "${chromium_flags[@]}" --screenshot="$work/screenshot.png" \
  "file://$work/graph.html" 2>> "$work/chromium.log" > /dev/null
[ -s "$work/screenshot.png" ]
echo "PASS: screenshot in $work/screenshot.png"

# playwright-core for the console and the click; skip when it cannot be had.
if [ ! -d "$work/node_modules/playwright-core" ]; then
  if ! command -v npm > /dev/null \
    || ! (cd "$work" && timeout 180 npm install --no-save --no-audit --no-fund \
      "playwright-core@$playwright_version" > "$work/npm.log" 2>&1); then
    skip "playwright-core could not be installed (see $work/npm.log)"
  fi
fi
NODE_PATH="$work/node_modules" node "$(dirname "$0")/check_html.js" "$work/graph.html" \
  "$work/screenshot.png"
