"""Rule ``share``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels


def share(state: State) -> None:
    """Share, follow and social-media buttons.

    "Share this article", "Facebook", "Twitter", "Copy link", "Follow us" bars:
    controls, not content. Found by class names (``share``, ``social``,
    ``addthis``...), headings and single-word labels.
    """
    remove_attr_hits(state, "share")
    remove_headed_sections(state, "share")
    remove_labels(state, "share")
