"""The person a copyright line names ("© 2019 Jane Roe", "Copyright (c) 2012- Jane Roe"): on a
personal site, the author; read only where no other source names one.

:func:`copyright_names` reads one line's text, for both modes; each mode says where to look:
:func:`copyright_holder` here reads the page's text nodes, ``textmode._given.copyright_holder``
the scrape's last lines or a line with a year."""

from __future__ import annotations

import functools
import re

from .._state import State
from ._given import opens_with_given_name
from ._nameline import name_line
from ._common import _byline_words
from ._names import picture_credit_words

#: A year or years after the mark ("2009-2012", "2012-", "2019/20").
_YEARS = r"\d{4}(?:\s*[-–/]\s*(?:\d{2,4})?)?"
#: Before the mark: nothing, or a part of the line that a separator ends ("Impressum | © Jane Roe").
_AFTER_PART = re.compile(r"(?:^|[|•·–—-])\s*$")
#: Where the holder's name ends: a separator, a number, a sentence's full stop (not an initial's).
_END = re.compile(r"\s*(?:[|•·,;:(®]|\s[-–—]\s|\d|(?<![\s.][A-Z])\.(?:\s|$))")


@functools.cache
def _marks() -> re.Pattern[str]:
    """A copyright mark of ``[byline] copyright`` in the phrase files ("©", "(c)", "Copyright")."""
    from ..rules._vocab import alternation

    return re.compile(alternation(_byline_words("copyright")), re.IGNORECASE)


@functools.cache
def _lead() -> re.Pattern[str]:
    """What follows the mark before the holder's name: more marks, a year or years, "by"."""
    marks = _marks().pattern
    return re.compile(
        rf"(?:[\W_]|{marks})*(?P<year>{_YEARS})?(?:[\W_]|{marks})*(?P<by>by\s+)?", re.IGNORECASE
    )


@functools.cache
def credit_pattern(agencies: bool = True) -> re.Pattern[str]:
    """A word of a picture's credit as a whole word, in any case: ``[byline] credits`` ("Foto",
    "Photo"), and with ``agencies`` the news agencies that credit pictures and stories alike
    (``[byline] agencies``: "dpa"). A copyright line holding one names the photographer; a source
    credit ("Quelle: dpa") may name an agency but no picture's credit ("Quelle: Foto ...")."""
    words = picture_credit_words() if agencies else _byline_words("credits")
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(words)))})\b", re.IGNORECASE)


@functools.cache
def _companies() -> frozenset[str]:
    """Words of a company's name (``[byline] organisations`` and ``companies``): "Lee Enterprises",
    "Jane Roe Verlag GmbH" name no person."""
    return frozenset(w.rstrip(".") for w in _byline_words("organisations") | _byline_words("companies"))


def copyright_names(text: str) -> list[str]:
    """The persons a copyright line ``text`` names, when each opens with a common given name and
    none holds a company's word; the mark opens the line or a part of it ("Impressum | © Jane
    Roe"), or a year or "by" follows it (not a caption's "Lake © Jane Roe"), or years and "by"
    stand without a mark ("2009-2020 by Jane Roe", :func:`_holder_start`); no picture's credit
    ("© Foto: Jane Roe"); else ``[]``."""
    start = _holder_start(text)
    if start is None or credit_pattern().search(text):
        return []
    names = name_line(_END.split(text[start:], maxsplit=1)[0])
    if not names or not all(map(opens_with_given_name, names)):
        return []
    return [] if any(w.casefold().rstrip(".") in _companies() for n in names for w in n.split()) else names


#: A copyright line without its mark: a year or years, then "by", opening the line or a part of
#: it ("– 2009-2020 by Jane Roe", "(CC BY-SA) 2006-2008 by Jane Roe").
_YEARS_BY = re.compile(rf"(?:^|[|•·–—-]\s*|\)\s*){_YEARS}\s+by\s+", re.IGNORECASE)


def _holder_start(text: str) -> int | None:
    """Where the holder's name starts in a copyright line: after the mark and the years or "by"
    after it, where the mark opens the line or a part of it or a year or "by" follows it; after
    a year or years and "by" without a mark; else None."""
    mark = _marks().search(text)
    if mark is None:
        bare = _YEARS_BY.search(text)
        return bare.end() if bare is not None else None
    lead = _lead().match(text, mark.end())
    assert lead is not None  # every part of the pattern is optional
    if not _AFTER_PART.search(text[: mark.start()]) and not (lead["year"] or lead["by"]):
        return None
    return lead.end()


def copyright_holder(state: State) -> list[str]:
    """The persons the page's first copyright line names (:func:`copyright_names`), among its text nodes."""
    marks = _marks()
    for node in state.scan.text_nodes or ():
        # A node without a mark or years and "by" names no one: most of them, skipped without a
        # call; a long one (a paragraph) is no copyright line, and is not searched for a mark.
        if len(node) > 200:
            continue
        held = marks.search(node) is not None or ("by" in node and _YEARS_BY.search(node) is not None)
        if held and (names := copyright_names(node.strip())):
            return names
    return []
