"""The metrics of record (see ../shared/datasets/README.md).

- body: precision/recall/F1 over 4-token shingles (tokens = ``\\w+``, lower-cased),
  each page's TP/FP/FN normalised to sum 1, precision and recall averaged over
  the pages that have body truth, F1 from the two averages (the scrapinghub
  article-extraction-benchmark metric). Shingles are counted as a multiset.
  Texts shorter than 4 tokens count their tokens as one shingle. An empty
  prediction on a non-empty truth is TP=0, FP=0, FN=1: precision 0, recall 0.
- snippets: a found ``with`` snippet is a TP, a missing one an FN, a found
  ``without`` snippet an FP (whitespace-normalised substring match); P/R/F
  from the totals (trafilatura's evaluation).
- title: exact match after case-folding and whitespace collapsing;
  date: same day; authors: the same set of name words (case-folded ``\\w+``
  words of all names, joiners such as "and"/"und" and a leading "By"/"Von"
  left out, so one string joining several names equals a list of them).
  Each over the pages that have that truth.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def body_pr(predicted: str, expected: str) -> tuple[float, float]:
    """Per-page precision and recall from normalised TP/FP/FN."""
    p, e = shingles(predicted), shingles(expected)
    tp = sum((p & e).values())
    fp = sum((p - e).values())
    fn = sum((e - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def norm(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(predicted: str, with_: Iterable[str], without: Iterable[str]) -> tuple[int, int, int]:
    text = norm(predicted)
    tp = fn = fp = 0
    for snippet in with_:
        if norm(snippet) in text:
            tp += 1
        else:
            fn += 1
    for snippet in without:
        if norm(snippet) in text:
            fp += 1
    return tp, fp, fn


def _key(text: object) -> str:
    return norm(str(text or "")).casefold()


def title_ok(predicted: str | None, expected: str) -> bool:
    return _key(predicted) == _key(expected)


#: A byline's label before the first name ("Von Jana Rohde und ...", "By Jane Roe").
_AUTHOR_LABEL = re.compile(r"^\s*(?:by|von|par|por|door)\s+", re.IGNORECASE)
#: Words that join names in one string ("Jane Roe and John Doe"): no name's word.
_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", "en", "i", "og", "och", "ja"})


def name_words(authors: Iterable[str]) -> frozenset[str]:
    """The words of every author's name, case-folded, joiners and a leading label left out:
    ``["Jane Roe", "John Doe"]`` and ``["By Jane Roe and John Doe"]`` give the same set."""
    words: set[str] = set()
    for author in authors:
        tokens = _TOKEN.findall(_AUTHOR_LABEL.sub("", str(author or "")).casefold())
        words.update(t for t in tokens if t not in _NAME_JOINERS)
    return frozenset(words)


def authors_ok(predicted: Iterable[str], expected: Iterable[str]) -> bool:
    """The same name words (:func:`name_words`): author truth is often one string joining several
    names ("Jana Rohde und Max Muster"), and a list item per name is as right."""
    return name_words(predicted) == name_words(expected)


def score(predictions: dict[str, dict[str, Any]], truths: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """All metrics for one system: ``predictions[id] = {title, date, authors, text}``.

    ``per_page[id]`` holds the page's own contributions (for the bootstrap in ``bench.stats``):
    ``f1``, ``p``, ``r`` (body), ``snip`` = (tp, fp, fn) and ``snippet_errors``, and
    ``title``/``date``/``authors`` as booleans, each only where the page has that truth.
    """
    ps, rs = [], []
    stp = sfp = sfn = 0
    titles, dates, authors = [0, 0], [0, 0], [0, 0]
    per_page = {}
    for pid, truth in truths.items():
        pred = predictions.get(pid) or {}
        text = pred.get("text") or ""
        page: dict[str, Any] = {}
        if truth.get("body"):
            p, r = body_pr(text, truth["body"])
            ps.append(p)
            rs.append(r)
            page["f1"] = f1(p, r)
            page["p"], page["r"] = p, r
        if truth.get("with") or truth.get("without"):
            tp, fp, fn = snippet_counts(text, truth.get("with") or [], truth.get("without") or [])
            stp, sfp, sfn = stp + tp, sfp + fp, sfn + fn
            page["snippet_errors"] = fp + fn
            page["snip"] = (tp, fp, fn)
        if truth.get("title"):
            titles[1] += 1
            page["title"] = title_ok(pred.get("title"), truth["title"])
            titles[0] += page["title"]
        if truth.get("date"):
            dates[1] += 1
            page["date"] = (pred.get("date") or "")[:10] == truth["date"]
            dates[0] += page["date"]
        if truth.get("authors"):
            authors[1] += 1
            page["authors"] = authors_ok(pred.get("authors") or [], truth["authors"])
            authors[0] += page["authors"]
        per_page[pid] = page
    out: dict[str, Any] = {"pages": len(truths), "per_page": per_page}
    if ps:
        bp, br = sum(ps) / len(ps), sum(rs) / len(rs)
        out.update(body_p=bp, body_r=br, body_f1=f1(bp, br), body_pages=len(ps))
    if stp + sfn:
        sp = stp / (stp + sfp) if stp + sfp else 0.0
        sr = stp / (stp + sfn)
        out.update(snip_p=sp, snip_r=sr, snip_f1=f1(sp, sr))
    for name, (ok, n) in (("title", titles), ("date", dates), ("authors", authors)):
        if n:
            out[f"{name}_acc"] = ok / n
            out[f"{name}_n"] = n
    return out
