"""Rule ``comments``."""

from .._state import State
from . import _engine as e


def comments(state: State) -> None:
    """Comment sections and their stubs.

    Reader comments, comment forms, "Comments" headings, "Show more comments"
    buttons, "Join the conversation" calls and comment counts ("12 comments").
    Readers' text is not the article; the stubs are what remains of a comment
    widget in a scrape. Found by class names (``comments``, ``disqus``,
    ``respond``...), headings and labels in nine languages.
    """
    # Sections under <h2>..<h6> "Comments" headings first: such a heading often has
    # id="comments" itself, and once removed by its class/id it heads nothing.
    e.remove_headed_sections(state, "comments", prose_allowed=True, tags=e.HEADING_TAGS)
    e.remove_attr_hits(state, "comments", max_prose=None)
    e.remove_headed_sections(state, "comments", prose_allowed=True)
    e.remove_labels(state, "comments")
