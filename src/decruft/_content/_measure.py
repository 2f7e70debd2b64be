"""Measures shared by choosing and pruning: what a class/id names (article body, cruft,
lead, side block), text lengths with whitespace collapsed, link density."""

from __future__ import annotations

import contextvars
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from lxml import etree

from .._classes import own_classes
from .._data import toml
from .._parse import MEMO_KEY_CHARS, inner_text
from .._spaces import collapsed

if TYPE_CHECKING:
    from ..rules._prefilter import TokenFilter

#: A paragraph shorter than this does not vote for its container.
MIN_PARAGRAPH = 25


def _token_regex(fragments: list[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?:^|[\s\-_\d])(?:{body})(?=$|[\s\-_\d])")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], TokenFilter]:
    """The body, positive and negative patterns, and the prefilter of their fragments' openings."""
    from ..rules._prefilter import TokenFilter  # the rules package reads this one

    content = _content_data()
    kinds = ("body", "positive", "negative")
    body, positive, negative = (_token_regex(content[kind]) for kind in kinds)
    return body, positive, negative, TokenFilter([f for k in kinds for f in content[k]])


def _named(attrs: str) -> tuple[bool, ...]:
    """Do the body, positive and negative patterns find a match in ``attrs``? Each is tried only
    where the prefilter (:class:`~decruft.rules._prefilter.TokenFilter`) says a match may start,
    from the boundary before it (most class strings have no such place; a regex search tries
    every position)."""
    *regexes, prefilter = _patterns()
    starts = prefilter.starts(attrs)
    if starts is None:
        return tuple(r.search(attrs) is not None for r in regexes)
    at = [start - 1 if start else 0 for start in starts]  # each pattern opens on a boundary character or ^
    return tuple(any(r.match(attrs, pos) for pos in at) for r in regexes)


@functools.cache
def _content_data() -> dict[str, list[str]]:
    content: dict[str, list[str]] = toml("patterns.toml")["content"]
    return content


@functools.cache
def _lead_regex() -> re.Pattern[str]:
    return _token_regex(_content_data()["lead"])


@functools.cache
def _profile_regex() -> re.Pattern[str]:
    return _token_regex(_content_data()["profile"])


@functools.cache
def _side_regex() -> re.Pattern[str]:
    return _token_regex(_content_data()["side"])


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


#: (class, id) -> (names the article body?, class weight); class strings repeat within and across pages.
_VERDICTS: dict[tuple[str | None, str | None], tuple[bool, int]] = {}
_VERDICTS_LIMIT = 100_000


def _verdict(el: etree._Element) -> tuple[bool, int]:
    """Does the class/id name the article body (:func:`_hinted`), and :func:`class_weight`."""
    key = (el.get("class"), el.get("id"))
    found = _VERDICTS.get(key)
    if found is None:
        attrs = f"{own_classes(key[0]) or ''} {key[1] or ''}".lower()  # not a post's "tag-..." topics
        if attrs == " ":
            found = (False, 0)
        else:
            body, positive, negative = _named(attrs)
            found = (body, (-25 if negative else 0) + (25 if positive else 0))
        if len(attrs) <= MEMO_KEY_CHARS:
            if len(_VERDICTS) >= _VERDICTS_LIMIT:
                _VERDICTS.clear()
            _VERDICTS[key] = found
    return found


def names_body(el: etree._Element) -> bool:
    """Does the element's class/id name the article body ("entry-content", "post-body")?"""
    return _verdict(el)[0]


def class_weight(el: etree._Element) -> int:
    """+25 for article-ish class/id names, -25 for cruft-ish ones (Readability)."""
    return _verdict(el)[1]


class _Measures(NamedTuple):
    """Memoised :func:`text_len` and link text (what :func:`link_density` sums) per element."""

    lengths: dict[etree._Element, int]
    links: dict[etree._Element, int]


#: The measures of the subtree being worked on, while they hold: :func:`choose` does not
#: change the tree; :func:`prune` forgets the lengths around each block it empties.
_MEASURES: contextvars.ContextVar[_Measures | None] = contextvars.ContextVar("decruft_measures", default=None)


def _collapsed_len(text: str) -> int:
    return len(collapsed(text))


def text_len(el: etree._Element) -> int:
    """Length of the element's text with whitespace collapsed."""
    measures = _MEASURES.get()
    if measures is None:
        return _collapsed_len(inner_text(el))
    n = measures.lengths.get(el)
    if n is None:
        n = measures.lengths[el] = _collapsed_len(inner_text(el))
    return n


def link_density(el: etree._Element, length: int | None = None) -> float:
    """Share of the element's text inside links (not in-page ``#`` anchors), at most 1."""
    length = text_len(el) if length is None else length
    if not length:
        return 0.0
    measures = _MEASURES.get()
    links = measures.links.get(el) if measures is not None else None
    if links is None:
        links = sum(text_len(a) for a in el.iter("a") if not (a.get("href") or "").startswith("#"))
    return min(1.0, links / length)


#: Nodes whose text itertext() reads: elements give their text and tail, comments and
#: processing instructions only their tail.
_WALK_EVENTS = ("start", "end", "comment", "pi")


def _measure(root: etree._Element) -> _Measures:
    """:func:`text_len` and link text of ``root`` and every element under it, from one walk.

    Collapsing whitespace makes lengths not add up, so the walk keeps one running
    total over the text read so far: its non-space characters plus its words (a
    collapsed text is its words with one space between each two). An element's
    length is the growth of that total over its text, minus one; a text piece
    glued to the word before it adds no word, and when an element's text starts
    with such a piece the minus one is not taken (the word's space lies before
    the element). Non-empty pieces are numbered to know which ones are glued.
    """
    lengths: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    size = link_size = pieces = 0  # running totals over the text read so far
    after_space = True  # the text read so far is empty or ends in whitespace
    glued: set[int] = set()  # non-empty pieces that continue the word before them
    starts: list[tuple[int, int, int]] = []  # the totals at each open element's start
    push, pop = starts.append, starts.pop
    for event, el in etree.iterwalk(root, events=_WALK_EVENTS):
        if event == "start":
            push((size, pieces, link_size))
            piece = el.text
        else:
            if event == "end":
                size0, piece0, link_size0 = pop()
                n = size - size0
                if n:
                    if piece0 not in glued:
                        n -= 1
                    if el.tag == "a" and not (el.get("href") or "").startswith("#"):
                        link_size += n
                lengths[el] = n
                links[el] = link_size - link_size0
            piece = el.tail  # read after the root's end too, where it no longer counts
        if not piece:
            continue
        if piece.isspace():
            after_space = True
        else:
            if not after_space and not piece[0].isspace():
                glued.add(pieces)
                size -= 1
            size += len(collapsed(piece)) + 1  # its words' characters plus one per word
            after_space = piece[-1].isspace()
        pieces += 1
    return _Measures(lengths, links)


def _is_inside(el: etree._Element, top: etree._Element) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is top:
            return True
    return False
