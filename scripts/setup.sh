#!/usr/bin/env bash
# setup.sh: installs the Debian 12 packages newskg needs to build, test and
# validate its exports, and only those that are missing. Runs apt-get as root
# directly, otherwise through sudo.
set -euo pipefail

packages=(
  build-essential cmake libboost-graph-dev rapidjson-dev libicu-dev libsqlitecpp-dev
  libsqlite3-dev catch2 sqlite3 python3
  # build --meta and extract --meta read CSV and TSV with libcsv
  libcsv-dev
  # extraction tells foreign names from Arabic words with Hunspell and its
  # Arabic dictionary (extract/spelling.hpp)
  libhunspell-dev hunspell-ar
  # scale-out/dask_build.py and its test (Dask distributed)
  python3-distributed
  # validators of the exports (../shared/tools/validate-exports.sh)
  libxml2-utils raptor2-utils serdi python3-rdflib python3-networkx python3-igraph
  libapache-jena-java default-jre-headless
  # dot -Tsvg checks the DOT export
  graphviz
  # headless Chromium checks the HTML view (driven by playwright-core from npm)
  chromium
  # libFuzzer and the sanitizer runtimes (scripts/fuzz.sh); llvm-symbolizer for
  # readable sanitizer reports
  clang-14 libclang-rt-14-dev llvm-14
  # scripts/format.sh checks every C++ file against .clang-format
  clang-format-14
  # scripts/tidy.sh runs clang-tidy on the C++ files a commit changed
  clang-tidy-14
)

missing=()
for package in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  if [ "$status" != "install ok installed" ]; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: every package is installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo > /dev/null; then
  as_root=(sudo)
else
  echo "setup: missing packages (${missing[*]}) and neither root nor sudo" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  "${missing[@]}"
