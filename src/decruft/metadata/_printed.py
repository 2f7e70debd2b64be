"""What the page prints under its headline in plain markup: the dateline and the byline, read line
by line as a text scrape's are, in the page as parsed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Literal, TypeAlias

from lxml import etree

from .._data import toml
from .._parse import inner_text
from .._state import State
from ._asparsed import AsParsed
from ._byline_line import byline_names as _byline_names
from ._given import opens_with_given_name
from ._nameline import name_line
from ._common import _clean, _norm, _NOT_SHOWN
from ._months import _YEAR
from ._dateline import DATELINE_CHARS, read_dateline, update_day
from ._months import _month_first
from ._numeric import read_numbers, url_month
from .page import language

#: Text pieces read after the headline for a dateline, and the prose paragraphs (pieces
#: longer than a dateline) read before the search gives up.
DATELINE_PIECES = 15
DATELINE_PROSE = 2
#: A dateline on an HTML page has at most this many words ("By Jane Roe on Monday 14th
#: November 2012 4:27 pm in Gaming"); a longer line is a sentence or a caption.
DATELINE_WORDS = 12


#: Levels up from a line's element searched for a picture's ``<figure>`` or a quote's ``<blockquote>``.
CAPTION_LEVELS = 4
#: What a picture's caption or a quote (an embedded post: "— Jane Roe (@janeroe) January 3, 2020") is printed in.
_QUOTED = frozenset(("figure", "figcaption", "blockquote"))


def _in_caption(page: AsParsed, el: etree._Element) -> bool:
    """Is ``el`` part of a picture's ``<figure>`` or ``<figcaption>``, or of a ``<blockquote>`` (``el``
    or an ancestor up to :data:`CAPTION_LEVELS`)? Its date is the day of what it shows or quotes."""
    node: etree._Element | None = el
    for _ in range(CAPTION_LEVELS + 1):
        if node is None:
            return False
        if node.tag in _QUOTED:
            return True
        node = page.parent(node)
    return False


@dataclasses.dataclass(slots=True)
class Printed:
    """Where the page prints its headline, found once per page (``state.printed``) for the
    readers under it (:func:`_printed_dateline`, :func:`_printed_byline`): the page as parsed
    read where it stands (``page``) and the headline's element in it; ``page`` None: the element
    is looked for in the restored page (:meth:`State.restored`) at each read. ``date``: the date
    printed under the headline, once read (``False``: not read yet); ``updated``: the date of an
    update line read on the way there ("Updated Apr 3, 2021"; :func:`update_day`)."""

    page: AsParsed | None
    heading: etree._Element | None = None
    date: _dt.date | None | Literal[False] = False
    updated: _dt.date | None = None


def _printed(state: State) -> Printed:
    """``state.printed``, found at the first call: the headline's element among the headings
    collect recorded (``Signals.headings``), in the page as parsed read through :class:`AsParsed`.
    Not found there (no headings recorded, or the element is not in the page any more: a heading
    inside what parsing dropped, as a ``<noscript>``): read in the restored page instead."""
    if state.printed is None:
        state.printed = Printed(None)
        headings = state.signals.headings if state.signals is not None else None
        if headings is not None:
            page = AsParsed(state.vacated)
            heading = _headline_element(page, headings, state.headline)
            body = state.root.find("body")
            if heading is None or (body is not None and page.holds(body, heading)):
                state.printed = Printed(page, heading)
    return state.printed


def _printed_dateline(state: State) -> _dt.date | None:
    """:func:`_read_printed_dateline`, read once per page."""
    printed = _printed(state)
    if printed.date is False:
        printed.date, printed.updated = _read_printed_dateline(state)
    return printed.date


def _printed_update(state: State) -> _dt.date | None:
    """The date of the first update line under the headline ("Updated Apr 3, 2021"), read with
    the dateline (:func:`_printed_dateline`), or None."""
    _printed_dateline(state)
    return _printed(state).updated


def _read_printed_dateline(state: State) -> tuple[_dt.date | None, _dt.date | None]:
    """The date printed under the headline (:func:`_dateline_under`), else on the line right above
    it (a blog's date header over the post's title: ``<h2 class="date-header">Thursday, August 8,
    2013</h2>`` then ``<h3>Post title</h3>``), in the page as parsed; and the date of an update line
    read on the way (:func:`update_day`)."""
    with _as_parsed(state) as (page, heading):
        if heading is None:
            return None, None
        found, updated = _dateline_under(page, heading, _dots(state))
        return (found if found is not None else _dateline_above(page, heading)), updated


@contextlib.contextmanager
def _as_parsed(state: State) -> Iterator[tuple[AsParsed, etree._Element | None]]:
    """The page as parsed (the rules may have taken the dateline or byline out), and the headline's
    element in it (:func:`_headline_element`), for the ``with`` block: found once per page
    (:func:`_printed`), else in the restored page (:meth:`State.restored`)."""
    printed = _printed(state)
    if printed.page is not None:
        yield printed.page, printed.heading
        return
    with state.restored() as root:
        body = root.find("body")
        page = AsParsed(())
        yield page, _headline_element(page, body.iter("h1", "h2", "h3") if body is not None else (), state.headline)


#: Levels up from the headline searched for the block printed right above it.
ABOVE_LEVELS = 3


def _dateline_above(page: AsParsed, heading: etree._Element) -> _dt.date | None:
    """The date of the block printed right above the headline's element (its previous sibling,
    or its ancestors' up to :data:`ABOVE_LEVELS`), when that block is a short line."""
    for el in itertools.islice(itertools.chain((heading,), page.ancestors(heading)), ABOVE_LEVELS):
        if el.tag in ("body", "html"):
            return None
        before = next(page.following(el, preceding=True), None)
        if before is None:
            continue
        line = page.short_text(before, DATELINE_CHARS)
        line = _clean(line) if line is not None else ""
        if not line or len(line.split()) > DATELINE_WORDS:
            return None
        return read_dateline(line)
    return None


def _dateline_under(page: AsParsed, heading: etree._Element, dots: _Dots = None) -> tuple[_dt.date | None, _dt.date | None]:
    """A date printed under the headline in plain markup, with no metadata to mark it
    (``<span class="date">13 JUN 2017</span>``): the text after the headline's element,
    up to the body's first paragraphs, read line by line as a text scrape's dateline is
    (:func:`read_dateline`; in numbers with dots alone, "03.01.20", in the order ``dots`` gives:
    :func:`_dots`), in the page as parsed (the rules may have taken the line out), past an element
    named as an update's (:func:`_names_update`); and the date of the first update line on the way
    there (:func:`update_day`), or None."""
    pieces = 0
    updated = None
    for line, owner in _lines_under(page, heading, DATELINE_CHARS, leads=True):
        if _not_dateline(page, line, owner):
            continue
        found = None if _names_update(owner) else read_dateline(line) or _read_dots(line, dots)
        if found is not None:
            return found, updated
        updated = updated or update_day(line)
        pieces += 1
        if pieces >= DATELINE_PIECES:
            break
    return None, updated


#: How numbers with dots under the headline are read: the URL's year and month, and the page's
#: language's order of day and month (day first: True); None where the page names no language.
_Dots: TypeAlias = "tuple[tuple[int, int] | None, bool] | None"


def _dots(state: State) -> _Dots:
    """How the page's numbers with dots read ("03.01.20" is 3 January on a page in French, March 1
    on one in English): the year and month its URL names, and whether the language it
    declares writes the day first (dateparser's order), or None where it declares none."""
    lang = language(state.signals) if state.signals is not None else None
    return (url_month(state.url), not _month_first(lang)) if lang else None


def _read_dots(line: str, dots: _Dots) -> _dt.date | None:
    """The day a short line prints in numbers with dots alone ("vendredi 03.01.20"), in the order the
    numbers, the URL's month or else the page's language give (``dots``: :func:`_dots`)."""
    if dots is None or "." not in line:
        return None
    return read_numbers(line, dots[0], dots_day_first=dots[1], slashes=False)


#: The marks a link to the previous or next post opens with ("« Older post", "→ Next").
PAGER_MARKS = ("«", "»", "‹", "›", "<", ">", "←", "→")


def _not_dateline(page: AsParsed, line: str, owner: etree._Element) -> bool:
    """Is a line under the headline no dateline, whatever date it prints: a sentence or a caption
    (its date is the day of what it tells) or a link to the previous or next post?"""
    words = len(line.split())
    if words > DATELINE_WORDS or (words > 6 and line.endswith((".", "!", "?", ")"))) or _in_caption(page, owner):
        return True
    return line.startswith(PAGER_MARKS)


@functools.cache
def update_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(update, published)``: the words of a class or itemprop naming an update's date
    (hAtom's ``updated``, ``dateModified``) and those naming the publication's beside them
    (``[date-classes]`` of the patterns file), each matched inside the names in any case."""
    words = toml("patterns.toml")["date-classes"]
    update, published = (re.compile("|".join(words[k]), re.IGNORECASE) for k in ("update", "published"))
    return update, published


def _names_update(el: etree._Element) -> bool:
    """Does ``el``'s class or itemprop name an update's date and not the publication's
    (``<span class="updated hidden-snippet">2021-03-02T09:05:31</span>`` beside the printed
    day)? As a ``<time>`` of an update's class is no publication time (:mod:`.dates`)."""
    names = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
    update, published = update_names()
    return update.search(names) is not None and published.search(names) is None


def _lines_under(page: AsParsed, heading: etree._Element, max_chars: int, *, leads: bool = False) -> Iterator[tuple[str, etree._Element]]:
    """``(line, owner)`` for each short text (at most ``max_chars``) after the headline's
    element ``heading`` in the page as parsed; with ``leads``, a longer text's lead too
    (:func:`_lead_head`). It ends at the ``DATELINE_PROSE``-th longer text (the body has begun)."""
    prose = 0
    for text, owner in _text_after(page, heading):
        line = page.short_text(owner, max_chars)
        line = _clean(line) if line is not None else _clean(text)
        if len(line) <= max_chars:
            yield line, owner
            continue
        head = _lead_head(text) if leads and text == owner.text else None
        if head is not None:
            yield head, owner
        prose += 1
        if prose >= DATELINE_PROSE:
            return


#: The lead a paragraph opens with before its first sentence: "29.1.2022 – Bei der ...", "Berlin,
#: 16. März 2020 - Die ...", "(19. November 2022) Die ...": a dateline run into the text.
_LEAD = re.compile(r"\s*(?:\(([^()]{6,50})\)|([^()\-–—]{6,50}?)\s+[-–—]{1,2})\s")
#: A paragraph's lead has at most this many words.
LEAD_WORDS = 6


def _lead_head(text: str) -> str | None:
    """The lead of a paragraph's ``text`` (:data:`_LEAD`), at most :data:`LEAD_WORDS` words, or None."""
    found = _LEAD.match(text)
    if found is None:
        return None
    head = _clean(found[1] or found[2])
    return head if len(head.split()) <= LEAD_WORDS else None


def _unseen(el: etree._Element) -> bool:
    """Is the heading ``el`` hidden from view by a class the ``hidden`` rule names (a
    screen-reader-only ``<h1 class="visuallyhidden">Headline | Site</h1>`` over the headline as
    printed)? Not where the rule's exceptions name it (a responsive helper, "hidden-xs"). The
    rule's own class matcher decides (:func:`~decruft.rules._attrs.attr_matcher`)."""
    from ..rules._attrs import attr_matcher

    cls = el.get("class")
    return bool(cls) and attr_matcher(("hidden",)).of(cls, None) == "hidden"


def _headline_element(page: AsParsed, headings: Iterable[etree._Element], headline: str | None) -> etree._Element | None:
    """The ``<h1>`` among ``headings`` (the page's ``<h1>``–``<h3>``, less those hidden from view:
    :func:`_unseen`) that prints ``headline``, else
    the first of them that does (a list of latest news can print the page's own teaser in an
    ``<h3>`` before the article's ``<h1>``), else the first ``<h1>``."""
    key = _norm(headline or "")
    found = first = None
    for el in headings:
        if _unseen(el):
            continue
        text = _norm(page.inner_text(el))
        if key and text and (text == key or (len(text) > 15 and (text in key or key in text))):
            if el.tag == "h1":
                return el
            found = el if found is None else found
        elif first is None and el.tag == "h1":
            first = el
    return found if found is not None else first


#: Text pieces read after the headline for a byline, and the lines of at most this length read.
BYLINE_PIECES = 15
BYLINE_CHARS = 120


def _printed_byline(state: State) -> list[str]:
    """The names of a byline printed under the headline without a telling class name ("Text:
    Jane Roe", "---- by Jane Roe", "ByJane Roe"), read as a text scrape's byline is, in the
    page as parsed; nothing after the body's first paragraphs."""
    with _as_parsed(state) as (page, heading):
        pieces = 0
        for line, owner in _lines_under(page, heading, BYLINE_CHARS) if heading is not None else ():
            names = _byline_names(line)
            if names and owner.find("br") is not None:
                # "Von Jane Roe<br>Bamako /Mali": the byline is its own line, not the place after it.
                with state.restored():
                    names = next(filter(None, map(_byline_names, _br_lines(owner))), names)
            if names:
                return names
            pieces += 1
            if pieces >= BYLINE_PIECES:
                return []
        return _byline_above(page, heading) if heading is not None else []
    return []


def _byline_above(page: AsParsed, heading: etree._Element) -> list[str]:
    """The names of a dated byline in the block printed right above the headline's element (its
    previous sibling, or its ancestors' up to :data:`ABOVE_LEVELS`): a short line printing a
    year, read as a byline under the headline ("Verfasst von: jroe | 12. Oktober 2011"), or a
    name line beside its date and time that opens with a common given name ("07.06.2021 | 08:45
    Uhr | Jane Roe"; not a section's "Sport News | 12.03.2020")."""
    for el in itertools.islice(itertools.chain((heading,), page.ancestors(heading)), ABOVE_LEVELS):
        if el.tag in ("body", "html"):
            return []
        before = next(page.following(el, preceding=True), None)
        if before is None:
            continue
        line = page.short_text(before, BYLINE_CHARS)
        line = _clean(line) if line is not None else ""
        if not line or _YEAR.search(line) is None:
            return []
        names = name_line(line)
        return _byline_names(line, under_headline=True) or (names if all(map(opens_with_given_name, names)) else [])
    return []


def _br_lines(el: etree._Element, sep: str = "") -> Iterator[str]:
    """The lines of ``el``'s text that its ``<br>`` children separate (pieces joined with ``sep``)."""
    line = [el.text or ""]
    for child in el:
        if child.tag == "br":
            yield _clean(sep.join(line))
            line = []
        elif isinstance(child.tag, str):
            line.append(inner_text(child))
        line.append(child.tail or "")
    yield _clean(sep.join(line))


def _text_after(page: AsParsed, el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """``(text, owner)`` of each non-blank text node after ``el`` in the page as parsed (not inside
    it), in document order, ``owner`` being the element whose text it is part of."""
    for anc in (el, *page.ancestors(el)):
        if anc.tag in ("body", "html"):
            return
        parent = page.parent(anc)
        if anc.tail and anc.tail.strip() and parent is not None:
            yield anc.tail, parent
        for sib in page.following(anc):
            yield from _text_in(page, sib)
            if sib.tail and sib.tail.strip() and parent is not None:
                yield sib.tail, parent


def _text_in(page: AsParsed, el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """``(text, owner)`` of each non-blank text node inside ``el`` (not its tail) in the page as
    parsed, in document order, the text of ``<script>``, ``<style>`` and the like left out."""
    for child in page.iter(el):
        if child.tag in _NOT_SHOWN:
            continue
        if child.text and child.text.strip():
            yield child.text, child
        if child is not el and child.tail and child.tail.strip():
            yield child.tail, page.parent(child)
