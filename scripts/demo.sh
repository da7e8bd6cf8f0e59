#!/usr/bin/env bash
# demo.sh: installs what is missing, builds newskg (Release, into build/),
# fills newskg.db from samples/ and writes out/graph.graphml and out/graph.ttl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$(nproc)"

mkdir -p out
build/newskg build --db newskg.db samples/
build/newskg export --db newskg.db --format graphml -o out/graph.graphml
build/newskg export --db newskg.db --format turtle -o out/graph.ttl

echo
echo "The cache:   $PWD/newskg.db   (sqlite3 newskg.db, or build/newskg query --db newskg.db ...)"
echo "GraphML:     $PWD/out/graph.graphml   (Gephi, Neo4j apoc.import.graphml)"
echo "Turtle:      $PWD/out/graph.ttl   (any RDF store)"
