"""Rule ``hidden``."""

from collections.abc import Iterator

from lxml import etree

from .._ruler import Match
from .._state import State
from ._find import analysis, attributed
from ._hits import class_id_hits, matches


def _hidden_elements(state: State) -> list[etree._Element]:
    """``hidden``, ``aria-hidden="true"``, or an inline style with ``display:none`` /
    ``visibility:hidden`` (spaces ignored), among the elements with one of these attributes
    (:func:`~decruft.rules._find.attributed`); Python reads the style: ``translate()`` on
    every element's style in XPath costs twice as much."""
    found = []
    for el in attributed(state).hideable:
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            found.append(el)
            continue
        style = (el.get("style") or "").replace(" ", "")
        if "display:none" in style or "visibility:hidden" in style:
            found.append(el)
    return found


def hidden(state: State) -> Iterator[Match]:
    """Elements a reader never sees.

    ``hidden`` and ``aria-hidden="true"`` elements, inline ``display:none`` /
    ``visibility:hidden``, and screen-reader-only helper classes: collapsed
    menus, modal templates, duplicated labels. Never the article itself, and
    never the hidden pages of an article shown one page at a time (a sibling
    with the same class is on show).
    """
    hidden = [el for el in _hidden_elements(state) if not _page_of_article(el)]
    # The element's own markup hides it: a landmark to the article veto (a hidden decoy or
    # duplicate of the article is not the article a reader sees).
    yield from matches(hidden, "hidden", max_share=0.8, landmark=True)
    an = analysis(state)
    an.attr_hits["hidden"] = [el for el in an.attr_hits.get("hidden", []) if not _page_of_article(el)]
    yield from class_id_hits(state, "hidden")


_HIDING_TOKENS = frozenset({"hidden", "is-hidden", "d-none", "hide", "invisible", "collapsed"})


def _page_of_article(el: etree._Element) -> bool:
    """A hidden page of a paged article: a shown sibling of the same tag has the same class
    once the hiding tokens are dropped ("gallery--paragraph-section" beside
    "gallery--paragraph-section hidden"), and the element holds paragraphs."""
    cls = frozenset((el.get("class") or "").split()) - _HIDING_TOKENS
    parent = el.getparent()
    if not cls or parent is None or el.find(".//p") is None:
        return False
    for sib in parent:
        if sib is el or sib.tag != el.tag:
            continue
        sib_cls = frozenset((sib.get("class") or "").split())
        if sib_cls - _HIDING_TOKENS == cls and not sib_cls & _HIDING_TOKENS and "none" not in (sib.get("style") or ""):
            return True
    return False
