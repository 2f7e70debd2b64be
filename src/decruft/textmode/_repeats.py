"""Lines that repeat the page title but are no headline: a menu's item for the page, over the
heading right above the body; a breadcrumb's last item or a copy of the <title>, over the
headline as printed, worded much as it (see :mod:`._title`)."""

from __future__ import annotations

from ..metadata._names import picture_credit_words
from ..rules._vocab import normalize
from ._lines import Line
from ._title import _WORD, TITLE_LIKENESS, _dated_heading, _heading, _over_body, title_like

#: A menu's item has at most this many words ("Gefahrstoff-Service", "News").
MENU_WORDS = 3
#: A heading that replaces a menu's item as the headline has at most this many words: a longer
#: line under the item is the deck.
HEADLINE_WORDS = 12


def past_menu(lines: list[Line], first: int, found: Line) -> Line | None:
    """The headline under a menu whose item repeats the page title ("Joghurt | Site": "Skyr" /
    "Joghurt" / "Desserts" ... "Unsere Joghurts" / body): the title-like heading right above the
    body (:func:`._title._over_body`), else a dated one (:func:`._title._dated_heading`), after
    ``found``, of :data:`HEADLINE_WORDS` words at most, when ``found`` reads as a menu's item
    (:func:`_menu_item`)."""
    if found.index >= first or len(found.text.split()) > MENU_WORDS:
        return None
    over = _over_body(lines, first)
    heading = over if over is not None and over.index > found.index else _dated_heading(lines, first, after=found.index)
    if heading is None or not title_like(heading.text) or len(heading.text.split()) > HEADLINE_WORDS:
        return None
    if normalize(heading.text) == normalize(found.text) or not _menu_item(lines, found, heading):
        return None
    return heading


def _menu_item(lines: list[Line], found: Line, heading: Line) -> bool:
    """Is ``found`` a menu's item over ``heading``: the line after it (past labels) another item
    of :data:`MENU_WORDS` words at most or ``heading`` itself, and no dateline or byline up to
    that line (a short headline over its date stays)?"""
    from ..metadata._byline_line import byline_names
    from ._dates import printed_date

    for ln in (ln for ln in lines if ln.index > found.index):
        if printed_date(ln.text) or byline_names(ln.text):
            return False
        if not ln.label:
            return ln is heading or len(ln.text.split()) <= MENU_WORDS
    return False


#: A heading under a line that repeats the page title, worded much as it (:data:`TITLE_LIKENESS`
#: of the words both ways, and this many words in common), is the headline as printed...
REWORDED_SHARED = 4
#: ...among this many lines under it.
REWORDED_WITHIN = 8


def reworded_under(lines: list[Line], first: int, found: Line) -> Line | None:
    """The headline printed under a line that repeats the page title (a breadcrumb's last item,
    a copy of the <title>: "Nordkorea: Kim Jong Un - Der Diktator ist zurück" / "5 Kommentare" /
    "Nordkorea" / "Kim Jong Un: Der Diktator ist zurück" / body): a heading (:func:`._title._heading`)
    of :data:`HEADLINE_WORDS` words at most among the :data:`REWORDED_WITHIN` lines under it
    before the body, worded much as it, not holding all its words (a copy decorated: "1 Comment
    on Headline", "Section: Headline"), no picture credit's word (a caption)."""
    mine = set(_WORD.findall(normalize(found.text)))
    if found.index >= first or len(mine) < REWORDED_SHARED:
        return None
    under = [ln for ln in lines if found.index < ln.index < first][:REWORDED_WITHIN]
    for ln in under:
        if len(ln.text.split()) > HEADLINE_WORDS or not _heading(ln):
            continue
        words = set(_WORD.findall(normalize(ln.text)))
        if words & picture_credit_words():
            continue  # a picture's caption with its credit ("Headline reworded, fot. Shutterstock")
        shared = len(words & mine)
        if not words >= mine and shared >= REWORDED_SHARED and shared / max(len(words), len(mine)) >= TITLE_LIKENESS:
            return ln
    return None
