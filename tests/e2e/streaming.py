#!/usr/bin/env python3
"""streaming.py NEWSKG DATA_DIR SAMPLES_DIR

`newskg extract -` is a streaming filter (Hadoop Streaming, Spark RDD.pipe):
each JSON line written to its stdin gives one line on its stdout before the
next is written and before stdin is closed; a bad line gives an error line
in its place. Checked with -j 1 and -j 2."""
import glob
import json
import os
import select
import subprocess
import sys


def read_line(process, timeout=20.0):
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        raise SystemExit("FAIL: no output line within %.0f s while stdin is still open" % timeout)
    return process.stdout.readline()


def main():
    newskg, data, samples = sys.argv[1:4]
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(samples, "*.ar.txt")))]
    for jobs in ("1", "2"):
        process = subprocess.Popen([newskg, "extract", "--quiet", "--data", data, "-j", jobs, "-"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, encoding="utf-8")
        for i in range(3):
            process.stdin.write(json.dumps({"id": "s%d" % i, "text": texts[0]}, ensure_ascii=False) + "\n")
            process.stdin.flush()
            out = json.loads(read_line(process))
            if out.get("doc") != "s%d" % i or not out.get("relations"):
                raise SystemExit("FAIL: -j %s: line %d gave %r" % (jobs, i + 1, out)[:300])
        process.stdin.write("{not json\n")
        process.stdin.flush()
        error = json.loads(read_line(process))
        if error.get("source") != "<stdin>:4" or "error" not in error:
            raise SystemExit("FAIL: -j %s: a bad line gave %r" % (jobs, error))
        process.stdin.close()
        rest = process.stdout.read()
        code = process.wait()
        if rest or code != 4:
            raise SystemExit("FAIL: -j %s: after EOF: %r, exit %d" % (jobs, rest, code))
        print("ok: -j %s streams one line per input line" % jobs)
    print("PASS: extract is a streaming filter")


if __name__ == "__main__":
    main()
