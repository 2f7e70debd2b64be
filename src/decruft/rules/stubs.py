"""Rule ``stubs``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import labels


def stubs(state: State) -> Iterator[Match]:
    """Leftover labels with no content: "Updated", "By", "Advertisement", "Photo".

    A scrape keeps the label of a field whose value was filled in by script
    or lost ("Updated" with no time, "By" with no name). Removed when a
    block's whole text is such a label, in nine languages, and when a block
    holds only a reading time ("5 min read").
    """
    yield from labels(state, "stubs")
