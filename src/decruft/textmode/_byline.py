"""Pass 3: the authors, from a byline line ("By Jane Roe", "Author: Jane Roe") near the body.

:func:`byline_names` also reads a byline printed in an HTML page (see ``decruft.metadata``).
"""

from __future__ import annotations

import functools
import re

from ..metadata import split_authors
from ..metadata._months import _YEAR, _month_words, _script_languages
from ..metadata._names import _byline_words
from ._lines import Line

_BY_LINE = re.compile(r"^(?:by|von|par|por|di|door)\s+\S", re.IGNORECASE)
#: Lines longer than this are no byline.
BYLINE_CHARS = 120
#: Where the name after a byline marker ends: a date, a handle, a separator, a job title after
#: a comma, or a preposition ("by Jane Roe on March 3", "von Hans Muster am 3. März").
_NAME_END = re.compile(r"\d|@|\||•|·|—|–|\s-\s|,|\(|;|\s(?:on|at|in|am|um|le|el|em|il|op)\s")
#: Lower-case words a name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "der", "den", "del", "della", "la", "le", "bin", "al", "y", "zu", "ter"}
)


@functools.cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(marker, label)`` from the phrase files' ``[byline]`` tables: a marker before the
    name ("By Jane Roe", "// By Jane Roe", "ByJane Roe", "Posted on 3 May 2019 by Jane Roe"),
    a label and a colon at the line's start ("Author: Jane Roe", "Text: Hans Muster")."""
    def alternation(key: str) -> str:
        return "|".join(sorted((re.escape(w) for w in _byline_words(key)), key=len, reverse=True))

    # Glued to the name ("ByJane Roe", "vonChris Jung") only as a word is written, not inside
    # a word in capitals ("DIRIGIDO").
    words = [w for w in _byline_words("markers") if " " not in w]
    glued = "|".join(sorted({f"{re.escape(w[0].upper() + w[1:])}|{re.escape(w)}" for w in words}))
    marker = re.compile(
        rf"(?:^|(?<=[\s/|•·—–-]))(?:(?i:{alternation('markers')})\s+|(?:{glued})(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))"
    )
    label = re.compile(rf"^\W*(?i:{alternation('labels')})\s*:\s*")
    return marker, label


def _byline_start(text: str) -> re.Match[str] | None:
    """Where a byline's marker or label is in ``text``, or None. A marker inside the line
    counts only in a dated line: "Powered by WordPress" is no byline."""
    marker, label = _byline_patterns()
    found = label.match(text)
    if found is not None:
        return found
    found = marker.search(text)
    if found is None or (found.start() and text[: found.start()].strip(" /-–—|•·*_=~") and _YEAR.search(text) is None):
        return None
    return found


def byline_names(text: str) -> list[str]:
    """The names a byline line gives ("By Jane Roe, Political Editor", "Posted on 21. Juli 2019
    by Jane Roe", "Author: Jane Roe, Datum: 03.03.19"), or none. A marker inside the line
    counts only in a dated line: "Powered by WordPress" is no byline."""
    found = _byline_start(text)
    if found is None:
        return []
    _marker, label = _byline_patterns()
    dated = _YEAR.search(text) is not None
    # Undated, "By X" could open a heading ("Von Ideen und Menschen"): a name there has two words.
    shortest = 1 if dated or found.re is label else 2
    # Capitals ("By JEFFREY GETTLEMAN") only right after a marker or label that opens the line.
    capitals = found.start() == 0
    rest = text[found.end() :]
    end = _NAME_END.search(rest)
    first = split_authors(rest[: end.start()] if end else rest)
    names = [n for n in map(_without_month, first) if _written_as_name(n, shortest, capitals)]
    if names:
        names.extend(n for n in _listed(rest, end, capitals) if n not in names)
    return names


def _listed(rest: str, end: re.Match[str] | None, capitals: bool) -> list[str]:
    """"By Jane Roe, John Doe and Max Muster": names after a comma, while they read as names of
    two words or more (a role after the comma ends the byline: "By Jane Roe, Political Editor").
    The list must end in a joined pair ("..., John Doe and Max Muster"): a job title after the
    comma reads as a name too ("Jane Roe, Senior Technologist")."""
    listed: list[str] = []
    while end is not None and end.group() == ",":
        start = end.end()
        end = _NAME_END.search(rest, start)
        more = [_without_month(n) for n in split_authors(rest[start : end.start() if end else len(rest)])]
        if not more or not all(_written_as_name(n, 2, capitals) for n in more):
            break
        listed.extend(more)
        if len(more) >= 2:
            return listed
    return []


def _without_month(name: str) -> str:
    """``"Laura June Topolsky July"`` (from "by Laura June Topolsky July 10, 2015") without the month."""
    head, _, last = name.rpartition(" ")
    if head and last.casefold().rstrip(".") in _month_words(_script_languages(last) or ("en",)):
        return head
    return name


def _written_as_name(name: str, shortest: int, capitals: bool) -> bool:
    """At least ``shortest`` capitalised words (particles aside); all in capitals only if
    ``capitals`` (else "TMZ STAFF" and "RIGIDO A" would be names)."""
    words = name.split()
    return (
        len(words) >= shortest
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _PARTICLES for w in words)
        and (capitals or any(c.islower() for c in name))
    )


def authors(lines: list[Line], body: set[int]) -> list[str]:
    first = min(body) if body else len(lines)
    for ln in lines:
        if ln.index > first + 3:
            break
        if len(ln.text) <= BYLINE_CHARS:
            names = byline_names(ln.text)
            if names:
                return names
    return []


def is_byline(text: str, names: list[str]) -> bool:
    return bool(names) and len(text) <= 80 and bool(_BY_LINE.match(text)) and names[0] in text
