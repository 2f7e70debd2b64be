"""Pass 3: a name printed with its role after a comma ("Jane Roe, Staff Attorney, Civil Rights
Program"), and a co-author's on the next line opening with a joiner ("& John Doe, Director of
Research, Example Institute")."""

from __future__ import annotations

import re

from ..metadata._byline_line import BYLINE_CHARS
from ..metadata._nameline import name_line
from ..metadata._role_strip import _is_role, _roles
from ._lines import Line

#: A role after a name's comma has at most this many words ("Director of Education Research").
COMMA_ROLE_WORDS = 5
#: A co-author's line opens with a joiner ("& John Doe, ...", "and John Doe, ...").
_JOINER_OPENS = re.compile(r"^(?:&|and|und|et|y|e)\s+", re.IGNORECASE)


def role_named(text: str) -> list[str]:
    """The name of a line that prints one name, a comma and a role, and where it works after
    another comma ("Jane Roe, Staff Attorney, Civil Rights Program", "Jane Roe, Reporterin"),
    else ``[]``: the role has at most :data:`COMMA_ROLE_WORDS` words, one of them a role's
    (``[byline] roles`` of the phrase files, a compound ending in one too)."""
    head, comma, rest = text.partition(", ")
    if not comma or len(text) > BYLINE_CHARS or len(rest.split()) > 2 * COMMA_ROLE_WORDS or ". " in rest:
        return []  # a caption's sentence about the person ("Jane Roe, Mayor, opens the fair. Photo: ...")
    role = rest.split(",", 1)[0].split()
    names = name_line(head)
    if len(names) != 1 or not 0 < len(role) <= COMMA_ROLE_WORDS:
        return []
    roles = _roles()[0]
    return names if any(_is_role(word, roles) for word in role) else []


def with_coauthor(lines: list[Line], k: int, names: list[str]) -> list[str]:
    """``names``, those the line ``lines[k]`` prints with a role (:func:`role_named`), and the
    co-author's that the next line prints with a role after a joiner."""
    if k + 1 >= len(lines):
        return names
    after = _JOINER_OPENS.match(lines[k + 1].text)
    more = role_named(lines[k + 1].text[after.end() :]) if after is not None else []
    return list(dict.fromkeys([*names, *more]))
