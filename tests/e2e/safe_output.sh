#!/usr/bin/env bash
# safe_output.sh NEWSKG SAMPLES WORK CASE: `export -o` never destroys what it
# should not (issue 12). Each CASE is its own ctest entry:
#   device        -o onto a character device made with mknod: stays a device
#   fifo          -o onto a named pipe: written in place, stays a pipe
#   cache         -o onto the --db cache, also through a symbolic link: refused
#   planted-link  a symbolic link planted at the old temporary name PATH.tmp.PID
#                 is not followed: the file it points to is untouched
#   mode          an existing file of mode 600 stays 600
#   symlink       -o onto a symbolic link to a file: the file is written, the link stays
#   neo4j-foreign --format neo4j into a directory newskg did not write: refused, untouched
#   neo4j-force   the same with --force: newskg's files written, the others kept
#   neo4j-own     into newskg's own earlier export, with a file the user added: kept
set -u
newskg="$1" samples="$2" work="$3" case="$4"
# shellcheck source=tests/e2e/common.sh
. "$(dirname "$0")/common.sh"
fresh_dir "$work"
cd "$work" || exit 1
umask 022
"$newskg" build --quiet --db kg.db "$samples" || exit 1
# What a correct graphml export holds, to compare with.
"$newskg" export --quiet --db kg.db -f graphml > expected.graphml || exit 1

# export_to ARGS...: runs export on kg.db, stderr in err.txt; sets $code.
export_to() {
  "$newskg" export --quiet --db kg.db "$@" 2> err.txt
  code=$?
}

# leftovers DIR: names of temporaries newskg left in DIR.
leftovers() {
  find "$1" -maxdepth 1 -name '.*.tmp-*' -printf '%f\n' | sort | tr '\n' ' '
}

case "$case" in
device)
  mknod null c 1 3 2> /dev/null || skip "mknod is not permitted here"
  export_to -f graphml -o null
  expect "$code" 0 "export onto a device exits 0"
  expect "$(stat -c %F null)" "character special file" "the device node is still a device"
  expect "$(leftovers .)" "" "no temporary left beside it"
  ;;
fifo)
  mkfifo pipe
  timeout 20 cat pipe > got.graphml &
  reader=$!
  export_to -f graphml -o pipe
  kind="$(stat -c %F pipe)"
  [ -p pipe ] || kill "$reader" 2> /dev/null
  wait "$reader"
  expect "$code" 0 "export onto a FIFO exits 0"
  expect "$kind" "fifo" "the FIFO is still a FIFO"
  expect "$(cmp -s got.graphml expected.graphml && echo same)" "same" "the reader got the graph"
  ;;
cache)
  before="$(sha256sum < kg.db)"
  ln -s kg.db link.db
  export_to -f graphml -o kg.db
  expect "$code" 4 "-o the --db file exits 4"
  expect "$(grep -c 'is the cache given as --db' err.txt)" 1 "and says why"
  export_to -f graphml -o link.db
  expect "$code" 4 "-o a symbolic link to the --db file exits 4"
  "$newskg" export --quiet --db link.db -f graphml -o kg.db 2> /dev/null
  expect "$?" 4 "--db through a link, -o the file itself exits 4"
  expect "$(sha256sum < kg.db)" "$before" "the cache is untouched"
  expect "$(stat -c %F link.db)" "symbolic link" "the link is untouched"
  ;;
planted-link)
  printf 'precious\n' > victim
  # exec keeps the shell's pid, so $$ is newskg's pid: the old temporary name.
  bash -c 'ln -s victim out.graphml.tmp.$$ && exec "$0" export --quiet --db kg.db -f graphml -o out.graphml' "$newskg"
  expect "$?" 0 "export beside a planted link exits 0"
  expect "$(cat victim)" "precious" "the file the planted link points to is untouched"
  expect "$(cmp -s out.graphml expected.graphml && echo same)" "same" "the output is the graph"
  ;;
mode)
  printf 'old\n' > out.graphml
  chmod 600 out.graphml
  export_to -f graphml -o out.graphml
  expect "$code" 0 "export over a file of mode 600 exits 0"
  expect "$(stat -c %a out.graphml)" "600" "the file keeps mode 600"
  expect "$(cmp -s out.graphml expected.graphml && echo same)" "same" "and holds the graph"
  export_to -f graphml -o new.graphml
  expect "$(stat -c %a new.graphml)" "644" "a new file gets 666 less the umask 022"
  ;;
symlink)
  mkdir v2
  printf 'old\n' > v2/graph.graphml
  ln -s v2/graph.graphml graph.graphml
  export_to -f graphml -o graph.graphml
  expect "$code" 0 "export onto a link to a file exits 0"
  expect "$(stat -c %F graph.graphml)" "symbolic link" "the link is still a link"
  expect "$(cmp -s v2/graph.graphml expected.graphml && echo same)" "same" "the file it points to holds the graph"
  ln -s v2/missing.graphml dangling.graphml
  export_to -f graphml -o dangling.graphml
  expect "$code" 4 "export onto a link to nothing exits 4"
  expect "$(ls v2)" "graph.graphml" "and creates nothing where it points"
  ;;
neo4j-foreign)
  mkdir import
  printf 'mine\n' > import/notes.txt
  printf 'my own nodes\n' > import/nodes.csv
  export_to -f neo4j -o import
  expect "$code" 4 "neo4j into a directory newskg did not write exits 4"
  expect "$(grep -c 'newskg did not write it' err.txt)" 1 "and says why"
  expect "$(ls -A import | tr '\n' ' ')" "nodes.csv notes.txt " "the directory holds what it held"
  expect "$(cat import/notes.txt import/nodes.csv | tr '\n' ' ')" "mine my own nodes " "unchanged"
  expect "$(leftovers .)" "" "no temporary directory left beside it"
  ;;
neo4j-force)
  mkdir import
  printf 'mine\n' > import/notes.txt
  export_to -f neo4j -o import --force
  expect "$code" 0 "neo4j --force into a foreign directory exits 0"
  expect "$(cat import/notes.txt)" "mine" "the foreign file is kept"
  expect "$(ls -A import | tr '\n' ' ')" ".newskg-export graph.graphml load-graphml.cypher nodes.csv notes.txt relationships.csv " "newskg's files are added"
  expect "$(head -c 12 import/nodes.csv)" "id:ID(Entity" "nodes.csv is a neo4j header"
  ;;
neo4j-own)
  export_to -f neo4j -o import
  expect "$code" 0 "neo4j into a new directory exits 0"
  first="$(sha256sum < import/nodes.csv)"
  export_to -f neo4j -o import
  expect "$code" 0 "neo4j again into its own export exits 0 without --force"
  expect "$(sha256sum < import/nodes.csv)" "$first" "the same cache gives the same nodes.csv"
  printf 'mine\n' > import/notes.txt
  export_to -f neo4j -o import
  expect "$code" 0 "neo4j into its own export with a file added exits 0"
  expect "$(cat import/notes.txt)" "mine" "the added file is kept"
  expect "$(ls -A import | tr '\n' ' ')" ".newskg-export graph.graphml load-graphml.cypher nodes.csv notes.txt relationships.csv " "and nothing else is there"
  expect "$(leftovers .)" "" "no temporary directory left beside it"
  ;;
*)
  echo "unknown case: $case" >&2
  exit 2
  ;;
esac
