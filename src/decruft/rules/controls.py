"""Rule ``controls``."""

from collections.abc import Iterator

from .._checklists import in_checklist
from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, tag_hits


def controls(state: State) -> Iterator[Match]:
    """Buttons, forms and form fields, dialogs and toolbars, and video player chrome.

    Interactive controls carry labels ("Search", "Load more", "Submit"), not
    article text; a video player's settings menus ("Closed Caption Settings",
    a list of fonts) are found by the class prefixes of the common players.
    A form wrapping the whole page (ASP.NET) is kept: the article guard never
    removes the block holding the article. A checklist's labels (a recipe's
    ingredients written as checkboxes to tick off) are the article's text: spared.
    """
    yield from (m for m in tag_hits(state, "controls") if not in_checklist(m.node))
    yield from class_id_hits(state, "controls")
