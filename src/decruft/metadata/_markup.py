"""The page's raw markup as htmldate's pattern steps read it (:mod:`._htmldate`): cut to the
document, and where a date with a time can first stand in it."""

from __future__ import annotations

import re

_HTML_START = re.compile(r"<html[\s>]", re.IGNORECASE)


def root_markup(source: str) -> str:
    """The page's markup from ``<html>`` to ``</html>``, which htmldate's patterns read: a
    comment outside it is a cache or build stamp ("Cached page generated ... on 2018-05-02"),
    not the publication date. Scripts stay in, as in htmldate's own pass."""
    start = _HTML_START.search(source)
    tail = source[-4096:].lower()  # the end tag is near the end: no lower-cased copy of the page
    end = tail.rfind("</html")
    end = len(source) - len(tail) + end if end >= 0 else source.lower().rfind("</html")
    return source[start.start() if start else 0 : end if end > 0 else len(source)]


#: A time's minutes and seconds (":41:12"), found by a search led by a literal ":" (several
#: times faster over a page than a search led by a year's digits).
_MINUTES_SECONDS = re.compile(r":[0-9]{2}:[0-9]{2}")
#: A timestamp "2019-11-7T03:41:12" opens at most this many characters before its minutes' ":":
#: a date of at most ten characters ("2019-11-07"), "T" or a space, the hour's two digits.
TIMESTAMP_LEAD = 13


def timestamp_start(markup: str) -> int | None:
    """Where in ``markup`` a timestamp (a date, then "T" or a space and a time with seconds) can
    first open: :data:`TIMESTAMP_LEAD` characters before the first minutes and seconds; None
    where no time with seconds stands at all, so no timestamp either."""
    found = _MINUTES_SECONDS.search(markup)
    return max(0, found.start() - TIMESTAMP_LEAD) if found is not None else None
