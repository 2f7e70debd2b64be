"""The built-in cruft rules, one module per family, in the order they run.

Each rule is a plain function ``rule(state)`` whose docstring says what it
removes and why. Rules find, the runner removes: a rule yields a
:class:`Match` (the node, and how it was found) for each block it targets;
:meth:`Ruler.run` applies the guards (``_guards.py``: never the article's
anchor, never most of the page's prose, the article veto), removes, and
records every removal on the state. The vocabulary each rule recognises
(class names, tags, roles, phrases in nine languages) lives in
``decruft/data/``; the page is scanned once for all rules (``_find.py``).
"""

from __future__ import annotations

from .._ruler import Found, Match, Rule, Ruler, make_rule
from .ads import ads
from .byline import byline
from .comments import comments
from .consent import consent
from .controls import controls
from .footer import footer
from .head import head
from .hidden import hidden
from .most_read import most_read
from .navigation import navigation
from .newsletter import newsletter
from .prune import prune
from .related import related
from .share import share
from .slideshow import slideshow
from .staff_list import staff_list
from .stubs import stubs
from .tail import tail

#: The built-in cruft rules (chain ``page``) in the order they run. Earlier rules claim shared hits.
BUILTIN_RULES: tuple[Rule, ...] = (
    make_rule("consent", consent),
    make_rule("hidden", hidden),
    make_rule("ads", ads),
    make_rule("share", share),
    make_rule("comments", comments),
    make_rule("newsletter", newsletter),
    make_rule("most-read", most_read),
    make_rule("related", related),
    make_rule("slideshow", slideshow),
    make_rule("staff-list", staff_list),
    make_rule("navigation", navigation),
    make_rule("footer", footer),
    make_rule("controls", controls),
    make_rule("stubs", stubs),
)


#: The built-in rules that run once the body is chosen: ``prune`` on its tree, then
#: ``byline``, ``tail`` and ``head`` on its rendered blocks.
POST_RULES: tuple[Rule, ...] = (
    make_rule("prune", prune, chain="body"),
    make_rule("byline", byline, chain="text"),
    make_rule("tail", tail, chain="text"),
    make_rule("head", head, chain="text"),
)


def default_ruler() -> Ruler:
    """A fresh :class:`Ruler` holding the built-in rules of every chain."""
    return Ruler((*BUILTIN_RULES, *POST_RULES))


__all__ = ["BUILTIN_RULES", "POST_RULES", "Found", "Match", "Rule", "Ruler", "default_ruler", "make_rule"]
