"""Prune the chosen article: side blocks, chart labels, teaser lists, link lists, empty shells,
text-less galleries (rule name ``prune``)."""

from __future__ import annotations

import re

from lxml import etree

from .._article import Removal
from .._parse import inner_text
from .._state import State, shorten
from ._charts import chart_overlays
from ._measure import (
    _MEASURES,
    _attrs,
    _is_inside,
    _Measures,
    class_weight,
    link_density,
    text_len,
)
from ._profiles import PROFILE_REST_MIN, profile_boxes

_PRUNE_TAGS = ("table", "ul", "ol", "div", "section", "aside", "form", "fieldset", "dl", "center", "figure")


def prune(state: State, content: etree._Element) -> None:
    """Readability's conditional clean-up: drop link lists, empty shells and text-less galleries;
    first the side blocks the scoring left out (:func:`_outside_side_blocks`), author boxes
    (:func:`_prune_profiles`) and whole teaser lists (:func:`_is_teaser_list`)."""
    # Content choice's lengths when no rule ran since (the tree is as it measured it), else
    # read as asked; :func:`_remove` forgets what each removal changes.
    measures = state.content.measures or _Measures({}, {})
    token = _MEASURES.set(measures)
    try:
        for el in state.content.side_blocks:
            if _attached_inside(el, content):
                _remove(state, el, f"side block: {_flat_text(el)}", measures)
        for el in chart_overlays(content):
            _remove(state, el, f"chart labels: {_flat_text(el)}", measures)
        candidates = [el for el in content.iter(*_PRUNE_TAGS) if el is not content]
        _prune_profiles(state, content, candidates, measures)
        _prune_teaser_lists(state, content, candidates, measures)
        _prune_leftovers(state, content, candidates, measures)
    finally:
        _MEASURES.reset(token)


def _prune_profiles(
    state: State, content: etree._Element, candidates: list[etree._Element], measures: _Measures
) -> None:
    """Remove the author's and blogger's profile boxes among ``candidates``
    (:func:`~decruft._content._profiles.profile_boxes`: "author-box", "about-the-author",
    "bio-box" when the chosen body still holds PROFILE_REST_MIN characters outside each; a
    blog's "profile" box before the post's headline).

    The staff-list rule names the same boxes, but its guards keep a box holding more of the
    page's paragraph text than a short post does (a long bio under a three-paragraph post,
    the bio's paragraph then the page's anchor); once the post is chosen around it, the box
    is pruned. It is the staff-list rule's work: ``disable=["staff-list"]`` keeps the boxes.
    """
    if "staff-list" in state.disabled:
        return
    for el in profile_boxes(state, content, candidates):
        _remove(state, el, f"author box: {_flat_text(el)}", measures)


def _prune_teaser_lists(
    state: State, content: etree._Element, candidates: list[etree._Element], measures: _Measures
) -> None:
    """Remove the teaser lists (:func:`_is_teaser_list`, :func:`_is_excerpt_list`) among
    ``candidates``, outermost first: the leftovers pass would take their linked headlines one
    by one and leave the summaries. A list of excerpts goes only when the chosen body keeps
    PROFILE_REST_MIN characters outside it (a listing page's body is its teasers)."""
    for el in candidates:
        if not _attached_inside(el, content):
            continue
        if el.tag in ("div", "section") and _is_teaser_list(el):
            _remove(state, el, f"teaser list: {_flat_text(el)}", measures)
        elif _is_teaser_table(el) and text_len(content) - text_len(el) >= PROFILE_REST_MIN:
            _remove(state, el, f"teaser table: {_flat_text(el)}", measures)
        elif _is_excerpt_list(el) and text_len(content) - text_len(el) >= PROFILE_REST_MIN:
            _remove(state, el, f"teaser excerpts: {_flat_text(el)}", measures)


def _prune_leftovers(
    state: State, content: etree._Element, candidates: list[etree._Element], measures: _Measures
) -> None:
    """Remove the ``candidates`` that :func:`_prune_reason` or :func:`_aside_reason` gives a
    reason for, inner blocks first; a link roundup's lists (:func:`_roundup_lists`) stay."""
    spared = _roundup_lists(content, candidates)
    for el in reversed(candidates):
        if not _attached_inside(el, content) or _spared(el, spared):
            continue
        reason = _prune_reason(el) or _aside_reason(el, content)
        if reason:
            text = _flat_text(el)
            _remove(state, el, f"{reason}: {text}" if text else reason, measures)


#: Link lists holding at least this share of the chosen body's text are the post itself...
ROUNDUP_SHARE = 0.5
#: ...when at least this share of their items say something outside their links...
ROUNDUP_ANNOTATED = 0.6
#: ...that is, hold this many words (of two characters or more) outside their links.
ROUNDUP_WORDS = 2
_WORD = re.compile(r"\w{2,}")


def _roundup_lists(content: etree._Element, candidates: list[etree._Element]) -> list[etree._Element]:
    """The link lists of a link roundup ("Links of the week", "Friday links"): a post made of
    lists of links with a word on each ("<a>Ten Ways to Fold a Map</a> – the one that
    works...", "<b>Survey:</b> <a>Maps Still Sell in Print</a>"). The outermost lists that
    the leftovers pass would take as link lists, ROUNDUP_ANNOTATED of whose items hold
    ROUNDUP_WORDS words outside their links, are the article when together they hold
    ROUNDUP_SHARE of the chosen body's text: they stay. A list of bare linked headlines
    ("Previous interviews: ...") is still a link list, however long."""
    floor = ROUNDUP_SHARE * text_len(content)
    lists = [el for el in candidates if el.tag in ("ul", "ol") and next(el.iterancestors("ul", "ol"), None) is None]
    if sum(text_len(el) for el in lists) < floor:  # most pages: no need to judge the lists
        return []
    annotated = [el for el in lists if _prune_reason(el) == "link list" and _is_annotated(el)]
    return annotated if sum(text_len(el) for el in annotated) >= floor else []


def _is_annotated(el: etree._Element) -> bool:
    """ROUNDUP_ANNOTATED of the list's items hold ROUNDUP_WORDS words outside their links."""
    items = list(el.iter("li"))
    return bool(items) and sum(_words_outside_links(li) >= ROUNDUP_WORDS for li in items) >= ROUNDUP_ANNOTATED * len(items)


def _words_outside_links(el: etree._Element) -> int:
    """How many words of ``el``'s text lie outside its links."""
    inside = sum(len(_WORD.findall(inner_text(a))) for a in el.iter("a"))
    return len(_WORD.findall(inner_text(el))) - inside


def _spared(el: etree._Element, spared: list[etree._Element]) -> bool:
    """``el`` is one of the ``spared`` blocks or lies inside one."""
    return bool(spared) and (el in spared or any(a in spared for a in el.iterancestors()))


def _attached_inside(el: etree._Element, content: etree._Element) -> bool:
    """``el`` is still in the tree (no block removed before took it along), under ``content``."""
    return el.getparent() is not None and _is_inside(el, content)


def _flat_text(el: etree._Element) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join(inner_text(el).split())


def _remove(state: State, el: etree._Element, note: str, measures: _Measures) -> None:
    """Record ``el`` under the rule name ``prune`` with ``note`` (shortened) and vacate it;
    its ancestors' memoised lengths are forgotten, as their text shrinks."""
    state.removed.append(Removal("prune", shorten(note), el.getroottree().getpath(el)))
    for ancestor in el.iterancestors():
        measures.lengths.pop(ancestor, None)
        measures.links.pop(ancestor, None)
    state.vacate(el)


def _aside_reason(el: etree._Element, content: etree._Element) -> str | None:
    """HTML5's ``<aside>``: content tangential to the article (sidebars, live feeds, pull
    quotes), unless it holds most of the article's text."""
    if el.tag == "aside" and text_len(el) < 0.8 * text_len(content):
        return "aside"
    return None


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
    first = next((" ".join(t.split()) for t in item.itertext() if t.strip()), "")
    return first in " ".join(inner_text(link).split())


#: A teaser table's rows that are no teaser (its heading, a "more" link) are this short at most.
TEASER_TABLE_OTHER = 80


def _is_teaser_table(el: etree._Element) -> bool:
    """An old layout's "More stories" box set as a table: TEASER_ITEMS or more rows whose one
    cell with text is a teaser (:func:`_is_teaser`: a linked headline, then at most a line of
    summary), its other rows (the box's heading, a "more" link) under TEASER_TABLE_OTHER
    characters. A data table (two cells with text in a row) or a story's own table of
    paragraphs is none."""
    if el.tag != "table":
        return False
    teasers = 0
    for row in el.iter("tr"):
        if next(row.iterancestors("table"), None) is not el:
            continue  # a row of a table inside this one
        cells = [cell for cell in row if cell.tag in ("td", "th") and text_len(cell)]
        if len(cells) > 1:
            return False
        if cells and _is_teaser(cells[0]):
            teasers += 1
        elif cells and text_len(cells[0]) > TEASER_TABLE_OTHER:
            return False
    return teasers >= TEASER_ITEMS


#: The tags of a list of excerpts (:func:`_is_excerpt_list`) and of its items.
_EXCERPT_LISTS = frozenset({"ul", "ol", "div", "section"})
_EXCERPT_ITEMS = frozenset({"li", "div", "article", "section"})
#: An excerpt cut short: its text ends with an ellipsis ("...", "…", "[...]", "(…)").
_TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*[\])]?$")


#: A list of excerpts has at least this share of its items cut short (and two or more): a
#: plugin cuts each story's summary at a length, so the short ones end whole.
EXCERPT_CUT_SHARE = 0.3
EXCERPT_CUT_MIN = 2


def _is_excerpt_list(el: etree._Element) -> bool:
    """A list of TEASER_ITEMS or more sibling items of one tag, classed or not, each another
    story's excerpt (:func:`_is_excerpt`), EXCERPT_CUT_SHARE of them (at least
    EXCERPT_CUT_MIN) cut short with an ellipsis: "related posts" plugins, an old template's
    "Buying guide" box, a magazine's teaser cards, which no author writes into an article.
    The cut marks them where class names are missing."""
    if len(el) < TEASER_ITEMS or el.tag not in _EXCERPT_LISTS:
        return False
    groups: dict[str, list[etree._Element]] = {}
    for child in el:
        if isinstance(child.tag, str) and child.tag in _EXCERPT_ITEMS:
            groups.setdefault(child.tag, []).append(child)
    for items in groups.values():
        if len(items) < TEASER_ITEMS or not all(_is_excerpt(item) for item in items):
            continue
        cut = sum(_is_truncated(item) for item in items)
        if cut >= max(EXCERPT_CUT_MIN, EXCERPT_CUT_SHARE * len(items)):
            return True
    return False


def _is_excerpt(item: etree._Element) -> bool:
    """At most TEASER_ITEM_CHARS of text, holding a link to the story: one whose text or
    ``title`` is TEASER_LINK characters or more (a teaser card links its picture, titled
    with the headline, and prints the headline apart; a headline link may follow a kicker)."""
    n = text_len(item)
    if not n or n > TEASER_ITEM_CHARS:
        return False
    for a in item.iter("a"):
        if a.get("href") and (text_len(a) >= TEASER_LINK or len((a.get("title") or "").strip()) >= TEASER_LINK):
            return True
    return False


def _is_truncated(item: etree._Element) -> bool:
    """Does the item's text end with an ellipsis (:data:`_TRUNCATED`)?"""
    return _TRUNCATED.search(inner_text(item).rstrip()) is not None


#: Readability's "more list items than paragraphs" test, with this many items to spare.
LIST_ITEMS_SPARE = 100


def _prune_reason(el: etree._Element) -> str | None:
    """Why ``el`` is a leftover inside the article (a link list or table, an empty shell, a
    text-less gallery, a link-dense block), or None when it is content: a block with ten
    commas or more is prose."""
    n = text_len(el)
    if n == 0:
        return _empty_reason(el)
    if inner_text(el).count(",") >= 10:
        return None
    density = link_density(el, n)
    if el.tag in ("ul", "ol"):
        # A list of links is navigation; a list of sentences is content.
        return "link list" if density > 0.5 and n < 1000 and not _linked_sentences(el) else None
    if el.tag == "table":
        return "link table" if density > 0.5 and not _linked_sentences(el) else None
    return _block_reason(el, n, density)


#: A list is the article's prose when at least this share of its items are sentences with a
#: link inside them (:func:`_link_in_sentence`).
SENTENCE_ITEMS_SHARE = 0.5


def _linked_sentences(el: etree._Element) -> bool:
    """Are SENTENCE_ITEMS_SHARE of the list's items sentences with a link inside ("Ann has
    patches up to <a>improve the tab unloader</a>, and <a>show UI</a>")? A post's list of
    changes or findings, each linking its source, is link-dense but no link list: a list of
    linked headlines has nothing before its link, a tag or comments widget nothing after it.
    A table's items are those of the lists in its cells (a week's news, a list per day)."""
    items = list(el.iter("li")) if el.tag == "table" else [li for li in el if li.tag == "li"]
    return bool(items) and sum(map(_link_in_sentence, items)) >= SENTENCE_ITEMS_SHARE * len(items)


#: A sentence ends with one of these (a closing quote or bracket may follow).
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)\]]*$")


def _link_in_sentence(item: etree._Element) -> bool:
    """Does the item's text hold words before its first link, and words after it or the full
    stop of a sentence the link ends ("We added <a>Ruby support to the SDK</a>.")?"""
    link = next((a for a in item.iter("a") if inner_text(a).strip()), None)
    if link is None:
        return False
    text, label = inner_text(item), inner_text(link)
    at = text.find(label)
    if at < 0 or not _WORD.search(text[:at]):
        return False
    after = text[at + len(label) :].strip()
    return bool(_WORD.search(after)) or _SENTENCE_CLOSE.match(after) is not None


def _empty_reason(el: etree._Element) -> str | None:
    """An element without text is an empty shell, unless it holds a picture or is a
    ``<div>`` or ``<section>`` (layout)."""
    if el.tag in ("figure", "div", "section") or el.find(".//img") is not None:
        return None
    return "empty block"


def _block_reason(el: etree._Element, n: int, density: float) -> str | None:
    """:func:`_prune_reason` for a block other than a list or table, holding ``n`` characters
    of text of which ``density`` inside links."""
    weight = class_weight(el)
    if weight < 0 and density > 0.2:
        return "link-dense block with a cruft class name"
    paragraphs, images, items = _descendant_counts(el)
    if images > 1 and paragraphs / images < 0.5 and n < 100 and el.tag != "figure":
        return "image block without text"
    if items - LIST_ITEMS_SPARE > paragraphs:
        return "list-heavy block"
    if (weight < 25 and density > 0.5 and n < 2000) or (weight >= 25 and density > 0.7):
        return "link-dense block"
    return None


def _descendant_counts(el: etree._Element) -> tuple[int, int, int]:
    """How many ``<p>``, ``<img>`` and ``<li>`` ``el`` holds (never ``el`` itself: no pruned
    tag is one of these)."""
    counts = {"p": 0, "img": 0, "li": 0}
    for inner in el.iter("p", "img", "li"):
        counts[inner.tag] += 1
    return counts["p"], counts["img"], counts["li"]
