"""What joins the chosen element: siblings that score close to it, key-point boxes, loose
paragraphs, same-class twins and cousins, and the lead printed above the body."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from lxml import etree

from .._parse import inner_text
from .._state import State
from ._measure import MIN_PARAGRAPH, _attrs, _is_inside, _lead_regex, link_density, text_len

#: Siblings scoring at least this share of the best candidate join it.
SIBLING_SHARE = 0.2


def _alike(el: etree._Element, joins: Callable[[etree._Element], bool]) -> list[etree._Element]:
    """``el`` and its siblings of the same tag and class that ``joins`` accepts, in document
    order; ``el`` alone when it has no class or id to go by."""
    parent = el.getparent()
    attrs = _attrs(el)
    if parent is None or attrs == " ":
        return [el]
    return [sib for sib in parent if sib is el or (sib.tag == el.tag and _attrs(sib) == attrs and joins(sib))]


def _with_twins(hint: etree._Element) -> list[etree._Element]:
    """The hinted body and its siblings of the same tag and class ("story-body" blocks split
    by an ad or a "continue reading" interrupter), in document order."""

    def joins(sib: etree._Element) -> bool:
        n = text_len(sib)
        return n >= MIN_PARAGRAPH and link_density(sib, n) < 0.3

    return _alike(hint, joins)


#: A lead (standfirst) holds this many characters...
LEAD_CHARS = (40, 700)
#: ...and sits inside the article body's ancestor at most this many levels up.
LEAD_LEVELS = 4


def _with_lead(state: State, chosen: list[etree._Element]) -> list[etree._Element]:
    """Add the lead printed above the article body ("content__intro", "standfirst",
    "Vorspann", "chapo"): news templates put it in the article header, outside the
    block holding the paragraphs. The nearest one before the body, within its
    ancestor LEAD_LEVELS up, with few links."""
    if not chosen:
        return chosen
    first = chosen[0]
    ancestors = list(itertools.islice(first.iterancestors(), LEAD_LEVELS))
    if not ancestors or ancestors[-1].tag in ("body", "html"):
        ancestors = [a for a in ancestors if a.tag not in ("body", "html")]
    if not ancestors:
        return chosen
    lead_re = _lead_regex()
    above = set(ancestors)
    lead = None
    for el in ancestors[-1].iter():
        if el is first:
            break
        if el in above or not isinstance(el.tag, str):
            continue
        attrs = _attrs(el)
        if attrs != " " and lead_re.search(attrs):
            n = text_len(el)
            if LEAD_CHARS[0] <= n <= LEAD_CHARS[1] and link_density(el, n) < 0.3:
                lead = el
    if lead is None or any(lead is c or _is_inside(lead, c) for c in chosen):
        return chosen
    state.meta["content_lead"] = lead.getroottree().getpath(lead)
    return [lead, *chosen]


#: A block of the article beside the chosen one holds at least this many characters of paragraphs.
COUSIN_PROSE = 200


def _with_cousins(top: etree._Element, paragraphs: dict[etree._Element, int]) -> list[etree._Element]:
    """``top`` alone in its wrapper, and the wrappers beside it of the same tag and class
    that hold paragraphs with few links: an article cut into grid rows between ad slots
    ("row" > "columns" four times, the last row the longest) rather than one block."""
    parent = top.getparent()
    if parent is None or parent.tag in ("body", "html") or top.getprevious() is not None or top.getnext() is not None:
        return [top]

    def joins(sib: etree._Element) -> bool:
        prose = sum(paragraphs.get(p, 0) for p in sib.iter("p"))
        return prose >= COUSIN_PROSE and link_density(sib) < 0.3

    return [top if row is parent else row for row in _alike(parent, joins)]


def _with_siblings(
    state: State, top: etree._Element, scores: dict[etree._Element, float]
) -> list[etree._Element]:
    parent = top.getparent()
    if parent is None or parent.tag == "html":
        return [top]
    threshold = max(10.0, scores[top] * SIBLING_SHARE)
    keep = []
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            keep.append(sib)
            continue
        bonus = scores[top] * 0.2 if _attrs(sib) == _attrs(top) and _attrs(top) != " " else 0
        if sib in scores and scores[sib] + bonus >= threshold:
            keep.append(sib)
        elif sib.tag in ("div", "section", "ul", "ol") and _is_key_points(sib):
            keep.append(sib)
        elif sib.tag == "p":
            n = text_len(sib)
            density = link_density(sib, n)
            text = " ".join(inner_text(sib).split())
            if (n > 80 and density < 0.25) or (0 < n <= 80 and density == 0 and re.search(r"\.( |$)", text)):
                keep.append(sib)
    state.meta["content_siblings"] = len(keep)
    return keep


def _is_key_points(el: etree._Element) -> bool:
    """A short list of plain sentences beside the article (key points, a summary box)."""
    items = el.findall(".//li")
    if len(items) < 2 or not all(text_len(li) >= 15 for li in items):
        return False
    return link_density(el) < 0.2
