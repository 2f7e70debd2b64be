"""Reading one line as a dateline: the day a short line printed under a headline gives, in a text
scrape or on an HTML page (:func:`read_dateline`), an update's day (:func:`update_day`), and the
words that say a date is an update's (:func:`modified_words`)."""

from __future__ import annotations

import datetime as _dt
import functools
import re

from ._months import read_month_date, _script_languages, _YEAR


@functools.cache
def modified_words() -> re.Pattern[str]:
    """The words saying that the date after them is an update's ("Updated", "Aktualisierung", "mis
    à jour"): ``[dateline] updated`` of every phrase file, matched in any case inside a word."""
    from ..rules._vocab import alternation, phrase_words

    return re.compile(alternation(phrase_words("dateline", "updated")), re.IGNORECASE)


#: A dateline (a line printing the publication day) is at most this long.
DATELINE_CHARS = 160
#: A whole date in numbers alone, in the orders that need no language: 2017-03-07 and 7.3.2017.
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}))(?!\d)")


#: Two texts run together where the markup between them was dropped: a year straight into the
#: next date's day ("17. März 20219. März 2021", "23.11.202123.11.2021"), a word straight
#: into a capitalised one ("Jane RoeNovember 6, 2023").
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}[./])")
_GLUED_WORD = re.compile(r"(?<=[a-zß])(?=[A-Z][a-z])")
#: A date in numbers run into the time after it ("14.05.1916:32": 14.05.19 at 16:32;
#: "25.09.201913:48"), as a forum prints its posts' name, date and time in a row.
_GLUED_TIME = re.compile(r"(?<![\d./])(\d{1,2}([./])\d{1,2}\2(?:\d{4}|\d\d))(?=(?:[01]?\d|2[0-3]):[0-5]\d)")
#: Four digits in a row: a line without them holds no year, unglued or not (:func:`unglued`
#: puts a space after four digits, or inside them where a two-digit year runs into a time).
_FOUR_DIGITS = re.compile(r"\d{4}")


def unglued(line: str) -> str:
    """``line`` with a space where two texts ran together (:data:`_GLUED_TIME`, :data:`_GLUED_YEAR`,
    :data:`_GLUED_WORD`)."""
    return _GLUED_WORD.sub(" ", _GLUED_YEAR.sub(r"\1 ", _GLUED_TIME.sub(r"\1 ", line)))


#: A year printed with two digits after an apostrophe ("21 Sep ’20", "Mar 3, '19"), as blogs print it.
_SHORT_YEAR = re.compile(r"(?<![\w'’‘])['’‘](\d\d)(?![\w'’‘])")
#: A machine-readable time stamp ("2021-03-02T09:05:31+01:00"): a page's hidden field the scrape
#: or the line kept beside the date it prints for its readers.
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")


def _whole_years(line: str) -> str | None:
    """``line`` with each year printed with two digits after an apostrophe written whole ("16 Feb
    ’20" -> "16 Feb 2020"; a year past this one's two digits is of the last century), or None
    where it prints no such year."""
    if _SHORT_YEAR.search(line) is None:
        return None
    now = _dt.date.today().year % 100
    return _SHORT_YEAR.sub(lambda m: f" {19 if int(m[1]) > now else 20}{m[1]}", line)


def read_dateline(line: str) -> _dt.date | None:
    """The day a short line printed under a headline gives ("March 7, 2017", "13 JUN 2017",
    "Oct 11, 2019 · 6 min read", "Par X — 22 novembre 2017 à 17:38", "21 Sep ’20"), or None. Of
    "Dec. 3, 2024 / Updated Dec. 5, 2024" only the part before the update counts, and of two
    dates run together (:func:`unglued`) the first; a time stamp beside a date printed in words
    (:data:`_STAMP`: "2021-03-02T09:05:31+01:0014. März 2021") is a hidden field's, and the
    date printed for the readers counts. Read in text scrapes and on HTML pages alike."""
    if _FOUR_DIGITS.search(line) is None:
        whole = _whole_years(line)  # no year (:data:`_YEAR`) in the line, nor once unglued: most lines, known at once
        return _read_line(whole) if whole is not None else None
    if (stamp := _STAMP.search(line)) is not None:
        rest = line[: stamp.start()] + " " + line[stamp.end() :]
        if _FOUR_DIGITS.search(rest) and not _NUMERIC_DATE.search(rest) and (printed := _read_line(rest)) is not None:
            return printed  # a date in words beside the stamp: what the readers see
    return _read_line(line)


def _read_line(line: str) -> _dt.date | None:
    """:func:`read_dateline` of a line that prints four digits in a row."""
    text = modified_words().split(unglued(line), maxsplit=1)[0]
    if len(line) > DATELINE_CHARS or not _YEAR.search(text):
        return None
    # Numbers alone only in the orders that need no language: 2017-03-07 and 7.3.2017 (a
    # scrape names none, and 3/7/2017 is March in one country and July in the next).
    if _NUMERIC_DATE.search(text) is not None:
        return _numeric_day(text)
    found = read_month_date(text, _script_languages(text) or ("en",), numeric=False)
    return _plausible(found.date()) if found is not None else None


def update_day(line: str) -> _dt.date | None:
    """The day of an update on a short line ("Updated Apr 3, 2021", "Aktualisiert am 06.03.2023"):
    the date after the word saying it is an update's (:func:`modified_words`), or None."""
    if len(line) > DATELINE_CHARS or _FOUR_DIGITS.search(line) is None:
        return None
    parts = modified_words().split(unglued(line), maxsplit=1)
    return read_dateline(parts[1]) if len(parts) > 1 else None


def _numeric_day(text: str) -> _dt.date | None:
    """The day of the first whole date in numbers in ``text`` (:data:`_NUMERIC_DATE`), or, where
    the line prints more of them, the earliest: a page's publication day and its update's side by
    side ("2018-09-12 10:14:27 2018-07-03 08:45:00") without a word to tell which is which. None
    where the first is no plausible day (:func:`_numeric_date`)."""
    days = [_numeric_date(numeric) for numeric in _NUMERIC_DATE.finditer(text)]
    if not days or days[0] is None:
        return None
    return min(day for day in days if day is not None)


def _numeric_date(numeric: re.Match[str]) -> _dt.date | None:
    """The day a match of :data:`_NUMERIC_DATE` prints (year first or day first), if it is a valid
    and plausible one (:func:`_plausible`), else None."""
    ymd = numeric.group(1, 2, 3) if numeric[1] else numeric.group(6, 5, 4)
    try:
        return _plausible(_dt.date(*map(int, ymd)))
    except ValueError:
        return None


#: The first year a page's publication day can be in (htmldate's lower bound).
EARLIEST_YEAR = 1995


def _plausible(day: _dt.date) -> _dt.date | None:
    """``day`` if a web page can have been published on it: not before :data:`EARLIEST_YEAR`
    ("Lyon, June 14, 1968" in a caption), not after tomorrow."""
    if day.year < EARLIEST_YEAR or day > _dt.date.today() + _dt.timedelta(days=1):
        return None
    return day


@functools.cache
def _caption_pattern() -> re.Pattern[str]:
    """A picture's caption or credit: a line opening with a word of ``[dateline] captions`` and a
    colon ("Foto: Jane Roe", "Abbildung: Der Ratssaal am 29.05.2019"), or holding one in
    brackets ("Skiers on the ridge (Photo: Jane Roe, 14.03.2016).")."""
    from ..rules._vocab import alternation, phrase_words

    words = alternation(phrase_words("dateline", "captions"))
    return re.compile(rf"^\W*(?:{words})\s*:|\((?:{words})\s*:[^()]*\)", re.IGNORECASE)


def is_caption(line: str) -> bool:
    """Is ``line`` a picture's caption or credit (:func:`_caption_pattern`)? Its date is the
    day the picture was taken, no dateline."""
    return _caption_pattern().search(line) is not None


@functools.cache
def _date_labels() -> frozenset[str]:
    """``[dateline] field_labels`` of every phrase file: a date's label ("Letzte Änderung", "Published");
    not named ``labels``, which every rule's are (words that are no name: :mod:`._nameline`)."""
    from ..rules._vocab import phrase_words

    return phrase_words("dateline", "field_labels")


#: A date's label alone on its line is at most this long.
DATE_LABEL_CHARS = 40


def is_date_label(line: str) -> bool:
    """Is ``line`` a date's field label alone, with its colon ("Letzte Änderung:", "Published:")? A
    word alone ("Aktualisiert") may be a teaser's badge in a list, over the teaser's own date."""
    text = line.strip()
    return len(text) <= DATE_LABEL_CHARS and text.endswith(":") and text[:-1].strip().casefold() in _date_labels()
