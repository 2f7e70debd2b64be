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

from lxml import etree

from ._state import State
from .metadata._common import _norm
from .metadata._headlines import _in_banner

#: The meta tags naming the page's title.
_TITLE_TAGS = ("og:title", "twitter:title")


def headline_of(state: State, words: int, cover: float = 0.0) -> etree._Element | None:
    """The heading printing the page's headline (module doc), of ``words`` words at least and,
    when it is a run of a title's words, at least ``cover`` of them; None: none."""
    from .rules._guards import is_attached  # here: the rules package imports this module

    signals = state.signals
    if signals is None or not signals.headings:
        return None
    titles = [t for t in (_norm(t) for t in (*(signals.tags.get(k, "") for k in _TITLE_TAGS), signals.html_title)) if t]
    if not titles:
        return None
    banners: dict[etree._Element, bool] = {}
    best, most = None, 0
    for h in signals.headings:
        n = _title_words(_norm("".join(h.itertext())), titles, words, cover)
        if n <= most or any(a.tag in ("li", "a") for a in h.iterancestors()):
            continue
        if is_attached(h, state.root) and not _in_banner(h, banners):
            best, most = h, n
    return best


def _title_words(text: str, titles: list[str], words: int, cover: float) -> int:
    """How many of a title's words the heading's ``text`` prints: its own, when they are a run
    of a title's (``cover`` of them at least); the title's, when the title is a run of the
    heading's; 0 below ``words`` words."""
    n = text.count(" ") + 1
    if n < words:
        return 0
    padded, most = f" {text} ", 0
    for t in titles:
        m = t.count(" ") + 1
        if padded in f" {t} " and n >= cover * m:
            most = max(most, n)
        elif m >= words and f" {t} " in padded:
            most = max(most, m)
    return most
