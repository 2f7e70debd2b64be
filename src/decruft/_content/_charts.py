"""Charts drawn as a picture with their labels set over it in text (ai2html and the like)."""

from __future__ import annotations

import re

from lxml import etree

from .._parse import inner_text

#: A chart's picture carries at least this many text labels placed over it...
CHART_LABELS = 5
#: ...most of them (CHART_SHORT_SHARE) at most this many characters long: axis ticks, values, legends.
CHART_LABEL_CHARS = 40
CHART_SHORT_SHARE = 0.7
#: An inline style placing a box by a percentage of its parent's size ("top:9.5%;left:5.4%").
_PLACED = re.compile(r"(?:^|;)\s*(?:top|left|right|bottom)\s*:\s*-?[\d.]+%", re.IGNORECASE)
#: The tags of a chart's picture and of its labels.
_CHART_TAGS = frozenset({"div", "figure", "section", "span", "a"})
_PICTURES = ("img", "svg", "picture", "canvas")
_LABEL_TAGS = frozenset({"div", "p", "span"})


def chart_overlays(content: etree._Element) -> list[etree._Element]:
    """The blocks inside ``content`` that are a chart: a picture (an ``<img>`` or ``<picture>``
    among its children; ``<svg>`` and ``<canvas>`` are stripped before the rules) and CHART_LABELS or more child boxes of text placed over it by
    percentages of its size (inline ``top``/``left`` styles), mostly short ones (axis ticks,
    values, a legend). A graphics tool's export of a chart prints its labels as text so they
    stay sharp: read in order they are a column of numbers, not the article's prose. In
    document order, none inside another, never ``content`` itself."""
    found: list[etree._Element] = []
    for picture in content.iter(_PICTURES):  # pictures are few: each one's parent is asked
        el = picture.getparent()
        if el is None or el is content or el.tag not in _CHART_TAGS or el in found:
            continue
        if not any(a in found for a in el.iterancestors()) and _is_chart(el):
            found.append(el)
    return found


def _is_chart(el: etree._Element) -> bool:
    picture = False
    labels: list[int] = []
    for child in el:
        tag = child.tag
        if tag in _PICTURES:
            picture = True
        elif tag in _LABEL_TAGS and _PLACED.search(child.get("style") or ""):
            text = " ".join(inner_text(child).split())
            if text:
                labels.append(len(text))
    if not picture or len(labels) < CHART_LABELS:
        return False
    return sum(n <= CHART_LABEL_CHARS for n in labels) >= CHART_SHORT_SHARE * len(labels)
