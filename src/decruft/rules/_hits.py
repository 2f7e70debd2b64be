"""The ways a rule finds its hits: by class/id, by tag or role, by label, by heading.

Each yields :class:`~decruft._ruler.Match` records; the runner applies the guards
(:mod:`._guards`) and removes. They are generators: a match is applied before the
next is looked for, so each sees the page without the blocks removed before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from lxml import etree

from .._ruler import MAX_MASS_SHARE, Match
from .._state import State
from ._attrs import attr_matcher
from ._find import _rule_names, analysis
from ._guards import is_attached, removable
from ._match import text_of
from ._sections import section_of

#: Article-like prose (characters in long paragraphs) a widget matched by class name may hold.
WIDGET_PROSE = 400


def matches(
    elements: Iterable[etree._Element],
    reason: str,
    *,
    max_prose: int | None = None,
    max_share: float = MAX_MASS_SHARE,
    landmark: bool = False,
) -> Iterator[Match]:
    """A :class:`Match` for each element; ``max_prose`` spares blocks holding more prose.
    ``landmark``: the element's own markup says it is what the rule removes, which the
    article veto trusts (:func:`~decruft.rules._guards.article_veto`)."""
    for el in elements:
        yield Match(el, reason, landmark=landmark, max_share=max_share, max_prose=max_prose)


def id_names(state: State, el: etree._Element, rule: str) -> bool:
    """Does the element's id alone match ``rule``'s class/id patterns (``id="comments"``,
    ``id="sidebar"``)? Such an id is a landmark of the page (see :meth:`State.remove`)."""
    return attr_matcher(tuple(_rule_names(state))).of_id(el.get("id")) == rule


def class_id_hits(state: State, rule: str, *, max_prose: int | None = WIDGET_PROSE) -> Iterator[Match]:
    """The elements whose class/id matched ``rule``'s patterns (sparing prose-rich blocks).
    The rule set is read once, not once per element (each hit asks whether its id is a landmark)."""
    an = analysis(state)
    of_id = an.matcher.of_id
    for el in an.attr_hits.get(rule, ()):
        if on_page(state, el):
            yield Match(el, "class/id", landmark=of_id(el.get("id")) == rule, max_prose=max_prose)


def tag_hits(state: State, rule: str) -> Iterator[Match]:
    """The elements whose tag or ARIA role belongs to ``rule``."""
    return matches((el for el in analysis(state).tag_hits.get(rule, ()) if on_page(state, el)), "tag/role")


def labels(state: State, rule: str) -> Iterator[Match]:
    """Blocks whose whole text is one of ``rule``'s labels; not a label linked inside a sentence
    ("a photo she posted to <a>Facebook</a> started ..."), a word of it (:func:`in_sentence`)."""
    hits = analysis(state).phrase_hits.get(rule, ())
    return matches((h.el for h in hits if h.kind == "label" and on_page(state, h.el) and not in_sentence(h.el, 0)), "label")


def on_page(state: State, el: etree._Element) -> bool:
    """Is the hit ``el`` still in the page? Most of a page's hits lie inside a block removed
    before (the menu items of a removed menu): the guards refuse them (:func:`~._guards.removable`),
    and a run skips them before making a match. A dry run, which removes nothing, lists every hit."""
    return state.proposals is not None or is_attached(el, state.root)


def headed_sections(
    state: State, rule: str, *, prose_allowed: bool = False, tags: frozenset[str] | None = None
) -> Iterator[Match]:
    """Each section headed by one of ``rule``'s heading phrases (only those in elements of
    ``tags`` when given); a heading already removed, or guarded, heads nothing. A heading
    whose own id names what ``rule`` removes (``<h2 id="comments">``) makes itself and the
    siblings it heads landmarks: an old blog's flat comment thread under it may hold the
    page's densest reply (:func:`~._guards._beside_post`)."""
    an = analysis(state)
    for hit in an.phrase_hits.get(rule, ()):
        if hit.kind != "heading" or (tags is not None and hit.el.tag not in tags) or in_sentence(hit.el):
            continue
        if column_name(hit.el):
            continue
        if not removable(state, an, hit.el):
            continue
        named = id_names(state, hit.el, rule)
        parent = hit.el.getparent()  # read before the heading goes (a placeholder takes its place)
        for el in section_of(state, an, hit.el, prose_allowed=prose_allowed):
            # The heading's id names it, not what a climb from it reached: only the heading
            # and the siblings it heads are landmarks.
            yield Match(el, f"under heading {hit.text!r}", landmark=named and el.getparent() is parent)


#: A table cell whose text is at most this many characters longer than its heading phrase's
#: holds only the phrase ("Comment", "Comments:", "Related (3)").
COLUMN_NAME_EXTRA = 6


def column_name(el: etree._Element) -> bool:
    """Is ``el`` (a heading phrase's element) the name of a data table's column or row: the
    whole text of a cell, without a link, in a row of two or more cells? A "Comment" or
    "Related" column heads the cells under it, not a section: climbing from it took the
    table, or the article block holding it. A layout table's cell holding a comment thread
    under its heading holds much more than the heading; a menu written as a table row ("About
    us", "Contact us") links its cells."""
    cell = el if el.tag in ("td", "th") else next(el.iterancestors("td", "th"), None)
    if cell is None:
        return False
    row = cell.getparent()
    if row is None or row.tag != "tr" or sum(1 for c in row if c.tag in ("td", "th")) < 2:
        return False
    if cell.find(".//a[@href]") is not None:
        return False  # a menu written as a table row: its cells are links
    return len(text_of(cell)) <= len(text_of(el)) + COLUMN_NAME_EXTRA


#: Elements that run inside a line of text: a heading phrase in one is a word of a sentence.
_INLINE = frozenset({"a", "span", "em", "strong", "b", "i", "u", "font", "small", "abbr", "cite", "mark", "q"})
#: A line this long around a heading phrase is the article's prose; a shorter one may be a promo
#: line that the phrase heads ("To get these by e-mail, sign up for our <a>Newsletter</a>."). A
#: label inside a sentence is a word of it in a line of any length (it would be cut out alone).
SENTENCE_LINE_CHARS = 200


def in_sentence(el: etree._Element, line_chars: int = SENTENCE_LINE_CHARS) -> bool:
    """Is ``el`` an inline element with words on both sides of it, in a line of ``line_chars``
    or more ("... Jane Roebuck <a>suggested</a> that ...")? Its phrase is a word of the
    sentence, not a heading over a section nor a label to cut out."""
    if el.tag not in _INLINE:
        return False
    prev, parent = el.getprevious(), el.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None else None) or ""
    if not _has_word(before) or not _has_word(el.tail or ""):
        return False
    if line_chars <= 0:
        return True
    line = parent
    while line is not None and line.tag in _INLINE:
        line = line.getparent()
    return line is not None and len(text_of(line)) >= line_chars


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)
