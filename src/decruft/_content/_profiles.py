"""Author and blogger profile boxes inside the chosen body (content prune, rule ``staff-list``).

Two conventions. An author's box under the article ("About the author", a bio card: the
``profile`` patterns of patterns.toml) goes when the chosen body holds PROFILE_REST_MIN
characters outside it. And a blog prints its owner's profile (a photo, a name, a bio:
"profile", "profile-block", "owner-profile": the ``blog_profile`` patterns) above each
post: a post of one line beside a bio of a paragraph leaves the bio the densest prose, and
the climb from it takes the post in. Such a box, or an author's box, that stands before the
page's headline (:func:`~decruft._headline.headline_of`) inside the chosen body, holding
neither the headline nor the text after it, is no part of the article, however short the
post: an article's text follows its headline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lxml import etree

from .._headline import headline_of
from .._state import State
from ._measure import _attrs, _content_data, _is_inside, _profile_regex, _token_regex, text_len

#: The chosen body must hold this many characters outside an author box for it to be pruned.
PROFILE_REST_MIN = 250
#: The headline a profile box must stand before prints this many words of the page's title at
#: least, and at least this share of them (the same as the article veto's and the lead's).
HEADLINE_WORDS = 3
HEADLINE_COVER = 0.5


@functools.cache
def _blog_profile_regex() -> re.Pattern[str]:
    return _token_regex(_content_data()["blog_profile"])


#: The verdicts of :func:`_kind`.
_NONE, _AUTHOR, _BLOG = 0, 1, 2


@functools.lru_cache(maxsize=8192)
def _kind(attrs: str) -> int:
    """Does the class and id string ``attrs`` name an author's box (``profile`` patterns), a
    blog's owner profile (``blog_profile``), or neither? Remembered: class strings repeat
    within and across pages, and a search costs microseconds."""
    if _profile_regex().search(attrs) is not None:
        return _AUTHOR
    return _BLOG if _blog_profile_regex().search(attrs) is not None else _NONE


def profile_boxes(state: State, content: etree._Element, candidates: list[etree._Element]) -> Iterator[etree._Element]:
    """The profile boxes among ``candidates`` to prune (module doc), outermost first; each is
    judged when the caller has removed the ones before it (the body's text shrinks)."""
    headline: list[etree._Element | None] = []  # looked for once, at the first box that needs it
    for el in candidates:
        attrs = _attrs(el)
        kind = _NONE if attrs == " " else _kind(attrs)
        if kind == _NONE or el.getparent() is None or not _is_inside(el, content):
            continue
        if kind == _AUTHOR and text_len(content) - text_len(el) >= PROFILE_REST_MIN:
            yield el
            continue
        if not headline:
            headline.append(headline_of(state, HEADLINE_WORDS, HEADLINE_COVER))
        if _before_headline(el, headline[0], content):
            yield el


def _before_headline(el: etree._Element, heading: etree._Element | None, content: etree._Element) -> bool:
    """Does ``el`` stand before ``heading`` (both inside ``content``), not holding it, and does
    ``content`` hold text besides the two?"""
    if heading is None or heading.getparent() is None or not _is_inside(heading, content):
        return False
    if text_len(content) - text_len(el) - text_len(heading) <= 0:
        return False
    mine = {el, *el.iterancestors()}
    at = heading
    while at is not content and at is not None:
        if at is el:
            return False  # the box holds the headline
        if any(sib in mine for sib in at.itersiblings(preceding=True)):
            return True
        at = at.getparent()
    return False
