"""Rule ``most-read``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections


def most_read(state: State) -> Iterator[Match]:
    """"Most read", "most popular", "trending" and "most recent" rails.

    Teaser lists of other articles ranked by popularity or recency: links to
    elsewhere, never part of this article. Found by class names
    (``most-popular``, ``trending``...) and by their heading ("Most Read in
    News", "Meistgelesen", "Les plus lus"), the heading taking its whole
    section with it.
    """
    yield from class_id_hits(state, "most-read")
    yield from headed_sections(state, "most-read")
