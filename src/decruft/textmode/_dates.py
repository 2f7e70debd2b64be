"""Pass 3: the date, from a ``date YYYY-MM-DD`` prefix, a dateline near the body, or htmldate."""

from __future__ import annotations

import datetime as _dt
import html as _html
import re

from ..metadata import parse_date, read_dateline
from ._body import position
from ._lines import Line

#: A dateline is looked for from the headline, or this many lines above the body when no
#: headline was found, to this many lines into the body (see :func:`read_dateline`).
DATELINE_ABOVE = 8
DATELINE_INTO = 5

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


def date_prefix(raw_lines: list[str]) -> _dt.date | None:
    """The date of a ``date YYYY-MM-DD`` first line; the prefix is cut from ``raw_lines``."""
    if not raw_lines:
        return None
    m = _DATE_PREFIX.match(raw_lines[0])
    if not m:
        return None
    raw_lines[0] = raw_lines[0][m.end() :]
    return parse_date(m.group(1))


def dateline(lines: list[Line], core: set[int], title_line: Line | None) -> _dt.date | None:
    """The first short line with a whole date from under the headline (or a few lines above the
    body when no headline was found) to the body's first lines: "March 9, 2017", "Oct 18, 2019
    · 8 min read", "Par X — 24 novembre 2017 à 18:42". Of "Dec. 6, 2024 / Updated Dec. 7,
    2024" only the part before the update counts; a line that opens with one is skipped."""
    if not core:
        return None
    first = min(core)
    start = position(lines, first)
    top = start - DATELINE_ABOVE
    if title_line is not None and title_line.index < first:
        # The lines under the headline: a date in the headline itself is what it reports on.
        top = position(lines, title_line.index) + 1
    for ln in lines[max(0, top) : start + DATELINE_INTO]:
        found = read_dateline(ln.text)
        if found is not None:
            return found
    return None


def htmldate_date(lines: list[Line], url: str | None) -> _dt.date | None:
    """htmldate over the scrape (its lines as paragraphs) and the URL."""
    from ..metadata._htmldate import _DATE_LANGUAGES, find_date  # decruft's copy of htmldate

    # A scrape names no language: each date string is read with the month names of its script's languages.
    token = _DATE_LANGUAGES.set(None)
    try:
        page = "<html><body>" + "".join(f"<p>{_html.escape(ln.text)}</p>" for ln in lines) + "</body></html>"
        found_text = find_date(page, extensive_search=True, original_date=True, url=url)
    except Exception:  # htmldate is best effort here: no date is an honest answer
        return None
    finally:
        _DATE_LANGUAGES.reset(token)
    return parse_date(found_text) if found_text else None
