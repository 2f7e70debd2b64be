"""How much of the text-mode metadata gap is reachable: on how many pages of each text set
does the truth value appear in the scrape at all?

``python -m bench.textceiling [--datasets DIR] [--snapshot SNAP.jsonl.gz]``

Per text set (a dataset folder whose name ends in ``-text``) and field, over the pages with
that truth:

- title: a line of the scrape equal to the truth (case-folded, whitespace collapsed), apart
  from the first line (the page's <title>, which the flattener writes first); and the first
  line alone.
- date: the truth day printed in the scrape in a common format: ISO and other year-first
  numbers, day-month-year and month-day-year numbers (``.``, ``/``, ``-``), a month name or
  abbreviation in any language dateparser knows before or after the day, CJK unit signs; and
  apart from that, in the page's URL only.
- authors: every word of the truth names (the metric's name words) in one line of the scrape,
  and anywhere in it.

With ``--snapshot`` (a ``bench.snapshot`` file) it also counts how many of those pages decruft
gets right, so the reachable gap is ``present - right among present``; ``--list FIELD`` then
prints those pages (set, id, truth, decruft's value) instead of the table.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import functools
import gzip
import json
import re
from pathlib import Path
from typing import Any

from . import metrics
from .datasets import is_text_dataset, load
from .snapshot import DEFAULT_ROOT, dataset_dirs

_TOKEN = re.compile(r"\w+")
_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da", "nb", "fi", "ro", "hu", "tr",
          "hr", "sl", "ca", "id", "ru", "uk", "bg", "el", "ar", "he", "zh", "ja", "ko")  # fmt: skip


@functools.cache
def _month_names() -> dict[int, list[str]]:
    from decruft.metadata._months import _month_words

    names: dict[int, list[str]] = {}
    for word, number in _month_words(_LANGS).items():
        names.setdefault(number, []).append(word)
    return names


@functools.cache
def date_patterns(day: _dt.date) -> re.Pattern[str]:
    """Every common way to print ``day``."""
    y, m, d = day.year, day.month, day.day
    yy = f"{y % 100:02d}"
    mm, dd = rf"0?{m}", rf"0?{d}"
    sep = r"\s*[./-]\s*"
    months = "|".join(sorted((re.escape(w) for w in _month_names()[m]), key=len, reverse=True))
    dayw = rf"{dd}(?:st|nd|rd|th|er|º|\.)?"
    forms = [
        rf"{y}{sep}{mm}{sep}{dd}(?!\d)",  # 2019-03-09, 2019/3/9, 2019.03.09
        rf"{y}{m:02d}{d:02d}",  # 20190309
        rf"(?<!\d){dd}{sep}{mm}{sep}(?:{y}|{yy})(?!\d)",  # 9.3.2019, 09/03/19
        rf"(?<!\d){mm}{sep}{dd}{sep}(?:{y}|{yy})(?!\d)",  # 3/9/2019
        rf"(?<!\d){dayw}\s*(?:de\s+|of\s+)?(?:{months})\.?,?\s*(?:de\s+)?(?:{y}|'{yy})",  # 9 March 2019, 9. März 2019
        rf"(?:{months})\.?\s*{dayw},?\s*(?:{y}|'{yy})",  # March 9, 2019
        rf"{y}\s*[年년.]\s*{mm}\s*[月월.]\s*{dd}(?!\d)",  # 2019年3月9日, 2019. 3. 9.
        rf"{y},?\s*(?:{months})\.?\s*{dd}(?!\d)",  # 2019 March 9
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def title_present(lines: list[str], truth: str) -> tuple[bool, bool]:
    """(a line equals the truth, only the first line (the page's <title>) does)."""
    key = _key(truth)
    later = any(_key(ln) == key for ln in lines[1:])
    first = bool(lines) and _key(lines[0]) == key
    return later or first, first and not later


def date_present(text: str, url: str | None, truth: str) -> tuple[bool, bool]:
    """(printed in the scrape, in the URL only)."""
    try:
        day = _dt.date.fromisoformat(truth[:10])
    except ValueError:
        return False, False
    pattern = date_patterns(day)
    in_text = pattern.search(text) is not None
    in_url = bool(url) and pattern.search(str(url).split("::", 1)[-1]) is not None
    return in_text, in_url and not in_text


def authors_present(lines: list[str], truth: list[str]) -> tuple[bool, bool]:
    """(every name word in one line, every name word in the scrape)."""
    words = metrics.name_words(truth)
    if not words:
        return False, False
    line_sets = [frozenset(_TOKEN.findall(ln.casefold())) for ln in lines]
    anywhere = frozenset().union(*line_sets) if line_sets else frozenset()
    return any(words <= s for s in line_sets), words <= anywhere


def _snapshot(path: Path | None) -> dict[tuple[str, str], dict[str, Any]]:
    if path is None:
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    return {(r["set"], r["id"]): r for r in recs}


def measure(
    folder: Path, snap: dict[tuple[str, str], dict[str, Any]], misses: list[tuple[str, str, Any, Any]] | None = None,
    listed: str = "",
) -> dict[str, dict[str, int]]:
    """Counts per field; the reachable misses of the field ``listed`` are appended to ``misses``."""
    out = {f: {"truth": 0, "present": 0, "other": 0, "right": 0, "right_present": 0} for f in ("title", "date", "authors")}
    for page in load(folder):
        text = page.raw.decode("utf-8", "replace")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        truth = page.truth
        scores = snap.get((folder.name, page.id), {}).get("scores", {})
        for field in out:
            if not truth.get(field):
                continue
            if field == "title":
                present, other = title_present(lines, truth["title"])
            elif field == "date":
                present, other = date_present(text, truth.get("url"), truth["date"])
            else:
                present, other = authors_present(lines, truth["authors"])
            row = out[field]
            row["truth"] += 1
            row["present"] += present
            row["other"] += other
            right = bool(scores.get(field))
            row["right"] += right
            row["right_present"] += right and present
            if field == listed and present and not right and misses is not None:
                misses.append((folder.name, page.id, truth[field], snap.get((folder.name, page.id), {}).get(field)))
    return out


_OTHER = {"title": "of which first line only", "date": "URL only", "authors": "words anywhere"}
_PRESENT = {"title": "a whole line", "date": "printed", "authors": "in one line"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.textceiling", description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--snapshot", type=Path, help="a bench.snapshot file: count decruft's right answers too")
    ap.add_argument("--list", choices=("title", "date", "authors"), help="print the reachable misses of this field")
    args = ap.parse_args(argv)
    snap = _snapshot(args.snapshot)
    if args.list:
        misses: list[tuple[str, str, Any, Any]] = []
        for folder in dataset_dirs(args.datasets):
            if is_text_dataset(folder):
                measure(folder, snap, misses, args.list)
        for name, page_id, truth, got in misses:
            print(f"{name}\t{page_id}\t{truth!r}\t{got!r}")
        return 0
    print("| set | field | truth | present | (other) | decruft right | right & present | reachable gap |")
    print("|---|---|---|---|---|---|---|---|")
    for folder in dataset_dirs(args.datasets):
        if not is_text_dataset(folder):
            continue
        for field, row in measure(folder, snap).items():
            n = row["truth"] or 1
            gap = row["present"] - row["right_present"]
            print(
                f"| {folder.name} | {field} | {row['truth']} | {_PRESENT[field]}: {row['present']} ({row['present'] / n:.3f}) "
                f"| {_OTHER[field]}: {row['other']} | {row['right']} ({row['right'] / n:.3f}) | {row['right_present']} "
                f"| {gap} ({gap / n:.3f}) |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
