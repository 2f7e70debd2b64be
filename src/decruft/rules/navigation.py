"""Rule ``navigation``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels, tag_hits
from ._text import page_headers, prefixed_links


def navigation(state: State) -> Iterator[Match]:
    """Menus, breadcrumbs, skip links, sidebars, pagination, tag and "Hot Topic" bars.

    Site chrome that repeats on every page. Found by ``<nav>`` and ARIA roles
    (navigation, menu, search, banner), class names (``menu``,
    ``breadcrumb``, ``tags``, ``hot-topics``...), the page-level ``<header>``,
    headings such as "Hot Topic:" or "Blog Archives", and a post's taxonomy
    line: a short block opening with "Posted in", "Filed under", "Tags:" or
    "Categories:" and made mostly of links (the categories and tags).
    """
    yield from class_id_hits(state, "navigation")
    yield from tag_hits(state, "navigation")
    yield from page_headers(state)
    yield from headed_sections(state, "navigation")
    yield from labels(state, "navigation")
    yield from prefixed_links(state, "navigation")
