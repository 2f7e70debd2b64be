"""Rule ``staff-list``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections


def staff_list(state: State) -> None:
    """Journalist, contributor and staff directories, and author bio boxes.

    Lists of a publication's journalists with their roles ("Journalists /
    Graeme Brown / Editor (Agenda and Business)") and boxes about an author
    below the article. They name people who did not write this article, so
    they are removed from the body and never read as its byline.
    """
    remove_attr_hits(state, "staff-list")
    remove_headed_sections(state, "staff-list")
