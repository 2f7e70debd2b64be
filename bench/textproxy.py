"""Text mode judged on the HTML dev sets: each page flattened as a scraper saves it
(:func:`bench.visible.scrape`, as the ``*-text`` sets were made) and read in text mode.

``python -m bench.textproxy save OUT.json [--datasets DIR] [--sets a,b]``
    the text-mode title, date and authors of every page of the HTML sets (default: every set
    whose name does not end in ``-text``), flattened.
``python -m bench.textproxy compare OLD.json NEW.json --snapshot SNAP.jsonl.gz [--datasets DIR]``
    prints the pages whose text-mode title moved, and how many agree with the HTML-mode title
    of a ``bench.snapshot`` file (a proxy: HTML titles are not always right) and with the
    truth where a set has one, before and after.

A text-mode title change that the dev text sets cannot show (a layout they hold once or
never) shows here on some 2,700 more pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import metrics
from .datasets import is_text_dataset, load
from .snapshot import DEFAULT_ROOT, dataset_dirs, read
from .visible import scrape


def save(out: Path, root: Path, only: list[str] | None) -> int:
    """Write ``{"set/id": {"title", "date", "authors"}}`` of text mode on the flattened HTML pages."""
    import decruft

    extractor = decruft.Extractor()
    found: dict[str, dict[str, Any]] = {}
    for folder in dataset_dirs(root, only):
        if is_text_dataset(folder):
            continue
        for page in load(folder):
            text = scrape(page.raw)
            if not text.strip():  # a page with no visible text: nothing to read
                continue
            article = extractor.extract(text, url=page.url, input_format="text")
            date = article.date.isoformat()[:10] if article.date else None
            found[f"{folder.name}/{page.id}"] = {"title": article.title, "date": date, "authors": article.authors}
    out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return len(found)


def agreement(run: dict[str, Any], html: dict[str, str | None], truth: dict[str, str | None]) -> tuple[int, int]:
    """``(titles equal to the HTML-mode title, titles equal to the truth)`` of ``run``."""
    same = right = 0
    for key, rec in run.items():
        title = rec.get("title")
        same += bool(title and html.get(key) and metrics.title_ok(title, html[key] or ""))
        right += bool(title and truth.get(key) and metrics.title_ok(title, truth[key] or ""))
    return same, right


def compare(old: Path, new: Path, snapshot: Path, root: Path) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (old, new))
    html = {f"{s}/{i}": rec.get("title") for (s, i), rec in read(snapshot).items()}
    truth = {f"{f.name}/{p.id}": p.truth.get("title") for f in dataset_dirs(root, None) for p in load(f)}
    for key in sorted(b):
        if key in a and a[key].get("title") != b[key].get("title"):
            print(f"{key}\t{a[key].get('title')!r} -> {b[key].get('title')!r}\thtml {html.get(key)!r}\ttruth {truth.get(key)!r}")
    (same_a, right_a), (same_b, right_b) = agreement(a, html, truth), agreement(b, html, truth)
    print(f"agree with the HTML title: {same_a} -> {same_b} of {len(b)}; right by truth: {right_a} -> {right_b}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.textproxy", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("out", type=Path)
    s.add_argument("--datasets", type=Path, default=DEFAULT_ROOT)
    s.add_argument("--sets", default=None)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--snapshot", type=Path, required=True)
    c.add_argument("--datasets", type=Path, default=DEFAULT_ROOT)
    args = parser.parse_args(argv)
    if args.cmd == "save":
        print(f"{args.out}: {save(args.out, args.datasets, args.sets.split(',') if args.sets else None)} pages")
        return 0
    return compare(args.old, args.new, args.snapshot, args.datasets)


if __name__ == "__main__":
    sys.exit(main())
