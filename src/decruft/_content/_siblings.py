"""What joins the chosen element: siblings that score close to it, key-point boxes, loose
paragraphs, same-class twins and cousins, and the lead printed above the body."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from lxml import etree

from .._headline import headline_of
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
    ancestor LEAD_LEVELS up, with few links; else the one printed under the headline
    (:func:`_headline_lead`)."""
    if not chosen:
        return chosen
    lead = _lead_before(chosen[0])
    if lead is None:
        lead = _headline_lead(state, chosen[0])
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


#: A lead printed under the headline without a name (:func:`_headline_lead`) has this many
#: words at least (a byline or a dateline has fewer)...
HEADLINE_LEAD_WORDS = 10
#: ...this share of its text in links at most...
HEADLINE_LEAD_LINKS = 0.1
#: ...and shares an ancestor with the body at most this many levels above the body (the
#: header of a page's wrapper, further up, holds the site's blurbs, not the story's lead).
HEADLINE_LEAD_LEVELS = 5
#: The heading the lead follows prints this share of a title's words at least (a blog's name,
#: "Blog name: Post title", prints less).
HEADLINE_COVER = 0.5
#: Leaf blocks a lead is printed in.
_LEAD_TAGS = frozenset({"p", "div", "section", "span", "h2", "h3", "h4"})
#: A block holding one of these is no leaf; a lead inside one of the others is not the story's.
_LEAD_BLOCKERS = frozenset({"p", "div", "section", "ul", "ol", "table", "figure"})
_LEAD_OUTSIDE = frozenset({"figure", "figcaption", "li", "a"})
_SENTENCE_END = (".", "!", "?", "…")


def _headline_lead(state: State, first: etree._Element) -> etree._Element | None:
    """The lead printed under the headline without a class naming it: the first leaf block
    after the heading printing the page's title (:func:`~decruft._headline.headline_of`),
    inside the heading's grandparent and before the body's ``first`` element, of LEAD_CHARS,
    HEADLINE_LEAD_WORDS words at least, with few links, ending a sentence, sharing an
    ancestor with the body HEADLINE_LEAD_LEVELS up at most, and not printed in the body."""
    head = headline_of(state, 1, HEADLINE_COVER)
    scope = _lead_scope(head, first) if head is not None else None
    if head is None or scope is None:
        return None
    near = set(itertools.islice(first.iterancestors(), HEADLINE_LEAD_LEVELS))
    started = False
    for el in scope.iter():
        if el is first:
            return None
        started = started or el is head
        if started and el not in near and _reads_as_lead(el, head) and any(a in near for a in el.iterancestors()):
            if _not_in(el, first):
                return el
    return None


def _lead_scope(head: etree._Element, first: etree._Element) -> etree._Element | None:
    """The headline's grandparent, where its lead is looked for; None when the body holds the
    headline (its lead is then the body's)."""
    parent = head.getparent()
    scope = parent.getparent() if parent is not None else None
    return None if scope is None or head is first or _is_inside(head, first) else scope


def _reads_as_lead(el: etree._Element, head: etree._Element) -> bool:
    """A leaf block of a sentence or two after the headline ``head``, outside it, figures, list
    items and links (:func:`_headline_lead`)."""
    if not isinstance(el.tag, str) or el.tag not in _LEAD_TAGS or any(c.tag in _LEAD_BLOCKERS for c in el):
        return False
    if el is head or _is_inside(el, head):
        return False
    n = text_len(el)
    if not LEAD_CHARS[0] <= n <= LEAD_CHARS[1] or link_density(el, n) >= HEADLINE_LEAD_LINKS:
        return False
    if any(a.tag in _LEAD_OUTSIDE for a in el.iterancestors()):
        return False
    text = " ".join(inner_text(el).split())
    return len(text.split()) >= HEADLINE_LEAD_WORDS and text.rstrip(" \"'”»)").endswith(_SENTENCE_END)


def _not_in(el: etree._Element, first: etree._Element) -> bool:
    """Is ``el``'s text not printed again in the body's ``first`` element (a summary box
    repeating the first paragraph)?"""
    return " ".join(inner_text(el).split())[:80] not in " ".join(inner_text(first).split())


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
