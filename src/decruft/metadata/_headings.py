"""Headings the page prints, read against its titles: one that rewords a title, one that goes on
after the headline with its subtitle, the article's first.
"""

from __future__ import annotations

import re

from lxml import etree

from .._parse import inner_text
from ._common import _clean, _norm, _words

#: A headline and where it came from ("h1", "og:title", "<title>"...).
Found = tuple[str, str]


#: What joins a headline to the subtitle a heading prints after it: "Headline – Subtitle" (not a
#: colon: "Headline: How do they compare?" opens the article's first section).
_CONTINUES = re.compile(r"\s+(?:–|—|-)\s+\S")
#: The first ``<h2>``s read for a headline continued (:func:`_continued`).
CONTINUED_H2S = 2


def _continued(found: Found, subheads: list[str]) -> Found:
    """The ``<h2>`` that prints the headline ``found`` and goes on after a dash
    ("Headline – Subtitle", the ``<h1>`` "Headline"): the headline as the article prints it."""
    text, src = found
    for h in subheads[:CONTINUED_H2S]:
        if len(h) > len(text) and h.startswith(text) and _CONTINUES.match(h, len(text)):
            return h, f"h2 (continuing the {src.split(' (')[0]})"
    return found


#: Share of the smaller word set a reworded title holds, and of the larger one.
REWORDED_SMALL, REWORDED_LARGE = 0.8, 0.6


def _rewords(heading: str, keys: list[str]) -> bool:
    """Does ``heading`` (four words or more) print nearly the words of one of the titles ``keys``,
    reworded (not the title with more words around it: "Headline 524", its comment count)?"""
    norm = _norm(heading)
    words = set(norm.split())
    if len(words) < 4:
        return False
    for key in keys:
        if key in norm or norm in key:
            continue
        other = set(key.split())
        small, large = sorted((len(words), len(other)))
        common = len(words & other)
        if small and common >= REWORDED_SMALL * small and common >= REWORDED_LARGE * large:
            return True
    return False


def _first_heading(main: etree._Element | None) -> str:
    """The text of the first ``<h1>``–``<h3>`` of the chosen article element, or of its parent or
    grandparent when it has none (the headline stands just above the body it was chosen for)."""
    scope = main
    for _ in range(3):
        if scope is None or scope.tag in ("body", "html"):
            break
        for h in scope.iter("h1", "h2", "h3"):
            text = _clean(inner_text(h))
            if text:
                return text if _words(text) <= 25 else ""
        scope = scope.getparent()
    return ""
