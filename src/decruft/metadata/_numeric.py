"""Reading a date printed in numbers alone where the order of day and month is plain
(:func:`read_numbers`: "27/10/2018", "06.07.21 10:32", "11/05/23" under a URL's /2023/11/), in
text scrapes and under an HTML page's headline alike."""

from __future__ import annotations

import datetime as _dt
import re

from .. import _url
from ._dateline import _plausible, modified_words, unglued

#: Numbers alone in the orders :func:`~._dateline.read_dateline` leaves out, where the order is
#: plain: with slashes or dots, a day over 12 says which number is the month ("27/10/2018",
#: "01.23.2020"); with dots, day first ("06.07.21 10:32"); a year of two digits is read in this century.
NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d./])")
#: A dateline read from numbers alone is this short: "Le 23/03/2021", "06.07.21 10:32".
NUMERIC_WORDS = 6


#: The year and month a URL's path names: /2023/11/, /2023-11-29-.
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-]|$)")


def url_month(url: str | None) -> tuple[int, int] | None:
    """``(year, month)`` of the date in ``url``'s path ("/2023/11/..."), or None."""
    m = _url.path_search(url, _URL_MONTH)
    return (int(m[1]), int(m[2])) if m is not None and 1 <= int(m[2]) <= 12 else None


def read_numbers(
    text: str, month: tuple[int, int] | None = None, *, dots_day_first: bool | None = True, slashes: bool = True
) -> _dt.date | None:
    """The day of a short line (:data:`NUMERIC_WORDS`) printing a date in numbers alone in an
    order that only one reading allows (see :data:`NUMERIC` and :func:`_day_month`), before any
    word saying an update's date follows (:func:`~._dateline.modified_words`); ``month`` is the
    year and month the page's URL names (:func:`url_month`). Numbers with dots that say no order
    themselves are read day first, or month first with ``dots_day_first`` False, or not at all
    with None; without ``slashes``, only numbers with dots are read."""
    if len(text.split()) > NUMERIC_WORDS:
        return None
    m = NUMERIC.search(modified_words().split(unglued(text), maxsplit=1)[0])
    if m is None or (m[2] == "/" and not slashes):
        return None
    year = int(m[4]) + (2000 if len(m[4]) == 2 else 0)
    dots = dots_day_first if m[2] == "." else None
    order = _day_month(int(m[1]), int(m[3]), dots_day_first=dots, month=month[1] if month and month[0] == year else None)
    if order is None:
        return None  # "9/11/15": September in one country, November in the next
    try:
        return _plausible(_dt.date(year, order[1], order[0]))
    except ValueError:
        return None


def _day_month(a: int, b: int, *, dots_day_first: bool | None, month: int | None) -> tuple[int, int] | None:
    """``(day, month)`` of numbers printed ``a`` before ``b``, where one reading only is plain: a
    number over 12 is the day; the same number twice ("03/03/2022") is both; the month the URL
    names of the same year (``month``: "11/05/23" under /2023/11/ is 5 November); with dots, day
    first ("06.07.21"), or month first where ``dots_day_first`` is False. Else None."""
    if a > 12 >= b or a == b:
        return a, b
    if b > 12 >= a:
        return b, a
    if month is not None and month in (a, b):
        return (b, a) if month == a else (a, b)
    if dots_day_first is None:
        return None
    return (a, b) if dots_day_first else (b, a)
