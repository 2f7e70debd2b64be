"""The guards every cruft rule's removals pass: never the article's anchor, its ancestors,
or a block holding most of the page's paragraph text."""

from __future__ import annotations

from lxml import etree

from .._state import PLACEHOLDER_ATTR, State
from ._find import Analysis, mass_in

#: Fraction of the page's paragraph mass no rule may remove in one block.
MAX_MASS_SHARE = 0.5


def is_attached(el: etree._Element, root: etree._Element) -> bool:
    top = el
    for top in el.iterancestors():
        pass
    return top is root


def removable(state: State, an: Analysis, el: etree._Element, *, max_share: float = MAX_MASS_SHARE) -> bool:
    """May a rule remove ``el``? Never the article's anchor, its ancestors, or most of its text.

    ``max_share`` above 0.5 is for certain evidence (an element styled invisible):
    it lifts the anchor guard and allows removing up to that share of the text.
    """
    if el.tag in ("html", "body", "head") or PLACEHOLDER_ATTR in el.attrib:
        return False
    if el in an.protected and max_share <= MAX_MASS_SHARE:
        return False
    if not is_attached(el, state.root):
        return False
    if an.total_mass:
        inside = mass_in(an, el)
        if inside > max_share * an.total_mass:
            return False
    return True
