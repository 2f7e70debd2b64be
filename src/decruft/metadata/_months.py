"""Date strings without dateparser: month names from dateparser's translation tables, numeric orders,
the languages a string's script implies.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import re
from typing import Any

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso(found: str | None) -> _dt.date | None:
    if not found:
        return None
    m = _ISO_DATE.match(found)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


#: Languages to try for a date string on a page that names no language, by the string's script.
_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "bg", "sr", "mk", "be", "kk")),
    (re.compile(r"[\u0370-\u03ff]"), ("el",)),
    (re.compile(r"[\u3040-\u30ff]"), ("ja",)),
    (re.compile(r"[\uac00-\ud7af]"), ("ko",)),
    (re.compile(r"[\u4e00-\u9fff]"), ("zh", "ja")),
    (re.compile(r"[\u0600-\u06ff]"), ("ar", "fa", "ur")),
    (re.compile(r"[\u0590-\u05ff]"), ("he",)),
    (re.compile(r"[\u0e00-\u0e7f]"), ("th",)),
    (re.compile(r"[\u0900-\u097f]"), ("hi",)),
    # Latin letters, with the punctuation of any script (CJK and fullwidth forms: "03/12 Mina：").
    (re.compile(r"^[\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u3000-\u303f\uff00-\uff64]*$"), (
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da", "nb", "fi",
        "ro", "hu", "tr", "hr", "sl", "ca", "id",
    )),
)  # fmt: skip


def _script_languages(string: str) -> tuple[str, ...] | None:
    for pattern, languages in _SCRIPT_LANGUAGES:
        if pattern.search(string):
            return languages
    return None  # another script: every locale dateparser knows


def _date_languages(lang: str | None) -> tuple[str, ...] | None:
    """The page's language and English (dates and bylines in English are common everywhere)."""
    if not lang or len(lang) > 8 or not lang.isalpha():  # a language subtag has at most 8 letters
        return None
    return (lang,) if lang == "en" else (lang, "en")


#: A 4-digit number standing alone: the year every date read_month_date reads holds (the
#: test that a text may hold a date, before reading it).
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: A year from 1900 to 2099 standing alone: a year where nothing else says the
#: number is one ("© Jane Roe 2012" among the last lines of a page, not "8000 Zürich").
_CENTURY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Words and numbers of a date string; a 4-digit number is a year, up to 2 digits a day.
_DATE_TOKENS = re.compile(r"\d+|[^\W\d_]+")
#: An English ordinal's ending after a day: "14th November" is the 14th.
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
#: Year-month-day written with CJK unit signs: 2016年10月14日, 2016년 10월 14일.
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip


@functools.lru_cache(maxsize=64)
def _translation_info(lang: str) -> dict[str, Any]:
    """dateparser's translation table for ``lang`` (plain data: nothing to compile), or {}.

    The table is a module of one dict, ``info = {...}``. It is run from its file on its own:
    importing it by name would import the ``dateparser`` package first, about 250 modules (a
    tenth of a second and several MB), of which nothing else is used here. Run from its
    file, it still reads the bytecode Python cached for it.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("dateparser")  # a top-level package: found, not imported
        if spec is None or not spec.submodule_search_locations or not lang.isalnum():
            return {}
        folder = os.path.join(next(iter(spec.submodule_search_locations)), "data", "date_translation_data")
        path = os.path.join(folder, f"{lang}.py")
        if not os.path.isfile(path):
            return {}
        table = importlib.util.spec_from_file_location(f"_decruft_date_translation_{lang}", path)
        if table is None or table.loader is None:
            return {}
        module = importlib.util.module_from_spec(table)
        table.loader.exec_module(module)
        info = getattr(module, "info", None)
    except Exception:  # a table that cannot be read is no table: the month names stay unknown
        return {}
    return dict(info) if isinstance(info, dict) else {}


@functools.lru_cache(maxsize=64)
def _month_words(languages: tuple[str, ...]) -> dict[str, int]:
    """Month names and abbreviations of ``languages`` (casefolded, ending dots dropped) ->
    month number, from dateparser's translation tables."""
    words: dict[str, int] = {}
    for lang in languages:
        info = _translation_info(lang)
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in info.get(key, ()):
                words.setdefault(word.casefold().rstrip("."), number)
    return words


def read_month_date(string: str, languages: tuple[str, ...], *, numeric: bool = True) -> _dt.datetime | None:
    """A date written with a month name in one of ``languages`` ("17 Abril 2016",
    "April 17, 2016", "12 марта 2018, 09:15", "21. März 2022") or with CJK unit signs.

    The strings htmldate cannot read itself; day, month and year must all be there. With
    ``numeric``, three numbers in a row are read too (see :func:`_numeric_date`).
    dateparser would read them too, but it compiles each locale's expressions on first
    use (about 0.2 s per language), which costs more than the rest of a page's
    extraction; the month names are all that these strings need from it.
    """
    cjk = _CJK_DATE.search(string)
    if cjk:
        return _make_date(int(cjk[1]), int(cjk[2]), int(cjk[3]))
    months = _month_words(languages)
    tokens = _DATE_TOKENS.findall(_ORDINAL.sub(r"\1", string.casefold()))
    for i, token in enumerate(tokens):
        month = months.get(token)
        if month is None:
            continue
        near = tokens[max(0, i - 3) : i + 4]
        years = [int(t) for t in near if t.isdigit() and len(t) == 4]
        around = sorted(range(max(0, i - 2), min(len(tokens), i + 3)), key=lambda j: (abs(j - i), j < i))
        days = [int(tokens[j]) for j in around if tokens[j].isdigit() and len(tokens[j]) <= 2]
        if years and days:
            return _make_date(years[0], month, days[0])
    return _numeric_date(tokens, languages[0] if languages else "en") if numeric else None


def _numeric_date(tokens: list[str], lang: str) -> _dt.datetime | None:
    """Three numbers in a row with odd separators ("26 | 01 | 2022"): year first, or last in
    the order of ``lang`` (day-month or month-day), the other order when that one is no date."""
    for i in range(len(tokens) - 2):
        a, b, c = tokens[i : i + 3]
        if not (a.isdigit() and b.isdigit() and c.isdigit()):
            continue
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return _make_date(int(a), int(b), int(c))
        if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            first, second = (int(b), int(a)) if _month_first(lang) else (int(a), int(b))
            return _make_date(int(c), second, first) or _make_date(int(c), first, second)
    return None


def _month_first(lang: str) -> bool:
    """Does ``lang`` write the month before the day (en: 4/17/2016)?"""
    return str(_translation_info(lang).get("date_order", "DMY")).startswith("M")


def _make_date(year: int, month: int, day: int) -> _dt.datetime | None:
    try:
        return _dt.datetime(year, month, day)
    except ValueError:
        return None
