"""Rule ``share``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels


def share(state: State) -> Iterator[Match]:
    """Share, follow and social-media buttons.

    "Share this article", "Facebook", "Twitter", "Copy link", "Follow us" bars:
    controls, not content. Found by class names (``share``, ``social``,
    ``addthis``...), headings and single-word labels.
    """
    yield from class_id_hits(state, "share")
    yield from headed_sections(state, "share")
    yield from labels(state, "share")
