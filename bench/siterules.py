"""Site rules against generic extraction: ``python -m bench.siterules --rules DIR --dataset DIR ...``.

For every page whose URL's host has a rule in the given collection (e.g. the
Full-Text RSS configs), extract it with and without the rules loaded and
compare the metrics of record (body F1 and/or snippet counts) per page and on
average.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

import decruft
from decruft._site import load_sites

from . import metrics
from .datasets import is_text_dataset, load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.siterules")
    parser.add_argument("--rules", type=Path, required=True)
    parser.add_argument("--dataset", type=Path, action="append", required=True)
    args = parser.parse_args(argv)
    sites = load_sites([args.rules])
    plain = decruft.Extractor()
    with_rules = decruft.Extractor(rules=[args.rules])
    for dataset in args.dataset:
        text_mode = is_text_dataset(dataset)
        rows = []
        for page in load(dataset):
            host = urlsplit(page.url).hostname if page.url else None
            rule = sites.for_host(host) if host else None
            if rule is None:
                continue
            source = page.raw.decode("utf-8", "replace") if text_mode else page.raw
            results = []
            for extractor in (plain, with_rules):
                try:
                    text = extractor.extract(source, url=page.url).text
                except decruft.DecruftError:
                    text = ""
                results.append(text)
            rows.append((page, rule.name, results))
        print(f"\n## {dataset.name}: {len(rows)} pages with a site rule\n")
        print("| page | rule | without: F1 or snippet errors | with rules |\n|---|---|---:|---:|")
        totals = [[0, 0, 0], [0, 0, 0]]
        f1s: list[list[float]] = [[], []]
        for page, name, results in rows:
            cells = []
            for i, text in enumerate(results):
                if page.truth.get("body"):
                    p, r = metrics.body_pr(text, page.truth["body"])
                    f1s[i].append(metrics.f1(p, r))
                    cells.append(f"{f1s[i][-1]:.3f}")
                else:
                    tp, fp, fn = metrics.snippet_counts(text, page.truth.get("with") or [], page.truth.get("without") or [])
                    totals[i] = [totals[i][0] + tp, totals[i][1] + fp, totals[i][2] + fn]
                    cells.append(f"{fp + fn} errors")
            print(f"| {page.id} | {name} | {cells[0]} | {cells[1]} |")
        for label, i in (("without rules", 0), ("with rules", 1)):
            tp, fp, fn = totals[i]
            parts = []
            if tp + fn:
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn)
                parts.append(f"snippet P {p:.3f} R {r:.3f} F1 {metrics.f1(p, r):.3f}")
            if f1s[i]:
                parts.append(f"mean body F1 {sum(f1s[i]) / len(f1s[i]):.3f}")
            print(f"\n{label}: " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
