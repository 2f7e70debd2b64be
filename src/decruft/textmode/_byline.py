"""Pass 3, a line at a time: the names a byline line gives ("By Jane Roe", "Author: Jane Roe"), and
those of a name line ("Jane Roe", "Jane Roe und John Doe"). Where on the page the byline is looked
for is :mod:`._authors`.

:func:`byline_names` also reads a byline printed in an HTML page (see ``decruft.metadata``).
"""

from __future__ import annotations

import functools
import re

from ..metadata import split_authors
from ..metadata._months import _YEAR, _month_words, _script_languages
from ..metadata._names import _byline_words

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
    """:func:`_byline_names`, read once per line's text (a page's lines are read by several passes)."""
    return list(_byline_names_of(text, under_headline))


#: How many lines' readings :func:`byline_names` and :func:`_name_line` keep.
READ_CACHE = 8192


@functools.lru_cache(maxsize=READ_CACHE)
def _byline_names_of(text: str, under_headline: bool) -> tuple[str, ...]:
    return tuple(_byline_names(text, under_headline=under_headline))


def _byline_names(text: str, *, under_headline: bool = False) -> list[str]:
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
    rest = _tails()[0].sub("", text[found.end() :])
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


#: A name printed alone on its line has at most this many words.
NAME_WORDS = 4
#: The parts of a line printing a name with its date ("Jane Roe | 3. März 2019 | 12:00"), a
#: date before a name ("26. September 2019 Jane Roe"), a handle after it ("Jane Roe @jroe").
_PARTS = re.compile(r"\s+[|•·∙—–-]\s+|\s*\|\s*|,\s+|(?<=\d)\s+(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+\s+[A-ZÀ-ÖØ-Þ])|\s+(?=@\w)")
_PARTS_NO_COMMA = re.compile(_PARTS.pattern.replace(r"|,\s+", ""))
#: A name of two to four words opening a line, then a number ("Jane Roe 3 hours ago").
_NAME_THEN_NUMBER = re.compile(r"^((?:[A-ZÀ-ÖØ-Þ][\w'.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'-]*)\s+(?=\d)")
#: A part of a name line that is no name: a number (a date, a time, a count) or a handle.
_NO_NAME = re.compile(r"\d|^\s*@")
_DIGIT = re.compile(r"\d")
_JOINERS = frozenset({"and", "und", "et", "y", "e", "&"})
_JOINER = re.compile(r"\s(?:and|und|et|y|e|&)\s")
#: Separators around a name line ("Jane Roe —", "Jane Roe /").
_SEPARATORS = " |•·∙—–-/"


@functools.cache
def _tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(comment, month)``: a comment link or count after a byline's name ("Jane Roe Leave a
    comment", "von jroe Ein Kommentar", "Jane Roe | 12 Comments": the comments rule's labels of
    two words or more and its counts, and ``[byline] comment_tails`` of the phrase files); a
    month's name glued to the name ("Jane RoeNovember 6, 2023")."""
    from ..rules._vocab import LANGUAGES, vocabulary

    comments = vocabulary("comments")
    phrases = {p for p in comments.labels if " " in p} | _byline_words("comment_tails")
    counts = comments.counts.pattern[4:-2] if comments.counts is not None else "(?!)"
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    comment = re.compile(rf"(?:^|[\s|•·,]+)(?i:{alternation}|{counts})[\s|•·]*$")
    months = sorted((w.capitalize() for w in _month_words(LANGUAGES) if len(w) >= 4), key=len, reverse=True)
    month = re.compile(rf"(?<=[a-zß-ÿ])(?=(?:{'|'.join(map(re.escape, months))})\.?\s*\d)")
    return comment, month


def _bare(text: str) -> str:
    """A name line without the separators around it and a comment link or count after it, a
    glued month parted from the name, a number after the name parted by a separator."""
    comment, month = _tails()
    text = comment.sub("", month.sub(" ", text.strip(_SEPARATORS))).strip(_SEPARATORS)
    return _NAME_THEN_NUMBER.sub(r"\1 | ", text)


def _named_part(text: str) -> str | None:
    """The one part of a name line that holds no number or handle, without a month after it."""
    named = [p for p in _PARTS.split(text) if p.strip() and not _NO_NAME.search(p)]
    if len(named) > 1 and _JOINER.search(text):
        named = [p for p in _PARTS_NO_COMMA.split(text) if p.strip() and not _NO_NAME.search(p)]
    return _without_month(named[0].strip()) if len(named) == 1 else None


def _name_line(text: str) -> list[str]:
    """:func:`_read_name_line`, read once per line's text."""
    return list(_name_line_of(text))


@functools.lru_cache(maxsize=READ_CACHE)
def _name_line_of(text: str) -> tuple[str, ...]:
    return tuple(_read_name_line(text))


def _read_name_line(text: str) -> list[str]:
    """The names of a line that prints names alone ("Jane Roe", "Jane Roe und John Doe", "Jane Roe,
    John Doe y Max Muster"), or beside parts that each hold a number (a date, a time, a count)
    or a handle; a comment link after them is left out ("Jane Roe Leave a comment"); else ``[]``.
    A name has two to four capitalised words, none of them a word of the rules' labels."""
    name = _named_part(_bare(text))
    if name is None:
        return []
    words = [w for w in name.replace(",", " ").split() if w.casefold() not in _JOINERS]
    found = split_authors(name)
    if not found or sum(len(n.split()) for n in found) != len(words):
        return []  # a part of the line is no name ("Jane Roe for The Daily")
    return found if all(map(_alone_as_name, found)) else []


#: A desk's name ("Redaktion", "HLNF Staff Report") has at most this many words.
DESK_WORDS = 4


def desk_name(text: str) -> list[str]:
    """``[text]`` when a short line names a desk, not a person: a word of ``[byline] desks`` of the
    phrase files ("Redaktion", "Staff") among at most :data:`DESK_WORDS` capitalised words or
    domain names ("auto-motor.at Redaktion"), no number; else ``[]``."""
    words = text.split()
    if not 0 < len(words) <= DESK_WORDS or _DIGIT.search(text):
        return []
    desks = _byline_words("desks")
    folded = text.casefold()
    if not any(w.casefold() in desks for w in words) and not any(" " in d and d in folded for d in desks):
        return []
    return [text] if all(w[:1].isupper() or "." in w.strip(".") for w in words) else []


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
