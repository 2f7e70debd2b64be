"""The headline where the page title names only the site (see :mod:`._title`): a title that spells out
the host ("Harbour Rowing" on harbourrowing.de), or a short name with a separator left dangling after it
("EXAMPLE -"). The heading over the body is then the headline, not the page title."""

from __future__ import annotations

from .. import _url
from ..metadata.title import spells_host, split_text_title
from ..rules._vocab import normalize
from ._lines import Line
from ._repeats import ONE_WORD_LETTERS
from ._title import _DIGIT, OVER_BODY
from ._title_dated import _heading
from ._title_site import _DANGLING

#: A name left before a dangling separator ("EXAMPLE -") has at most this many words; a longer one is a headline.
DANGLING_NAME_WORDS = 2


def site_only(title: str, url: str | None) -> bool:
    """Does the page title ``title`` name only the site: one part that spells out the host, or a name of
    :data:`DANGLING_NAME_WORDS` words at most before a separator left dangling?"""
    name = _url.site_name(url)
    bare = _DANGLING.sub("", title)
    if len(split_text_title(bare)) > 1:
        return False
    return spells_host(bare, name) or (bare != title and len(bare.split()) <= DANGLING_NAME_WORDS)


def site_heading(lines: list[Line], first: int) -> Line | None:
    """The headline over the body where the page title names only the site: the nearest heading
    (:func:`._title_dated._heading`) among the :data:`._title.OVER_BODY` lines over it (the site's name, which a logo
    prints, is none), else the line right over
    it when that is one word of :data:`ONE_WORD_LETTERS` letters or more ("Welcome!")."""
    at = next((k for k, ln in enumerate(lines) if ln.index >= first), len(lines))
    site = normalize(lines[0].text)
    near = [ln for ln in lines[max(1, at - OVER_BODY) : at] if normalize(ln.text) != site]  # not the logo's name
    for ln in reversed(near):
        if _heading(ln):
            return ln
    last = near[-1] if near else None
    if last is None or last.label or _DIGIT.search(last.text) or len(last.text.split()) != 1:
        return None
    word = last.text.rstrip("!?")
    return last if len(word) >= ONE_WORD_LETTERS and word.isalpha() else None
