"""Cruft found by its shape, not its words: teaser lists, and blocks that may outweigh the article."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from lxml import etree

from .._ruler import Match
from .._state import PROSE_WORDS, Prose, State
from ._find import TEASER_HEADINGS, analysis, mass_in
from ._guards import is_attached
from ._match import text_of

#: A teaser list has at least this many items...
TEASER_ITEMS = 4
#: ...each holding one linked headline and at most this much text.
TEASER_ITEM_CHARS = 600


def teaser_lists(state: State) -> list[etree._Element]:
    """Lists of story teasers: a linked headline and a short summary, repeated.

    Each heading whose text is a link is taken up to its *item*: the largest
    ancestor holding only that one linked headline and at most
    ``TEASER_ITEM_CHARS`` of text. A parent with ``TEASER_ITEMS`` or more such
    items is a teaser list ("more stories" feeds under an article), whatever its
    class names or heading say.
    """
    # The body's headings as the analysis met them, those still on the page (a removed one is detached).
    linked = [h for h in analysis(state).headings if _is_linked_headline(h) and is_attached(h, state.root)]
    if len(linked) < TEASER_ITEMS:
        return []
    fits = _item_test(set(linked))
    items: dict[etree._Element, set[etree._Element]] = {}
    for h in linked:
        item = _teaser_item(h, fits)
        if item is not None and item.getparent() is not None:
            items.setdefault(item.getparent(), set()).add(item)
    return [parent for parent, found in items.items() if len(found) >= TEASER_ITEMS]


def more_link_teasers(state: State, rule: str) -> list[etree._Element]:
    """Lists of story teasers whose headline is not a link: a heading, a short summary and a
    "Read more" link (one of ``rule``'s labels), repeated.

    Each such link is taken up to its *item*: the largest ancestor holding only that one
    link, at most one heading and at most ``TEASER_ITEM_CHARS`` of text; an item must hold
    its heading. A parent with ``TEASER_ITEMS`` or more such items is a teaser list. Found
    before the links (read as labels or headings) are removed one by one: without its links
    the list reads as prose.
    """
    an = analysis(state)
    links = [h.el for h in an.phrase_hits.get(rule, ()) if _is_link(h.el)]
    links = [a for a in links if is_attached(a, state.root)]
    if len(links) < TEASER_ITEMS:
        return []
    marks = set(links)
    heads = {h for h in an.headings if is_attached(h, state.root)}
    fits: dict[etree._Element, bool] = {}

    def test(el: etree._Element) -> bool:
        ok = fits.get(el)
        if ok is None:
            ok = fits[el] = len(text_of(el)) <= TEASER_ITEM_CHARS and (
                sum(1 for x in el.iter() if x in marks) <= 1 and sum(1 for x in el.iter(*TEASER_HEADINGS) if x in heads) <= 1
            )
        return ok

    items: dict[etree._Element, set[etree._Element]] = {}
    for link in links:
        item = _teaser_item(link, test)
        if item is not None and item.getparent() is not None and any(x in heads for x in item.iter(*TEASER_HEADINGS)):
            items.setdefault(item.getparent(), set()).add(item)
    return [parent for parent, found in items.items() if len(found) >= TEASER_ITEMS]


def _is_link(el: etree._Element) -> bool:
    """A link, or a block holding one (a label's wrapper: ``<span class="more"><a>...</a></span>``)."""
    return el.tag == "a" or el.find(".//a[@href]") is not None


def _is_linked_headline(h: etree._Element) -> bool:
    """A heading of 15 characters or more, four fifths of them in a link."""
    link = next((a for a in h.iter("a") if a.get("href")), None)
    if link is None:  # most headings of an article page: their text is not read
        return False
    text = text_of(h)
    return len(text) >= 15 and len(text_of(link)) >= 0.8 * len(text)


def _item_test(headlines: set[etree._Element]) -> Callable[[etree._Element], bool]:
    """Does an element fit in a teaser item: at most TEASER_ITEM_CHARS of text and at most
    one of ``headlines``? Headlines share their ancestors: each ancestor's verdict is
    computed once, not once per headline below it."""
    fits: dict[etree._Element, bool] = {}

    def test(el: etree._Element) -> bool:
        ok = fits.get(el)
        if ok is None:
            ok = fits[el] = len(text_of(el)) <= TEASER_ITEM_CHARS and (
                sum(1 for x in el.iter(*TEASER_HEADINGS) if x in headlines) <= 1
            )
        return ok

    return test


def _teaser_item(h: etree._Element, fits: Callable[[etree._Element], bool]) -> etree._Element | None:
    """The teaser item of the headline ``h``: climbing from ``h`` while the ancestors ``fit``
    (:func:`_item_test`), below ``<body>``, the last one reached; None when its parent does not fit."""
    item = None
    for ancestor in h.iterancestors():
        if ancestor.tag in ("body", "html") or not fits(ancestor):
            break
        item = ancestor
    return item


#: Prose (characters in long paragraphs) that must remain outside a block removed on
#: structural evidence (slide counters, teaser items) that may outweigh the article.
MIN_ARTICLE_LEFT = 500


def outweighing(state: State, elements: Iterable[etree._Element]) -> Iterator[Match]:
    """Blocks found by their shape, to be removed even when their text outweighs the article's
    (a 50-slide gallery, a 20-story feed), as long as an article remains outside them.
    When the page's densest prose block (the veto's anchor) is one item of the block, a
    slide among like slides (:func:`_item_anchor`), the block is a list of items, not the
    article: the removal passes the article veto as a ``landmark``."""
    an = analysis(state)
    for el in elements:
        inside = mass_in(an, el)
        if an.total_mass - inside >= max(MIN_ARTICLE_LEFT, an.total_mass * 0.1):
            yield Match(el, "shape", max_share=0.99, landmark=_item_anchor(state, el))


#: The anchor is a list of items, or one item of one, when more than this many like items hold prose.
LIKE_ITEMS = 2


def _item_anchor(state: State, el: etree._Element) -> bool:
    """Is the page's densest prose block inside ``el`` a list of like items, or one of several
    like items (same tag and class, each holding prose), such as a slide show's slides?"""
    prose = state.page_prose()
    if prose is None or prose.anchor is None or el not in prose.chain:
        return False
    anchor = prose.anchor
    if _like_items(prose, list(anchor)) > LIKE_ITEMS:  # the anchor is the list ("<li>" items)
        return True
    parent = anchor.getparent()
    return anchor is not el and parent is not None and _like_items(prose, list(parent), anchor) > LIKE_ITEMS


def _like_items(prose: Prose, items: list[etree._Element], like: etree._Element | None = None) -> int:
    """How many of ``items`` share the tag and class of ``like`` (else of the commonest such
    pair) and hold prose of their own."""
    counts: dict[tuple[str, str | None], int] = {}
    for item in items:
        if isinstance(item.tag, str) and prose.mass.get(item, 0) >= PROSE_WORDS * 10:
            key = (item.tag, item.get("class"))
            counts[key] = counts.get(key, 0) + 1
    if like is not None:
        return counts.get((like.tag, like.get("class")), 0)
    return max(counts.values(), default=0)
