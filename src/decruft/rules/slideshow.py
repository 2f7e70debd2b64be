"""Rule ``slideshow``."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from lxml import etree

from .._ruler import Match
from .._state import State
from ._find import analysis
from ._shapes import outweighing

#: A slide counter needs this many slides of the same show on the page.
MIN_SLIDES = 3
_NUMBERS = re.compile(r"(\d+)\D+(\d+)$")


def slideshow(state: State) -> Iterator[Match]:
    """Slide shows: picture carousels whose slides carry "3/50"-style counters.

    An embedded gallery ("Business news in pictures", "In pictures: ...")
    repeats a counter on every slide ("1/50", "Bild 2 von 12", "3 sur 20");
    its captions are the gallery's, usually about other stories, not the
    article's text. Found by at least three counters with the same total;
    the smallest element holding them all is removed, unless it holds the
    article. A single picture's "1/3" stays. Blocks whose class or id names a
    slide show ("slideshow", "slide-show") are removed the same way.
    """
    an = analysis(state)
    shows: dict[str, list[etree._Element]] = defaultdict(list)
    for hit in an.phrase_hits.get("slideshow", []):
        m = _NUMBERS.search(hit.text)
        if m is not None and 0 < int(m[1]) <= int(m[2]):
            shows[m[2]].append(hit.el)
    containers = []
    for slides in shows.values():
        if len(slides) >= MIN_SLIDES:
            container = _common_ancestor(slides)
            if container is not None and container.tag not in ("body", "html"):
                containers.append(container)
    # Blocks named as slide shows ("hp-slideshow"), outermost first.
    containers.extend(an.attr_hits.get("slideshow", ()))
    # Captions can outweigh the article: the counters' evidence lifts the usual
    # "never most of the text" guard, as long as an article remains outside.
    yield from outweighing(state, containers)


def _common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    first, *rest = elements
    candidates = [first, *first.iterancestors()]
    for el in rest:
        ancestors = {el, *el.iterancestors()}
        candidates = [c for c in candidates if c in ancestors]
    return candidates[0] if candidates else None
