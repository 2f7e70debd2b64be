"""Publication and update dates: structured fields, a visible ``<time>``, the dateline, then htmldate."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from .. import _url
from .._parse import inner_text
from .._state import State
from ._common import _text
from ._htmldate import _htmldate, _htmldate_quick, _htmldate_string
from ._jsonld import _main_jsonld
from ._months import _ISO_DATE, _date_languages, _make_date, _script_languages, read_month_date
from ._dateline import modified_words
from ._printed import _printed_dateline, _printed_update, update_names
from ._signals import Signals
from .page import language

# "//body//time" written without the descendant-or-self::node() step that "//" expands to
# (the same elements, found without visiting every node twice).
_TIME = etree.XPath("/descendant::body/descendant::time[@datetime]")


def parse_date(value: str | None) -> _dt.date | None:
    """Parse a date string: ISO 8601 first, then htmldate's parser."""
    if not value:
        return None
    value = value.strip()
    m = _ISO_DATE.search(value[:40])
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    return _htmldate_string(value)


_PUBLISHED_TAGS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate", "date_published",
    "article.created", "created", "dcterms.issued", "citation_publication_date", "bt:pubdate", "release_date",
)  # fmt: skip
_MODIFIED_TAGS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                  "lastmod", "article.updated", "dc.date.modified")  # fmt: skip


def _only_modified(found: _dt.date, tags: dict[str, str], ld: dict[str, Any], items: dict[str, list[str]]) -> bool:
    """Is ``found`` the page's update time and nothing else: an update tag names that day and
    no publication field is there to say it is also the publication day."""
    if any(tags.get(k) for k in _PUBLISHED_TAGS) or ld.get("datePublished") or ld.get("dateCreated"):
        return False
    if items.get("datePublished") or items.get("dateCreated"):
        return False
    return any(parse_date(tags.get(k)) == found for k in _MODIFIED_TAGS) or parse_date(_text(ld.get("dateModified"))) == found


@dataclasses.dataclass(frozen=True, slots=True)
class _Page:
    """What the date sources read: the collected signals, the main JSON-LD object, the page
    after the rules, and htmldate's markup date (None when it is only an update time)."""

    signals: Signals
    ld: dict[str, Any]
    state: State
    markup: _dt.date | None


#: A named source of a date: its name (what ``--explain`` prints) and its reader.
DateSource = tuple[str, Callable[[_Page], "_dt.date | None"]]


def _tag_date(key: str, page: _Page) -> _dt.date | None:
    return parse_date(page.signals.tags.get(key))


#: The sources of the publication date, in order of trust: htmldate's reading of the markup
#: first, then the page's own structured fields, a visible ``<time>`` or dateline; htmldate's
#: text search (a second parse of the page) only after them.
PUBLISHED: tuple[DateSource, ...] = (
    ("htmldate (meta tags, JSON-LD, URL)", lambda page: page.markup),
    ("json-ld datePublished", lambda page: parse_date(_text(page.ld.get("datePublished")) or _text(page.ld.get("dateCreated")))),
    *((f"meta {key}", functools.partial(_tag_date, key)) for key in _PUBLISHED_TAGS),
    ("itemprop datePublished", lambda page: parse_date((page.signals.itemprops.get("datePublished") or [""])[0])),
    ("time element", lambda page: _visible_time(page.state)),
    ("dateline the stubs rule removed", lambda page: _dateline(page.state)),
    ("dateline under the headline", lambda page: _printed_dateline(page.state)),
    ("posted line at the article's end", lambda page: _posted_line(page.state, language(page.signals))),
    ("htmldate (quick pass)", lambda page: _htmldate_quick(page.state)),
)  # fmt: skip
#: The sources of the update date, in order of trust.
MODIFIED: tuple[DateSource, ...] = (
    ("json-ld dateModified", lambda page: parse_date(_text(page.ld.get("dateModified")))),
    *((f"meta {key}", functools.partial(_tag_date, key)) for key in _MODIFIED_TAGS),
    ("itemprop dateModified", lambda page: parse_date((page.signals.itemprops.get("dateModified") or [""])[0])),
)


def _first(sources: tuple[DateSource, ...], page: _Page) -> tuple[_dt.date | None, str]:
    """The date of the first source that gives one, and the source's name."""
    for name, read in sources:
        found = read(page)
        if found:
            return found, name
    return None, ""


def dates(signals: Signals, state: State) -> tuple[_dt.date | None, _dt.date | None, str]:
    """``(published, modified, source)``: the dates from the first of :data:`PUBLISHED` and of
    :data:`MODIFIED` that gives one, else htmldate's extensive search; ``source`` names where
    the publication date came from."""
    tags, items = signals.tags, signals.itemprops
    ld = _main_jsonld(signals.jsonld)
    markup = signals.markup_date
    if markup is not None and _only_modified(markup, tags, ld, items):
        markup = None  # htmldate fell back on an update time: the page's other dates come first
    page = _Page(signals, ld, state, markup)
    published, source = _first(PUBLISHED, page)
    modified, _ = _first(MODIFIED, page)
    updated = _printed_update(state) if _printed_dateline(state) is None else None
    if updated is not None and updated != published:
        # The page prints no publication day under its headline, only its update's ("Updated
        # Apr 3, 2021"): the day it shows its readers beats a field's.
        published, source = updated, "update line under the headline (no dateline there)"
    elif published is None:
        published = _htmldate(state, language(signals))
        source = "htmldate (extensive search)" if published is not None else ""
    else:
        local = _local_day(state, published, tags, ld)
        if local != published:
            source = f"{source}, as the site's own day"
        published = local
        printed = _printed_dateline(state)
        if printed is not None and printed != published and abs((printed - published).days) <= PRINTED_WITHIN_DAYS:
            # The day the page prints under its headline beats a field's near day: a CMS's
            # creation or import time, another time zone. A far one is some other day.
            published, source = printed, f"dateline under the headline (near {source})"
    published, source = _url_day(state, published, source)
    if published is not None and modified is not None and modified < published:
        modified = None
    return published, modified, source


#: A whole date as path segments of the page's URL: "/2017/7/12/".
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")


def _url_day(state: State, published: _dt.date | None, source: str) -> tuple[_dt.date | None, str]:
    """``(published, source)``, or the day in the page's URL (:data:`_URL_DAY`) where that is more
    than :data:`PRINTED_WITHIN_DAYS` before ``published``: a URL keeps the day the story first
    came out, and a date found far later is a republication's, an import's or an update's."""
    m = _url.path_search(state.url, _URL_DAY) if published is not None else None
    found = _make_date(int(m[1]), int(m[2]), int(m[3])) if m is not None else None
    if published is None or found is None or (published - found.date()).days <= PRINTED_WITHIN_DAYS:
        return published, source
    return found.date(), f"date in the URL (long before {source})"


_DIGITS = re.compile(r"\d")
#: A date printed under the headline this close to the structured one is the publication day.
PRINTED_WITHIN_DAYS = 60
#: A publication time in UTC: "2019-11-07T03:41:12Z", "...+00:00".
_UTC_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
#: A whole date in a URL's path: /2019/11/06/, /2019-11-06/.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)")
#: A UTC time before this hour can be the day before where the site is (the Americas); one at or
#: after this other hour the day after (Europe, Asia).
UTC_EARLY_HOUR = 8
UTC_LATE_HOUR = 14


def _local_day(state: State, published: _dt.date, tags: dict[str, str], ld: dict[str, Any]) -> _dt.date:
    """The site's own day for a publication time the page gives in UTC: a UTC time of
    02:25 on 25 February is the evening of the 24th in New York, the day its URL
    (``/2019/11/06/``) or the dateline under its headline prints. Only a day next to the
    UTC day, and on the side that the UTC hour allows, is taken."""
    hour = None
    for raw in (_text(ld.get("datePublished")), *(tags.get(k, "") for k in _PUBLISHED_TAGS)):
        m = _UTC_STAMP.match(raw.strip()) if raw else None
        if m is not None and _make_date(int(m[1]), int(m[2]), int(m[3])) == _dt.datetime.combine(published, _dt.time()):
            hour = int(m[4])
            break
    if hour is None or UTC_EARLY_HOUR <= hour < UTC_LATE_HOUR:
        return published
    wanted = published + _dt.timedelta(days=-1 if hour < UTC_EARLY_HOUR else 1)
    m = _url.path_search(state.url, _URL_DATE)
    if m is not None:
        found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        return wanted if found is not None and found.date() == wanted else published
    return wanted if _printed_dateline(state) == wanted else published


def _dateline(state: State) -> _dt.date | None:
    """A visible "Posted 3 March 2015" line that the ``stubs`` rule took out of the body."""
    for removal in state.removed:
        if removal.rule == "stubs" and _DIGITS.search(removal.text) and not modified_words().search(removal.text):
            found = parse_date(removal.text)
            if found is not None:
                return found
    return None


def _visible_time(state: State) -> _dt.date | None:
    """The day of the first ``<time datetime>`` in the body that is no update's (by its class or
    itemprop) and not inside a ``<blockquote>`` (an embedded post's time: "A post shared by Jane
    Roe on Mar 12, 2018")."""
    for el in _TIME(state.root):
        attrs = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('pubdate') or ''}"
        if update_names()[0].search(attrs) or next(el.iterancestors("blockquote"), None) is not None:
            continue
        found = parse_date(el.get("datetime"))
        if found is not None:
            return found
    return None


#: The article's end searched for a posted line (:func:`_posted_line`), and the text read after its words for the date.
POSTED_TAIL_CHARS = 3000
POSTED_DATE_CHARS = 100


@functools.cache
def _posted_words() -> re.Pattern[str]:
    """``[dateline] posted_lines`` of every phrase file, in any case."""
    from ..rules._vocab import alternation, phrase_words

    return re.compile(rf"\b(?:{alternation(phrase_words('dateline', 'posted_lines'))})\b", re.IGNORECASE)


def _posted_line(state: State, lang: str | None) -> _dt.date | None:
    """The date in a post's closing line at the article's end ("This entry was posted on
    Saturday, May 4th, 2019 at 10:00 am and is filed under News", "Dieser Beitrag wurde am
    Samstag, 4. Mai 2019 veröffentlicht": ``[dateline] posted_lines``), read in the page's
    language and English."""
    if state.main is None:
        return None
    tail = inner_text(state.main)[-POSTED_TAIL_CHARS:]
    found = _posted_words().search(tail)
    if found is None:
        return None
    after = tail[found.end() : found.end() + POSTED_DATE_CHARS]
    day = read_month_date(after, _date_languages(lang) or _script_languages(after) or ("en",))
    return day.date() if day is not None else parse_date(after)
