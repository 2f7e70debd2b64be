"""Bootstrap intervals over pages, for one system's score and for the gap between two systems.

Every interval resamples *pages* (with replacement, as many as the set has) and
recomputes the metric of record from the resampled pages' own contributions:
the mean of per-page precision and recall for the body metric, the totals of
per-page snippet TP/FP/FN for the snippet metric, the share of right answers
for title/date/authors. The gap between two systems is paired: both are scored
on the same resample, so what the pages have in common cancels out.

Per-page contributions come from :func:`bench.metrics.score` (its ``per_page``):
``p``/``r`` (body), ``snip`` = (tp, fp, fn), ``title``/``date``/``authors`` (0 or 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

ROUNDS = 1000
SEED = 1
#: Two scores closer than this are reported as tied.
TIE = 0.0005


def primary(per_page: dict[str, dict[str, Any]]) -> str | None:
    """The set's headline metric: ``body_f1`` if any page has body truth, else ``snip_f1``,
    else the first of ``date``/``title``/``authors`` that any page has."""
    pages = per_page.values()
    if any("p" in v for v in pages):
        return "body_f1"
    if any("snip" in v for v in pages):
        return "snip_f1"
    for key in ("date", "title", "authors"):
        if any(key in v for v in pages):
            return key
    return None


def _columns(per_page: dict[str, dict[str, Any]], ids: Sequence[str], metric: str) -> np.ndarray:
    """One row per page, the columns the metric is summed from (NaN where the page has no truth)."""
    rows = []
    for pid in ids:
        v = per_page.get(pid, {})
        if metric == "body_f1":
            rows.append((v["p"], v["r"], 1.0) if "p" in v else (0.0, 0.0, 0.0))
        elif metric == "snip_f1":
            rows.append(tuple(float(x) for x in v["snip"]) if "snip" in v else (0.0, 0.0, 0.0))
        else:
            rows.append((float(v[metric]), 1.0, 0.0) if metric in v else (0.0, 0.0, 0.0))
    return np.asarray(rows, dtype=float).reshape(len(ids), 3)


def _value(sums: np.ndarray, metric: str) -> np.ndarray:
    """The metric from column sums (``sums[..., 3]``), vectorised over resamples."""
    a, b, c = sums[..., 0], sums[..., 1], sums[..., 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        if metric == "body_f1":
            p, r = a / c, b / c
            f = 2 * p * r / (p + r)
        elif metric == "snip_f1":  # a = tp, b = fp, c = fn
            p, r = a / (a + b), a / (a + c)
            f = 2 * p * r / (p + r)
        else:
            f = a / b
    return np.nan_to_num(f, nan=0.0)


def _weights(n: int, rounds: int, seed: int) -> np.ndarray:
    """How many times each page is drawn in each resample: ``rounds x n``."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(rounds, n))
    counts = np.zeros((rounds, n))
    np.add.at(counts, (np.arange(rounds)[:, None], idx), 1)
    return counts


class Bootstrap:
    """The same page resamples for every system of one set (so gaps are paired)."""

    def __init__(self, ids: Sequence[str], rounds: int = ROUNDS, seed: int = SEED) -> None:
        self.ids = list(ids)
        self.weights = _weights(len(self.ids), rounds, seed) if self.ids else np.zeros((0, 0))

    def samples(self, per_page: dict[str, dict[str, Any]], metric: str) -> np.ndarray:
        cols = _columns(per_page, self.ids, metric)
        return _value(self.weights @ cols, metric)

    def value(self, per_page: dict[str, dict[str, Any]], metric: str) -> float:
        return float(_value(_columns(per_page, self.ids, metric).sum(axis=0), metric))

    def interval(self, per_page: dict[str, dict[str, Any]], metric: str) -> tuple[float, float]:
        """95% interval of the system's score."""
        return _percentiles(self.samples(per_page, metric))

    def gap(self, mine: dict[str, dict[str, Any]], other: dict[str, dict[str, Any]], metric: str) -> tuple[float, float, float]:
        """``(mine - other, low, high)``: the gap and its paired 95% interval."""
        d = self.value(mine, metric) - self.value(other, metric)
        low, high = _percentiles(self.samples(mine, metric) - self.samples(other, metric))
        return d, low, high


def _percentiles(values: np.ndarray) -> tuple[float, float]:
    if values.size == 0:
        return 0.0, 0.0
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def verdict(name: str, peer: str, metric: str, gap: tuple[float, float, float]) -> str:
    """``decruft above trafilatura on body_f1 (+0.012, 95% [+0.004, +0.020]): beyond the interval (it excludes 0)``."""
    d, low, high = gap
    word = "tied with" if abs(d) < TIE else "above" if d > 0 else "below"
    beyond = low > 0 or high < 0
    return (
        f"{name} {word} {peer} on {metric} ({d:+.3f}, 95% [{low:+.3f}, {high:+.3f}]): "
        + ("beyond the interval (it excludes 0)" if beyond else "within the interval (it includes 0)")
    )
