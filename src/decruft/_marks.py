"""What an element's own attributes say it is, read while the page is walked once
(:func:`decruft._parse.attributed_elements`): a byline, or microdata of a review."""

from __future__ import annotations

import re

from lxml import etree

#: Class names of byline elements (case as written: "Author" and "author", not "AUTHORITY"; not
#: "authority", "authorize", "autorizar", "autoridad": no byline).
BYLINE_CLASS = re.compile(r"[Bb]yline|[Aa]uthor(?!i[tz])|writer|[Aa]utor(?!i[tdsz])|auteur")
#: Microdata of a review or comment: the ``author`` inside it wrote that, not the page.
_REVIEW = re.compile(r"review|comment|answer", re.IGNORECASE)


def byline_class(cls: str) -> bool:
    """Does the class string name a byline (:data:`BYLINE_CLASS`)? Every match holds one of
    the substrings tested first with ``in`` (C speed); the regex (three times slower) then
    reads only the few hits."""
    return (
        ("uthor" in cls or "yline" in cls or "utor" in cls or "writer" in cls or "uteur" in cls)
        and BYLINE_CLASS.search(cls) is not None
    )  # fmt: skip


def in_review(el: etree._Element) -> bool:
    """Is ``el`` inside a review's or a comment's microdata (``itemprop="review"``, ``itemtype=".../Review"``)?"""
    return any(
        _REVIEW.search(f"{anc.get('itemprop') or ''} {anc.get('itemtype') or ''}")
        for anc in el.iterancestors()
        if anc.get("itemprop") is not None or anc.get("itemtype") is not None
    )
