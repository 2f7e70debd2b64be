"""A site's name glued after the author's name in a byline ("By Jane Roe Daily Paper", "von
Jane Roe Example Magazin"): the byline element and the site's or desk's name beside it run
together in a text scrape. The site's name is read from the page title (the scrape's first
line), where it stands as the first or last part ("Headline | Daily Paper")."""

from __future__ import annotations

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
    title, the scrape's first line), where a name of :data:`NAME_WORDS` words or more is left."""
    parts = site_parts(lines[0].text, url) if names and lines else []
    return [_cut(name, parts) for name in names] if parts else names


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
    """``name`` without the first of ``parts`` that ends it, word for word in any case, where
    :data:`NAME_WORDS` words are left."""
    words = name.split()
    for part in parts:
        tail = part.casefold().split()
        if len(words) - len(tail) >= NAME_WORDS and [w.casefold() for w in words[-len(tail) :]] == tail:
            return " ".join(words[: -len(tail)])
    return name
