"""``python -m bench --dataset DIR [--dataset DIR ...] [--systems a,b] [--limit N] [--out F] [--plot PNG] [--worst N] [--repeat R]``.

Runs each system in its own process over each dataset (with a warm-up), then
prints body/snippet precision, recall and F1, title/date/author accuracy,
median ms per page, pages per second, speed relative to trafilatura in the
same run, peak memory and the error count.
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

from . import metrics, report
from .datasets import load
from .systems import SYSTEMS

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", action="append", required=True, type=Path, help="dataset folder (repeatable)")
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
    everything: dict[str, Any] = {}
    for dataset in args.dataset:
        if not (dataset / "truth.jsonl").is_file():
            print(f"{dataset}: not a dataset (no truth.jsonl); skipped", file=sys.stderr)
            continue
        truths = {p.id: p.truth for p in load(dataset, args.limit)}
        results: dict[str, dict[str, Any]] = {}
        predictions: dict[str, Any] = {}
        # Rounds run the systems in turn (a, b, c, a, b, c, ...): a slow spell of a shared
        # machine then falls on every system, and the median round is reported.
        runs: dict[str, list[dict[str, Any]]] = {}
        for _ in range(args.repeat):
            for system in systems:
                run = run_system(system, dataset, args.limit)
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


if __name__ == "__main__":
    sys.exit(main())
