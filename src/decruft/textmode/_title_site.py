"""The page title's own part (:func:`page_part`): the page title without the site's name, judged
by the host's name as for HTML pages, or spelled out by the host in other letters than the title:
the host a compound of the name's words ("Harbour Town Rowing Club" on harbour-rowing.org,
"Friends of the Old Mill" on friendsmill.example) or its initials ("Harbour Town Rowing-Club e.V." on
htrc.example, :func:`initials_host`), which :func:`decruft.metadata.title.spells_host`
(every word of the name in the host's letters) misses (see :mod:`._title`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import _url
from ..metadata.title import TEXT_SEP_MARKS, _strip_site, spells_host, text_separators
from ..rules._vocab import normalize
from ._lines import Line, place

#: A word of the name that the host joins has at least this many letters ("o" of "O'Brien" is none).
COMPOUND_WORD_LETTERS = 3
#: ...and the host joins at least this many of them: a one-word host is no compound.
COMPOUND_WORDS = 2
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_WORD = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    """``text`` in lower case without its spaces and marks, as a host's name is compared ("Daily-Paper" -> "dailypaper")."""
    return _NOT_WORD.sub("", text.lower())


def compounds_host(text: str, host: str | None) -> bool:
    """Is the host's name ``host`` (its letters, without dashes) :data:`COMPOUND_WORDS` or more
    words of ``text`` joined in their order, other words of it skipped ("harbour" + "rowing" of
    "Harbour Town Rowing Club")?"""
    compact = re.sub(r"[\W\d_]+", "", (host or "").lower())
    if not compact:
        return False
    at = used = 0
    for word in _LETTERS.findall(normalize(text)):
        if len(word) >= COMPOUND_WORD_LETTERS and compact.startswith(word, at):
            at += len(word)
            used += 1
    return at == len(compact) and used >= COMPOUND_WORDS


#: A host of initials has at least this many letters ("Harbour Town Rowing" on htr.example).
INITIALS_LETTERS = 3
#: A capitalised word of a name, split at spaces and hyphens ("Rowing-Club" is two).
_CAPITAL_WORD = re.compile(r"(?<![^\s-])[^\W\d_a-z]")


def initials_host(text: str, host: str | None) -> bool:
    """Is the host's name ``host`` the initials of the capitalised words of ``text``, at least
    :data:`INITIALS_LETTERS` of them ("Harbour Town Rowing-Club e.V." on htrc.example; words in
    lower case, "of" or a legal form's "e.V.", are skipped)?"""
    compact = (host or "").lower()
    if len(compact) < INITIALS_LETTERS or not compact.isalpha():
        return False
    return "".join(_CAPITAL_WORD.findall(text)).lower() == compact


#: A site's name of marks alone before a colon ("...: Headline"): a blog left its name out.
_NAMELESS = re.compile(r"^[^\w\s]+:\s+(?=\w)")
#: A separator left at the end of the page title, the site's name or the headline after it empty ("Headline -").
_DANGLING = re.compile(rf"\s+(?:{TEXT_SEP_MARKS})$")


def page_part(title: str, url: str | None) -> str:
    """The page title without the site's name (judged by the host's name, as for HTML pages, or
    a name of marks alone: "...: Headline"; and a separator left at its end; or the name run
    into the headline and given again as the last part, :func:`_glued_headline`, or after a short
    word in lower case, :func:`_at_site`: "Blue kettle at Shopname")."""
    title = _DANGLING.sub("", _NAMELESS.sub("", title))
    name = _url.site_name(url)
    separators = text_separators(title)
    parts = separators.split(title)
    glued = _glued_headline(parts) or _at_site(title, name)
    if glued:
        return glued
    # "Harbour Rowing - News"; "Harbour Town Rowing Club" on harbour-rowing.org
    spelled = [part for part in parts if _names_host(part, name)]
    return _strip_site(title, None, name, names=spelled, separators=separators)


def _glued_headline(parts: list[str]) -> str | None:
    """The headline of a page title that runs the site's name into it, then gives the name again
    as its last part ("Boathouse opens in MayHarbour Rowing Club | Harbour Rowing Club"): the first
    part without the name, where the name starts with a capital or a digit right after a letter or
    digit (no space between)."""
    if len(parts) < 2:
        return None
    first, last = parts[0].strip(), parts[-1].strip()
    cut = len(first) - len(last)
    if cut < 2 or not last or not first.endswith(last) or not (last[0].isupper() or last[0].isdigit()):
        return None
    return first[:cut] if first[cut - 1].isalnum() else None


#: A word joining a headline to the site's name after it ("Blue kettle at Shopname", "... bei Shopname"):
#: in lower case, of at most this many letters...
AT_WORD_LETTERS = 4
#: ...after a headline of at least this many words.
AT_HEADLINE_WORDS = 3


def _at_site(title: str, name: str | None) -> str | None:
    """The headline of a page title of one part that ends with a short word in lower case and the
    host's name ("Blue enamel kettle 1.5 l at Shopname" on shopname.example): the words before them."""
    words = title.split()
    compact = _compact(name or "")
    if len(words) < AT_HEADLINE_WORDS + 2 or not compact or _compact(words[-1]) != compact:
        return None
    at = words[-2]
    if not (at.isalpha() and at.islower() and len(at) <= AT_WORD_LETTERS):
        return None
    return " ".join(words[:-2])


def _names_host(part: str, name: str | None) -> bool:
    """Does the page title's part ``part`` name the site ``name``: spelled out, compounded or by initials?"""
    return spells_host(part, name) or compounds_host(part, name) or initials_host(part, name)


def site_names(title: str, url: str | None) -> set[str]:
    """The parts of the page title ``title`` that name the site by its host (as the host's name,
    spelled out or compounded: :func:`page_part`), normalized: the logo's line, no headline."""
    name = _url.site_name(url)
    compact = _compact(name or "")
    parts = text_separators(title).split(title)
    if not compact or len(parts) < 2:
        return set()
    named = (p for p in parts if _compact(p) == compact or _names_host(p, name))
    return {normalize(p) for p in named}


#: The logo prints the site's name among the page's first lines after its title.
MASTHEAD_LINES = 2


def below_masthead(lines: list[Line], same: list[Line], norm: Callable[[str], str]) -> list[Line]:
    """Of two parts of the page title printed, the one atop the page is the site's name its logo prints."""
    if len({norm(ln.text) for ln in same}) < 2:
        return same
    return [ln for ln in same if ln not in lines[1 : 1 + MASTHEAD_LINES]] or same


#: A headline over its deck has more words than this (a kicker or a section's name has fewer).
OVER_PART_WORDS = 3


def over_part(lines: list[Line], same: list[Line], best: Line, split: list[str]) -> Line | None:
    """The headline right over the deck ``best`` when both print parts of the page title in its
    order ("Headline - Deck - Site" printed "Headline" / "Deck" / date), the deck's date or byline
    right under it (a kicker over its headline has a caption or the body under it), the headline
    of more than :data:`OVER_PART_WORDS` words."""
    from ..metadata._byline_line import byline_names
    from ._dates import printed_date

    k = place(lines, best)
    over, under = (lines[k - 1] if k > 1 else None), (lines[k + 1] if k + 1 < len(lines) else None)
    if over is None or under is None or over not in same or len(over.text.split()) <= OVER_PART_WORDS:
        return None
    if not (printed_date(under.text) or byline_names(under.text)):
        return None
    order = [normalize(part) for part in split]
    mine, its = normalize(over.text), normalize(best.text)
    return over if mine in order and its in order and order.index(mine) < order.index(its) else None
