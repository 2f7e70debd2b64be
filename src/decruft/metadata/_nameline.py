"""A line that prints names alone ("Jane Roe", "Jane Roe und John Doe", "Jane Roe | 3. März
2019"), read for both modes: text mode's name lines under a headline or after a body
(``textmode._authors``, ``textmode._given``) and a copyright line's holder (:mod:`._copyright`).

Also the tests of a name's shape that a byline's reader shares (:func:`_written_as_name`,
:func:`_without_month`) and the words of the rules' labels no name holds (:func:`_label_words`).
"""

from __future__ import annotations

import functools
import re

from ._given import given_name, opens_with_given_name
from ._months import _month_words, _script_languages
from ._common import _byline_words
from ._names import split_authors
from ._role_strip import without_roles

#: Lower-case words a name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "der", "den", "del", "della", "la", "le", "bin", "al", "y", "zu", "ter"}
)
#: How many lines' readings :func:`name_line` and textmode's byline reader keep.
READ_CACHE = 8192


def _without_month(name: str) -> str:
    """``"Anna May Corrigan July"`` (from "by Anna May Corrigan July 12, 2015") without the month."""
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
#: date before a name ("24. September 2019 Jane Roe"), a handle after it ("Jane Roe @jroe").
_PARTS = re.compile(r"\s+[|•·∙—–-]\s+|\s*\|\s*|,\s+|(?<=\d)\s+(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+\s+[A-ZÀ-ÖØ-Þ])|\s+(?=@\w)")
_PARTS_NO_COMMA = re.compile(_PARTS.pattern.replace(r"|,\s+", ""))
#: A name of two to four words opening a line, then a number ("Jane Roe 3 hours ago").
_NAME_THEN_NUMBER = re.compile(r"^((?:[A-ZÀ-ÖØ-Þ][\w'.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'-]*)\s+(?=\d)")
#: A part of a name line that is no name: a number (a date, a time, a count) or a handle.
_NO_NAME = re.compile(r"\d|^\s*@")
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
    from ..rules._vocab import LANGUAGES, alternation, vocabulary

    comments = vocabulary("comments")
    phrases = {p for p in comments.labels if " " in p} | _byline_words("comment_tails")
    comment = re.compile(rf"(?:^|[\s|•·,]+)(?i:{alternation(phrases)}|{comments.counts_source})[\s|•·]*$")
    months = sorted((w.capitalize() for w in _month_words(LANGUAGES) if len(w) >= 4), key=len, reverse=True)
    month = re.compile(rf"(?<=[a-zß-ÿ])(?=(?:{'|'.join(map(re.escape, months))})\.?\s*\d)")
    return comment, month


def _bare(text: str) -> str:
    """A name line without the separators around it and a comment link or count after it, a
    glued month parted from the name, a number after the name parted by a separator."""
    comment, month = _tails()
    text = comment.sub("", month.sub(" ", text.strip(_SEPARATORS))).strip(_SEPARATORS)
    return _NAME_THEN_NUMBER.sub(r"\1 | ", text)


#: A part holding a number is a date, a time or a count, not a sentence: at most this many words,
#: or at most :data:`DATE_PART_LOWER` words of three letters or more in lower case.
DATE_PART_WORDS = 6
DATE_PART_LOWER = 2
_LOWER_WORD = re.compile(r"(?<!\S)[a-zß-ÿ]{3,}(?!\S)")


def _prose_part(part: str) -> bool:
    """Is ``part`` (one holding a number) a sentence rather than a date or a count ("... marks the
    60th anniversary of 1959" before "Morris Minor": a headline's words, not a dateline)?"""
    return len(part.split()) > DATE_PART_WORDS and len(_LOWER_WORD.findall(part)) > DATE_PART_LOWER


def _named_part(text: str) -> str | None:
    """The one part of a name line that holds no number or handle, without a month after it;
    None where a part holding a number reads as a sentence (:func:`_prose_part`)."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if any(_NO_NAME.search(p) and _prose_part(p) for p in parts):
        return None
    named = [p for p in parts if not _NO_NAME.search(p)]
    if len(named) > 1 and _JOINER.search(text):
        named = [p for p in _PARTS_NO_COMMA.split(text) if p.strip() and not _NO_NAME.search(p)]
    return _without_month(named[0].strip()) if len(named) == 1 else None


def name_line(text: str) -> list[str]:
    """:func:`_read_name_line`, read once per line's text (a page's lines are read by several passes)."""
    return list(_name_line_of(text))


@functools.lru_cache(maxsize=READ_CACHE)
def _name_line_of(text: str) -> tuple[str, ...]:
    return tuple(_read_name_line(text))


def _read_name_line(text: str) -> list[str]:
    """The names of a line that prints names alone ("Jane Roe", "Jane Roe und John Doe", "Jane Roe,
    John Doe y Max Muster"), or beside parts that each hold a number (a date, a time, a count)
    or a handle; a comment link after them is left out ("Jane Roe Leave a comment"), and a role
    printed with a name ("Stadtblatt-Online-Experte Jane Roe", "Jane Roe Education editor"); else ``[]``.
    A name has two to four capitalised words, none of them a word of the rules' labels."""
    name = _named_part(_bare(text))
    if name is None:
        return []
    words = [w for w in name.replace(",", " ").split() if w.casefold() not in _JOINERS]
    found = split_authors(name)
    if not found or (sum(len(n.split()) for n in found) != len(words) and found != [without_roles(name)]):
        return []  # a part of the line is no name ("Jane Roe for The Daily"), nor a role printed with it
    return found if all(map(_alone_as_name, found)) else []


def _alone_as_name(name: str) -> bool:
    """A name printed alone: two to :data:`NAME_WORDS` capitalised words, not ending in a
    particle; one holding a particle opens with a common given name ("Ursula von der Leyen",
    not a heading's "Pflege von Obstbäumen" or a menu's "Stimmen der Region":
    in German every noun is capitalised)."""
    words = name.split()
    return (
        2 <= len(words) <= NAME_WORDS
        and all(w[0].isalpha() for w in words)
        and _written_as_name(name, 2, True)
        and words[-1] not in _PARTICLES
        # "Social Share", "Zum Video", "Die Gründer": words of the rules' labels, but a given
        # name after the first word ("Anna May", "Jane Lee": "may", "lee" of "you may also like", "lee también")
        and not any(w.casefold() in _label_words() and not _given_not_label(i, w, words) for i, w in enumerate(_WORD.findall(name)))
        and (all(w[:1].isupper() for w in words) or opens_with_given_name(name))
        # "GROUP BY", "Photos By": a byline's marker that no name holds as a particle
        and not any(w.casefold() in _marker_words() for w in words)
        # "Follow Jane": an author box's button that names the author by the given name alone
        and words[0].casefold() not in _byline_words("buttons")
    )


def _given_not_label(i: int, word: str, words: list[str]) -> bool:
    """Is ``word``, the ``i``-th of a name's ``words`` and a word of the rules' labels, a given
    name there: after the first word ("Anna May", "Jane Lee": "may", "lee" of "you may also
    like", "lee también"), or first of two words ("Will Barker": "will" of "we will use your
    email")?"""
    return (i > 0 or len(words) == 2) and given_name(word)


@functools.cache
def _marker_words() -> frozenset[str]:
    """The one-word markers of ``[byline]`` of the phrase files ("by", "par", "door"), less name
    particles ("von", "di", "de")."""
    return frozenset(w for w in _byline_words("markers") if " " not in w) - name_particles()


@functools.cache
def name_particles() -> frozenset[str]:
    """Lower-case words a name may hold: :data:`_PARTICLES` and ``[byline] particles`` of the
    phrase files ("von", "de", "bin")."""
    return _PARTICLES | _byline_words("particles")


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
    return frozenset(words - roles - name_particles())
