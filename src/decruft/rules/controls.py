"""Rule ``controls``."""

from .._state import State
from . import _engine as e


def controls(state: State) -> None:
    """Buttons, forms and form fields, dialogs and toolbars, and video player chrome.

    Interactive controls carry labels ("Search", "Load more", "Submit"), not
    article text; a video player's settings menus ("Closed Caption Settings",
    a list of fonts) are found by the class prefixes of the common players.
    A form wrapping the whole page (ASP.NET) is kept: the article guard never
    removes the block holding the article.
    """
    e.remove_tag_hits(state, "controls")
    e.remove_attr_hits(state, "controls")
