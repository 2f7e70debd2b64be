"""Rule ``hidden``."""

from lxml import etree

from .._state import State
from . import _engine as e

_HIDDEN = etree.XPath(
    "//body//*[@hidden or @aria-hidden='true'"
    " or (@style and (contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')))]"
)


def hidden(state: State) -> None:
    """Elements a reader never sees.

    ``hidden`` and ``aria-hidden="true"`` elements, inline ``display:none`` /
    ``visibility:hidden``, and screen-reader-only helper classes: collapsed
    menus, modal templates, duplicated labels. Never the article itself.
    """
    e.remove_all(state, "hidden", _HIDDEN(state.root), max_share=0.8)
    e.remove_attr_hits(state, "hidden")
