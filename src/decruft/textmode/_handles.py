"""Pass 3: a blog's or forum's post head that the byline readers miss. A user's handle printed
as a post's byline right under the headline, with its date: "7. November 2018 seabird",
"14 Mai, 2011 | jroe_42 | Kommentare 12", "JaneRoe" over "21.03.2019, 09:41 Uhr" (no marker or
label before it). A post head too long for a byline, of "|" parts, one of them the byline
("Veröffentlicht: 07.02.2021 | Autor: jroe | Abgelegt unter: Fotografie, Reisen | Tags: ...").

A handle is one word that no dictionary word is written as: lower case ("seabird"), capitals
inside a word ("JaneRoe", "JaNe_RoE"), a digit, dot or underscore inside ("jane.roe",
"jroe42"), or else a common given name ("Jane"); never a label's, month's or dateline's word
("Kommentare", "November", "Uhr"), nor an abbreviation ("red."). A capitalised word ("Politik")
is a section's name; a lower-case word of another script than Latin a common word.
"""

from __future__ import annotations

import functools
import re

from ..metadata._byline_line import _HANDLE, BYLINE_CHARS, _byline_start, _dateline_words, byline_names
from ..metadata._months import _YEAR
from ..metadata._given import given_name
from ..metadata._nameline import _PARTICLES, _label_words
from ..metadata._common import _byline_words
from ._dates import printed_date
from ._lines import Line

#: The separators of a post head's parts ("14 Mai, 2011 | jroe | Kommentare 12").
_SPLIT = re.compile(r"[\s|•·,;/]+")
#: A capital after a lower-case letter inside a word ("JaneRoe"), or a digit, dot or underscore
#: inside it ("jane.roe", "jroe42"): a handle, no word of a dictionary.
_HANDLE_MARK = re.compile(r"[a-zß-ÿ][A-ZÀ-ÖØ-Þ]|[^\W\d_]\d|\w[._]\w")


def dated_handle(lines: list[Line], k: int) -> list[str]:
    """``[handle]`` when ``lines[k]`` prints one handle (see the module docstring) and nothing
    else but a date, a time and a comment count, and a whole date stands in it or on the line
    before or after it; else ``[]``."""
    text = lines[k].text
    if len(text) > BYLINE_CHARS:
        return []
    words = [w for w in (t.strip(":()[]") for t in _SPLIT.split(text)) if w and not _dated_word(w.strip("."))]
    if len(words) != 1 or not _handle_shape(words[0]):
        return []
    near = [ln.text for ln in lines[max(0, k - 1) : k + 2] if len(ln.text) <= BYLINE_CHARS]
    return words if any(map(printed_date, near)) else []


#: A date or a time in numbers alone ("21.03.2019", "09:41", "2019-03-21").
_NUMBERS = re.compile(r"[\d.:/-]+")


def _dated_word(word: str) -> bool:
    """Is ``word`` part of a date, a time or a count ("26", "21.03.2019", "Mai", "09:41", "Uhr",
    "Kommentare")? A date's dots between digits are no handle's ("jane.roe")."""
    folded = word.casefold()
    if any(c.isdigit() for c in word) and (_NUMBERS.fullmatch(word) or not _HANDLE_MARK.search(word)):
        return True
    return folded in _not_handles()


def _handle_shape(word: str) -> bool:
    """Is ``word`` written as a handle, or a common given name (see the module docstring)?"""
    if not _HANDLE.fullmatch(word) or word.endswith(".") or word.casefold() in _not_handles():
        return False
    if word[1:].islower() and given_name(word):
        return True
    return word.isascii() and (word[:1].islower() or bool(_HANDLE_MARK.search(word)))


@functools.cache
def _not_handles() -> frozenset[str]:
    """The words a post head prints beside a handle: months, weekdays and a byline's words
    (:func:`.._byline_line._dateline_words`), a time's words (``[byline] time_words``: "Uhr",
    "at"), the rules' labels ("Kommentare", "Reply"), name particles."""
    return _dateline_words() | _byline_words("time_words") | _label_words() | _PARTICLES


#: A post head's parts: "Veröffentlicht: 07.02.2021 | Autor: jroe | Abgelegt unter: Fotografie".
_POST_PARTS = re.compile(r"\s*\|\s*")
#: A post head prints at least this many parts.
POST_HEAD_PARTS = 3


def parted_byline(text: str) -> list[str]:
    """The names of a post head too long for a byline, of at least :data:`POST_HEAD_PARTS` "|"
    parts, one of them printing a year: those of its first part that opens with a byline's label
    or marker ("Autor: jroe"), read as a dated line under a headline (one word, a handle in lower
    case too); else ``[]``."""
    if len(text) <= BYLINE_CHARS or text.count("|") < POST_HEAD_PARTS - 1:
        return []  # most lines, known before splitting
    parts = [p for p in _POST_PARTS.split(text) if p.strip()]
    if len(parts) < POST_HEAD_PARTS or not any(map(_YEAR.search, parts)):
        return []
    for part in parts:
        found = _byline_start(part)
        if found is not None and not found.start() and len(part) <= BYLINE_CHARS:
            return byline_names(part, under_headline=True, dated=True)
    return []
