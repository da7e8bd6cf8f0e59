"""The Python side of the e2e scripts' checks (run with PYTHONPATH=tests/e2e):

    from checks import check, done, html_graph_data
    check(actual, expected, "what is checked")   # prints "ok: ..." or "FAIL: ..." with both values
    done()                                       # exits 1 if any check failed, else 0
"""
import json
import re
import sys

_failed = False


def check(actual, expected, what):
    """Prints "ok: WHAT", or "FAIL: WHAT" with both values on stderr, remembering the failure."""
    global _failed
    if actual != expected:
        print(f"FAIL: {what}\n  expected: {expected!r}\n  got:      {actual!r}", file=sys.stderr)
        _failed = True
    else:
        print(f"ok: {what}")


def done():
    """Exits 1 when any check failed, else 0."""
    sys.exit(1 if _failed else 0)


def html_graph_data(path):
    """The graph embedded in an HTML export (<script id="graph-data">), as a dict."""
    html = open(path, encoding="utf-8").read()
    found = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    return json.loads(found.group(1).replace("<\\/", "</"))
