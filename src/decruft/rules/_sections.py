"""The section a heading heads ("Related articles", "Comments"): what a heading phrase removes."""

from __future__ import annotations

from lxml import etree

from .._content import names_body
from .._state import VETO_MIN_PROSE, Prose, State
from ._find import HEADING_TAGS, _PROSE_TAGS, Analysis, _prose
from ._match import text_of

#: Sections found by climbing from a heading stay below this many characters.
MAX_SECTION_CHARS = 6000


def _heading_rank(el: etree._Element) -> int:
    if el.tag in HEADING_TAGS:
        return int(el.tag[1])
    return 7


#: A heading's section never grows into an element holding more than this share of the page's
#: prose before the heading (the text that a "Read more at ..." label closes is not its section).
SECTION_PROSE_SHARE = 0.3


def _prose_before(prose: Prose, parent: etree._Element, cur: etree._Element) -> int:
    """The prose in ``parent`` that is not in ``cur`` or after it (loose text counted as well)."""
    after = prose.mass.get(cur, 0) + sum(prose.mass.get(sib, 0) for sib in cur.itersiblings())
    return prose.mass.get(parent, 0) - after


def section_of(
    state: State, an: Analysis, block: etree._Element, *, prose_allowed: bool = False
) -> list[etree._Element]:
    """The elements making up the section that ``block`` heads.

    Climb from the heading to the largest ancestor that holds no other
    heading, no article prose, not the page's densest prose block (the
    :class:`~decruft._state.Prose` anchor: a post written as loose text and
    ``<br>`` that a "Related:" label closes), no more than SECTION_PROSE_SHARE
    of the page's prose before the heading, and no more than
    :data:`MAX_SECTION_CHARS`; if
    the heading's own parent is already too big, take the heading and its
    following siblings up to the next heading of the same rank.
    """
    prose = None if prose_allowed else state.page_prose()
    cur = block
    while (parent := cur.getparent()) is not None and _can_grow(an, prose, cur, parent, prose_allowed):
        cur = parent
    if cur is not block:
        return [cur]
    return _heading_run(an, block, prose_allowed)


def _can_grow(
    an: Analysis, prose: Prose | None, cur: etree._Element, parent: etree._Element, prose_allowed: bool
) -> bool:
    """May the section grow from ``cur`` to its ``parent`` (see :func:`section_of`)?"""
    if parent.tag in ("body", "html") or parent in an.protected or names_body(parent):
        return False  # a heading inside a post's body ("Read more at ...") never takes the whole body
    if prose is not None and _holds_page_prose(prose, cur, parent):
        return False
    # parent holds more headings / prose than cur iff parent itself or a sibling of cur
    # does: only the siblings are read, not cur's subtree again at every step.
    siblings = [sib for sib in parent if sib is not cur]
    if _adds_heading(parent, siblings) or (not prose_allowed and _adds_prose(an, parent, siblings)):
        return False
    return len(text_of(parent)) <= MAX_SECTION_CHARS * (4 if prose_allowed else 1)


def _adds_heading(parent: etree._Element, siblings: list[etree._Element]) -> bool:
    """Is ``parent`` a heading, or do the ``siblings`` of the section in it hold one?"""
    return parent.tag in HEADING_TAGS or any(map(_holds_heading, siblings))


def _holds_heading(el: etree._Element) -> bool:
    """Is ``el`` a heading or does it hold one? A childless element (most siblings: a link, a
    picture, a line of text) is read by its tag, without a walk of it (``iter`` with the heading
    tags builds their matcher at each call)."""
    if not len(el):
        return el.tag in HEADING_TAGS
    return next(el.iter(*HEADING_TAGS), None) is not None


def _adds_prose(an: Analysis, parent: etree._Element, siblings: list[etree._Element]) -> bool:
    """Is ``parent`` a prose block, or do the ``siblings`` of the section in it hold prose?"""
    return bool(an.mass.get(parent, 0) and parent.tag in _PROSE_TAGS) or any(_prose(an, sib) for sib in siblings)


def _holds_page_prose(prose: Prose, cur: etree._Element, parent: etree._Element) -> bool:
    """On a page with prose to protect: is ``parent`` on the way to its densest prose block, or
    does it hold more than SECTION_PROSE_SHARE of the page's prose before ``cur``?"""
    if prose.total < VETO_MIN_PROSE:
        return False
    return parent in prose.chain or _prose_before(prose, parent, cur) > SECTION_PROSE_SHARE * prose.total


def _heading_run(an: Analysis, block: etree._Element, prose_allowed: bool) -> list[etree._Element]:
    """The heading ``block`` and its following siblings up to the next heading of the same
    rank or higher (a non-heading ``block``: up to the next element of its tag), or prose."""
    run = [block]
    rank = _heading_rank(block)
    for sib in block.itersiblings():
        if sib.tag in HEADING_TAGS and _heading_rank(sib) <= rank:
            break
        if sib.tag == block.tag and rank == 7:
            break
        if not prose_allowed and _prose(an, sib):
            break
        run.append(sib)
    return run
