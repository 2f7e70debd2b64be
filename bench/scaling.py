"""Does time grow linearly with page size? ``python -m bench.scaling [--dataset DIR] [--pages N]``.

Takes dataset pages, makes 1x, 2x, 5x and 10x larger versions by repeating
the whole body (so the page is that many times larger, cruft and article
alike), and reports decruft's median time per size and the ratio to the 1x
time.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

import decruft

from .datasets import load

FACTORS = (1, 2, 5, 10)


_BODY = re.compile(rb"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)


def grow(raw: bytes, factor: int) -> bytes:
    """The page with its whole body repeated ``factor`` times: about ``factor`` times the bytes."""
    if factor == 1:
        return raw
    m = _BODY.search(raw)
    if m is None:
        return raw
    return raw[: m.start(1)] + m.group(1) * factor + raw[m.end(1) :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling")
    parser.add_argument("--dataset", type=Path, default=Path(__file__).resolve().parents[2] / "shared/datasets/readability")
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    pages = [p for p in load(args.dataset, args.pages * 2) if _BODY.search(p.raw)][: args.pages]
    extractor = decruft.Extractor(fallback=False)
    base: float | None = None
    print("| size | median page KB | median ms | × 1x time |\n|---:|---:|---:|---:|", flush=True)
    for factor in FACTORS:
        grown = [grow(p.raw, factor) for p in pages]
        for raw in grown[:3]:
            extractor.extract(raw)
        per_page = []
        for raw in grown:
            best = min(_time(extractor, raw) for _ in range(args.repeat))
            per_page.append(best)
        median = statistics.median(per_page)
        base = base or median
        kb = statistics.median(len(r) for r in grown) / 1024
        print(f"| {factor}x | {kb:.0f} | {median * 1000:.1f} | {median / base:.2f} |", flush=True)
    return 0


def _time(extractor: decruft.Extractor, raw: bytes) -> float:
    start = time.perf_counter()
    try:
        extractor.extract(raw)
    except decruft.DecruftError:
        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
