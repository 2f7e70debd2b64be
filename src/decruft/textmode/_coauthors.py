"""Pass 3: co-authors printed as a stack of name lines, each its own line, an avatar's initials
between them ("LP" / "Jane Roe" / "JD" / "John Doe" / "06/07/2021 10:32"): the name line that a
date or label shows to be the byline has its co-authors right above and under it."""

from __future__ import annotations

import re

from ..metadata._byline_line import BYLINE_CHARS
from ..metadata._given import opens_with_given_name
from ..metadata._nameline import name_line
from ._lines import Line

#: An avatar's initials printed over a name ("JR" over "Jane Roe").
_INITIALS = re.compile(r"^[A-ZÀ-ÖØ-Þ]{1,3}$")
#: At most this many co-authors are read above and under the byline's name line.
STACKED = 3


def stacked_names(lines: list[Line], k: int, names: list[str], window: set[int]) -> list[str]:
    """``names``, those of the name line ``lines[k]``, with the names of the name lines stacked
    right above and under it within ``window`` (positions), an avatar's initials between them,
    each opening with a common given name, in the order printed."""
    above = _stack(lines, range(k - 1, k - 1 - 2 * STACKED, -1), window)
    below = _stack(lines, range(k + 1, k + 1 + 2 * STACKED), window)
    return list(dict.fromkeys([*reversed(above), *names, *below]))


def _stack(lines: list[Line], at: range, window: set[int]) -> list[str]:
    """The names of the name lines at the positions ``at``, in that order, initials skipped, up to
    the first other line."""
    found: list[str] = []
    for j in at:
        if j not in window or len(found) >= STACKED:
            break
        text = lines[j].text
        if _INITIALS.match(text):
            continue
        names = name_line(text) if len(text) <= BYLINE_CHARS else []
        if not names or not all(map(opens_with_given_name, names)):
            break
        found.extend(names)
    return found
