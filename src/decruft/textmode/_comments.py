"""Where the comments start after an article's lines: the names under them are commenters'."""

from __future__ import annotations

import functools
import re

from ..rules._vocab import vocabulary
from ._lines import Line


def comments_after(lines: list[Line], end: int, stop: int) -> int:
    """The position of the first line before ``lines[stop]`` of the comments rule after
    ``lines[end]`` (the body's last line: "12 Comments", "Reply"), or opening with a count of
    comments ("12 Responses to “Headline”", "{ 5 comments… read them below }"), else ``stop``:
    the names under it are commenters'."""
    opens = _count_opens()
    return next(
        (k for k in range(end + 1, stop) if lines[k].rule == "comments" or opens.match(lines[k].text)),
        stop,
    )


@functools.cache
def _count_opens() -> re.Pattern[str]:
    """A line opening with a count of comments (``[comments] counts`` of the phrase files: "12
    Responses", "Kommentare (3)"), after any marks, then a word's end."""
    return re.compile(rf"^\W*(?:{vocabulary('comments').counts_source})(?!\w)", re.IGNORECASE)
