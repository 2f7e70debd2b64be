"""Throughput under load: ``python -m bench.load [--pages 2000] [--jobs 2]``.

Builds N page files in a temporary directory from the dataset pages (read from
``../shared/datasets`` at run time) and the fixtures, mutated so that no two are
identical (truncated, duplicated halves, cruft spliced in, a few binary ones),
runs ``decruft -f json --jobs N -o OUT.jsonl DIR`` once, and reports pages/s,
the peak RSS of the largest worker, and whether every input has exactly one
output line or one error line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"


def sources() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*/page.*"))]
    for folder in ("readability", "trafilatura-half"):
        for path in sorted((SHARED / folder / "pages").glob("*.html.gz")):
            pages.append(gzip.decompress(path.read_bytes()))
    return pages


def mutate(rng: random.Random, page: bytes, other: bytes, i: int) -> bytes:
    kind = i % 10
    if kind == 0:
        return page[: max(1, len(page) * rng.randint(30, 90) // 100)]
    if kind == 1:
        half = len(page) // 2
        return page[:half] + other[len(other) // 2 :]
    if kind == 2:
        return page.replace(b"</body>", b"<div><h3>Most Read</h3><ol><li>One</li><li>Two</li></ol></div></body>", 1)
    if kind == 3 and i % 100 == 3:
        return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(500))
    return page + f"<!-- copy {i} -->".encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    rng = random.Random(20261124)
    pool = sources()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i in range(args.pages):
            page = mutate(rng, pool[i % len(pool)], pool[(i * 7 + 3) % len(pool)], i)
            (folder / f"{i:05d}.html").write_bytes(page)
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "decruft", "-q", "-f", "json", "--jobs", str(args.jobs), "-o", str(out), str(folder)],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        outputs = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
        errors = [line.split(": ")[1] for line in proc.stderr.splitlines() if line.startswith("decruft: ")]
        inputs = {str(p) for p in folder.iterdir()}
        accounted = outputs + errors
        lost = inputs - set(accounted)
        duplicated = len(accounted) - len(set(accounted))
    print("| pages | jobs | seconds | pages/s | peak RSS of a worker (MB) | outputs | errors | lost | duplicated |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.pages} | {args.jobs} | {elapsed:.1f} | {args.pages / elapsed:.1f} | {rss:.0f} | {len(outputs)} | "
          f"{len(errors)} | {len(lost)} | {duplicated} |")  # fmt: skip
    print(f"exit status {proc.returncode} (1 = some inputs failed, each reported)")
    reasons: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        if line.startswith("decruft: "):
            reason = line.split(": ", 2)[-1]
            reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"- {count} × {reason}")
    return 0 if not lost and not duplicated else 1


if __name__ == "__main__":
    raise SystemExit(main())
