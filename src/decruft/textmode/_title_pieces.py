"""The headline as a piece of the page title (see :mod:`._title`): one piece of it split at its
colon, the whole of a title cut short, a headline wrapped over two lines."""

from __future__ import annotations

import functools
import re

from .._data import toml
from ..rules._vocab import normalize
from ._lines import Line, place

#: A colon in the page title after a word ("Dead bees under the lime trees: the reason").
_COLON = re.compile(r"(?<=\w):\s+")
def _pieces(own: str) -> list[str]:
    """The pieces of the page title's own part ``own`` split at its colon, of two words or more."""
    return [piece for piece in _COLON.split(own) if len(piece.split()) >= 2] if own else []


def _nearest(found: list[Line], first: int) -> Line | None:
    """The line of ``found`` nearest the body's first line ``first`` (one before it on a tie)."""
    return min(found, key=lambda ln: (abs(ln.index - first), ln.index > first)) if found else None


#: Lines beside a piece of the title searched for the title's other piece.
PIECE_NEIGHBOURS = 3


def _piece(lines: list[Line], first: int, own: str) -> Line | None:
    """A line printing one piece of the page title's own part split at its colon (two words or
    more): the headline without its subtitle ("Dead bees under the lime trees" of "Dead bees
    under the lime trees: the reason"), or without the blog's name before it ("Blog Name:
    Headline"); the one nearest the body. Not where the other piece is printed beside it: then
    the two lines are a kicker over its headline, and the page title joins them."""
    pieces = _pieces(own)
    pieces = _journal(pieces) or pieces  # a journal's name is no piece of the article's title
    if len(pieces) < 2:
        return None
    at = {ln.index: k for k, ln in enumerate(lines)}
    found = []
    for ln in lines[1:]:
        key = normalize(ln.text)
        if key not in pieces:
            continue
        k = at[ln.index]
        beside = lines[max(1, k - PIECE_NEIGHBOURS) : k] + lines[k + 1 : k + 1 + PIECE_NEIGHBOURS]
        if not any(normalize(other.text) in pieces and normalize(other.text) != key for other in beside):
            found.append(ln)
    return _nearest(found, first)


@functools.cache
def _volume() -> re.Pattern[str]:
    return re.compile(toml("patterns.toml")["journal-title"]["volume"], re.IGNORECASE)


def _journal(pieces: list[str]) -> list[str] | None:
    """The article's pieces of a journal's page title ("Title: Subtitle: Journal Name: Vol 12, No
    3"): those before the journal's name and the issue that ends it (``[patterns.toml]
    journal-title``); None where the page title ends with no issue."""
    if len(pieces) < 3 or not _volume().fullmatch(pieces[-1].strip()):
        return None
    return pieces[:-2]


def journal_title(lines: list[Line], first: int, own: str) -> Line | None:
    """The line printing the article's title, the first piece of a journal's page title
    (:func:`_journal`), nearest the body: a journal prints the subtitle under it, the journal's
    name in its masthead."""
    pieces = _journal(_pieces(own))
    if not pieces:
        return None
    found = [ln for ln in lines[1:] if normalize(ln.text) == pieces[0]]
    return _nearest(found, first)


#: A page title cut short ("What changes for tenants next year: the main new ru...").
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")
#: ...with at least this many characters before the cut.
TRUNCATED_STEM = 20


def _truncated(lines: list[Line], first: int, raw: str) -> Line | None:
    """A title-like line that the page title, cut short with an ellipsis, begins: the headline
    whole; the one nearest the body."""
    from ._title import title_like

    cut = _ELLIPSIS.search(raw)
    stem = normalize(raw[: cut.start()]) if cut else ""
    if len(stem) < TRUNCATED_STEM:
        return None
    found = [ln for ln in lines[1:] if title_like(ln.text) and normalize(ln.text).startswith(stem)]
    return _nearest(found, first)


#: A word: the rest of a wrapped headline has one.
_LETTER = re.compile(r"[^\W\d_]")


def wrapped(lines: list[Line], line: Line) -> str:
    """``line``'s text with the line after it in its block (no blank line between) when the page
    title holds the two joined: a headline that the scrape wrapped ("Harbour fees rise for the" /
    "third time"), else ``line``'s text alone."""
    k = place(lines, line)
    after = lines[k + 1] if k + 1 < len(lines) else None
    if after is None or after.block != line.block or not _LETTER.search(after.text):
        return line.text
    joined = f"{line.text} {after.text}"
    return joined if normalize(joined) in normalize(lines[0].text) else line.text
