"""Rule ``controls``."""

from .._state import State
from ._remove import remove_attr_hits, remove_tag_hits


def controls(state: State) -> None:
    """Buttons, forms and form fields, dialogs and toolbars, and video player chrome.

    Interactive controls carry labels ("Search", "Load more", "Submit"), not
    article text; a video player's settings menus ("Closed Caption Settings",
    a list of fonts) are found by the class prefixes of the common players.
    A form wrapping the whole page (ASP.NET) is kept: the article guard never
    removes the block holding the article.
    """
    remove_tag_hits(state, "controls")
    remove_attr_hits(state, "controls")
