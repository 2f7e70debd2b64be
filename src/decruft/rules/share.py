"""Rule ``share``."""

from .._state import State
from . import _engine as e


def share(state: State) -> None:
    """Share, follow and social-media buttons.

    "Share this article", "Facebook", "Twitter", "Copy link", "Follow us" bars:
    controls, not content. Found by class names (``share``, ``social``,
    ``addthis``...), headings and single-word labels.
    """
    e.remove_attr_hits(state, "share")
    e.remove_headed_sections(state, "share")
    e.remove_labels(state, "share")
