"""Rule ``stubs``."""

from .._state import State
from ._remove import remove_labels


def stubs(state: State) -> None:
    """Leftover labels with no content: "Updated", "By", "Advertisement", "Photo".

    A scrape keeps the label of a field whose value was filled in by script
    or lost ("Updated" with no time, "By" with no name). Removed when a
    block's whole text is such a label, in nine languages, and when a block
    holds only a reading time ("5 min read").
    """
    remove_labels(state, "stubs")
