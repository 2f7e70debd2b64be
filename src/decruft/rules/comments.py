"""Rule ``comments``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._find import HEADING_TAGS
from ._hits import class_id_hits, headed_sections, labels


def comments(state: State) -> Iterator[Match]:
    """Comment sections and their stubs.

    Reader comments, comment forms, "Comments" headings, "Show more comments"
    buttons, "Join the conversation" calls and comment counts ("12 comments").
    Readers' text is not the article; the stubs are what remains of a comment
    widget in a scrape. Found by class names (``comments``, ``disqus``,
    ``respond``...), headings and labels in nine languages.
    """
    # Sections under <h2>..<h6> "Comments" headings first: such a heading often has
    # id="comments" itself, and once removed by its class/id it heads nothing.
    yield from headed_sections(state, "comments", prose_allowed=True, tags=HEADING_TAGS)
    yield from class_id_hits(state, "comments", max_prose=None)
    yield from headed_sections(state, "comments", prose_allowed=True)
    yield from labels(state, "comments")
