#!/usr/bin/python3
"""dask_build.py: extract a JSON Lines corpus on a Dask cluster, build the cache here.

    dask_build.py --newskg PATH --db OUT.db [--scheduler tcp://host:8786]
                  [--local-workers 2] [--partitions N] [--data DIR] CORPUS.jsonl...

Map: the corpus lines are cut into partitions; each partition runs through
`newskg extract -` on a worker (stdin to stdout, exactly as a Hadoop Streaming
or Spark RDD.pipe mapper would), giving one JSON line per input line.
Reduce: the extract outputs, in partition order, are written to files and
loaded with `newskg build --from-extracted` into OUT.db on this machine.

Without --scheduler a LocalCluster of --local-workers processes is started on
127.0.0.1 (what the test does). With --scheduler the workers must have newskg
and its data directory at the same paths (a shared filesystem or the same
image). Error lines of extract ({"error": ...}) are counted and reported;
build skips them. Exit status: that of build (0, or 4 when lines were skipped).
"""
import argparse
import os
import subprocess
import sys
import tempfile


def extract_partition(lines, newskg, data):
    """Runs on a worker: one partition of JSON lines through newskg extract."""
    command = [newskg, "extract", "--quiet", "-"]
    if data:
        command[2:2] = ["--data", data]
    done = subprocess.run(command, input="".join(lines), capture_output=True,
                          text=True, encoding="utf-8", check=False)
    if done.returncode not in (0, 4):
        raise RuntimeError("newskg extract exited %d: %s" % (done.returncode, done.stderr[-2000:]))
    return done.stdout


def read_partitions(paths, partitions):
    lines = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines.extend(line if line.endswith("\n") else line + "\n" for line in f if line.strip())
    size = max(1, -(-len(lines) // partitions))
    return [lines[i:i + size] for i in range(0, len(lines), size)], len(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newskg", required=True, help="the newskg binary (same path on workers)")
    parser.add_argument("--db", required=True, help="the cache to build")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--local-workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--data", help="newskg data directory (same path on workers)")
    parser.add_argument("corpus", nargs="+")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    newskg = os.path.abspath(args.newskg)
    data = os.path.abspath(args.data) if args.data else None
    partitions, count = read_partitions(args.corpus, args.partitions)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1,
                               host="127.0.0.1", dashboard_address=None, processes=True)
        client = Client(cluster)
    try:
        futures = client.map(extract_partition, partitions, newskg=newskg, data=data, pure=False)
        outputs = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    produced = sum(out.count("\n") for out in outputs)
    errors = sum(line.startswith('{"error"') for out in outputs for line in out.splitlines())
    print("dask_build: %d lines in %d partitions -> %d extract lines (%d errors)"
          % (count, len(partitions), produced, errors), file=sys.stderr)
    if produced != count:
        print("dask_build: extract gave %d lines for %d" % (produced, count), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="newskg-dask-") as tmp:
        files = []
        for i, out in enumerate(outputs):
            path = os.path.join(tmp, "part-%05d.jsonl" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(out)
            files.append(path)
        command = [newskg, "build", "--db", args.db, "--from-extracted"] + files
        if data:
            command[2:2] = ["--data", data]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
