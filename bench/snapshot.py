"""decruft's whole output on every dev set, saved and compared: the check that a change did
what it meant to and nothing else.

``python -m bench.snapshot save OUT.jsonl.gz [--datasets DIR] [--sets a,b]``
    runs decruft (default options) on every page of every dataset under DIR (default
    ``../shared/datasets``) and writes one JSON line per page: every Article field
    that depends on the page (title, page_title, date, authors, text, page_type, ...),
    the rules that removed something, one digest of the removals, renderings, warnings and
    sources (``explained``), and the page's body/snippet/title/date/author scores.
``python -m bench.snapshot diff OLD.jsonl.gz NEW.jsonl.gz [--show N]``
    prints, per set, how many pages changed on each field, the score of each set
    before and after with a bootstrap 95% interval of the difference, the number of
    pages whose text is longer than OVERLONG times the page's visible text (text
    rendered twice; issue #16's target is none), and the N pages whose body F1 moved most.

Scores are the metrics of record (``bench.metrics``). No timing: this is about output.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import metrics
from .datasets import is_text_dataset, load
from .systems import _iso
from .visible import FACTOR, page_visible_text

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"
#: ``sources`` (where each value came from) is an explanation, as ``removed`` is.
SKIP_FIELDS = {"removed", "markdown", "html", "warnings", "url", "sources"}
#: ...but a step meant to change nothing must not change them either: each record keeps one
#: digest of them, ``explained`` (a record saved before the field existed has none, and is
#: then not compared on it).
EXPLAINED_FIELDS = ("removed", "markdown", "html", "warnings", "sources")
#: A page whose output text is longer than this multiple of its visible text repeats itself.
OVERLONG = FACTOR


def visible_chars(raw: bytes | str, text_mode: bool) -> int:
    """Characters of the page's visible text once its scripts ran (whitespace collapsed), as
    :mod:`bench.visible` reads it: the bound for output text."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return len(page_visible_text(raw, text_mode, scripted=True))


def overlong(rec: dict[str, Any]) -> bool:
    visible = rec.get("visible_chars")
    return bool(visible) and len(rec.get("text") or "") > OVERLONG * visible


def dataset_dirs(root: Path, only: list[str] | None = None) -> list[Path]:
    """Every dataset folder under ``root`` (a folder with a truth.jsonl), sorted by name."""
    found = sorted(p for p in root.iterdir() if (p / "truth.jsonl").is_file()) if root.is_dir() else []
    return [p for p in found if not only or p.name in only]


def explained(data: dict[str, Any]) -> str:
    """One digest of the record's explanation fields and renderings (:data:`EXPLAINED_FIELDS`):
    every removal (rule, text, where, vetoed), the Markdown and HTML, the warnings, the sources."""
    blob = json.dumps({f: data.get(f) for f in EXPLAINED_FIELDS}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _differs(old: dict[str, Any], new: dict[str, Any], field: str) -> bool:
    if field == "explained" and (field not in old or field not in new):
        return False  # a snapshot saved before the digest existed
    return old.get(field) != new.get(field)


def page_scores(pred: dict[str, Any], truth: dict[str, Any]) -> dict[str, Any]:
    """This page's contribution to each metric of record (None where the truth is missing)."""
    text = pred.get("text") or ""
    out: dict[str, Any] = {}
    if truth.get("body"):
        out["body_p"], out["body_r"] = metrics.body_pr(text, truth["body"])
    if truth.get("with") or truth.get("without"):
        out["snip"] = metrics.snippet_counts(text, truth.get("with") or [], truth.get("without") or [])
    if truth.get("title"):
        out["title"] = metrics.title_ok(pred.get("title"), truth["title"])
    if truth.get("date"):
        out["date"] = (pred.get("date") or "")[:10] == truth["date"]
    if truth.get("authors"):
        out["authors"] = metrics.authors_ok(pred.get("authors") or [], truth["authors"])
    return out


def run(root: Path, only: list[str] | None) -> Iterator[dict[str, Any]]:
    import decruft

    extractor = decruft.Extractor()
    for folder in dataset_dirs(root, only):
        text_mode = is_text_dataset(folder)
        for page in load(folder):
            source: bytes | str = page.raw.decode("utf-8", errors="replace") if text_mode else page.raw
            try:
                article = extractor.extract(source, url=page.url)
                data = article.to_dict()
                rec = {k: v for k, v in data.items() if k not in SKIP_FIELDS}
                rec["explained"] = explained(data)
                rec["date"] = _iso(article.date)
                rec["rules"] = sorted({r.rule for r in article.removed})
            except decruft.DecruftError as exc:
                rec = {"error": f"{type(exc).__name__}: {exc}"}
            pred = {"title": rec.get("title"), "date": rec.get("date"), "authors": rec.get("authors") or [],
                    "text": rec.get("text") or ""}  # fmt: skip
            rec["visible_chars"] = visible_chars(source, text_mode)
            yield {"set": folder.name, "id": page.id, **rec, "scores": page_scores(pred, page.truth)}


def save(out: Path, root: Path, only: list[str] | None) -> int:
    n = 0
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for rec in run(root, only):
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
            if n % 500 == 0:
                print(f"  {n} pages", file=sys.stderr, flush=True)
    print(f"{out}: {n} pages", file=sys.stderr)
    return 0


def read(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {(r["set"], r["id"]): r for r in map(json.loads, fh)}


def aggregate(scores: list[dict[str, Any]]) -> dict[str, float]:
    """The set's metrics of record from per-page scores."""
    out: dict[str, float] = {}
    bodies = [s for s in scores if "body_p" in s]
    if bodies:
        p = sum(s["body_p"] for s in bodies) / len(bodies)
        r = sum(s["body_r"] for s in bodies) / len(bodies)
        out["body_f1"] = metrics.f1(p, r)
        out["body_p"], out["body_r"] = p, r
    snips = [s["snip"] for s in scores if "snip" in s]
    tp, fp, fn = (sum(x[i] for x in snips) for i in range(3))
    if tp + fn:
        sp, sr = (tp / (tp + fp) if tp + fp else 0.0), tp / (tp + fn)
        out["snip_f1"] = metrics.f1(sp, sr)
    for key in ("title", "date", "authors"):
        got = [s[key] for s in scores if key in s]
        if got:
            out[key] = sum(got) / len(got)
    return out


def bootstrap(old: list[dict[str, Any]], new: list[dict[str, Any]], key: str, rounds: int = 300) -> tuple[float, float]:
    """95% interval of new - old on ``key``, resampling the same pages for both (paired)."""
    rng = random.Random(1)
    n = len(old)
    diffs = []
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        a, b = aggregate([old[i] for i in idx]), aggregate([new[i] for i in idx])
        if key in a and key in b:
            diffs.append(b[key] - a[key])
    diffs.sort()
    if not diffs:
        return 0.0, 0.0
    return diffs[int(0.025 * len(diffs))], diffs[min(len(diffs) - 1, int(0.975 * len(diffs)))]


def diff(old_path: Path, new_path: Path, show: int) -> int:
    old, new = read(old_path), read(new_path)
    worse = 0
    for name in sorted({k[0] for k in old}):
        keys = [k for k in old if k[0] == name and k in new]
        fields = sorted({f for k in keys for f in (*old[k], *new[k]) if f not in ("set", "id", "scores", "visible_chars")})
        changed = {f: sum(_differs(old[k], new[k], f) for k in keys) for f in fields}
        o, n = [old[k]["scores"] for k in keys], [new[k]["scores"] for k in keys]
        a, b = aggregate(o), aggregate(n)
        print(f"\n## {name} ({len(keys)} pages)")
        print("changed: " + (", ".join(f"{f} {c}" for f, c in changed.items() if c) or "nothing"))
        if any("visible_chars" in new[k] for k in keys):
            long_new = [k[1] for k in keys if overlong(new[k])]
            long_old = sum(overlong({**old[k], "visible_chars": new[k].get("visible_chars")}) for k in keys)
            shown = f" ({', '.join(long_new[:5])})" if long_new else ""
            print(f"text over {OVERLONG}x the visible text: {long_old} -> {len(long_new)} pages{shown}")
        for key in a:
            if key in ("body_p", "body_r"):
                line = f"  {key:8} {a[key]:.4f} -> {b[key]:.4f}"
            else:
                lo, hi = bootstrap(o, n, key) if a[key] != b[key] else (0.0, 0.0)
                line = f"  {key:8} {a[key]:.4f} -> {b[key]:.4f}  ({b[key] - a[key]:+.4f}, 95% [{lo:+.4f}, {hi:+.4f}])"
                if hi < 0:
                    line += "  WORSE"
                    worse += 1
            print(line)
        moved = []
        for k in keys:
            so, sn = old[k]["scores"], new[k]["scores"]
            if "body_p" in so:
                fo, fn_ = metrics.f1(so["body_p"], so["body_r"]), metrics.f1(sn["body_p"], sn["body_r"])
                if abs(fo - fn_) > 1e-9:
                    moved.append((fn_ - fo, k[1], fo, fn_))
            elif "snip" in so and so["snip"] != sn["snip"]:
                moved.append((sum(so["snip"][1:]) - sum(sn["snip"][1:]), k[1], so["snip"], sn["snip"]))
        moved.sort(key=lambda m: m[0])
        for d, pid, fo, fn_ in (moved[:show] + moved[-show:] if len(moved) > 2 * show else moved):
            print(f"    {pid}: {fo} -> {fn_}" if isinstance(fo, list) else f"    {pid}: {fo:.3f} -> {fn_:.3f}")
    print(f"\nsets worse beyond the interval: {worse}")
    return 1 if worse else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save", help="run decruft on every dev set and save its output")
    s.add_argument("out", type=Path)
    s.add_argument("--datasets", type=Path, default=DEFAULT_ROOT)
    s.add_argument("--sets", help="comma-separated set names (default: all)")
    d = sub.add_parser("diff", help="compare two saved outputs")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--show", type=int, default=5, help="pages with the largest body F1 moves, each way")
    args = parser.parse_args(argv)
    if args.cmd == "save":
        only = [x.strip() for x in args.sets.split(",")] if args.sets else None
        return save(args.out, args.datasets, only)
    return diff(args.old, args.new, args.show)


if __name__ == "__main__":
    sys.exit(main())
