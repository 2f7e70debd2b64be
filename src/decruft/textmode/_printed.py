"""An HTML page's byline read as a text scrape's is: where HTML mode's author sources (metadata,
byline elements, the lines under the headline) name nobody, the page as parsed is printed as a
scrape prints it (a line per block element, :func:`page_lines`) and the text-mode readers of
:mod:`._authors` read it, the chosen article's lines as the body and the headline's line as the
title line: a handle with its date under the headline, a name line that opens with a common
given name, a lead's agency dateline, a dated byline above the headline.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from .._ruler import Ruler
from .._state import State
from ..metadata import Metadata
from ..metadata._common import _NOT_SHOWN, _norm
from ..metadata._byline import comment_thread
from ..metadata._byline_line import _DIGIT, byline_names
from ..metadata._given import opens_with_given_name
from ..metadata._nameline import _label_words
from ._authors import _byline_head, authors
from ._lines import Line, label
from ._phrase_names import not_site, phrase_names

#: Elements that print on their own line in a scrape: the text before and after them is another line.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip


#: The lines read: from this many over the headline (or the article) to this many after the article.
AROUND = 25


def with_printed_authors(meta: Metadata, state: State, ruler: Ruler, disabled: Iterable[str]) -> Metadata:
    """``meta``, its authors read as a text scrape's byline (:func:`printed_authors`) where no
    source of HTML mode names anybody."""
    if meta.authors:
        return meta
    names = printed_authors(state, tuple(r.name for r in ruler.active(disabled)))
    names = not_site(names, meta.site_name, state.url)
    if not names:
        return meta
    return dataclasses.replace(meta, authors=names, sources={**meta.sources, "authors": "byline as printed (text mode)"})


def printed_authors(state: State, rule_names: tuple[str, ...]) -> list[str]:
    """The authors text mode reads on the page as parsed (:func:`page_lines`), its lines labelled
    by the vocabularies of ``rule_names`` (the rules that ran on the page)."""
    if state.main is None:
        return []
    # The page as parsed, read where it stands: each placeholder the rules left is walked as the
    # element it stands for (:func:`_walk_as_parsed`), without putting the removed elements back.
    behind = dict(state.vacated)
    body_el = _real(state.root.find("body"), behind)
    if body_el is None:
        return []
    lines, body = page_lines(body_el, state.main, behind)
    if not body:
        return []
    title_line = _title_line(lines, body, state.headline)
    top = min(body) if title_line is None else min(min(body), title_line.index)
    lines = [ln for ln in lines[max(0, top - AROUND) : max(body) + 1 + AROUND] if _may_read(ln, title_line)]
    body &= {ln.index for ln in lines}
    if not body:
        return []
    label(lines, rule_names, state.check_time)
    names = authors(lines, body, title_line, printed=True)
    return names if _person_or_byline(names, lines) and not phrase_names(names, lines) else []


def _may_read(ln: Line, title_line: Line | None) -> bool:
    """Is ``ln`` read for a byline: not a byline over the headline without a number (a date:
    "21 August 2012 — Posted by Jane Roe" is read), which is a teaser's or a menu's ("Posted by
    Jane Roe" under another post's title)."""
    if title_line is None or ln.index >= title_line.index or _DIGIT.search(ln.text) is not None:
        return True
    return not byline_names(_byline_head(ln.text))


def _person_or_byline(names: list[str], lines: list[Line]) -> bool:
    """Do ``names`` read as the page's authors where HTML mode found none: each one word (a
    handle, an agency's code) or opening with a common given name, or all printed after a
    byline's marker or label ("par Collectif Rivage")? Not a name line of capitalised words alone
    ("Weekend Roundup" over a date): a page's markup prints many such headings and labels."""
    if all(_handle(n) if " " not in n else opens_with_given_name(n) and _name_shaped(n) for n in names):
        return True
    wanted = set(names)
    return any(wanted <= set(byline_names(_byline_head(ln.text))) for ln in lines)


#: A host name ("example.org", "news.example.co.uk"): no person's handle.
_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.ASCII)


def _handle(name: str) -> bool:
    """Does the one-word ``name`` read as a person's handle or an agency's code, not as a host
    name: a page's text names partner sites ("... also on example.org")."""
    return _HOST.fullmatch(name) is None


def page_lines(
    top: etree._Element, main: etree._Element, behind: dict[etree._Element, etree._Element] | None = None
) -> tuple[list[Line], set[int]]:
    """``top``'s text as a scrape prints it, a :class:`Line` per block element's run of text, and
    the indexes of the lines printed inside ``main`` (the article); not past the :data:`AROUND`
    lines after the article. ``behind``: placeholder -> the element the rules removed from its
    place (:attr:`State.vacated <decruft._state.State.vacated>`), read as the page as parsed."""
    lines: list[Line] = []
    body: set[int] = set()
    last = -1  # the last line inside main: body's greatest
    for text, inside in _runs(top, main, behind or {}):
        if text.isspace():  # most runs: the markup's line breaks and indents between two blocks
            continue
        stripped = " ".join(text.split())
        at = len(lines)
        if inside:
            body.add(at)
            last = at
        elif body and at > last + AROUND:
            break
        lines.append(Line(at, stripped, at, size=len(stripped)))
    return lines, body


def _runs(top: etree._Element, main: etree._Element, behind: dict[etree._Element, etree._Element]) -> Iterator[tuple[str, bool]]:
    """``(text, inside main)`` of each run of text between two block elements' edges under
    ``top`` (in the page as parsed, up to the first comment thread after the article:
    :func:`_walk_as_parsed`), but runs of no text at all (an edge right after another)."""
    run: list[str] = []
    inside = False
    blocks, hidden = BLOCK_TAGS, _NOT_SHOWN
    for event, el in _walk_as_parsed(top, behind, main):
        tag = el.tag
        if tag in blocks:
            edge = True
        elif tag in hidden or tag.__class__ is not str:  # a comment's tag is a function
            if event == "end" and (tail := el.tail):
                run.append(tail)
            continue
        else:
            edge = el is main
        if edge:
            if run:
                yield "".join(run), inside
                run = []
            if el is main:
                inside = event == "start"
        if event == "start":
            if text := el.text:
                run.append(text)
        elif (tail := el.tail) and el is not top:
            run.append(tail)
    if run:
        yield "".join(run), inside


def _walk_as_parsed(
    top: etree._Element, behind: dict[etree._Element, etree._Element], main: etree._Element
) -> Iterator[tuple[str, Any]]:
    """The ``start`` and ``end`` events of ``top``'s elements (``etree.iterwalk``) in the page as
    parsed: a placeholder's two events are replaced by those of the element it stands for (and
    of the elements inside that), as :meth:`State.restored <decruft._state.State.restored>`
    would show them, without moving them back. The elements inside one hidden from view
    (:data:`_NOT_SHOWN`) or a comment are not walked. The walk ends at the first comment thread
    (:func:`comment_thread`) after ``main``: a reader's "by jdoe_42" is no byline of the
    article, and the page's furniture follows."""
    walks = [etree.iterwalk(top, events=("start", "end"))]
    hidden, threads = _NOT_SHOWN, _THREAD_TAGS
    placeholder_end = passed = False
    while walks:
        walk = walks[-1]
        for event, el in walk:
            if event == "start":
                if el in behind:  # a placeholder: walk what it stands for, then skip its end
                    walk.skip_subtree()
                    real = _real(el, behind)
                    if real.tag.__class__ is str:
                        walks.append(etree.iterwalk(real, events=("start", "end")))
                        break
                    placeholder_end = True  # a comment: iterwalk passes over it, its tail too
                    continue
                tag = el.tag
                if tag in hidden or tag.__class__ is not str:
                    walk.skip_subtree()
                elif passed and tag in threads and comment_thread(el):
                    return
            elif placeholder_end:
                placeholder_end = False
                continue
            elif el is main:
                passed = True
            yield event, el
        else:
            walks.pop()
            placeholder_end = True  # the walk below is at the placeholder's end


def _real(el: Any, behind: dict[etree._Element, etree._Element]) -> Any:
    """What stands at ``el``'s place in the page as parsed: ``el``, or the element its
    placeholder stands for (a placeholder removed in turn is followed)."""
    while el in behind:
        el = behind[el]
    return el


#: The elements a comment thread is held in.
_THREAD_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "dl", "li", "article", "footer", "form", "table"})


#: A name as printed: words of letters (a hyphen, an apostrophe or an initial's dot inside).
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?$")


def _name_shaped(name: str) -> bool:
    """Is ``name`` written as a person's name: words of letters, all capitalised or all in
    capitals ("Jane Roe", "JANE ROE"; not "US Election", "Top Ten Pictures!!!"), no label's
    word after the first ("Jane Comments")?"""
    words = name.split()
    if not all(_NAME_WORD.match(w) for w in words) or any(w.casefold() in _label_words() for w in words[1:]):
        return False
    return all(w.isupper() for w in words) or all(w[:1].isupper() and not w[1:].isupper() for w in words)


def _title_line(lines: list[Line], body: set[int], headline: str | None) -> Line | None:
    """The line printing ``headline``: the last one before the body, else the first."""
    key = _norm(headline or "")
    if not key:
        return None
    # A line whose words are the key's holds each of them: the longest, a substring of its
    # lower-case text, is looked for first (cheap) before the line's words are read.
    word = max(key.split(), key=len)
    found = [ln for ln in lines if word in ln.text.lower() and _norm(ln.text) == key]
    before = [ln for ln in found if ln.index < min(body)]
    return before[-1] if before else (found[0] if found else None)
