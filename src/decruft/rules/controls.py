"""Rule ``controls``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, tag_hits


def controls(state: State) -> Iterator[Match]:
    """Buttons, forms and form fields, dialogs and toolbars, and video player chrome.

    Interactive controls carry labels ("Search", "Load more", "Submit"), not
    article text; a video player's settings menus ("Closed Caption Settings",
    a list of fonts) are found by the class prefixes of the common players.
    A form wrapping the whole page (ASP.NET) is kept: the article guard never
    removes the block holding the article.
    """
    yield from tag_hits(state, "controls")
    yield from class_id_hits(state, "controls")
