"""Prune the chosen article: side blocks, teaser lists, link lists, empty shells,
text-less galleries (rule name ``prune``)."""

from __future__ import annotations

from lxml import etree

from .._article import Removal
from .._parse import inner_text
from .._state import State, shorten
from ._measure import _MEASURES, _Measures, _collapsed_len, _is_inside, class_weight, link_density, text_len

_PRUNE_TAGS = ("table", "ul", "ol", "div", "section", "aside", "form", "fieldset", "dl", "center", "figure")


def prune(state: State, content: etree._Element) -> None:
    """Readability's conditional clean-up: drop link lists, empty shells and text-less galleries;
    first the side blocks the scoring left out (:func:`_outside_side_blocks`) and whole teaser
    lists (:func:`_is_teaser_list`)."""
    root_tree = content.getroottree()
    for el in state.meta.get("_side_blocks", ()):
        if el.getparent() is not None and _is_inside(el, content):
            text = " ".join(inner_text(el).split())
            state.removed.append(Removal("prune", shorten(f"side block: {text}"), root_tree.getpath(el)))
            state.vacate(el)
    candidates = [el for el in content.iter(*_PRUNE_TAGS) if el is not content]
    measures = _Measures({}, {})  # link lengths are read once per enclosing block
    token = _MEASURES.set(measures)
    try:
        # Teaser lists first, outermost first: the inner pass would take their linked
        # headlines one by one and leave the summaries.
        for el in candidates:
            if el.tag in ("div", "section") and el.getparent() is not None and _is_inside(el, content) and _is_teaser_list(el):
                text = " ".join(inner_text(el).split())
                state.removed.append(Removal("prune", shorten(f"teaser list: {text}"), root_tree.getpath(el)))
                for ancestor in el.iterancestors():
                    measures.lengths.pop(ancestor, None)
                state.vacate(el)
        for el in reversed(candidates):  # inner blocks first
            if el.getparent() is None or not _is_inside(el, content):
                continue
            reason = _prune_reason(el)
            if reason is None and el.tag == "aside" and text_len(el) < 0.8 * text_len(content):
                reason = "aside"  # HTML5: content tangential to the article (sidebars, live feeds, pull quotes)
            if reason:
                text = " ".join(inner_text(el).split())
                where = root_tree.getpath(el)
                state.removed.append(Removal("prune", shorten(f"{reason}: {text}" if text else reason), where))
                for ancestor in el.iterancestors():  # their text shrinks
                    measures.lengths.pop(ancestor, None)
                state.vacate(el)
    finally:
        _MEASURES.reset(token)


#: A teaser list has at least this many items of the same tag and class...
TEASER_ITEMS = 4
#: ...each at most this long, opening with a linked headline of at least TEASER_LINK characters.
TEASER_ITEM_CHARS = 400
TEASER_LINK = 15


def _is_teaser_list(el: etree._Element) -> bool:
    """A block of TEASER_ITEMS or more sibling items alike in tag and class, each a linked
    headline of another story with at most a date, a picture and a one-line summary."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in el:
        if isinstance(child.tag, str) and child.tag in ("div", "section", "article", "li") and child.get("class"):
            groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
    for items in groups.values():
        if len(items) >= TEASER_ITEMS and all(_is_teaser(item) for item in items):
            return True
    return False


def _is_teaser(item: etree._Element) -> bool:
    """At most TEASER_ITEM_CHARS of text, opening with a link of TEASER_LINK characters or more."""
    n = text_len(item)
    if not n or n > TEASER_ITEM_CHARS:
        return False
    link = next((a for a in item.iter("a") if a.get("href") and text_len(a) >= TEASER_LINK), None)
    if link is None:
        return False
    # The headline opens the item: its first words are the link's.
    first = next((t.strip() for t in item.itertext() if t.strip()), "")
    return first in " ".join(inner_text(link).split())


def _prune_reason(el: etree._Element) -> str | None:
    text = inner_text(el)
    n = _collapsed_len(text)
    tag = el.tag
    if n == 0:
        if tag == "figure" or el.find(".//img") is not None:
            return None
        return None if tag in ("div", "section") else "empty block"
    if text.count(",") >= 10:
        return None
    density = link_density(el, n)
    if tag in ("ul", "ol"):
        # A list of links is navigation; a list of sentences is content.
        if density > 0.5 and n < 1000:
            return "link list"
        return None
    if tag == "table":
        return "link table" if density > 0.5 else None
    weight = class_weight(el)
    if weight < 0 and density > 0.2:
        return "link-dense block with a cruft class name"
    # Counts of descendants (never el itself: no pruned tag is one of these).
    paragraphs = images = items = 0
    for inner in el.iter("p", "img", "li"):
        if inner.tag == "p":
            paragraphs += 1
        elif inner.tag == "img":
            images += 1
        else:
            items += 1
    items -= 100
    if images > 1 and paragraphs / images < 0.5 and n < 100 and tag != "figure":
        return "image block without text"
    if items > paragraphs and tag not in ("ul", "ol"):
        return "list-heavy block"
    if weight < 25 and density > 0.5 and n < 2000:
        return "link-dense block"
    if weight >= 25 and density > 0.7:
        return "link-dense block"
    return None
