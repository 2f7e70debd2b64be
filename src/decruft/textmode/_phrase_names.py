"""Guards on the names an HTML page's byline gives when read as a text scrape's
(:mod:`._printed`): where no HTML source named anybody, the lines around the article are
menus, teasers and adverts as often as bylines, and an empty author is better than a wrong
one. A name is dropped when it is the site's own name ("WealdNews" on wealdnews.example), and the
names are read as no byline when one of them is a phrase whose words the page prints in lower
case ("Lucky Spin" over "... claim your free spin", "Flood Relief Updates": a person's surname is
no common word of the page).
"""

from __future__ import annotations

import re

from .. import _url
from ..metadata._common import compact
from ..metadata._nameline import name_particles
from ._lines import Line

#: A word of letters, a hyphen or an apostrophe inside.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def not_site(names: list[str], site_name: str | None, url: str | None) -> list[str]:
    """``names`` without the site's own name written as a brand (:func:`_brand`): the page's site
    name (og:site_name...) or the host's name below its top-level domain, each compacted, with or
    without the domain ("CelebWatcher" on de.celebwatcher.example, "RinkLeague.com" on rinkleague.com). A personal
    site's name is its author's, and stays ("Jane Roe" on janeroe.example, "jroe" on
    jroe.blogs.example)."""
    host = _url.hostname(url) or ""
    keys = {compact(site_name or ""), compact(_url.site_name(url) or ""), compact(host.removeprefix("www."))}
    keys.discard("")
    return [n for n in names if not (_brand(n) and {compact(n), compact(n.rsplit(".", 1)[0])} & keys)]


#: A brand's one word: capitals inside it ("WealdNews"), a digit ("Radio7") or a domain ("RinkLeague.com").
_BRAND = re.compile(r"^\S*(?:[a-z][A-Z]|\d|\.[a-z]{2,}$)\S*$")


def _brand(name: str) -> bool:
    """Is ``name`` one word written as a brand (:data:`_BRAND`), no person's name or handle?"""
    return _BRAND.match(name) is not None


def phrase_names(names: list[str], lines: list[Line]) -> bool:
    """Is one of ``names`` a phrase, no person's name: a word after its first (not a name
    particle: "von", "de") that ``lines`` print in lower case as a word of their own ("Lucky Spin"
    with "... your free spin", "Ann Replies" with "replies are moderated ...")?"""
    later = {w.casefold() for n in names for w in n.split()[1:]} - name_particles()
    if not later:
        return False
    return any(w in later for ln in lines for w in _WORD.findall(ln.text) if w.islower())
