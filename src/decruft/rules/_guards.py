"""The guards between what a rule finds and what is removed.

Rules find (:class:`~decruft._ruler.Match`), the runner removes (:func:`apply`,
called by :meth:`Ruler.run <decruft.Ruler.run>`). On the way every match passes
the guards: never the article's *anchor* (the element holding most long
paragraphs) or its ancestors, never a block holding more than half of the
page's paragraph text (:func:`removable`; a comment thread's landmark beside the
headline's post passes both: :func:`_beside_post`), never more prose than the match allows, and
the article veto (:func:`article_veto`): never the block holding most of the
page's prose, the removal then recorded as vetoed.
"""

from __future__ import annotations

from lxml import etree

from .._ruler import MAX_MASS_SHARE, Match
from .._state import PLACEHOLDER_ATTR, State
from ._find import Analysis, _prose, analysis, mass_in
from ._post import headline_post, holds_post

__all__ = ["MAX_MASS_SHARE", "apply", "article_veto", "is_attached", "removable"]


def is_attached(el: etree._Element, root: etree._Element) -> bool:
    """Is ``el`` in the tree under ``root`` (not inside a removed block)? Its topmost ancestor is
    ``root``: a plain climb, cheaper than ``iterancestors("html")``, whose tag matcher is built anew
    at each call, for the depth of a page (some 220 calls a page)."""
    top = el
    for top in el.iterancestors():
        pass
    return top is root


def removable(state: State, an: Analysis, el: etree._Element, *, max_share: float = MAX_MASS_SHARE) -> bool:
    """May a rule remove ``el``? Never the article's anchor, its ancestors, or most of its text.

    ``max_share`` above 0.5 is for certain evidence (an element styled invisible):
    it lifts the anchor guard and allows removing up to that share of the text.
    """
    if el.tag in ("html", "body", "head") or el.get(PLACEHOLDER_ATTR) is not None:
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


def apply(state: State, rule: str, match: Match) -> bool:
    """Remove ``match.node`` under ``rule`` if the guards allow; returns whether it was removed.

    The structural guards first (they reject blocks inside ones already removed before
    reading any text), then the match's prose allowance, then :meth:`State.remove
    <decruft.State.remove>`, which asks the article veto and records the removal.
    A forced match (a site rule's selector) skips them all.
    """
    el = match.node
    if not match.force:
        an = analysis(state)
        if not removable(state, an, el, max_share=match.max_share) and not _beside_post(state, an, rule, match):
            return False
        if match.max_prose is not None and _prose(an, el) > match.max_prose:
            return False
    return state.remove(el, rule, force=match.force, landmark=match.landmark)


#: The rules whose landmarks may outweigh the post beside them (:func:`_beside_post`): a comment
#: thread grows with its readers, longer than the post it follows.
BESIDE_POST_RULES = frozenset({"comments"})


def _beside_post(state: State, an: Analysis, rule: str, match: Match) -> bool:
    """May a landmark the guards refused go all the same? A rule of BESIDE_POST_RULES matched it,
    its own id names what the rule removes (``id="comments"``), and the headline's post
    (:func:`~decruft.rules._post.headline_post`) is neither it nor inside it: a comment thread
    beside a short post, whose densest paragraph is a reply. It may then hold the anchor and any
    share of the text."""
    if rule not in BESIDE_POST_RULES or not match.landmark:
        return False
    el, post = match.node, headline_post(state)
    if post is None or el is post or any(a is el for a in post.iterancestors()):
        return False
    return removable(state, an, el, max_share=1.0)


def article_veto(state: State, el: etree._Element, rule: str, text: str | None = None) -> bool:
    """The article veto: does ``el`` hold the article, so that no rule may remove it?

    A block holding most of the page's prose, the densest prose block among it
    (:meth:`Prose.holds_article <decruft._state.Prose.holds_article>`), is kept whatever rule
    asks, and the removal is recorded once with ``vetoed=True`` (``--explain`` shows it).
    :meth:`State.remove <decruft.State.remove>` asks it unless the removal is forced (site
    rules) or the element is a landmark: its own id names what the rule removes
    (``id="comments"``, ``id="sidebar"``, ``id="copyright"``): an id is the page's name for
    one block, so the block is that widget even when it outweighs a short post (a long
    comment thread). Class names are not landmarks: they are shared by wrappers ("post
    category-comments tag-sharing", "has-sidebar"). ``disable=["veto"]`` switches it off.
    """
    prose = state.page_prose()
    if prose is None or not (prose.holds_article(el) or holds_post(state, el)):
        return False
    if (el, rule) not in state.vetoed:
        state.vetoed.add((el, rule))
        state.record(el, rule, text, vetoed=True)
    return True
