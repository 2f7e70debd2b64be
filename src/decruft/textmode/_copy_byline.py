"""Pass 3: the byline under an earlier copy of the headline, where none is near the headline
over the body: a page that prints its headline with the byline in a header block, then again
over the body ("Headline" / "Standfirst" / "Jane Roe" / "jane.roe@example.com" ... "Headline" /
"Body...")."""

from __future__ import annotations

from ..metadata._byline_line import byline_names
from ._authors import _line_names, _may_be_byline
from ._dates import COPY_ABOVE, _copy_key, ago
from ._lines import Line

#: Under the copy, a byline is looked for on this many lines.
COPY_UNDER = 5


def under_copy(lines: list[Line], pos: dict[int, int], title_line: Line | None) -> list[str]:
    """The names of the first byline or name line with its date, role or address
    (:func:`._authors._line_names`) on the :data:`COPY_UNDER` lines under the nearest earlier
    copy of the headline among the :data:`COPY_ABOVE` lines over it, up to a time ago (a teaser
    list's copy, :func:`._dates.ago`)."""
    if title_line is None or title_line.index not in pos:
        return []
    at = pos[title_line.index]
    key = _copy_key(title_line.text)
    # Not the first line: the page's title, which the site's header follows.
    copy = next((k for k in range(at - 1, max(1, at - COPY_ABOVE) - 1, -1) if _copy_key(lines[k].text) == key), None)
    if copy is None:
        return []
    for k in range(copy + 1, min(at, copy + 1 + COPY_UNDER)):
        if ago(lines[k].text):
            return []  # the copy's own date in a teaser list: the lines after it are the next teasers'
        if _may_be_byline(lines[k]) and (names := byline_names(lines[k].text, under_headline=True) or _line_names(lines, k)):
            return names
    return []
