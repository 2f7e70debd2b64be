"""The headline as one piece of the page title split at its colon (see :mod:`._title`)."""

from __future__ import annotations

import re

from ..rules._vocab import normalize
from ._lines import Line

#: A colon in the page title after a word ("Dead bees under the lime trees: the reason").
_COLON = re.compile(r"(?<=\w):\s+")
#: Lines beside a piece of the title searched for the title's other piece.
PIECE_NEIGHBOURS = 3


def _piece(lines: list[Line], first: int, own: str) -> Line | None:
    """A line printing one piece of the page title's own part split at its colon (two words or
    more): the headline without its subtitle ("Dead bees under the lime trees" of "Dead bees
    under the lime trees: the reason"), or without the blog's name before it ("Blog Name:
    Headline"); the one nearest the body. Not where the other piece is printed beside it: then
    the two lines are a kicker over its headline, and the page title joins them."""
    pieces = [piece for piece in _COLON.split(own) if len(piece.split()) >= 2] if own else []
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
    return min(found, key=lambda ln: (abs(ln.index - first), ln.index > first)) if found else None
