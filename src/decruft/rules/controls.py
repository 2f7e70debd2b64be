"""Rule ``controls``."""

from .._state import State
from . import _engine as e


def controls(state: State) -> None:
    """Buttons, forms and form fields, dialogs and toolbars.

    Interactive controls carry labels ("Search", "Load more", "Submit"), not
    article text. A form wrapping the whole page (ASP.NET) is kept: the
    article guard never removes the block holding the article.
    """
    e.remove_tag_hits(state, "controls")
