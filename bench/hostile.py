"""The robustness table: ``python -m bench.hostile`` (writes nothing but a temp dir; prints Markdown).

Generates every hostile input class in a temporary directory, runs each
through ``decruft.extract`` in a fresh process (default options), and prints
what happened, the wall time and the peak RSS, and checks that no input file
was modified.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ARTICLE = "<p>" + "A sentence of the article, with a comma, ends here. " * 6 + "</p>"
BIG_BLOCK = '<div class="c"><p>' + "Sentence of article text, with commas, here. " * 20 + '</p><a href="/x">link</a></div>'

CASES: dict[str, bytes] = {
    "empty": b"",
    "whitespace only": b" \n\t \r\n" * 10,
    "PNG image": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    "PDF document": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40,
    "gzip data": b"\x1f\x8b\x08\x00" + bytes(range(256)) * 40,
    "zip archive": b"PK\x03\x04" + bytes(range(256)) * 40,
    "NUL bytes": ("<html><body>" + ARTICLE + "</body></html>").encode().replace(b"comma", b"com\x00ma"),
    "invalid UTF-8": b"<html><body><p>caf\xc3 \xff\xfe</p>" + ARTICLE.encode() + b"</body></html>",
    "UTF-16 with BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16"),
    "UTF-16 without BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-16-le"),
    "UTF-32 with BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-32"),
    "UTF-32 without BOM": ("<html><body>" + ARTICLE + "</body></html>").encode("utf-32-le"),
    "lying charset (says Shift_JIS, is UTF-8)": ('<meta charset="shift_jis"><p>Zürich</p>' + ARTICLE).encode(),
    "50 MB page": ("<html><body>" + BIG_BLOCK * 52_000 + "</body></html>").encode(),
    "100,000-deep nesting": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
    "a million siblings": b"<html><body>" + b"<p>x</p>" * 1_000_000 + b"</body></html>",
    "5 MB attribute": b'<html><body><div class="' + b"a" * 5_000_000 + b'">' + ARTICLE.encode() + b"</div></body></html>",
    "10 MB text node": b"<html><body><p>" + b"word " * 2_000_000 + b"</p></body></html>",
    "unclosed and misnested tags": b"<html><body><p><b><i>text</b></i><div><span></div></span><table><p>x</table>" + ARTICLE.encode(),
    "XHTML DOCTYPE entities (billion laughs, external)": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>&d; &xxe;</p></body></html>'
    ),
    "script-only page": b"<html><head><script>var a = 1;</script><style>p { color: red }</style></head></html>",
    "frameset": b'<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    "plain text, not an article": b"just one line of plain text that is no article at all",
}

PROBE = """
import json, resource, sys, time
import decruft
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
try:
    a = decruft.extract(data)
    outcome = f"article, {len(a.text):,} chars" + (f"; warning: {a.warnings[0]}" if a.warnings else "")
    if b"passwd" in data and "root:" in a.text:
        outcome += " (LEAKED FILE)"
except decruft.DecruftError as e:
    outcome = f"{type(e).__name__}: {e}"
except Exception as e:
    outcome = f"UNCAUGHT {type(e).__name__}: {e}"
elapsed = time.perf_counter() - start
print(json.dumps({"outcome": outcome, "seconds": elapsed,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    print("| input | size | what decruft does | time (s) | peak RSS (MB) |\n|---|---:|---|---:|---:|")
    uncaught = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, data) in enumerate(CASES.items()):
            path = Path(tmp) / f"case{i}.bin"
            path.write_bytes(data)
            digest = hashlib.sha256(data).hexdigest()
            proc = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, timeout=600)
            try:
                result = json.loads(proc.stdout.strip().splitlines()[-1])
            except (IndexError, ValueError):
                result = {"outcome": f"process failed: {proc.stderr.strip()[-200:]}", "seconds": 0, "rss_mb": 0}
            uncaught += result["outcome"].startswith(("UNCAUGHT", "process failed"))
            changed = hashlib.sha256(path.read_bytes()).hexdigest() != digest
            size = f"{len(data) / 1e6:.1f} MB" if len(data) >= 100_000 else f"{len(data):,} B"
            outcome = result["outcome"].replace("|", "\\|")[:150] + (" (INPUT MODIFIED)" if changed else "")
            print(f"| {name} | {size} | {outcome} | {result['seconds']:.2f} | {result['rss_mb']:.0f} |", flush=True)
    print(f"\nuncaught exceptions: {uncaught}")
    return 1 if uncaught else 0


if __name__ == "__main__":
    raise SystemExit(main())
