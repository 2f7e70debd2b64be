"""Rule ``navigation``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels, remove_tag_hits
from ._text import remove_page_headers


def navigation(state: State) -> None:
    """Menus, breadcrumbs, skip links, sidebars, pagination, tag and "Hot Topic" bars.

    Site chrome that repeats on every page. Found by ``<nav>`` and ARIA roles
    (navigation, menu, search, banner), class names (``menu``,
    ``breadcrumb``, ``tags``, ``hot-topics``...), the page-level ``<header>``,
    and headings such as "Hot Topic:" or "Blog Archives".
    """
    remove_attr_hits(state, "navigation")
    remove_tag_hits(state, "navigation")
    remove_page_headers(state, "navigation")
    remove_headed_sections(state, "navigation")
    remove_labels(state, "navigation")
