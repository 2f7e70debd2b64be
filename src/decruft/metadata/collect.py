"""Collection: what the metadata stage reads from the page before the cruft rules touch the tree
(JSON-LD, meta tags, microdata, ``<title>``, headings, byline candidates, htmldate's markup date).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .._parse import Attributed, attributed_elements, inner_text
from .._state import State
from ._byline import _byline_candidates
from ._common import _clean
from ._headlines import _headlines, _SUBHEADS_READ
from ._htmldate import _htmldate_markup
from ._jsonld import _jsonld_objects
from .authors import _AUTHOR_TAG_SET, _same_byline
from .title import clean_title

_JSONLD_TYPES = frozenset({"application/ld+json", "application/json+ld"})
#: Class names of byline elements (case as written: "Author" and "author", not "AUTHORITY").
_BYLINE_CLASS = re.compile(r"[Bb]yline|[Aa]uthor|writer|[Aa]utor|auteur")


def _top_elements(root: etree._Element) -> list[etree._Element]:
    """``root`` and the elements beside it: libxml2 keeps a second ``<html>…</html>`` in the
    page as a sibling of the first, and XPath's ``//`` reads it too."""
    return [root, *root.itersiblings(etree.Element)]


#: Microdata of a review or comment: the ``author`` inside it wrote that, not the page.
_REVIEW = re.compile(r"review|comment|answer", re.IGNORECASE)


def _in_review(el: etree._Element) -> bool:
    """Is ``el`` inside a review's or a comment's microdata (``itemprop="review"``, ``itemtype=".../Review"``)?"""
    return any(
        _REVIEW.search(f"{anc.get('itemprop') or ''} {anc.get('itemtype') or ''}")
        for anc in el.iterancestors()
        if anc.get("itemprop") is not None or anc.get("itemtype") is not None
    )


def _marked_elements(root: etree._Element, found: Attributed) -> tuple[list[etree._Element], list[etree._Element]]:
    """``(itemprop, byline)``: every element with an ``itemprop``, and the ``<body>`` elements
    marked as bylines (``rel``/``itemprop`` author, or a byline-ish class name), in document order.

    ``found.marked`` holds the ``<body>`` elements with a class, id, role, itemprop or rel
    (from :func:`~decruft._parse.attributed_elements`, shared with the rules), so only those
    are read here. Only ``root``'s own ``<body>`` is searched for bylines; ``itemprop`` is
    read everywhere, as ``//*[@itemprop]`` did.
    """
    items: list[etree._Element] = []
    bylines: list[etree._Element] = []
    body = root.find("body")
    if root.get("itemprop") is not None:
        items.append(root)
    for part in (*root.iterchildren(etree.Element), *root.itersiblings(etree.Element)):
        if part is not body:
            items.extend(el for el in part.iter(etree.Element) if el.get("itemprop") is not None)
            continue
        if body.get("itemprop") is not None:
            items.append(body)
        for el, attrs in zip(found.marked, found.marked_names):
            prop = el.get("itemprop") if "itemprop" in attrs else None
            if prop is not None:
                items.append(el)
            cls = el.get("class") if "class" in attrs else None
            # Every _BYLINE_CLASS match holds one of these substrings: "in" tests them at
            # C speed, and the regex (three times slower) then reads only the few hits.
            if (
                cls is not None
                and ("uthor" in cls or "yline" in cls or "utor" in cls or "writer" in cls or "uteur" in cls)
                and _BYLINE_CLASS.search(cls)
            ) or (prop == "author" and not _in_review(el)) or ("rel" in attrs and el.get("rel") == "author"):
                bylines.append(el)
    return items, bylines


def _meta_keys(names: str) -> list[str]:
    """``"dc:title og:title"`` (one tag, several names) as keys: lower case, ``dc.``/``dcterms.`` spelt one way."""
    return [
        key.replace("dc:", "dc.").replace("dcterm:", "dcterms.").replace("dcterms:", "dcterms.")
        for key in names.lower().split()
    ]


def collect(state: State) -> None:
    """Read JSON-LD, meta tags, microdata, ``<title>`` and ``<h1>`` before anything is removed.

    Two walks over the page: lxml's C-level tag filter finds the ``<script>``, ``<meta>``,
    ``<title>`` and ``<h1>`` elements, and one XPath the elements with a class, id, role,
    itemprop or rel, where :func:`_marked_elements` finds the microdata and the bylines.
    """
    root = state.root
    meta: dict[str, Any] = state.meta
    scripts: list[etree._Element] = []
    tags: dict[str, str] = {}
    author_tags: dict[str, list[str]] = {}
    from_property: set[str] = set()
    title_el = None
    h1s: list[etree._Element] = []
    h2s: list[etree._Element] = []
    buttons: list[etree._Element] = []
    for top in _top_elements(root):
        for el in top.iter("script", "meta", "title", "h1", "h2", "button", "input"):
            tag = el.tag
            if tag == "button" or tag == "input":  # read by _pagetype (an add-to-cart button)
                buttons.append(el)
            elif tag == "meta":
                content = (el.get("content") or "").strip()
                if not content:
                    continue
                prop = el.get("property")
                if prop:  # RDFa's attribute, the one Open Graph and Dublin Core specify: it outranks name=
                    for key in _meta_keys(prop):
                        if key not in from_property:
                            tags[key] = content
                            from_property.add(key)
                other = f"{el.get('name') or ''} {el.get('itemprop') or ''}"
                if other != " ":
                    for key in _meta_keys(other):
                        tags.setdefault(key, content)
                        if key in _AUTHOR_TAG_SET:
                            author_tags.setdefault(key, []).append(content)
            elif tag == "script":
                if el.get("type") in _JSONLD_TYPES:
                    scripts.append(el)
            elif tag == "title":
                if title_el is None and top is root:  # the first in root, as root.find(".//title")
                    title_el = el
            elif tag == "h2":
                if len(h2s) < _SUBHEADS_READ:
                    h2s.append(el)
            elif next(el.iterancestors("body"), None) is not None:  # an <h1> inside <body>
                h1s.append(el)
    meta["jsonld"] = list(_jsonld_objects(scripts))
    meta["buttons"] = buttons
    meta["tags"] = tags
    meta["author_tags"] = author_tags
    meta["html_title"] = clean_title(_clean(inner_text(title_el))) if title_el is not None else ""
    meta["crumb_headlines"] = []
    meta["headlines"], meta["banner_headlines"] = _headlines(h1s, meta["crumb_headlines"])
    subheads, banner_subheads = _headlines(h2s)  # kickers left out, as in an <h1>
    meta["subheads"] = [text for text in subheads if text not in banner_subheads]
    attributed = attributed_elements(root.find("body"))
    meta["_attributed"] = attributed  # read again by the rules, unless a site rule changes the page
    itemprop_els, byline_els = _marked_elements(root, attributed)
    items: dict[str, list[str]] = {}
    coauthors: list[str] = []
    first_author = None
    for el in itemprop_els:
        if el.tag == "meta":
            continue
        prop = el.get("itemprop", "").strip()
        value = el.get("datetime") or el.get("content") or _clean(inner_text(el))
        if prop and value:
            items.setdefault(prop, []).append(value)
            if prop == "author" and not _in_review(el):
                if first_author is None:
                    first_author = el
                    coauthors.append(value)
                elif _same_byline(first_author, el):
                    coauthors.append(value)
    meta["itemprops"] = items
    meta["coauthors"] = coauthors
    meta["bylines"] = _byline_candidates(byline_els)
    meta["markup_date"] = _htmldate_markup(state)
    meta["lang"] = root.get("lang") or root.get("xml:lang") or tags.get("og:locale") or tags.get("content-language")
