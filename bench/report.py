"""Tables, worst pages and the accuracy-vs-speed plot."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

COLUMNS = [
    ("system", "{}"), ("body P", "{:.3f}"), ("body R", "{:.3f}"), ("body F1", "{:.3f}"), ("snip P", "{:.3f}"),
    ("snip R", "{:.3f}"), ("snip F1", "{:.3f}"), ("title", "{:.3f}"), ("date", "{:.3f}"), ("authors", "{:.3f}"),
    ("ms/page", "{:.1f}"), ("pages/s", "{:.1f}"), ("× traf.", "{:.2f}"), ("RSS MB", "{:.0f}"), ("errors", "{}"),
]  # fmt: skip
KEYS = ["system", "body_p", "body_r", "body_f1", "snip_p", "snip_r", "snip_f1", "title_acc", "date_acc", "authors_acc",
        "median_ms", "pages_per_s", "speed_ratio", "peak_rss_mb", "errors"]  # fmt: skip


def speed(run: dict[str, Any]) -> dict[str, float]:
    times = run["times"]
    total = sum(times)
    return {"median_ms": statistics.median(times) * 1000 if times else 0.0, "pages_per_s": len(times) / total if total else 0.0}


def rows(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    base = results.get("trafilatura", {}).get("pages_per_s")
    out = []
    for name, r in results.items():
        row = dict(r, system=name)
        if base:
            row["speed_ratio"] = r["pages_per_s"] / base
        out.append(row)
    return out


def rounds(results: dict[str, dict[str, Any]]) -> str:
    """Each round's pages/s of decruft and trafilatura, and their ratio in that round: the
    spread between rounds is the machine's, which the median round evens out."""
    mine, base = results.get("decruft", {}), results.get("trafilatura", {})
    a, b = mine.get("rounds_pages_per_s", []), base.get("rounds_pages_per_s", [])
    if not a or not b:
        return ""
    fmt = ", ".join
    ratios = [x / y for x, y in zip(a, b) if y]
    return (
        f"pages/s per round: decruft {fmt(f'{x:.1f}' for x in a)}; trafilatura {fmt(f'{x:.1f}' for x in b)}; "
        f"ratio in each round {fmt(f'{r:.2f}' for r in ratios)}"
    )


def markdown_table(results: dict[str, dict[str, Any]]) -> str:
    head = "| " + " | ".join(c for c, _ in COLUMNS) + " |"
    sep = "|" + "|".join("---" if i == 0 else "---:" for i in range(len(COLUMNS))) + "|"
    lines = [head, sep]
    for row in rows(results):
        cells = []
        for (_, fmt), key in zip(COLUMNS, KEYS, strict=True):
            value = row.get(key)
            cells.append("–" if value is None else fmt.format(value))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def worst(per_page: dict[str, dict[str, Any]], predictions: dict[str, Any], truths: dict[str, Any], n: int) -> str:
    scored = [(v.get("f1", 1.0) - v.get("snippet_errors", 0), pid) for pid, v in per_page.items()]
    lines = []
    for value, pid in sorted(scored)[:n]:
        truth, pred = truths[pid], predictions.get(pid) or {}
        got = " ".join((pred.get("text") or "").split())[:160]
        want = " ".join((truth.get("body") or " / ".join(truth.get("with") or [])).split())[:160]
        lines.append(f"- {pid} ({truth.get('url') or 'no url'}): score {value:.2f}\n  got:  {got}\n  want: {want}")
    return "\n".join(lines)


def plot(results: dict[str, dict[str, Any]], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    for name, r in results.items():
        y = r.get("body_f1", r.get("snip_f1"))
        if y is None or not r.get("pages_per_s"):
            continue
        ax.scatter(r["pages_per_s"], y, color="tab:red" if name == "decruft" else "tab:blue")
        ax.annotate(name, (r["pages_per_s"], y), textcoords="offset points", xytext=(4, 4), fontsize=8)
    ax.set_xscale("log")
    ax.set_xlabel("pages per second (log scale, one process)")
    ax.set_ylabel("body F1" if any("body_f1" in r for r in results.values()) else "snippet F1")
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


ALL_COLUMNS = ["set", "system", "metric", "P", "R", "F1", "95% interval", "title", "date", "authors", "ms/page",
               "pages/s", "× traf.", "RSS MB", "errors", "> 1.5× visible"]  # fmt: skip
_METRIC_NAMES = {"body_f1": "body", "snip_f1": "snippet", "date": "date", "title": "title", "authors": "authors"}


def all_table(sets: list[dict[str, Any]]) -> str:
    """One Markdown table for every set: ``sets[i] = {name, pages, results}`` where each result
    may carry ``metric``, ``value``, ``interval`` (bench.stats) and ``overlong`` (bench.visible).

    P/R/F1 are the body's where the set has body truth, else the snippets'; for a set with
    neither, the interval is that of the accuracy named in ``metric``."""
    head = "| " + " | ".join(ALL_COLUMNS) + " |"
    sep = "|" + "|".join("---" if i < 3 else "---:" for i in range(len(ALL_COLUMNS))) + "|"
    lines = [head, sep]

    def num(value: Any, fmt: str) -> str:
        return "–" if value is None else fmt.format(value)

    for s in sets:
        for row in rows(s["results"]):
            kind = "body" if "body_f1" in row else "snip" if "snip_f1" in row else None
            interval = row.get("interval")
            cells = [
                f"{s['name']} ({s['pages']})",
                row["system"],
                _METRIC_NAMES.get(row.get("metric", ""), "–"),
                num(row.get(f"{kind}_p") if kind else None, "{:.3f}"),
                num(row.get(f"{kind}_r") if kind else None, "{:.3f}"),
                num(row.get(f"{kind}_f1") if kind else None, "{:.3f}"),
                f"[{interval[0]:.3f}, {interval[1]:.3f}]" if interval else "–",
                num(row.get("title_acc"), "{:.3f}"),
                num(row.get("date_acc"), "{:.3f}"),
                num(row.get("authors_acc"), "{:.3f}"),
                num(row.get("median_ms"), "{:.1f}"),
                num(row.get("pages_per_s"), "{:.1f}"),
                num(row.get("speed_ratio"), "{:.2f}"),
                num(row.get("peak_rss_mb"), "{:.0f}"),
                num(row.get("errors"), "{}"),
                num(row.get("overlong"), "{}"),
            ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
