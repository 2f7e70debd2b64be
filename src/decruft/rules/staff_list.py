"""Rule ``staff-list``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections


def staff_list(state: State) -> Iterator[Match]:
    """Journalist, contributor and staff directories, and author bio boxes.

    Lists of a publication's journalists with their roles ("Journalists /
    Graeme Brown / Editor (Agenda and Business)") and boxes about an author
    below the article. They name people who did not write this article, so
    they are removed from the body and never read as its byline.
    """
    yield from class_id_hits(state, "staff-list")
    yield from headed_sections(state, "staff-list")
