#!/usr/bin/env bash
# dask_scale_out.sh NEWSKG DATA_DIR SAMPLES_DIR SHARED_DIR WORK_DIR SCALE_OUT_DIR
# scale-out/dask_build.py on a LocalCluster of two workers (loopback): newskg
# extract mapped over partitions, reduced with build --from-extracted. The
# export equals a single build's, byte for byte. Skips (77) without
# python3-distributed.
set -euo pipefail
newskg="$1" data="$2" samples="$3" shared="$4" work="$5" scale_out="$6"
source "$(dirname "$0")/lib_corpus.sh"
needs_shared "$shared"
if ! /usr/bin/python3 -c 'import distributed' 2> /dev/null; then
  skip "python3-distributed is not installed (scripts/setup.sh installs it)"
fi
fresh_corpus "$work" 60 "$shared" "$samples"
"$newskg" build --quiet --data "$data" --db "$work/single.db" "$work/corpus.jsonl"
"$newskg" export --quiet --data "$data" --db "$work/single.db" --format ntriples > "$work/single.nt"

/usr/bin/python3 "$scale_out/dask_build.py" --newskg "$newskg" --data "$data" --db "$work/dask.db" \
  --local-workers 2 --partitions 5 "$work/corpus.jsonl"
"$newskg" export --quiet --data "$data" --db "$work/dask.db" --format ntriples > "$work/dask.nt"
cmp "$work/single.nt" "$work/dask.nt"
check_integrity "$work/dask.db"
echo "PASS: Dask map of newskg extract + build --from-extracted equals one build"
