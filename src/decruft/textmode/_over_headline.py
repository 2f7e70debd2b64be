"""Bylines printed over the headline, and the date tests the byline readers of
:mod:`._authors` share: a name line with a whole date near it, or right after it ("Jane Roe on
May 3, 2019")."""

from __future__ import annotations

import functools

from ..metadata._byline_line import BYLINE_CHARS, byline_names
from ..metadata._common import _byline_words
from ..metadata._months import _YEAR, _month_words
from ..metadata._names import _before_date_or_section
from ..metadata._nameline import READ_CACHE, _tails, name_line
from ..rules._vocab import LANGUAGES
from ._dates import ago as _ago, printed_date
from ._lines import Line

#: A name line is looked for this many lines over the headline.
OVER_HEADLINE = 3


def over_headline(lines: list[Line], pos: dict[int, int], title_line: Line | None) -> list[str]:
    """The names of a dated byline right over the headline, or of a name line just over it with
    a time ago between them ("Jane Roe" / "vor 2 Stunden" / "Headline"): a news site's byline
    printed above the headline. A plain date there proves less (a section's teaser heading
    over its date)."""
    if title_line is None or title_line.index not in pos or title_line is lines[0]:
        return []
    at = pos[title_line.index]
    over = lines[at - 1].text
    if len(over) <= BYLINE_CHARS and _YEAR.search(over) and (names := byline_names(over, under_headline=True)):
        return names  # a dated byline right over the headline, a handle too ("Verfasst von: jroe | 12. Oktober 2011")
    for k in range(at - 1, max(0, at - OVER_HEADLINE) - 1, -1):
        if lines[k].label or len(lines[k].text) > BYLINE_CHARS:
            continue
        names = name_line(lines[k].text)
        if names and any(_ago(ln.text) for ln in lines[k + 1 : at]):
            return names
    return _row_over_headline(lines, at)


#: A post's meta row (name, date, counts) split a field per line is looked for this many lines
#: over the headline; its name's field ends in one of these separators.
OVER_ROW = 8
_ROW_SEPARATORS = frozenset("/|·•")


def _row_over_headline(lines: list[Line], at: int) -> list[str]:
    """The names of a post's meta row printed over the headline ``lines[at]`` a field per line:
    a name line ending in a separator, a whole date on the next line, and short lines only
    (the date's time, counts, buttons) down to the headline ("Jane Roe /" / "14.03.2021 / 08:30"
    / "/" / "12" / "Listen" / "Headline")."""
    for k in range(at - 1, max(0, at - OVER_ROW) - 1, -1):
        if any(len(ln.text) > BYLINE_CHARS for ln in lines[k:at]):
            return []
        text = lines[k].text.rstrip()
        if lines[k].label or text[-1:] not in _ROW_SEPARATORS or not _dated_after(lines, k, 1):
            continue
        if names := name_line(text):
            return names
    return []


@functools.lru_cache(maxsize=READ_CACHE)
def _printed_date(text: str) -> bool:
    """:func:`._dates.printed_date`, a month's name glued to the word before it parted first
    ("Associated PressMarch 8, 2017"); cached by text, as :func:`._authors._dated_or_labelled` asks it of
    each line near every name line."""
    return printed_date(text) or printed_date(_tails()[1].sub(" ", text))


def _dated_after(lines: list[Line], k: int, within: int = 2) -> bool:
    """Does one of the ``within`` lines after ``lines[k]`` print a whole date (:func:`_printed_date`:
    numbers in either order too, "Publiziert 05/05/2021 um 07:48")?"""
    return any(len(ln.text) <= BYLINE_CHARS and _printed_date(ln.text) for ln in lines[max(0, k + 1) : k + 1 + within])


def _name_on_date(text: str) -> list[str]:
    """The name of a name line that goes on with a word of ``[byline] after_name`` and a whole
    date right after it (:data:`DATE_OPENS`: "Jane Roe on May 3, 2019, 9:40 AM", "Jane Roe am 8. März 2019")."""
    head = _before_date_or_section(text)
    after = text[len(head) :].split()[1 : 1 + DATE_OPENS]  # the words after the word after the name
    if head == text or not after or not _date_word(after[0]) or not _printed_date(" ".join(after)):
        return []
    return name_line(head)


def _date_word(word: str) -> bool:
    """Does ``word`` open a date: a number, a month's name or a weekday (``[byline] trailing``)?"""
    folded = word.strip(",.").casefold()
    return word[:1].isdigit() or folded in _month_words(LANGUAGES) or folded in _byline_words("trailing")


#: A date opens what follows a name line's word of ``[byline] after_name`` (:func:`_date_word`),
#: whole in its first this many words ("Friday, May 03, 2019"; not "on stage at the
#: town fair, May 3, 2019", "in „The Show“ of 14.03.2019": a caption's).
DATE_OPENS = 4
