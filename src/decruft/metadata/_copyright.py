"""The person a page's copyright line names ("© 2019 Jane Roe", "Copyright (c) 2012- Jane Roe"):
on a personal site, the author; read only where no other source names one."""

from __future__ import annotations

import functools
import re

from .._data import toml
from .._state import State
from ._given import opens_with_given_name

#: A copyright line: it opens with its mark, then the years, then the holder's name of two or three capitalised words.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–/]\s*(?:\d{2,4})?)?\s*)?(?:by\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})(?=\s*(?:$|[.,;:|•·\-–—(]))",
    re.IGNORECASE,
)


@functools.cache
def _credit_words() -> re.Pattern[str]:
    """The words of a picture's credit ("Foto", "Photo"): its © names the photographer (``[bylines] credits``)."""
    words = toml("patterns.toml")["bylines"]["credits"]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


@functools.cache
def _companies() -> frozenset[str]:
    """Words of a company's name (``[bylines] companies``): "Lee Enterprises" names no person."""
    return frozenset(toml("patterns.toml")["bylines"]["companies"])


def copyright_holder(state: State) -> list[str]:
    """The person the page's first copyright line names, when the name opens with a common given
    name and holds no company's word (not "© 2020 Example Media"), and the line credits no picture."""
    for node in state.scan.text_nodes or ():
        if len(node) > 200:
            continue
        low = node.casefold()
        if "©" not in low and "(c)" not in low and "copyright" not in low:
            continue
        found = _COPYRIGHT.match(node.strip())  # the line opens with the mark: not a caption's "Lake © Jane Roe"
        if found is None or _credit_words().search(node):
            continue
        name = " ".join(found["name"].split())
        words = name.split()
        if all(w[:1].isupper() for w in words) and opens_with_given_name(name) and not _companies() & {
            w.casefold() for w in words
        }:
            return [name]
    return []
