"""Does time grow linearly with page size? ``python -m bench.scaling [--dataset DIR] [--pages N]``.

Takes dataset pages, makes 1x, 2x, 5x and 10x larger versions by repeating
the article's paragraphs inside the body (so the page keeps its shape), and
reports decruft's median time per size and the ratio to the 1x time.
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
_P = re.compile(rb"<p[ >].*?</p>", re.DOTALL | re.IGNORECASE)


def grow(raw: bytes, factor: int) -> bytes:
    """The page with its paragraphs repeated ``factor`` times in place."""
    if factor == 1:
        return raw
    paragraphs = _P.findall(raw)
    if not paragraphs:
        return raw
    block = b"".join(paragraphs)
    last = raw.rfind(paragraphs[-1]) + len(paragraphs[-1])
    return raw[:last] + block * (factor - 1) + raw[last:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling")
    parser.add_argument("--dataset", type=Path, default=Path(__file__).resolve().parents[2] / "shared/datasets/readability")
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    pages = [p for p in load(args.dataset, args.pages * 2) if _P.search(p.raw)][: args.pages]
    extractor = decruft.Extractor(fallback=False)
    base: float | None = None
    print("| size | median page KB | median ms | × 1x time |\n|---:|---:|---:|---:|")
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
        print(f"| {factor}x | {kb:.0f} | {median * 1000:.1f} | {median / base:.2f} |")
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
