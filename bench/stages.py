"""Where decruft's time goes: CPU ms per page for each pipeline stage, and the CPU-time ratio
to trafilatura on the same pages in the same process.

``python -m bench.stages [--sets trafilatura-half] [--pages 200] [--rounds 1]``
    runs decruft (default options, HTML mode) on the first PAGES pages of each set and prints,
    per stage (decode, parse, metadata collect, page type, strip, each rule, content choose and
    prune, render, metadata resolve, printed byline, byline/tail/head, fallback, other: freeing
    the page and the glue between stages), the median and the mean CPU ms per page and the
    stage's share of the total. A stage's time is that of its
    outermost call: a stage calling another stage's function keeps the time, except for
    stages marked ``*`` (the rules' shared analysis), whose time is their own.
``python -m bench.stages --ratio [--sets trafilatura-half,htmldate] [--pages 200] [--rounds 3]``
    times decruft and trafilatura (both through bench.systems' adapters, as ``python -m bench``
    calls them) page by page in turn, in one new process per round (after 5 pages of warm-up,
    as bench.worker), and prints each system's CPU ms per page (the sum over pages / pages, as
    ``pages_per_s`` is) per round, and the median round's ratio trafilatura/decruft (the
    bench's ``speed_ratio``).

CPU time (``time.process_time``), not wall-clock: on a machine shared with other work the
wall clock measures the others. No stage times are written anywhere; this is a reading aid.
"""

from __future__ import annotations

import argparse
import json
import functools
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .datasets import Page, load
from .snapshot import DEFAULT_ROOT

#: (module, attribute, stage): the functions timed, looked up by name so that a function
#: that moved is skipped (its time goes to "other") rather than failing the run.
STAGES: list[tuple[str, str, str]] = [
    ("decruft._extractor", "Extractor._to_text_raw", "decode"),
    ("decruft._parse", "parse", "parse"),
    ("decruft.metadata", "collect", "metadata collect"),
    ("decruft._pagetype", "collect", "page type"),
    ("decruft._pagetype", "observe", "page type"),
    ("decruft._pagetype", "classify_html", "page type"),
    ("decruft._parse", "strip_non_content", "strip non-content"),
    ("decruft.rules._find", "_analyse", "rules analysis*"),
    ("decruft._content", "choose", "content choose"),
    ("decruft._content", "prune", "content prune"),
    ("decruft._render", "blocks_of", "render blocks"),
    ("decruft._render", "to_text", "render out"),
    ("decruft._render", "to_markdown", "render out"),
    ("decruft._render", "to_html", "render out"),
    ("decruft.metadata", "resolve", "metadata resolve"),
    ("decruft.metadata", "is_byline", "metadata resolve"),
    ("decruft._extractor", "with_printed_authors", "printed byline"),
    ("decruft._extractor", "_drop_title_block", "byline/tail/head"),
    ("decruft._fallback", "trafilatura_text", "fallback"),
    ("decruft._fallback", "_fallback_ok", "fallback"),
    ("decruft._fallback", "_without_removed", "fallback"),
]


#: The stage of the rules of the chains after the page chain (prune; byline, tail, head).
_POST_STAGES = {"body": "content prune", "text": "byline/tail/head"}


class Clock:
    """CPU seconds per stage for the page being extracted. The outermost timed call keeps the
    time of what it calls, except a stage marked ``own`` (the rules' shared analysis, built by
    whichever rule asks first): its time is its own and is taken off its caller's."""

    def __init__(self) -> None:
        self.page: dict[str, float] = defaultdict(float)
        self.stack: list[float] = []  # per running timed call: CPU seconds of its ``own`` callees

    def wrap(self, stage: str, fn: Callable[..., Any], own: bool = False) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.stack and not own:
                return fn(*args, **kwargs)
            self.stack.append(0.0)
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                carved = self.stack.pop()
                self.page[stage] += spent - carved
                if self.stack:
                    self.stack[-1] += spent

        return timed


def _resolve(module: str, attr: str) -> tuple[Any, str, Any] | None:
    import importlib

    try:
        owner: Any = importlib.import_module(module)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        return owner, name, getattr(owner, name)
    except (ImportError, AttributeError):
        return None


@contextmanager
def instrumented(clock: Clock) -> Iterator[list[str]]:
    """Patch every stage function (and each rule the Ruler hands out) to report to ``clock``;
    yields the stages that could not be found; undoes the patches on exit."""
    from decruft._ruler import Ruler

    undo: list[tuple[Any, str, Any]] = []
    missing: list[str] = []
    for module, attr, stage in STAGES:
        found = _resolve(module, attr)
        if found is None:
            missing.append(f"{module}.{attr}")
            continue
        owner, name, fn = found
        undo.append((owner, name, fn))
        setattr(owner, name, clock.wrap(stage, fn, own=stage.endswith("*")))
    run_rule = Ruler.run_rule

    def timed_run_rule(self: Ruler, state: Any, rule: Any) -> None:
        # A rule finds lazily and the Ruler removes as it goes: one rule's run covers both.
        stage = f"rule {rule.name}" if rule.chain == "page" else _POST_STAGES[rule.chain]
        clock.wrap(stage, run_rule)(self, state, rule)

    undo.append((Ruler, "run_rule", run_rule))
    Ruler.run_rule = timed_run_rule  # type: ignore[method-assign]
    try:
        yield missing
    finally:
        for owner, name, fn in reversed(undo):
            setattr(owner, name, fn)


def profile(pages: list[Page], rounds: int = 1) -> tuple[dict[str, list[float]], list[float], list[str]]:
    """Per stage, the CPU seconds of each page (0.0 where the stage did not run); the total
    per page; the stage functions not found. With several rounds, each page's fastest."""
    import decruft

    extractor = decruft.Extractor()
    clock = Clock()
    best: list[dict[str, float]] = [{} for _ in pages]
    totals = [float("inf")] * len(pages)
    with instrumented(clock) as missing:
        for _ in range(rounds):
            for i, page in enumerate(pages):
                clock.page = defaultdict(float)
                start = time.process_time()
                try:
                    extractor.extract(page.raw, url=page.url, input_format="html")
                except decruft.DecruftError:
                    pass
                total = time.process_time() - start
                if total < totals[i]:
                    totals[i], best[i] = total, dict(clock.page)
    seen = {s: None for b in best for s in b}  # rules in the order they ran
    names = sorted(seen, key=_order)
    per_stage = {s: [b.get(s, 0.0) for b in best] for s in names}
    per_stage["other"] = [t - sum(b.values()) for t, b in zip(totals, best)]
    return per_stage, totals, missing


def _order(stage: str) -> int:
    names = [s for _, _, s in STAGES]
    if stage.startswith("rule "):
        return names.index("rules analysis*") + 1
    return names.index(stage) + (2 if names.index(stage) > names.index("rules analysis*") else 0)


def print_profile(name: str, per_stage: dict[str, list[float]], totals: list[float]) -> None:
    total_mean = statistics.fmean(totals) * 1000
    print(f"\n{name}: {len(totals)} pages, CPU ms/page: median {statistics.median(totals) * 1000:.2f}, "
          f"mean {total_mean:.2f}")  # fmt: skip
    print(f"  {'stage':<28} {'median':>7} {'mean':>7} {'share':>6}")
    rules = {s: v for s, v in per_stage.items() if s.startswith("rule ")}
    rows = list(per_stage.items())
    if rules:
        rows.insert(next(i for i, (s, _) in enumerate(rows) if s.startswith("rule ")),
                    ("rules (all)", [sum(v) for v in zip(*rules.values())]))  # fmt: skip
    for stage, values in rows:
        mean = statistics.fmean(values) * 1000
        indent = "    " if stage.startswith("rule ") else "  "
        print(f"{indent}{stage:<{30 - len(indent)}} {statistics.median(values) * 1000:7.3f} {mean:7.3f} "
              f"{mean / total_mean:6.1%}")  # fmt: skip


def ratio(pages: list[Page]) -> tuple[float, float]:
    """(decruft, trafilatura) CPU seconds per page, each page run by both in turn, after both
    warmed up on the first pages (as ``bench.worker`` does)."""
    from .systems import SYSTEMS

    systems = [SYSTEMS["decruft"], SYSTEMS["trafilatura"]]
    for page in pages[:5]:  # warm up: first-use loads in both
        for adapter in systems:
            _run(adapter, page)
    spent = [0.0, 0.0]
    for page in pages:
        for k, adapter in enumerate(systems):
            start = time.process_time()
            _run(adapter, page)
            spent[k] += time.process_time() - start
    return spent[0] / len(pages), spent[1] / len(pages)


def ratio_rounds(dataset: Path, pages: int, rounds: int) -> list[tuple[float, float]]:
    """:func:`ratio` in a new process per round, as the bench runs each round: what a process
    remembers across pages (class-name and phrase memos) starts empty every time."""
    out = []
    for _ in range(rounds):
        cmd = [sys.executable, "-m", "bench.stages", "--one-round", str(dataset), "--pages", str(pages)]
        done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
        d, t = json.loads(done.stdout.strip().splitlines()[-1])
        out.append((d, t))
    return out


def _run(adapter: Callable[[Page, bool], Any], page: Page) -> None:
    try:
        adapter(page, False)
    except Exception:  # a failure is the bench's business; the time spent still counts
        pass


def print_ratio(name: str, n: int, rounds: list[tuple[float, float]]) -> None:
    ratios = [t / d for d, t in rounds]
    for k, (d, t) in enumerate(rounds, 1):
        print(f"{name} round {k}: decruft {d * 1000:.2f} ms/page, trafilatura {t * 1000:.2f} ms/page, "
              f"ratio {t / d:.2f}x")  # fmt: skip
    mid = sorted(range(len(rounds)), key=ratios.__getitem__)[len(rounds) // 2]
    d, t = rounds[mid]
    print(f"{name}: {n} pages, median round: decruft {d * 1000:.2f} CPU ms/page, trafilatura {t * 1000:.2f}, "
          f"ratio {t / d:.2f}x (rounds {', '.join(f'{r:.2f}' for r in ratios)})")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--sets", default=None, help="comma-separated set names (default trafilatura-half; "
                                                     "with --ratio trafilatura-half,htmldate)")  # fmt: skip
    parser.add_argument("--pages", type=int, default=200, help="the first N pages of each set (default 200)")
    parser.add_argument("--rounds", type=int, default=None, help="default 1 (profile: each page's fastest), 3 (--ratio)")
    parser.add_argument("--ratio", action="store_true", help="decruft and trafilatura CPU ms/page and their ratio")
    parser.add_argument("--one-round", type=Path, help=argparse.SUPPRESS)  # a --ratio round, in its own process
    args = parser.parse_args(argv)
    if args.one_round:
        print(json.dumps(ratio(load(args.one_round, args.pages))))
        return 0
    sets = (args.sets or ("trafilatura-half,htmldate" if args.ratio else "trafilatura-half")).split(",")
    rounds = args.rounds or (3 if args.ratio else 1)
    for name in sets:
        if args.ratio:
            print_ratio(name, args.pages, ratio_rounds(args.datasets / name, args.pages, rounds))
            sys.stdout.flush()
            continue
        pages = load(args.datasets / name, args.pages)
        per_stage, totals, missing = profile(pages, rounds)
        print_profile(name, per_stage, totals)
        if missing:
            print(f"  (not found, counted in other: {', '.join(missing)})")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
