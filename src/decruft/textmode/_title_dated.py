"""The headline dated under it (see :mod:`._title`): the heading nearest the body with a dateline or
byline under it, or right under a dateline (:func:`_dated_heading`), past the deck under it
(:func:`_over_deck`); what can be a headline by its own text and marks (:func:`_heading`)."""

from __future__ import annotations

import re

from ._lines import BULLET, Line, place
from ._title import _BREADCRUMB, _WORD, TITLE_WINDOW, _dateline, _hidden, _words, title_like

#: A heading is dated when a dateline or byline follows it within this many lines.
DATED_WITHIN = 3
#: A photo credit ("Jane Roe/Agency"): a word, a slash, a capital.
_CREDIT = re.compile(r"[^\W\d_]/[A-Z]")
#: A social handle ("Jane Roe @janeroe"): a byline's, no headline's.
_AT_HANDLE = re.compile(r"(?:^|\s)@\w{2,}(?:\s|$)")
#: Two controls' labels a scrape glued together ("Suche ein- oder ausblendenNavigation anzeigen"):
#: a long lower-case word run straight into a capitalised one.
_GLUED = re.compile(r"[a-zäöüß]{5,}[A-ZÄÖÜ][a-zäöüß]{4,}")


def _dated_heading(lines: list[Line], first: int, after: int = -1, own: str = "") -> Line | None:
    """The title-like line nearest the body, among the last :data:`TITLE_WINDOW` lines before it,
    that a dateline or byline follows within :data:`DATED_WITHIN` lines, or that stands right
    under a dateline (:func:`_under_date`): the headline over its date and byline ("Headline" /
    "Jane Roe" / "Oct 15, 2019"), where the first title-like line
    before the body is a menu's item ("Home Insurance Guides") or the page title names only
    the site. Of several, the one sharing most words with the page title ("Headline" /
    "Category" / "Date": the category is dated too). A line a rail section took along counts
    (:func:`_hidden`); a credit ("Jane Roe/Agency"), byline, breadcrumb, dateline or two labels
    glued together is no heading. A date alone that the stubs rule marks ("06.12.2031") dates it
    (:func:`_dating`). Only lines after the line numbered ``after`` are looked at."""
    from ..metadata._byline_line import byline_names
    from ._dates import printed_date

    before = [ln for ln in lines if after < ln.index < first][-TITLE_WINDOW:]
    dated = []
    for k in range(len(before) - 1, -1, -1):
        if not _heading(before[k]):
            continue
        under = [nxt for nxt in _next_lines(before, k) if _dating(nxt, before[k])]
        if any(printed_date(nxt.text) or byline_names(nxt.text) for nxt in under) or _under_date(before, k):
            dated.append(before[k])
    if not dated:
        return None
    title = _words(own or lines[0].text)
    best = max(dated, key=lambda ln: len(_words(ln.text) & title))  # the nearest of the likest
    return _over_deck(before, best) or best


def _next_lines(before: list[Line], k: int) -> list[Line]:
    """The :data:`DATED_WITHIN` lines after ``before[k]``, past lines of marks alone that part a
    byline from its date ("Jane Roe" / "|" / "Oct 15, 2019")."""
    found: list[Line] = []
    for nxt in before[k + 1 :]:
        if len(found) == DATED_WITHIN:
            break
        if _WORD.search(nxt.text):
            found.append(nxt)
    return found


#: A dated heading of more words than this right under a heading is the deck (standfirst) under the
#: headline...
DECK_WORDS = 16
#: ...when that heading has more words than this (a kicker has fewer: "President of the Senate") and
#: at most :data:`DECKED_HEADLINE_WORDS`.
KICKER_WORDS = 3
DECKED_HEADLINE_WORDS = 16


def _over_deck(before: list[Line], deck: Line) -> Line | None:
    """The headline right over ``deck`` when ``deck`` reads as the deck under it ("Headline" / "A
    sentence or two of more than :data:`DECK_WORDS` words on what the article tells" / byline /
    date, the deck sharing more words with the page title): a heading (:func:`_heading`) of
    more than :data:`KICKER_WORDS` words and :data:`DECKED_HEADLINE_WORDS` at most."""
    k = place(before, deck)
    over = before[k - 1] if k and before[k - 1].index else None
    if over is None or len(deck.text.split()) <= DECK_WORDS or not KICKER_WORDS < len(over.text.split()) <= DECKED_HEADLINE_WORDS:
        return None
    return over if _heading(over) else None


#: A heading dated by the line over it alone has this many words: a control's label after a
#: date ("Back to the list") is shorter.
UNDER_DATE_WORDS = 4


def _under_date(before: list[Line], k: int) -> bool:
    """Is ``before[k]`` a heading right under its dateline ("18 Feb 2020" / "Headline")?"""
    from ._dates import printed_date

    over = before[k - 1] if k > 0 else None
    return over is not None and not over.label and len(before[k].text.split()) >= UNDER_DATE_WORDS and printed_date(over.text)


#: A heading of this many words or more is dated by a date alone under it (a stub); a shorter one
#: is a link's or a section's label ("Back to the news" / "06.12.2031" / "Headline").
STUB_DATED_WORDS = 5


def _dating(ln: Line, heading: Line) -> bool:
    """Can ``ln`` date ``heading`` over it: no label, or a date alone (the ``stubs`` label of
    "06.12.2031", a field's value whose label the scrape lost) under a heading of
    :data:`STUB_DATED_WORDS` words or more?"""
    return not ln.label or (ln.rule == "stubs" and len(heading.text.split()) >= STUB_DATED_WORDS)


def _heading(ln: Line) -> bool:
    """Can ``ln`` be a headline by its own text and marks (see :func:`_dated_heading`)?"""
    from ..metadata._byline_line import byline_names

    text = ln.text
    if _hidden(ln) or not title_like(text) or BULLET.match(text) or _dateline(text):
        return False
    return not (_BREADCRUMB.search(text) or _CREDIT.search(text) or _GLUED.search(text) or _AT_HANDLE.search(text) or byline_names(text))
