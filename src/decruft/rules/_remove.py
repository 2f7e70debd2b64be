"""The ways a rule removes its hits: by class/id, by tag or role, by label, by heading."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import etree

from .._state import State
from ._find import _prose, _rule_names, analysis
from ._guards import MAX_MASS_SHARE, removable
from ._match import _attr_owner, _attr_string
from ._sections import section_of

#: Article-like prose (characters in long paragraphs) a widget matched by class name may hold.
WIDGET_PROSE = 400


def remove_all(
    state: State,
    rule: str,
    elements: Iterable[etree._Element],
    *,
    max_prose: int | None = None,
    max_share: float = MAX_MASS_SHARE,
    landmark: bool | Callable[[etree._Element], bool] = False,
) -> None:
    """Remove each element the guards allow; ``max_prose`` spares blocks holding more prose.
    ``landmark`` (or ``landmark(el)``): the element's own markup says it is what the rule
    removes, which the article veto trusts (:meth:`~decruft._state.State.remove`)."""
    an = analysis(state)
    for el in elements:
        # The guards first: they reject blocks inside ones already removed before reading any text.
        if not removable(state, an, el, max_share=max_share):
            continue
        if max_prose is None or _prose(an, el) <= max_prose:
            state.remove(el, rule, landmark=landmark(el) if callable(landmark) else landmark)


def id_names(state: State, el: etree._Element, rule: str) -> bool:
    """Does the element's id alone match ``rule``'s class/id patterns (``id="comments"``,
    ``id="sidebar"``)? Such an id is a landmark of the page (see :meth:`State.remove`)."""
    ident = el.get("id")
    if not ident:
        return False
    return _attr_owner(tuple(_rule_names(state)), _attr_string(None, ident)) == rule


def remove_attr_hits(state: State, rule: str, *, max_prose: int | None = WIDGET_PROSE) -> None:
    """Remove the elements whose class/id matched ``rule``'s patterns (sparing prose-rich blocks)."""
    hits = analysis(state).attr_hits.get(rule, ())
    remove_all(state, rule, hits, max_prose=max_prose, landmark=lambda el: id_names(state, el, rule))


def remove_tag_hits(state: State, rule: str) -> None:
    """Remove the elements whose tag or ARIA role belongs to ``rule``."""
    remove_all(state, rule, analysis(state).tag_hits.get(rule, ()))


def remove_labels(state: State, rule: str) -> None:
    """Remove blocks whose whole text is one of ``rule``'s labels."""
    remove_all(state, rule, (h.el for h in analysis(state).phrase_hits.get(rule, ()) if h.kind == "label"))


def remove_headed_sections(
    state: State, rule: str, *, prose_allowed: bool = False, tags: frozenset[str] | None = None
) -> None:
    """Remove each section headed by one of ``rule``'s heading phrases (only those in elements
    of ``tags`` when given)."""
    an = analysis(state)
    for hit in an.phrase_hits.get(rule, ()):
        if hit.kind != "heading" or (tags is not None and hit.el.tag not in tags) or not removable(state, an, hit.el):
            continue
        for el in section_of(state, an, hit.el, prose_allowed=prose_allowed):
            if removable(state, an, el):
                state.remove(el, rule)
