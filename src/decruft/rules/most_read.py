"""Rule ``most-read``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections


def most_read(state: State) -> None:
    """"Most read", "most popular", "trending" and "most recent" rails.

    Teaser lists of other articles ranked by popularity or recency: links to
    elsewhere, never part of this article. Found by class names
    (``most-popular``, ``trending``...) and by their heading ("Most Read in
    News", "Meistgelesen", "Les plus lus"), the heading taking its whole
    section with it.
    """
    remove_attr_hits(state, "most-read")
    remove_headed_sections(state, "most-read")
