"""Pass 3: the headline.

Where the page title names only the site (:mod:`._site_only`), the heading over the body. Else the headline is the line nearest the body that repeats the page title in the first line
(without its site part, or one part of it other than the site's name; a copy of the whole
<title> with the site's name is no printed headline; a menu's item that repeats it gives way
to the heading over the body, a line that repeats it to a heading under it worded much as it,
to the same words with a kicker before them or a subtitle after them, and a copy far after the
body's start to the dated heading over the body), or that a page title cut short with an
ellipsis begins; else a line worded much as the page title, else a line the page title holds,
else one piece of the page title split at its colon, else its first part, one word, printed
right over the body (or the heading over that word, filed under it), else the heading over the body that a breadcrumb over it ends with, else
the title-like line before the body (the nearest one over a dateline
or byline or right under a dateline, or the heading right above the body that shares a word
with the page title, when the first is no page title).
"""

from __future__ import annotations

import functools
import re

from ..metadata.title import split_text_title
from ..rules._vocab import normalize
from ._lines import BULLET, Line, place
from ._opening import dated_opening
from ._title_pieces import _piece, _truncated, journal_title, wrapped
from ._title_site import below_masthead, over_part, page_part, site_names

#: Lines searched for the headline before the body.
TITLE_WINDOW = 25
#: A line before the body sharing more than this share of its words with the page title's own
#: part, and of the part's words with it, is the headline when no line repeats the title.
TITLE_LIKENESS = 0.7

ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_WORD = re.compile(r"\w+")
#: A trail of links ("Home > News > Story"): the page's place, not its headline.
_BREADCRUMB = re.compile(r"\s(?:>>?|»|/)\s.*\s(?:>>?|»|/)\s")


def title_like(text: str) -> bool:
    words = text.split()
    return 3 <= len(words) <= 25 and len(text) <= 200 and not text.endswith(".") and not ISO.search(text)


def title_line(lines: list[Line], body: set[int], url: str | None = None) -> Line | None:
    if not body:
        return None
    from ._repeats import first_word_over_body, repeated, stop_over_body, trail_end
    from ._site_only import site_heading, site_only

    first = min(body)
    if lines and site_only(lines[0].text, url):
        found = site_heading(lines, first)
        if found is not None:
            return found
    raw = page_part(lines[0].text, url) if lines else ""
    own = normalize(raw)
    return (
        repeated(lines, first, own)
        or journal_title(lines, first, own)
        or _truncated(lines, first, raw)
        or _alike(lines, first, own)
        or _held(lines, first, url)
        or _piece(lines, first, own)
        or first_word_over_body(lines, first, own)
        or trail_end(lines, first)
        or _first_title_like(lines, body, first, own, url)
        or stop_over_body(lines, first)
    )


def _repeating(lines: list[Line], first: int, own: str) -> Line | None:
    """A line that repeats the page title (the first line), or its own part with the site's name
    stripped ("Sorting photos by date | Jane's Notes", then "Sorting photos by date"), is the headline:
    the one nearest the body, before it, opening it or among its first lines (a body that
    starts with a teaser above the headline). A rail heading's marks do not count here:
    "Autoren" in a menu marks the lines after it."""
    page_title = normalize(lines[0].text) if lines else ""
    around = [ln for ln in lines[1:] if abs(ln.index - first) <= TITLE_WINDOW]
    # The page title with the site's name is the <title> shown again (a tab's label), not printed.
    whole = {own} if own else set()
    split = split_text_title(lines[0].text)
    parts = _parts(split, own, page_title)
    # Farther from the body (a long menu or teaser block between), the same lines in the whole
    # page, of the parts all but the last (mostly the site's name, which the logo prints).
    same: list[Line] = []
    tiers = ((around, whole), (around, parts), (lines[1:], whole), (lines[1:], parts - {normalize(split[-1])}))
    # A line's key once for all the tiers: normalized, without a date run into it.
    norm = functools.cache(lambda text: normalize(GLUED_DATE.sub("", text) if text[:1].isdigit() else text))
    for candidates, keys in tiers:
        if not keys:
            continue
        same = below_masthead(lines, [ln for ln in candidates if norm(ln.text) in keys], norm)
        if same:
            break
    if same:
        # Before the body, the longest part first: a section's or author's name is a shorter part than the headline.
        best = min(same, key=lambda ln: (ln.index > first, -len(norm(ln.text).split()), abs(ln.index - first)))
        return over_part(lines, same, best, split) or best
    return None


def _parts(split: list[str], own: str, page_title: str) -> set[str]:
    """The parts of the page title (split at its separators) a headline may print alone
    ("History | Songs of the silent harbour" prints "Songs of the silent harbour"): two words or
    more, never the site's name that :func:`page_part` stripped (the logo prints it)."""
    parts = {normalize(part) for part in split if len(part.split()) >= 2} - {page_title}
    if own and own != page_title:
        parts = {part for part in parts if part in own}
    return parts


def _alike(lines: list[Line], first: int, own: str) -> Line | None:
    """A line worded much as the page title: a headline the site shortened or reworded for the
    <title> ("Carmaker's boss warns of rivals" under "Carmaker's boss Roe warns of rivals | Site"). A line
    that a rail section took along counts (see :func:`_hidden`), whatever its first letter: worded
    as the title both ways, it is no piece of it."""
    if not own:
        return None
    words = set(_WORD.findall(own))
    alike: list[tuple[float, int, Line]] = []  # (likeness, nearness to the body, line)
    for ln in lines[1:]:
        if ln.label or ln.index > first or not title_like(ln.text) or _BREADCRUMB.search(ln.text):
            continue
        mine = set(_WORD.findall(normalize(ln.text)))
        if not mine or mine == words or _decorated(ln.text, own):
            continue  # the title decorated ("[> Jana Roth", "Headline | SITE"): its own part reads better
        # Both ways: a kicker alone ("The mayor and the harbour bridge") covers too little of the title.
        likeness = len(mine & words) / max(len(mine), len(words))
        if likeness > TITLE_LIKENESS:
            alike.append((likeness, ln.index - first, ln))
    if alike:
        return max(alike, key=lambda found: found[:2])[2]
    return None


def _held(lines: list[Line], first: int, url: str | None) -> Line | None:
    """A title-like line that the page title holds ("Headline" in "Section | Headline | Site"),
    or the line that prints it with a subtitle (:func:`._repeats.extended`); a line that a rail
    section took along counts (:func:`_hidden`), the site's name (:func:`._title_site.site_names`) does not."""
    page_title = normalize(lines[0].text) if lines else ""
    site = site_names(lines[0].text, url) if lines else set()
    near = [ln for ln in lines[1:] if abs(ln.index - first) <= TITLE_WINDOW and ln.index <= first and not _hidden(ln)]
    for ln in reversed(near):
        norm = normalize(ln.text)
        if title_like(ln.text) and len(norm) >= 15 and norm in page_title and norm not in site:
            from ._repeats import extended

            return extended(lines, first, ln) or ln
    return None


def _hidden(ln: Line) -> bool:
    """Is ``ln`` no headline by its marks: cruft by its own words, or a line that a rail section
    (after "Share", "Newsletter"...) took along and that starts in lower case (a link's piece of
    the title: "about lighthouses" of "List of novels about lighthouses")? A section runs
    on until prose resumes, so it takes along the headline over a short lead ("Share" /
    "November 2022" / "Headline" / "Lead..."): such a line may still be the headline."""
    return ln.label or (ln.rule is not None and ln.text[:1].islower())


def _decorated(text: str, own: str) -> bool:
    """Does ``text`` print the page title's own part ``own`` with the site's name or a section
    beside it ("Headline | SITE")?"""
    return bool(own) and own in {normalize(part) for part in split_text_title(text)}


def _first_title_like(lines: list[Line], body: set[int], first: int, own: str, url: str | None = None) -> Line | None:
    """The first title-like line before the body that is no dateline ("Mar 3, 2010") (the page
    title itself, its site part then stripped; or the heading right above the body,
    :func:`_over_body`, when it shares words with it), or with no line before the body, the
    body's first line when it reads like one. A menu's item, or a page title that names only the
    site, is no headline: the heading nearest the body with its date or byline under it comes
    first (:func:`._title_dated._dated_heading`), then the heading right above the body sharing a word with the
    page title (:func:`_over_title`), then the body's dated first line (:mod:`._opening`)."""
    from ._title_dated import _dated_heading, _over_deck

    candidates = _title_candidates(lines, first, url)
    if not candidates:
        return _over_title(lines, first, own) or _body_opening_title(lines, body)
    if candidates[0] is lines[0]:
        # The page title itself: the heading right above the body, worded in part as it, is the
        # headline as printed ("Pruning Roses" under "When is the time for pruning roses? ...").
        over = _over_body(lines, first)
        over = None if over is None or _decorated(over.text, own) else over
        if over is not None and len(_words(over.text) & _words(lines[0].text)) >= SHARED_WORDS:
            return _over_deck(lines, over) or over
        return _dated_heading(lines, first, own=own) or dated_opening(lines, body) or candidates[0]
    found = _dated_heading(lines, first, own=own) or _over_title(lines, first, own)
    return found or (None if _stray(lines, candidates[0], first) else candidates[0])


#: A title-like line this many lines or more before the body...
STRAY_LINES = 20


def _stray(lines: list[Line], ln: Line, first: int) -> bool:
    """Is ``ln`` a menu's or a rail's line ("Where would you like to go?"), no headline: :data:`STRAY_LINES`
    or more before the body, sharing no word with the page title (:func:`_words`), no date on the line
    over or under it (a heading with its date)? The page title's own part is then the headline (where
    the page title is no cruft itself)."""
    from ._dates import printed_date

    if lines[0].rule is not None or first - ln.index < STRAY_LINES or _words(ln.text) & _words(lines[0].text):
        return False
    k = place(lines, ln)
    return not any(printed_date(other.text) for other in lines[k - 1 : k + 2 : 2])


def _over_title(lines: list[Line], first: int, own: str) -> Line | None:
    """The heading right above the body (:func:`_over_body`) when it shares a word with the page
    title ("Ferry Timetable Changes This Winter" under "Island Ferry Services"), where no
    line before the body repeats the page title: a menu's item comes first, or a rail section
    took the lines before the body along. Not when a line before it prints the page title's
    words (with other quotation marks): then it is the deck under the headline."""
    over = _over_body(lines, first)
    if over is None or not _words(over.text) & _words(lines[0].text):
        return None
    words = set(_WORD.findall(own))
    before = [ln for ln in lines[1:] if over.index - TITLE_WINDOW <= ln.index < over.index]
    return None if any(set(_WORD.findall(normalize(ln.text))) == words for ln in before) else over


def _title_candidates(lines: list[Line], first: int, url: str | None) -> list[Line]:
    """The title-like lines among the last :data:`TITLE_WINDOW` lines before the body that no
    rule marked: no bullet, no dateline, no breadcrumb ("Home >> News >> Story"), no byline, no
    site's name (:func:`._title_site.site_names`: the logo's)."""
    from ..metadata._byline_line import byline_names

    site = site_names(lines[0].text, url) if lines else set()
    before = [ln for ln in lines if ln.index < first and ln.rule is None][-TITLE_WINDOW:]
    return [
        ln
        for ln in before
        if title_like(ln.text) and not (BULLET.match(ln.text) or _dateline(ln.text) or _BREADCRUMB.search(ln.text))
        and not byline_names(ln.text) and (ln is lines[0] or normalize(ln.text) not in site)
    ]


def _body_opening_title(lines: list[Line], body: set[int]) -> Line | None:
    """The body's first line when it reads like a title and the next line starts another block."""
    inside = [ln for ln in lines if ln.index in body and ln.rule is None]
    if len(inside) > 1 and title_like(inside[0].text) and inside[1].block != inside[0].block:
        return inside[0]
    return None


#: A line of this many words or fewer that holds a whole date is a dateline ("Mar 3, 2010"), no headline.
DATELINE_WORDS = 6


def _dateline(text: str) -> bool:
    from ..metadata import read_dateline

    return len(text.split()) <= DATELINE_WORDS and read_dateline(text) is not None


#: The headline is looked for this many lines above the body, past its byline and dateline.
OVER_BODY = 3
_DIGIT = re.compile(r"\d")


#: Words of this many letters or more that the heading above the body shares with the page title.
SHARED_WORDS = 2
SHARED_LETTERS = 4


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalize(text)) if len(w) >= SHARED_LETTERS}


def _over_body(lines: list[Line], first: int) -> Line | None:
    """The nearest line above the body that reads as a heading (two words or more, no
    sentence's end, no number: not a dateline; no byline), within :data:`OVER_BODY` lines:
    the headline as printed, where no line repeats the page title. A line a rail section took
    along counts (:func:`_hidden`)."""
    from ..metadata._byline_line import byline_names

    at = next((k for k, ln in enumerate(lines) if ln.index >= first), len(lines))
    for ln in reversed(lines[max(1, at - OVER_BODY) : at]):
        if _hidden(ln) or BULLET.match(ln.text) or _DIGIT.search(ln.text) or byline_names(ln.text):
            continue
        words = ln.text.split()
        menu_item = not (ln.text[0].isalnum() or ln.text[0] in "\"'„“«¿¡")  # "[> Jane Roe", "» More"
        if 2 <= len(words) <= 25 and len(ln.text) <= 200 and not ln.text.endswith((".", ":", ",")) and not menu_item:
            return ln
        return None
    return None


#: A date that a scrape ran into the headline after it ("23.11.2016Sales report October 2016"):
#: the date's element and the heading's, their texts joined without a space.
GLUED_DATE = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?=[^\W\d_])")


def title_text(lines: list[Line], line: Line | None, url: str | None) -> str | None:
    """The headline's text: ``line``'s without a date run into it (:data:`GLUED_DATE`), with the rest
    of it wrapped onto the next line (:func:`._title_pieces.wrapped`), else the page title's own part."""
    if line is not None and line is not lines[0]:
        return GLUED_DATE.sub("", wrapped(lines, line))
    if lines and lines[0].rule is None:
        return page_part(lines[0].text, url)
    return None
