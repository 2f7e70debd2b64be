"""The heading that prints the page's headline, found in the page as parsed.

The page names its title (``og:title``, ``twitter:title``, ``<title>``), and one of its
``<h1>``–``<h3>`` prints it: the one printing most of a title's words (whole words: the
heading is a run of the title's words, "Headline | Site", or the title a run of the
heading's), the first of equals, outside list items and links (a teaser of the same story in
a list) and the site's banner (:func:`~decruft.metadata._headlines._in_banner`: a blog's name
above its post, linked to the home page), still on the page. The article veto keeps the block
it heads (:mod:`decruft.rules._post`), and content choice reads the lead printed under it
(:mod:`decruft._content._siblings`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lxml import etree

from ._parse import inner_text
from ._state import State
from .metadata._common import _norm
from .metadata._headlines import _in_banner

#: The meta tags naming the page's title.
_TITLE_TAGS = ("og:title", "twitter:title")


def headline_of(state: State, words: int, cover: float = 0.0) -> etree._Element | None:
    """The heading printing the page's headline (module doc), of ``words`` words at least and,
    when it is a run of a title's words, at least ``cover`` of them; None: none."""
    signals = state.signals
    if signals is None or not signals.headings:
        return None
    titles = _title_keys((*(signals.tags.get(k, "") for k in _TITLE_TAGS), signals.html_title))
    if not titles:
        return None
    banners: dict[etree._Element, bool] = {}
    best, most = None, 0
    for h in signals.headings:
        n = _title_words(_norm(inner_text(h)), titles, words, cover)
        if n <= most or next(h.iterancestors("li", "a"), None) is not None:
            continue
        if _is_attached()(h, state.root) and not _in_banner(h, banners):
            best, most = h, n
    return best


@functools.cache
def _is_attached() -> Callable[[etree._Element, etree._Element], bool]:
    """:func:`decruft.rules._guards.is_attached`, imported at the first call: the rules package
    imports this module."""
    from .rules._guards import is_attached

    return is_attached


@functools.lru_cache(maxsize=256)
def _title_keys(titles: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """The page's titles (``og:title``, ``twitter:title``, ``<title>``) as compared with its
    headings: each non-empty one's words (:func:`~decruft.metadata._common._norm`) between two
    spaces, and how many words it has; remembered (a page asks twice)."""
    keys = (_norm(t) for t in titles)
    return tuple((f" {t} ", t.count(" ") + 1) for t in keys if t)


def _title_words(text: str, titles: tuple[tuple[str, int], ...], words: int, cover: float) -> int:
    """How many of a title's words the heading's ``text`` prints: its own, when they are a run
    of a title's (``cover`` of them at least); the title's, when the title is a run of the
    heading's; 0 below ``words`` words. ``titles``: :func:`_title_keys`."""
    n = text.count(" ") + 1
    if n < words:
        return 0
    padded, most = f" {text} ", 0
    for t, m in titles:
        if padded in t and n >= cover * m:
            most = max(most, n)
        elif m >= words and t in padded:
            most = max(most, m)
    return most
