"""Rule ``navigation``."""

from .._state import State
from . import _engine as e


def navigation(state: State) -> None:
    """Menus, breadcrumbs, skip links, sidebars, pagination, tag and "Hot Topic" bars.

    Site chrome that repeats on every page. Found by ``<nav>`` and ARIA roles
    (navigation, menu, search, banner), class names (``menu``,
    ``breadcrumb``, ``tags``, ``hot-topics``...), the page-level ``<header>``,
    and headings such as "Hot Topic:" or "Blog Archives".
    """
    e.remove_attr_hits(state, "navigation")
    e.remove_tag_hits(state, "navigation")
    e.remove_page_headers(state, "navigation")
    e.remove_headed_sections(state, "navigation")
    e.remove_labels(state, "navigation")
