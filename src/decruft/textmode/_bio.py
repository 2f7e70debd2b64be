"""The author's box at the foot of a text scrape's body run: the body ends above it.

A box is a label ("Author", "About Jane") or a name line ("Jane Roe"), then within a few lines
a bio: a line opening with the name (or its first word) and a verb of ``[staff-list]
bio_verbs`` ("Jane Roe is a reporter...", "Jane ist Reporterin..."), the verb alone under the
name in lower case ("ist Reporterin..."), or, under a label, a self-introduction of
``bio_self`` ("Ich bin Jane, ...").
A bio printed alone, with no label or name line above it, is left to the body: some readers
count it as the article's (one test set does, another does not).
The phrases are data, in every phrase file.
"""

from __future__ import annotations

import functools
import re

from ..metadata._byline_line import BYLINE_CHARS
from ..metadata._given import opens_with_given_name
from ..metadata._nameline import name_line
from ..rules._vocab import alternation, normalize, phrase_words
from ._lines import Line

#: A bio has at least this many characters.
BIO_CHARS = 40
#: A box's label or name line stands at most this many lines above its bio.
BOX_LINES = 3
#: A name that "About ..." prints has at most this many words.
ABOUT_WORDS = 3


def _alternation(phrases: frozenset[str], anchored: bool = True) -> re.Pattern[str]:
    """One of ``phrases`` followed by a space or a comma: at the text's start (``anchored``) or anywhere."""
    return re.compile(rf"{'^' if anchored else ''}(?:{alternation(phrases)})(?=[\s,])" if phrases else r"(?!)")


@functools.cache
def _vocab() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """``(labels, about, verb, self)``: the byline's labels that stand alone, the words before a
    name in a box's label, and the patterns of a bio's verb and of a self-introduction."""
    labels = frozenset(normalize(w) for w in phrase_words("byline", "label_alone"))
    about = tuple(sorted((w + " " for w in phrase_words("staff-list", "bio_about")), key=len, reverse=True))
    return labels, about, _alternation(phrase_words("staff-list", "bio_verbs")), _alternation(phrase_words("staff-list", "bio_self"))


@functools.cache
def _verb_anywhere() -> re.Pattern[str]:
    """A bio's verb at any place in a line (:func:`_may_be_bio`)."""
    return _alternation(phrase_words("staff-list", "bio_verbs"), anchored=False)


def _may_be_bio(text: str, over: str) -> bool:
    """Can ``text`` be a bio under the line ``over`` (:func:`is_bio` unlabelled, the names of
    ``over`` as a name line): long enough, opening in lower case with a bio's verb, or opening
    with a word ``over`` prints and a bio's verb somewhere after it. A cheap test first, before
    ``over`` is read as a name line."""
    if len(text) < BIO_CHARS:
        return False
    low = text.casefold()
    if text[:1].islower() and _vocab()[2].match(low):
        return True
    first = low.split(" ", 1)[0]
    return first in over.casefold() and _verb_anywhere().search(low) is not None


def box_label(text: str) -> list[str] | None:
    """The names a box's label gives: ``[]`` for a label alone ("Author"), ``["Jane"]`` for
    "About Jane"; None for a line that is no such label."""
    labels, about, _verb, _self = _vocab()
    norm = normalize(text)
    if norm in labels:
        return []
    for word in about:
        if norm.startswith(word):
            name = text.strip().rstrip(":")[len(word) :].strip()
            words = name.split()
            if 0 < len(words) <= ABOUT_WORDS and all(w[:1].isupper() for w in words):
                return [name]
    return None


def _names(text: str) -> list[str]:
    """The one name a name line prints, and its first word ("Jane Roe", "Jane"); else ``[]``."""
    found = name_line(text)
    return [found[0], found[0].split()[0]] if len(found) == 1 else []


def is_bio(text: str, names: list[str], labelled: bool) -> bool:
    """A bio of one of ``names`` (the name line's or label's above it): it opens with the name
    and a bio verb, or with the verb alone in lower case (the name is the line above); under a
    label, also with a self-introduction."""
    if len(text) < BIO_CHARS:
        return False
    _labels, _about, verb, intro = _vocab()
    low = text.casefold()
    if (labelled and intro.match(low)) or (text[:1].islower() and verb.match(low)):
        return True
    return any(text.startswith(name + " ") and verb.match(low[len(name) + 1 :]) for name in names)


def box_start(lines: list[Line], i: int) -> bool:
    """Does an author's box open at ``lines[i]`` (the body run's lines)? A label with a bio
    within ``BOX_LINES`` lines under it (a name line may stand between), or a name line with
    its bio right under it."""
    label = box_label(lines[i].text)
    if label is None:
        if i + 1 >= len(lines) or not _may_be_bio(lines[i + 1].text, lines[i].text):
            return False
        names = _names(lines[i].text)
        return bool(names) and is_bio(lines[i + 1].text, names, False)
    for ln in lines[i + 1 : i + 1 + BOX_LINES]:
        if is_bio(ln.text, label, True):
            return True
        label = label + _names(ln.text)
    return False


def author_box(lines: list[Line]) -> list[str]:
    """The name of the first author's box, read as the byline where none stands near the body
    (:func:`._authors.authors`): a name line opening with a common given name, then a
    line that opens with the same name and goes on in lower case, a bracket or a comma ("Jane Roe" / "Jane Roe covers the council
    for the Daily Example since 2009.")."""
    for k in range(len(lines) - 1):
        text, bio = lines[k].text, lines[k + 1].text
        if len(text) > BYLINE_CHARS or len(bio) < BIO_CHARS or not bio.startswith(text + " "):
            continue
        rest = bio[len(text) + 1 :]
        names = name_line(text)
        if len(names) == 1 and opens_with_given_name(names[0]) and (rest[:1].islower() or rest[:1] in "(,"):
            return names
    return []
