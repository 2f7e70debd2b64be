"""Pass 3: the authors, from a byline line ("By Jane Roe", "Author: Jane Roe") near the body, else
from a name line under the headline ("Jane Roe" above "March 9, 2019", "Jane Roe | 3.3.2019").

:func:`byline_names` also reads a byline printed in an HTML page (see ``decruft.metadata``).
"""

from __future__ import annotations

import functools
import re

from ..metadata import read_dateline, split_authors
from ..metadata._months import _YEAR, _month_words, _script_languages
from ..metadata._names import _BYLINE_LABEL, _byline_words, without_roles
from ._dates import ago as _ago, printed_date
from ._lines import Line

_BY_LINE = re.compile(r"^(?:by|von|par|por|di|door)\s+\S", re.IGNORECASE)
#: Lines longer than this are no byline.
BYLINE_CHARS = 120
#: Where the name after a byline marker ends: a date, a handle, a separator ("|", " / "), a job
#: title after a comma, or a preposition ("by Jane Roe on March 3", "von Hans Muster am 3. März").
_NAME_END = re.compile(r"\d|@|\||•|·|—|–|\s-\s|\s/(?:\s|$)|,|\(|;|\s(?:on|at|in|am|um|le|el|em|il|op)\s")
#: Lower-case words a name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "der", "den", "del", "della", "la", "le", "bin", "al", "y", "zu", "ter"}
)


@functools.cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(marker, label)`` from the phrase files' ``[byline]`` tables: a marker before the
    name ("By Jane Roe", "by: Jane Roe", "// By Jane Roe", "ByJane Roe", "Posted on 3 May 2019 by Jane Roe"),
    a label and a colon at the line's start ("Author: Jane Roe", "Text: Hans Muster")."""
    def alternation(key: str) -> str:
        return "|".join(sorted((re.escape(w) for w in _byline_words(key)), key=len, reverse=True))

    # Glued to the name ("ByJane Roe", "vonChris Jung") only as a word is written, not inside
    # a word in capitals ("DIRIGIDO").
    words = [w for w in _byline_words("markers") if " " not in w]
    glued = "|".join(sorted({f"{re.escape(w[0].upper() + w[1:])}|{re.escape(w)}" for w in words}))
    marker = re.compile(
        rf"(?:^|(?<=[\s/|•·—–-]))(?:(?i:{alternation('markers')})(?:\s*:\s*|\s+)|(?:{glued})(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))"
    )
    label = re.compile(rf"^\W*(?i:{alternation('labels')})\s*:\s*")
    return marker, label


def _byline_start(text: str, timed: bool = False) -> re.Match[str] | None:
    """Where a byline's marker or label is in ``text``, or None. A marker inside the line
    counts only in a dated line (with ``timed``, after any number: "1.11.23 20:19 von Jane
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
    return found


#: A handle a byline may print alone ("von Kathrin", "by marc", "von uriebe"): one word.
_HANDLE = re.compile(r"\s*[^\W\d_][\w.-]{2,30}\s*")
#: Markers that are no common preposition before a lower-case word ("di stagione", "de verdad").
_PLAIN_MARKER = re.compile(r"\W*(?:by|von)\b", re.IGNORECASE)


def _handle(word: str, lower: bool) -> list[str]:
    """``[word]`` when a byline gives one word as its name: capitalised, or in lower case when
    ``lower`` (the line is dated, or its marker is "by"/"von"); no word of the rules' labels."""
    found = split_authors(word)
    if len(found) != 1 or not (found[0][:1].isupper() or lower):
        return []
    return found if found[0][:1].isupper() or found[0].casefold() not in _label_words() else []


def byline_names(text: str, *, under_headline: bool = False) -> list[str]:
    """The names a byline line gives ("By Jane Roe, Political Editor", "Posted on 21. Juli 2019
    by Jane Roe", "Author: Jane Roe, Datum: 03.03.19"), or none. A marker inside the line
    counts only in a dated line: "Powered by WordPress" is no byline.

    ``under_headline`` (a line just under the headline): a name of one word counts after a
    marker that opens the line ("von Kathrin"), or after a date or time ("1.11.23 20:19 von
    Jane Roe"), and in lower case too where it is all the byline says ("Posted on 2015-04-05
    by marc | Leave a comment")."""
    found = _byline_start(text, timed=under_headline)
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
    if under_headline and _HANDLE.fullmatch(rest[: end.start()] if end else rest):
        return _handle(rest[: end.start()] if end else rest, lower=dated or _PLAIN_MARKER.match(found.group()) is not None)
    first = split_authors(rest[: end.start()] if end else rest)
    names = [n for n in map(_without_tail, first) if _written_as_name(n, shortest, capitals)]
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


def _without_tail(name: str) -> str:
    """``name`` without a month ("Laura June Topolsky July"), a label's word ("Jane Roe
    Lesezeit", from "von Jane Roe Lesezeit: 4 Min.") or a byline's trailing word ("jroe
    Veröffentlicht", from "von jroe Veröffentlicht am 11. Juni 2019") printed after it."""
    name = _without_month(name)
    head, _, last = name.rpartition(" ")
    word = last.casefold().strip(":.")
    if (len(head.split()) >= 2 and word in _label_words()) or (head and word in _byline_words("trailing")):
        return head
    return name


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


def authors(lines: list[Line], body: set[int], title_line: Line | None = None) -> list[str]:
    """The names of the first byline line ("By Jane Roe") from the top to the body's first
    lines; else those of a line under the headline that prints a name alone or with a date
    (:func:`_under_headline`); else those under a byline's label alone on its line anywhere
    (:func:`_label_line_names`); else those of a line opening with a label and a colon in or
    after the body (:func:`_labelled_line`); else those of a name line that opens with a common
    given name near the headline or right after the body (:func:`._given.given_name_line`)."""
    first = min(body) if body else len(lines)
    for ln in lines:
        if ln.index > first + 3:
            break
        if len(ln.text) <= BYLINE_CHARS:
            names = byline_names(ln.text)
            if names:
                return names
    from ._given import given_name_line

    return (
        _under_headline(lines, body, title_line)
        or _label_line_names(lines)
        or _labelled_line(lines, body)
        or given_name_line(lines, body, title_line)
    )


#: Under the headline, a name line is looked for down to this many lines into the body, and
#: from this many lines above the body when no headline stands before it.
NAME_INTO = 5
NAME_ABOVE = 4
#: A name printed alone on its line has at most this many words.
NAME_WORDS = 4
#: The parts of a line printing a name with its date ("Jane Roe | 3. März 2019 | 12:00").
_PARTS = re.compile(r"\s+[|•·∙—–-]\s+|\s*\|\s*|,\s+")
_DIGIT = re.compile(r"\d")


def _under_headline(lines: list[Line], body: set[int], title_line: Line | None) -> list[str]:
    """The names of a line between the headline and the body's first lines that is a byline's
    marker and one name ("von Kathrin"), or a name alone ("Jane Roe"), or a name with the
    date and counts printed with it ("Jane Roe - Apr 16, 2015 8:02 pm", "23.06.2016 | Jane
    Roe | 91 Kommentare"). A line that the rules' vocabularies mark by its own words is no name.
    A byline's marker or label in the window comes before a name line above it: a teaser's
    heading over a date ("Liebe Menschen Europas" / "Publiziert am 13. Januar 2014 von jroe")
    reads as a name too."""
    if not body:
        return []
    pos = {ln.index: k for k, ln in enumerate(lines)}
    start = pos[min(body)]
    top = start - NAME_ABOVE
    if title_line is not None and title_line.index < min(body):
        top = pos[title_line.index] + 1
    window = [
        k
        for k in range(max(0, top), min(len(lines), start + NAME_INTO))
        if not (lines[k].label or len(lines[k].text) > BYLINE_CHARS or lines[k] is title_line)
    ]
    for k in window:
        names = byline_names(lines[k].text, under_headline=True)
        if names:
            return names
    for k in window:
        names = _line_names(lines, k, ago=start - k <= NAME_ABOVE)
        if names:
            return names
    return _over_headline(lines, pos, title_line) or _after_body(lines, pos[max(body)])


#: A name line is looked for this many lines over the headline.
OVER_HEADLINE = 3


def _over_headline(lines: list[Line], pos: dict[int, int], title_line: Line | None) -> list[str]:
    """The names of a name line just over the headline with a time ago between them ("Jane Roe" /
    "vor 2 Stunden" / "Headline"): a news site's byline printed above the headline. A plain
    date there proves less (a section's teaser heading over its date)."""
    if title_line is None or title_line.index not in pos or title_line is lines[0]:
        return []
    at = pos[title_line.index]
    for k in range(at - 1, max(0, at - OVER_HEADLINE) - 1, -1):
        if lines[k].label or len(lines[k].text) > BYLINE_CHARS:
            continue
        names = _name_line(lines[k].text)
        if names and any(_ago(ln.text) for ln in lines[k + 1 : at]):
            return names
    return []


def _line_names(lines: list[Line], k: int, ago: bool = False) -> list[str]:
    """The names ``lines[k]`` prints as a byline: by its marker or label, or as a name line
    (joined with the next line when it ends in a joiner) that a date, label or role stands with
    (a time ago too, with ``ago``: a name line right over the body, not a teaser's far above it)."""
    names = byline_names(lines[k].text, under_headline=True)
    if names:
        return names
    text, last = lines[k].text, k
    if _JOINED.search(text) and k + 1 < len(lines) and lines[k + 1].text[:1].isupper():
        # "Jane Roe und" / "John Doe"; not "Jane Roe," / "am 11.12.2022"
        text, last = f"{text} {lines[k + 1].text}", k + 1
    if _name_line(text) and (_dated_or_labelled(lines, k, ago) or _dated_or_labelled(lines, last, ago)):
        return _name_line(text)
    return []


#: A byline line ("Text: Jane Roe", "Von Jane Roe") is looked for this many lines after the body.
AFTER_BODY = 5


def _after_body(lines: list[Line], end: int) -> list[str]:
    """The names of a line just after the body that opens with a byline's marker or label
    ("Text: Jane Roe", "Von Jane Roe"), not in capitals ("POR ESO INFORMAR ES" is a slogan)."""
    for ln in lines[end + 1 : end + 1 + AFTER_BODY]:
        start = _byline_start(ln.text)
        if ln.label or len(ln.text) > BYLINE_CHARS or start is None or start.start():
            continue
        names = byline_names(ln.text)
        if names and all(any(c.islower() for c in n) for n in names):
            return names
    return []


#: A line that ends in a joiner goes on with the next name on the next line.
_JOINED = re.compile(r"(?:,|\s(?:and|und|et|y|e|&))$", re.IGNORECASE)
_JOINERS = frozenset({"and", "und", "et", "y", "e", "&"})


#: A name line counts with a date this many lines before or after it.
NAME_DATE_NEAR = 2


def _dated_or_labelled(lines: list[Line], k: int, ago: bool = False) -> bool:
    """Does the name line ``lines[k]`` read as a byline by what stands with it: a byline's label
    alone on the line before ("By", "von"), a role on the line after ("Games Editor"), or a
    date in it or in a line near it (in numbers too, in either order: "08/05/2022 02:14"; with
    ``ago``, a time ago: "vor 2 Stunden", "3 hours ago")?"""
    before = lines[k - 1].text if k else ""
    after = lines[k + 1].text if k + 1 < len(lines) else ""
    if _BYLINE_LABEL.match(before) or (after and not without_roles(after)):
        return True
    near = lines[max(0, k - NAME_DATE_NEAR) : k + NAME_DATE_NEAR + 1]
    return any(len(ln.text) <= BYLINE_CHARS and (printed_date(ln.text) or (ago and _ago(ln.text))) for ln in near)


def _name_line(text: str) -> list[str]:
    """The names of a line that prints names alone ("Jane Roe", "Jane Roe und John Doe"), or
    beside parts that each hold a number (a date, a time, a count); else ``[]``.
    A name has two to four capitalised words, none of them a word of the rules' labels."""
    named = [p for p in _PARTS.split(text) if p.strip() and not _DIGIT.search(p)]
    if len(named) != 1:
        return []
    words = [w for w in named[0].replace(",", " ").split() if w.casefold() not in _JOINERS]
    found = split_authors(named[0])
    if not found or sum(len(n.split()) for n in found) != len(words):
        return []  # a part of the line is no name ("Jane Roe for The Daily")
    return found if all(map(_alone_as_name, found)) else []


def _alone_as_name(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= NAME_WORDS
        and all(w[0].isalpha() for w in words)
        and _written_as_name(name, 2, True)
        and words[-1] not in _PARTICLES
        # "Social Share", "Zum Video", "Die Gründer": words of the rules' labels
        and not any(w.casefold() in _label_words() for w in _WORD.findall(name))
    )


_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _label_words() -> frozenset[str]:
    """The words (3 letters or more) of every rule's labels and headings in the phrase files
    ("share", "video", "older", "zum"), less name particles and the words of byline roles
    ("Redaktion", "Staff" name a desk)."""
    from ..rules._vocab import phrase_tables

    words: set[str] = set()
    for table in phrase_tables().values():
        for rule, kinds in table.items():
            if rule == "byline":
                continue
            for kind in ("labels", "headings"):
                for phrase in kinds.get(kind, ()):
                    words.update(w for w in _WORD.findall(phrase.casefold()) if len(w) >= 3)
    roles = {w for role in _byline_words("roles") for w in _WORD.findall(role.casefold())}
    return frozenset(words - roles - _PARTICLES - _byline_words("particles"))


def is_byline(text: str, names: list[str]) -> bool:
    return bool(names) and len(text) <= 80 and bool(_BY_LINE.match(text)) and names[0] in text


def _label_line_names(lines: list[Line]) -> list[str]:
    """The names on the line after the first byline's label printed alone on its line ("By" /
    "Jane Roe", "Published by" / "Jane Roe", "von:" / "Newsdesk" / "28. Januar 2022"): a
    byline box, a field per line, wherever it stands (above the headline, after the body). A
    name of one word counts with a date on one of the two lines after it."""
    labels = _alone_labels()
    for k, ln in enumerate(lines[:-1]):
        if ln.text.casefold().rstrip(":").strip() not in labels or len(lines[k + 1].text) > BYLINE_CHARS:
            continue
        names = _name_line(lines[k + 1].text)
        if not names and _HANDLE.fullmatch(lines[k + 1].text) and _dated_after(lines, k + 1):
            names = _handle(lines[k + 1].text, lower=True)
        if names:
            return names
    return []


def _dated_after(lines: list[Line], k: int) -> bool:
    """Does one of the two lines after ``lines[k]`` print a whole date?"""
    return any(len(ln.text) <= BYLINE_CHARS and read_dateline(ln.text) is not None for ln in lines[k + 1 : k + 3])


@functools.cache
def _alone_labels() -> frozenset[str]:
    """A byline's markers and labels, and the labels printed alone before a name (``[byline]
    alone`` of the phrase files: "Published by", "Eingestellt von"), case-folded."""
    return _byline_words("markers") | _byline_words("labels") | _byline_words("alone")


def _labelled_line(lines: list[Line], body: set[int]) -> list[str]:
    """The names of the first line from the body's start on that opens with a byline's label and
    a colon ("Author: Jane Roe", "Text: Jane Roe"), wherever the body ends: an author's credit
    under a long article, after its sources or tags. Not names in capitals only."""
    if not body:
        return []
    _marker, label = _byline_patterns()
    first = min(body)
    for ln in lines:
        if ln.index < first or len(ln.text) > BYLINE_CHARS or label.match(ln.text) is None:
            continue
        names = byline_names(ln.text)
        if names and all(any(c.islower() for c in n) for n in names):
            return names
    return []
