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
    cur = block
    prose = None if prose_allowed else state.page_prose()
    while True:
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in an.protected or names_body(parent):
            break  # a heading inside a post's body ("Read more at ...") never takes the whole body
        if prose is not None and prose.total >= VETO_MIN_PROSE and (
            parent in prose.chain or _prose_before(prose, parent, cur) > SECTION_PROSE_SHARE * prose.total
        ):
            break
        # parent holds more headings / prose than cur iff parent itself or a sibling of cur
        # does: only the siblings are read, not cur's subtree again at every step.
        siblings = [sib for sib in parent if sib is not cur]
        if parent.tag in HEADING_TAGS or any(next(sib.iter(*HEADING_TAGS), None) is not None for sib in siblings):
            break
        if not prose_allowed and (an.mass.get(parent, 0) and parent.tag in _PROSE_TAGS or any(_prose(an, sib) for sib in siblings)):
            break
        if len(text_of(parent)) > (MAX_SECTION_CHARS * (4 if prose_allowed else 1)):
            break
        cur = parent
    if cur is not block:
        return [cur]
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
