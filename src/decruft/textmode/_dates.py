"""Pass 3: the date, from a ``date YYYY-MM-DD`` prefix, a dateline near the body (under the
headline, or opening the body's first paragraphs, else just above the headline; in words, or in
numbers alone where the order is plain), or htmldate."""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import html as _html
import re
from collections.abc import Callable

from ..metadata import parse_date, read_dateline
from ..metadata._common import _byline_words
from ..metadata._dateline import is_caption, is_date_label
from ..metadata._numeric import NUMERIC, read_numbers, url_month
from ..metadata.title import TEXT_SEPARATORS
from ..rules._vocab import alternation
from ._body import position
from ._lines import Line
from ._title import GLUED_DATE

#: A dateline is looked for from the headline, or this many lines above the body when no
#: headline was found, to this many lines into the body (see :func:`read_dateline`).
DATELINE_ABOVE = 8
DATELINE_INTO = 5

#: Reads a line's date (:func:`_read`, with the URL's month).
_Reader = Callable[[str], "_dt.date | None"]

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


def dateline(lines: list[Line], core: set[int], title_line: Line | None, url: str | None = None) -> _dt.date | None:
    """The first short line with a whole date from under the headline (or a few lines above the
    body when no headline was found) to the body's first lines: "March 7, 2017", "Oct 11, 2019
    · 6 min read", "Par X — 22 novembre 2017 à 17:38". Of "Dec. 3, 2024 / Updated Dec. 5,
    2024" only the part before the update counts; a line that opens with one is skipped. A date
    run into the headline comes first. A dateline just above the headline comes before one in
    the body's lines after its first; under a headline inside the body run (a run that opens
    with a teaser, or every line where no body stands out), the lines under it come first. Where
    none is found, the dateline under an earlier copy of the headline (:func:`_under_copy`), else
    the date next to its copy in a list after it (:func:`_listed_copy`), else the date that signs
    the post after its last line (:func:`_signed`). Numbers in either order
    are read in the one that gives the month ``url`` names (:func:`url_month`). A headline that
    is the site's name (:func:`_site_line`) anchors nothing: the lines above the body are read."""
    if not core:
        return None
    title_line = _anchor(lines, title_line, position(lines, min(core)))
    glued = GLUED_DATE.match(title_line.text) if title_line is not None else None
    if glued is not None and (day := read_dateline(glued.group())) is not None:
        return day  # the date's element and the headline's, run together ("23.11.2016Headline")
    read = functools.partial(_read, month=url_month(url))
    first = min(core)
    start = position(lines, first)
    if title_line is not None and title_line.index < first:
        # The lines under the headline: a date in the headline itself is what it reports on.
        found = _under_headline(lines, position(lines, title_line.index), start, read)
    else:
        found = _first_dateline(lines[max(0, start - DATELINE_ABOVE) : start + 1], read)
    if title_line is not None and title_line.index > first:
        # A headline inside the body run (its first lines are a teaser, or the page's menu): the
        # lines under it come first.
        at = position(lines, title_line.index)
        found = _first_dateline(_into(lines, at), read) or found
    return (
        found
        or _first_dateline(_into(lines, start), read)
        or _under_copy(lines, title_line, read)
        or _listed_copy(lines, title_line, read)
        or _signed(lines, max(core), read)
        or _labelled(lines, max(core), read)
    )


def _labelled(lines: list[Line], last: int, read: _Reader) -> _dt.date | None:
    """The date on the line under a date's label alone after the body's last line ``last``
    ("Letzte Änderung:" / "03.02.2021 um 11:40", :func:`is_date_label`): a page's field of its
    date printed apart from the article, where no dateline is near it."""
    end = position(lines, last)
    return next((day for k in range(end + 1, len(lines) - 1) if is_date_label(lines[k].text) and (day := read(lines[k + 1].text)) is not None), None)


#: A date that signs a post (printed after its last line) is read in this many lines after the
#: body, on a line of at most this many words ("18:05 09.06.2021", "March 3, 2014").
SIGNED_AFTER = 6
SIGNED_WORDS = 3
#: Lines labelled by these rules (a share bar, a control, an ad, a picture credit) may stand
#: between a post's last line and the date that signs it; any other label (a teaser list's
#: heading) ends the search.
SIGNED_PAST = frozenset(("share", "controls", "ads", "stubs"))


def _signed(lines: list[Line], last: int, read: _Reader) -> _dt.date | None:
    """The date that signs the post, where no dateline is near its headline or its first lines:
    a short line (:data:`SIGNED_WORDS`) in the :data:`SIGNED_AFTER` lines after the body's last
    line ``last`` ("Last paragraph." / "Share:" / "18:05 09.06.2021"), up to a labelled line that
    is no share bar or the like (:data:`SIGNED_PAST`: "Related posts" / "13 May 2022")."""
    end = position(lines, last)
    for ln in lines[end + 1 : end + 1 + SIGNED_AFTER]:
        if ln.rule is not None and ln.rule not in SIGNED_PAST:
            return None
        if len(ln.text.split()) <= SIGNED_WORDS and (day := read(ln.text)) is not None:
            return day
    return None


def _anchor(lines: list[Line], title_line: Line | None, start: int) -> Line | None:
    """The headline the dateline is looked for around: ``title_line``, unless it is the site's
    name (:func:`_site_line`)."""
    return None if title_line is None or _site_line(lines, title_line, start) else title_line


def _site_line(lines: list[Line], title_line: Line, start: int) -> bool:
    """Is the headline the site's name: the line right under the page title that prints the page
    title's last part ("Posts | Harbour Rowing Club" / "Harbour Rowing Club"), more than
    :data:`FAR_UNDER` lines over the body's first line ``start`` (a blog's page of posts, under
    its menu)? Its own headline, not the site's, is over the body."""
    if position(lines, title_line.index) != 1 or start - 1 <= FAR_UNDER:
        return False
    parts = TEXT_SEPARATORS.split(lines[0].text)
    return len(parts) > 1 and _copy_key(parts[-1]) == _copy_key(title_line.text) != _copy_key(parts[0])


#: An earlier copy of the headline is looked for this many lines above it, and a dateline this
#: many lines under the copy.
COPY_ABOVE = 40
COPY_UNDER = 8


def _under_copy(lines: list[Line], title_line: Line | None, read: _Reader) -> _dt.date | None:
    """The dateline under an earlier copy of the headline, where none is near the headline (a
    page that prints its headline with the date in a header block, then again over the body):
    the first of the :data:`COPY_UNDER` lines under the nearest same line of the
    :data:`COPY_ABOVE` above, up to a time ago (the copy's own date in a teaser list, :func:`ago`;
    the dates after it are the next teasers')."""
    if title_line is None:
        return None
    at = position(lines, title_line.index)
    key = _copy_key(title_line.text)
    for k in range(at - 1, max(0, at - COPY_ABOVE) - 1, -1):
        if _copy_key(lines[k].text) == key:
            under = lines[k + 1 : min(at, k + 1 + COPY_UNDER)]
            return _first_dateline(list(itertools.takewhile(lambda ln: not ago(ln.text), under)), read)
    return None


def _copy_key(text: str) -> str:
    """What a line and a copy of it share: its text case-folded, whitespace collapsed."""
    return " ".join(text.split()).casefold()


#: A line of at most this many words ("Ad", "Werbung", "Von", "Eurosport") is a label, not
#: one of the body's lines that :data:`DATELINE_INTO` counts; at most :data:`LABELS_SKIPPED` are.
LABEL_WORDS = 1
LABELS_SKIPPED = 6


def _into(lines: list[Line], at: int) -> list[Line]:
    """The lines after ``at`` where a dateline opens a body (its line ``at``): up to the
    ``DATELINE_INTO - 1``-th line that is no label (:data:`LABEL_WORDS`), so that an ad's, a
    picture credit's or a byline's label lines between the body's first lines and its dateline
    do not push the dateline out ("Teaser" / "Foto: X" / "Ad" / "Von" / "Agency" /
    "Publiziert 05/05/2021")."""
    limit = min(len(lines), at + DATELINE_INTO + LABELS_SKIPPED)
    counted = 0
    for end in range(at + 1, limit):
        counted += len(lines[end].text.split()) > LABEL_WORDS
        if counted == DATELINE_INTO - 1:
            return lines[at + 1 : end + 1]
    return lines[at + 1 : limit]


#: Past this many lines under the headline (a menu or teasers between it and the body), a
#: dateline just above the headline comes before the lines farther down.
FAR_UNDER = 16


def _under_headline(lines: list[Line], at: int, start: int, read: _Reader) -> _dt.date | None:
    """The dateline from under the headline (at ``at``) to the body's first line ``start`` (a long
    dateline), else one printed just above the headline ("24 January 2017" / "Headline" / "Body"),
    before one in the body's first lines (an embedded post's "Posted on ..."). Far from the body,
    the lines just above the headline come before the far ones."""
    if start - at <= FAR_UNDER:
        return _first_dateline(lines[at + 1 : start + 1], read) or _over_headline(lines, at, read)
    return (
        _first_dateline(lines[at + 1 : at + 1 + FAR_UNDER], read)
        or _over_headline(lines, at, read)
        or _first_dateline(lines[at + 1 + FAR_UNDER : start + 1], read)
    )


def _over_headline(lines: list[Line], at: int, read: _Reader) -> _dt.date | None:
    """The date of the nearest of the :data:`ABOVE_HEADLINE` lines over the headline at ``at``
    (or of a date badge that opens there, :func:`_badge`)."""
    above = range(at - 1, max(0, at - ABOVE_HEADLINE) - 1, -1)
    return next(filter(None, (read(lines[k].text) or _badge(lines[:at], k, read) for k in above)), None)


def _first_dateline(lines: list[Line], read: _Reader) -> _dt.date | None:
    """The date of the first of ``lines`` that is a dateline, opens with one, or opens a date
    badge (:func:`_badge`)."""
    return next(filter(None, (read(ln.text) or _lead_dateline(ln.text, read) or _badge(lines, k, read) for k, ln in enumerate(lines))), None)


def _listed_copy(lines: list[Line], title_line: Line | None, read: _Reader) -> _dt.date | None:
    """The date next to the headline where a list after it ("Latest news") holds the page itself:
    at its first copy under the headline, the date of the line over the copy ("12.11.2016" /
    "Headline" / "Teaser"), else the one the line under it prints or opens with ("Headline" /
    "23.11.2016Teaser ...": a date run into the teaser, as into a headline, :data:`GLUED_DATE`).
    Read where no dateline is near the headline or the body."""
    if title_line is None:
        return None
    at = position(lines, title_line.index)
    key = _copy_key(title_line.text)
    k = next((k for k in range(at + 1, len(lines)) if _copy_key(lines[k].text) == key), None)
    if k is None:
        return None
    under = lines[k + 1].text if k + 1 < len(lines) else ""
    lead = GLUED_DATE.match(under)
    return read(lines[k - 1].text) or read(under) or (read(lead[0]) if lead is not None else None)


#: A day alone on its line ("26", "28."): a date badge's first line.
_DAY = re.compile(r"^\d{1,2}\.?$")
#: A date badge prints its day, month and year on this many lines at most.
BADGE_LINES = 3


def _badge(lines: list[Line], k: int, read: _Reader) -> _dt.date | None:
    """The date of a badge that prints the day alone on line ``k`` and the month and year on the
    next lines ("26" / "Okt 2019", "23." / "Januar" / "2019"), read as one line: a date of that
    day (not one a line after the badge prints whole)."""
    if not _DAY.match(lines[k].text):
        return None
    found = read(" ".join(ln.text for ln in lines[k : k + BADGE_LINES]))
    return found if found is not None and found.day == int(lines[k].text.rstrip(".")) else None


#: The date that opens a paragraph ("27.11.2022 – The council...", "(19. November 2022) The
#: council...", "BERLIN, 3. März 2019 - ..."): the part before the dash or bracket, this short.
_LEAD = re.compile(r"^\(?([^()–—]{6,40}?)(?:\)|\s[–—-]\s)")


def _lead_dateline(text: str, read: _Reader) -> _dt.date | None:
    """The date a paragraph opens with, as a news agency's dateline prints it, or None."""
    m = _LEAD.match(text)
    return read(m[1]) if m is not None else None


#: Lines above the headline read for a dateline when none is under it.
ABOVE_HEADLINE = 3
def _read(text: str, month: tuple[int, int] | None = None) -> _dt.date | None:
    """The day of a dateline (:func:`read_dateline`; not a picture's caption, :func:`is_caption`),
    or of one printed in numbers alone in an order that only one reading allows
    (:func:`read_numbers`); ``month`` is the year and month the page's URL names (:func:`url_month`)."""
    found = read_dateline(text)
    if found is not None:
        return None if is_caption(text) else found
    return read_numbers(text, month)


def printed_date(text: str) -> bool:
    """Does ``text`` print a whole date: one :func:`read_dateline` reads, or numbers alone in
    either order ("08/07/2022": the day and month unknown, the date there all the same)?"""
    return read_dateline(text) is not None or NUMERIC.search(text) is not None


@functools.cache
def _ago_pattern() -> re.Pattern[str]:
    """A time ago ("vor 2 Stunden", "vor einer Stunde", "3 hours ago", "il y a 2 jours"), from the
    phrase files' ``[byline] ago_before``, ``ago_after`` and ``time_units``."""
    before, after, units = (alternation(_byline_words(key)) for key in ("ago_before", "ago_after", "time_units"))
    count = r"(?:\d+|\w+)"
    return re.compile(rf"(?i:\b(?:{before})\s+{count}\s+(?:{units})\b|\b{count}\s+(?:{units})\s+(?:{after})\b)")


#: A line holding a time ago is this short ("• Veröffentlicht vor 3 Stunden").
AGO_CHARS = 60


def ago(text: str) -> bool:
    """Does ``text``, a short line, print a time ago (:func:`_ago_pattern`)?"""
    return len(text) <= AGO_CHARS and _ago_pattern().search(text) is not None


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
