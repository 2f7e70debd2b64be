"""``python -m bench (--dataset DIR [--dataset DIR ...] | --all [--root DIR]) [--systems a,b] [--limit N] [--out F] [--plot PNG] [--worst N] [--repeat R]``.

Runs each system in its own process over each dataset (with a warm-up), then
prints body/snippet precision, recall and F1, title/date/author accuracy,
median ms per page, pages per second, speed relative to trafilatura in the
same run, peak memory and the error count.

``--all`` runs every dataset under ``--root`` (default ``../shared/datasets``)
and prints one table for all of them, with a bootstrap 95% interval of each
system's headline score (body F1, else snippet F1, else date accuracy;
pages resampled, see ``bench.stats``) and the count of pages whose output
text is longer than 1.5x the page's visible text (``bench.visible``), then a
verdict line per set for decruft against each peer: above, below or tied, and
whether the gap is beyond its paired bootstrap interval.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import metrics, report, stats
from .datasets import is_text_dataset, load
from .snapshot import DEFAULT_ROOT, dataset_dirs
from .systems import SYSTEMS
from .visible import overlong, page_visible_text

DEFAULT_SYSTEMS = ["decruft", "trafilatura", "trafilatura-precision", "readability-lxml", "newspaper4k", "goose3",
                   "justext", "resiliparse", "boilerpy3", "html-text", "htmldate"]  # fmt: skip


def run_system(system: str, dataset: Path, limit: int | None) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run.json"
        cmd = [sys.executable, "-m", "bench.worker", system, str(dataset), str(out), str(limit or "")]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
        if proc.returncode != 0 or not out.exists():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"  {system}: skipped ({last})", file=sys.stderr)
            return None
        return json.loads(out.read_text(encoding="utf-8"))


def run_dataset(
    dataset: Path, systems: list[str], limit: int | None, repeat: int
) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[dict[str, Any], dict[str, Any]]]]:
    """``(results, predictions)`` of every system on one dataset: ``results[system]`` the scores
    and speed, ``predictions[system] = (predictions, per_page scores)`` of its first round."""
    truths = {p.id: p.truth for p in load(dataset, limit)}
    results: dict[str, dict[str, Any]] = {}
    predictions: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    # Rounds run the systems in turn (a, b, c, a, b, c, ...): a slow spell of a shared
    # machine then falls on every system, and the median round is reported.
    runs: dict[str, list[dict[str, Any]]] = {}
    for _ in range(repeat):
        for system in systems:
            run = run_system(system, dataset, limit)
            if run is not None:
                runs.setdefault(system, []).append(run)
    for system, done in runs.items():
        run = done[0]
        scored = metrics.score(run["predictions"], truths)
        per_page = scored.pop("per_page")
        speeds = [report.speed(r) for r in done]
        speed = {key: statistics.median(s[key] for s in speeds) for key in speeds[0]}
        peak = max(r["peak_rss_mb"] for r in done)
        results[system] = {**scored, **speed, "peak_rss_mb": peak, "errors": run["errors"],
                           "rounds_pages_per_s": [s["pages_per_s"] for s in speeds]}  # fmt: skip
        predictions[system] = (run["predictions"], per_page)
    return results, predictions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", action="append", type=Path, help="dataset folder (repeatable)")
    parser.add_argument(
        "--all", action="store_true", help="every dev set under --root in one run, printed as one table with verdicts"
    )
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help=f"datasets folder for --all (default {DEFAULT_ROOT})")
    parser.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS), help="comma-separated: " + ", ".join(SYSTEMS))
    parser.add_argument("--limit", type=int, help="first N pages only")
    parser.add_argument("--out", type=Path, help="write all results as JSON here")
    parser.add_argument("--plot", type=Path, help="write an accuracy-vs-speed PNG (first dataset)")
    parser.add_argument("--worst", type=int, default=0, help="list decruft's N worst pages")
    parser.add_argument(
        "--repeat", type=int, default=1, help="rounds of all systems in turn; speed is the median round (default 1)"
    )
    args = parser.parse_args(argv)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if not args.all and not args.dataset:
        parser.error("give --dataset DIR (repeatable) or --all")
    if args.all:
        return run_all(args, systems)
    everything: dict[str, Any] = {}
    for dataset in args.dataset:
        if not (dataset / "truth.jsonl").is_file():
            print(f"{dataset}: not a dataset (no truth.jsonl); skipped", file=sys.stderr)
            continue
        results, predictions = run_dataset(dataset, systems, args.limit, args.repeat)
        truths = {p.id: p.truth for p in load(dataset, args.limit)}
        print(f"\n## {dataset.name} ({len(truths)} pages)\n")
        print(report.markdown_table(results))
        if args.repeat > 1:
            print(f"\n{report.rounds(results)}")
        if args.worst and "decruft" in predictions:
            preds, per_page = predictions["decruft"]
            print(f"\ndecruft's {args.worst} worst pages:\n")
            print(report.worst(per_page, preds, truths, args.worst))
        if args.plot and dataset == args.dataset[0] and results:
            report.plot(results, args.plot, f"{dataset.name}: accuracy against speed")
        everything[dataset.name] = report.rows(results)
    if args.out:
        args.out.write_text(json.dumps(everything, indent=2), encoding="utf-8")
    return 0


def run_all(args: argparse.Namespace, systems: list[str]) -> int:
    """``--all``: every dataset under ``--root``, one table, then decruft's verdict against each peer per set."""
    folders = dataset_dirs(args.root)
    if not folders:
        print(f"{args.root}: no datasets found (no folder with a truth.jsonl); nothing to run", file=sys.stderr)
        return 0
    sets: list[dict[str, Any]] = []
    for dataset in folders:
        print(f"{dataset.name}: running {', '.join(systems)}", file=sys.stderr, flush=True)
        results, predictions = run_dataset(dataset, systems, args.limit, args.repeat)
        pages = load(dataset, args.limit)
        text_mode = is_text_dataset(dataset)
        visible = {p.id: page_visible_text(p.raw, text_mode, scripted=True) for p in pages}
        boot = stats.Bootstrap([p.id for p in pages])
        per_pages = {system: per_page for system, (_, per_page) in predictions.items()}
        metric = next((m for pp in per_pages.values() if (m := stats.primary(pp))), None)
        for system, (preds, per_page) in predictions.items():
            row = results[system]
            row["overlong"] = sum(overlong((preds.get(pid) or {}).get("text") or "", visible[pid]) for pid in visible)
            if metric is not None:
                row["metric"] = metric
                row["value"] = boot.value(per_page, metric)
                row["interval"] = boot.interval(per_page, metric)
        verdicts = []
        if metric is not None and "decruft" in per_pages:
            for peer in per_pages:
                if peer != "decruft":
                    verdicts.append(stats.verdict("decruft", peer, metric, boot.gap(per_pages["decruft"], per_pages[peer], metric)))
        truths = {p.id: p.truth for p in pages}
        worst = ""
        if args.worst and "decruft" in predictions:
            preds, per_page = predictions["decruft"]
            worst = report.worst(per_page, preds, truths, args.worst)
        sets.append({"name": dataset.name, "pages": len(pages), "results": results, "verdicts": verdicts, "worst": worst})
        if args.plot and len(sets) == 1 and results:
            report.plot(results, args.plot, f"{dataset.name}: accuracy against speed")
    print(f"\n## All dev sets ({', '.join(s['name'] for s in sets)})\n")
    print(report.all_table(sets))
    for s in sets:
        print(f"\n{s['name']}:")
        for line in s["verdicts"]:
            print(f"- {line}")
        if args.repeat > 1 and (line := report.rounds(s["results"])):
            print(f"- {line}")
        if s["worst"]:
            print(f"\ndecruft's {args.worst} worst pages on {s['name']}:\n\n{s['worst']}")
    if args.out:
        out = {s["name"]: {"pages": s["pages"], "rows": report.rows(s["results"]), "verdicts": s["verdicts"]} for s in sets}
        args.out.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
