"""A byline printed as a line of text, for both modes: the names a byline line gives ("By Jane
Roe", "Author: Jane Roe"), and a desk's name ("Redaktion"). Text mode reads a scrape's lines with
it (where on the page: ``decruft.textmode._authors``), HTML mode the lines under a headline
(:mod:`._printed`); a line that prints names alone ("Jane Roe", "Jane Roe und John Doe") is read
by :mod:`._nameline`.
"""

from __future__ import annotations

import functools
import re

from ._months import _YEAR, _month_words
from ._nameline import READ_CACHE, _label_words, _PARTICLES, _tails, _without_month, _written_as_name
from ._common import _byline_words
from ._names import openers, picture_credit_words, split_authors

#: Lines longer than this are no byline.
BYLINE_CHARS = 120
#: Where the name after a byline marker ends: a date, a handle, a separator ("|", " / "), a job
#: title after a comma, or a preposition ("by Jane Roe on March 3", "von Hans Muster am 3. März",
#: "Ein Interview von Jane Roe mit Max Muster").
_NAME_END = re.compile(r"\d|@|\||•|·|—|–|\s-\s|\s/(?:\s|$)|,|\(|;|\s(?:on|at|in|am|um|le|el|em|il|op|with|mit)\s")


@functools.cache
def _field_label() -> re.Pattern[str]:
    """The label of the field printed after a byline's name ("von Jane Roe Foto: © Example",
    "By Jane Roe Updated: ..."): a word of ``[byline]`` ``credits``, ``labels`` or ``not_names`` and a colon."""
    from ..rules._vocab import alternation

    words = {w for w in picture_credit_words() | _byline_words("labels") | _byline_words("not_names") if " " not in w}
    return re.compile(rf"\s(?i:{alternation(words)}):(?:\s|$)")


def _name_end_in(rest: str, start: int = 0) -> re.Match[str] | None:
    """Where the name after a byline's marker ends in ``rest`` (from ``start``): :data:`_NAME_END`,
    or the next field's label (:func:`_field_label`), whichever comes first."""
    ends = [m for m in (_NAME_END.search(rest, start), _field_label().search(rest, start)) if m is not None]
    return min(ends, key=lambda m: m.start()) if ends else None


@functools.cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(marker, label)`` from the phrase files' ``[byline]`` tables: a marker before the
    name ("By Jane Roe", "by: Jane Roe", "// By Jane Roe", "ByJane Roe", "Posted on 3 May 2019 by Jane Roe"),
    a label and a colon at the line's start ("Author: Jane Roe", "Text: Hans Muster")."""
    from ..rules._vocab import alternation

    # Glued to the name ("ByJane Roe", "vonJana Roth") only as a word is written, not inside
    # a word in capitals ("DIRIGIDO").
    words = [w for w in _byline_words("markers") if " " not in w]
    glued = "|".join(sorted({f"{re.escape(w[0].upper() + w[1:])}|{re.escape(w)}" for w in words}))
    marker = re.compile(
        rf"(?:^|(?<=[\s/|•·—–-]))(?:(?i:{alternation(_byline_words('markers'))})(?:\s*:\s*|\s+)|(?:{glued})(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))"
    )
    label = re.compile(rf"^\W*(?i:{alternation(_byline_words('labels'))})\s*:\s*")
    return marker, label


def _byline_start(text: str, timed: bool = False) -> re.Match[str] | None:
    """Where a byline's marker or label is in ``text``, or None. A marker inside the line
    counts only in a dated line (with ``timed``, after any number: "3.11.23 21:47 von Jane
    Roe"): "Powered by WordPress" is no byline."""
    marker, label = _byline_patterns()
    found = label.match(text)
    if found is not None:
        return found
    found = marker.search(text)
    if found is None or not found.start():
        return found
    before = text[: found.start()]
    if before.strip(" /-–—|•·*_=~") and _YEAR.search(text) is None and not (timed and _DIGIT.search(before)):
        return None
    return None if _prose_before(before) else found


def byline_opens(text: str) -> bool:
    """Does ``text`` open with a byline's label or marker: is :func:`_byline_start` found at its
    first character? Only the start is tried (a long line is not searched for a marker)."""
    marker, label = _byline_patterns()
    return label.match(text) is not None or marker.match(text) is not None


#: A marker inside a dated line follows at most this many words other than a date's, a
#: weekday's or a byline's label ("Veröffentlicht am 3. Mai 2019 um 12:00 Uhr von"): more are a
#: sentence ("Kommt im Herbst 2019 neu in die Läden: Leichter Wander Schuh von Beispiel").
BEFORE_MARKER_WORDS = 4
#: Words of this many letters or fewer are left out of that count ("on", "am", "um", "at").
_SHORT_WORD = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def _prose_before(before: str) -> bool:
    """Does the part of a line before a byline's marker read as a sentence: more than
    :data:`BEFORE_MARKER_WORDS` words longer than :data:`_SHORT_WORD` letters that no date or byline prints?"""
    words = [w for w in _LETTERS.findall(before) if len(w) > _SHORT_WORD and w.casefold() not in _dateline_words()]
    return len(words) > BEFORE_MARKER_WORDS


@functools.cache
def _dateline_words() -> frozenset[str]:
    """The words a dateline and a byline print around a marker: month names of every language,
    and the words of ``[byline]`` ``not_names``, ``trailing``, ``markers`` and ``labels``
    ("Published", "Freitag", "Posted")."""
    from ..rules._vocab import LANGUAGES

    phrases = _byline_words("not_names") | _byline_words("trailing") | _byline_words("markers") | _byline_words("labels")
    return frozenset(_month_words(LANGUAGES)) | {w for p in phrases for w in _LETTERS.findall(p.casefold())}


_DIGIT = re.compile(r"\d")
#: An agency's code with an editor's or a desk's after a slash ("det/dpa", "dpa/lno"), printed as a byline's name.
_AGENCY_CODE = re.compile(r"\s*[a-zA-Z]{2,6}(?:/[a-zA-Z]{2,6})+\s*")
#: A handle a byline may print alone ("von Marlene", "by marc", "von jroth"): one word.
_HANDLE = re.compile(r"\s*[^\W\d_][\w.-]{2,30}\s*|" + _AGENCY_CODE.pattern)
#: A handle that ends in digits ("Jane1", "jroe42"): its digits are no date.
_NUMBERED_HANDLE = re.compile(r"\s*[^\W\d_][^\W_]*[^\W\d_]\d{1,4}(?=\s|$)")


def _numbered_handle_end(rest: str) -> int:
    """Where a handle ending in digits that opens ``rest`` ends (so a name's end is looked for after
    it: "von Mirela4 am 17.09.2020"), else 0."""
    found = _NUMBERED_HANDLE.match(rest)
    return found.end() if found is not None else 0


#: Markers that are no common preposition before a lower-case word ("di stagione", "de verdad").
_PLAIN_MARKER = re.compile(r"\W*(?:by|von)\b", re.IGNORECASE)


def _handle(word: str, lower: bool) -> list[str]:
    """``[word]`` when a byline gives one word as its name: capitalised, or in lower case when
    ``lower`` (the line is dated, or its marker is "by"/"von"); no word of the rules' labels; a
    handle ending in digits ("Marianne1") or an agency's code ("det/dpa") as printed."""
    printed = _NUMBERED_HANDLE.fullmatch(word) or _AGENCY_CODE.fullmatch(word)
    found = [word.strip()] if printed else split_authors(word)
    if len(found) != 1 or not (found[0][:1].isupper() or lower):
        return []
    return found if found[0][:1].isupper() or found[0].casefold() not in _label_words() else []


def byline_names(text: str, *, under_headline: bool = False, dated: bool = False) -> list[str]:
    """:func:`_byline_names`, read once per line's text (a page's lines are read by several passes);
    ``dated``: read the line as a dated one even where it prints no year (a part of a dated line)."""
    return list(_byline_names_of(text, under_headline, dated))


@functools.lru_cache(maxsize=READ_CACHE)
def _byline_names_of(text: str, under_headline: bool, dated: bool) -> tuple[str, ...]:
    """:func:`_byline_names` of ``text``, cached; the line is dated when ``dated`` or it prints a year."""
    return tuple(_byline_names(text, under_headline=under_headline, dated=dated or _YEAR.search(text) is not None))


def _byline_names(text: str, *, under_headline: bool, dated: bool) -> list[str]:
    """The names a byline line gives ("By Jane Roe, Political Editor", "Posted on 14. Juli 2019
    by Jane Roe", "Author: Jane Roe, Datum: 03.03.19"), or none. A marker inside the line
    counts only in a dated line: "Powered by WordPress" is no byline.

    ``under_headline`` (a line just under the headline): a name of one word counts after a
    marker that opens the line ("von Marlene"), or after a date or time ("3.11.23 21:47 von
    Jane Roe"), and in lower case too where it is all the byline says ("Posted on 2015-04-13
    by tomek | Leave a comment"). ``dated``: the line prints a year, or is a part of a dated line (a
    post head's "Autor: jroe" part) read as if it printed the date (:func:`byline_names` passes both)."""
    found = _byline_start(text, timed=under_headline)
    if found is None:
        return []
    _marker, label = _byline_patterns()
    # Undated, "By X" could open a heading ("Von Ideen und Menschen"): a name there has two words.
    shortest = 1 if dated or found.re is label else 2
    # Capitals ("By MARTHA ELLINGTON") only right after a marker or label that opens the line.
    capitals = found.start() == 0
    rest = _tails()[0].sub("", text[found.end() :])
    end, handle = _name_end(rest, under_headline, opens=not found.start())
    if handle:
        return _handle(rest[: end.start()] if end else rest, lower=_lower_handle(found, dated))
    named = rest[: end.start()] if end else rest
    names = [n for n in map(_without_tail, split_authors(named)) if _written_as_name(n, shortest, capitals)]
    if names:
        names.extend(n for n in _listed(rest, end, capitals) if n not in names)
    # A desk after a marker that opens the line ("von rad-magazin.example Redaktion", "By Example Staff").
    return names or (desk_name(named.strip()) if not found.start() else [])


def _lower_handle(found: re.Match[str], dated: bool) -> bool:
    """May a handle after the marker or label ``found`` be in lower case: in a dated line, or after
    a plain "by"/"von" ("von marlene")?"""
    return dated or _PLAIN_MARKER.match(found.group()) is not None


def _name_end(rest: str, under_headline: bool, opens: bool) -> tuple[re.Match[str] | None, bool]:
    """Where the name after a byline's marker ends in ``rest``, and whether it is a handle of one
    word: one ending in digits ("von Hedwig7") after a marker that ``opens`` the line or under
    the headline, any one word under the headline ("von marlene")."""
    numbered = _numbered_handle_end(rest) if under_headline or opens else 0
    end = _name_end_in(rest, numbered)
    alone = under_headline and _HANDLE.fullmatch(rest[: end.start()] if end else rest) is not None
    return end, bool(numbered) or alone


def _listed(rest: str, end: re.Match[str] | None, capitals: bool) -> list[str]:
    """"By Jane Roe, John Doe and Max Muster": names after a comma, while they read as names of
    two words or more (a role after the comma ends the byline: "By Jane Roe, Political Editor").
    The list must end in a joined pair ("..., John Doe and Max Muster"): a job title after the
    comma reads as a name too ("Jane Roe, Senior Technologist")."""
    listed: list[str] = []
    while end is not None and end.group() == ",":
        start = end.end()
        end = _name_end_in(rest, start)
        more = [_without_month(n) for n in split_authors(rest[start : end.start() if end else len(rest)])]
        if not more or not all(_written_as_name(n, 2, capitals) for n in more):
            break
        listed.extend(more)
        if len(more) >= 2:
            return listed
    return []


def _without_tail(name: str) -> str:
    """``name`` without a month ("Anna May Corrigan July"), a label's word ("Jane Roe
    Lesezeit", from "von Jane Roe Lesezeit: 4 Min.") or a byline's trailing word ("jroe
    Veröffentlicht", from "von jroe Veröffentlicht am 13. Juni 2019") printed after it."""
    name = _without_month(name)
    head, _, last = name.rpartition(" ")
    word = last.casefold().strip(":.")
    if (len(head.split()) >= 2 and word in _label_words()) or (head and word in _byline_words("trailing")):
        return head
    return name


#: A desk's name ("Redaktion", "Metro Desk Staff Report") has at most this many words.
DESK_WORDS = 4


def desk_name(text: str) -> list[str]:
    """``[text]`` when a short line names a desk, not a person: a word of ``[byline] desks`` of the
    phrase files ("Redaktion", "Staff") among at most :data:`DESK_WORDS` capitalised words or
    domain names ("rad-magazin.example Redaktion"), no number; else ``[]``."""
    words = text.split()
    if not 0 < len(words) <= DESK_WORDS or _DIGIT.search(text):
        return []
    desks = _byline_words("desks")
    folded = text.casefold()
    if not any(w.casefold() in desks for w in words) and not any(" " in d and d in folded for d in desks):
        return []
    return [text] if all(w[:1].isupper() or "." in w.strip(".") for w in words) else []


def is_byline(text: str, names: list[str]) -> bool:
    """Is the scrape's line ``text`` the byline of the page's authors ``names``: a line of 80
    characters at most that opens with a marker ("By", "Von", "Par"...) and holds the first
    name ("By Jane Roe | March 7, 2017")? Text mode leaves it out of the body."""
    return bool(names) and len(text) <= 80 and bool(_by_line().match(text)) and names[0] in text


@functools.cache
def _by_line() -> re.Pattern[str]:
    """A scrape's line opening with a byline opener and more after it ("By Jane Roe | ...")."""
    return re.compile(rf"^(?:{openers()})\s+\S", re.IGNORECASE)
