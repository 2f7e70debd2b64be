"""A site's or news agency's name glued after the author's name in a byline ("By Jane Roe Daily
Paper", "von Jane Roe Example Magazin", "JANE ROE Associated Press", "Jane RoeThe Associated
Press"): the byline element and the site's, desk's or agency's name beside it run together in a
text scrape. The site's name is read from the page title (the scrape's first line), where it
stands as the first or last part ("Headline | Daily Paper"); the agencies are ``[byline]
agencies`` and ``agency_names`` of the phrase files."""

from __future__ import annotations

import functools

from ..metadata._common import _byline_words
from ..metadata.title import split_text_title
from ..rules._vocab import normalize
from ._lines import Line
from ._title_site import site_names

#: A part of the page title counts as the site's name glued to a byline when it has at least
#: this many words (one word could be a person's surname: "Headline | Roe"), or names the host.
SITE_WORDS = 2
#: ...and the author's name left before it has at least this many words.
NAME_WORDS = 2


def without_site_tail(names: list[str], lines: list[Line], url: str | None) -> list[str]:
    """``names`` each without the site's name printed after it (:func:`site_parts` of the page
    title, the scrape's first line) or a news agency's (:func:`agencies`), where a name of
    :data:`NAME_WORDS` words or more is left."""
    if not names:
        return names
    parts = (site_parts(lines[0].text, url) if lines else []) + list(agencies())
    return [_cut(name, parts) for name in names]


@functools.cache
def agencies() -> tuple[str, ...]:
    """The news agencies' names (``[byline] agencies`` and ``agency_names``), longest first."""
    return tuple(sorted(_byline_words("agencies") | _byline_words("agency_names"), key=len, reverse=True))


def site_parts(title: str, url: str | None) -> list[str]:
    """The outer parts of the page title ``title`` (its first and last, of two or more) that may
    be the site's name: of :data:`SITE_WORDS` words or more, or naming the host
    (:func:`._title_site.site_names`)."""
    parts = [p.strip() for p in split_text_title(title) if p.strip()]
    if len(parts) < 2:
        return []
    hosts = site_names(title, url)
    outer = dict.fromkeys((parts[0], parts[-1]))
    return [p for p in outer if len(p.split()) >= SITE_WORDS or normalize(p) in hosts]


def _cut(name: str, parts: list[str]) -> str:
    """``name`` without the first of ``parts`` that ends it in any case, after a space or glued
    to the name's last word (a lower-case letter, then the part capitalised: "RoeThe Associated
    Press"), where :data:`NAME_WORDS` words are left."""
    folded = name.casefold()
    for part in parts:
        tail = part.casefold()
        if not folded.endswith(tail) or len(tail) >= len(name):
            continue
        head = name[: len(name) - len(tail)]
        glued = head[-1:].islower() and name[len(head)].isupper()
        if (head.endswith(" ") or glued) and len(head.split()) >= NAME_WORDS:
            return head.rstrip()
    return name
