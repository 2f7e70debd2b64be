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
    lead = _lead_before(chosen[0])
    if lead is None or any(lead is c or _is_inside(lead, c) for c in chosen):
        return chosen
    state.content.lead = lead.getroottree().getpath(lead)
    return [lead, *chosen]


def _lead_before(first: etree._Element) -> etree._Element | None:
    """The last lead (:func:`_is_lead`) before ``first`` inside its ancestor LEAD_LEVELS up
    (``<body>`` and ``<html>`` left out), not counting the ancestors themselves."""
    ancestors = list(itertools.islice(first.iterancestors(), LEAD_LEVELS))
    if ancestors and ancestors[-1].tag in ("body", "html"):
        ancestors = [a for a in ancestors if a.tag not in ("body", "html")]
    if not ancestors:
        return None
    above = set(ancestors)
    lead = None
    for el in ancestors[-1].iter():
        if el is first:
            break
        if el not in above and _is_lead(el):
            lead = el
    return lead


def _is_lead(el: etree._Element) -> bool:
    """An element whose class/id names a lead (the ``lead`` patterns of patterns.toml),
    LEAD_CHARS long, with few links."""
    if not isinstance(el.tag, str):
        return False
    attrs = _attrs(el)
    if attrs == " " or not _lead_regex().search(attrs):
        return False
    n = text_len(el)
    return LEAD_CHARS[0] <= n <= LEAD_CHARS[1] and link_density(el, n) < 0.3


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
    """``top`` and the siblings that join it (:func:`_joins_top`), in document order."""
    parent = top.getparent()
    if parent is None or parent.tag == "html":
        return [top]
    keep = [sib for sib in parent if isinstance(sib.tag, str) and (sib is top or _joins_top(sib, top, scores))]
    state.content.siblings = len(keep)
    return keep


def _joins_top(sib: etree._Element, top: etree._Element, scores: dict[etree._Element, float]) -> bool:
    """Readability's sibling test: a sibling of ``top`` scoring SIBLING_SHARE of its score (at
    least 10; one of the same class has a bonus of a fifth of it), a key-points box, or a
    paragraph of prose."""
    threshold = max(10.0, scores[top] * SIBLING_SHARE)
    bonus = scores[top] * 0.2 if _attrs(sib) == _attrs(top) and _attrs(top) != " " else 0
    if sib in scores and scores[sib] + bonus >= threshold:
        return True
    if sib.tag in ("div", "section", "ul", "ol"):
        return _is_key_points(sib)
    return sib.tag == "p" and _is_prose_paragraph(sib)


def _is_prose_paragraph(p: etree._Element) -> bool:
    """Over 80 characters with few links, or a shorter sentence without links."""
    n = text_len(p)
    density = link_density(p, n)
    if n > 80:
        return density < 0.25
    text = " ".join(inner_text(p).split())
    return n > 0 and density == 0 and re.search(r"\.( |$)", text) is not None


def _is_key_points(el: etree._Element) -> bool:
    """A short list of plain sentences beside the article (key points, a summary box)."""
    items = el.findall(".//li")
    if len(items) < 2 or not all(text_len(li) >= 15 for li in items):
        return False
    return link_density(el) < 0.2
