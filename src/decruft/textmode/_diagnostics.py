"""A server's error messages over a text scrape's own first line.

A site that shows its errors prints them before the page ("Notice: Undefined index: q in
/srv/site/index.php on line 7"); a scrape keeps them as its first lines, where the page
title belongs. They are taken off the lines the passes read and recorded as removed
(``boilerplate``), so that the next line is read as the page title. The levels and the
"in FILE on line N" tail are data (``[server-diagnostics]`` of data/patterns.toml).
"""

from __future__ import annotations

import functools
import re

from .._article import Removal
from .._data import toml
from .._state import shorten
from ._lines import Line, span


@functools.cache
def _pattern() -> re.Pattern[str]:
    data = toml("patterns.toml")["server-diagnostics"]
    levels = "|".join(re.escape(level).replace(r"\ ", r"\s+") for level in data["level"])
    return re.compile(rf"^(?:{levels})\s*:.*{data['tail']}", re.IGNORECASE)


def is_diagnostic(text: str) -> bool:
    """Is ``text`` a server's error message ("Warning: ... in /path/file.php on line 12")?"""
    return bool(_pattern().search(text))


def leading_diagnostics(lines: list[Line]) -> tuple[list[Line], list[Removal]]:
    """``lines`` without the error messages they open with, and their removal (none: unchanged)."""
    n = 0
    while n < len(lines) and is_diagnostic(lines[n].text):
        n += 1
    if not n or n == len(lines):
        return lines, []
    head = lines[:n]
    return lines[n:], [Removal("boilerplate", shorten(" / ".join(ln.text for ln in head)), span(head))]
