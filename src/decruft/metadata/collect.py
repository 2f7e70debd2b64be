"""Collection: what the metadata stage reads from the page before the cruft rules touch the tree
(JSON-LD, meta tags, microdata, ``<title>``, headings, byline candidates, htmldate's markup date).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from .._marks import in_review
from .._parse import Attributed, attributed_elements, inner_text
from .._state import State
from ._byline import _byline_candidates, without_role
from ._common import _clean
from ._headlines import _headlines, _SUBHEADS_READ
from ._htmldate import DATE_SCRIPT_TYPES, _htmldate_markup
from ._jsonld import _jsonld_objects
from ._signals import Signals
from .authors import _AUTHOR_TAG_SET, _same_byline
from .title import clean_title

if TYPE_CHECKING:
    from ..rules._attrs import AttrMatcher

_JSONLD_TYPES = frozenset({"application/ld+json", "application/json+ld"})


def _top_elements(root: etree._Element) -> list[etree._Element]:
    """``root`` and the elements beside it: libxml2 keeps a second ``<html>…</html>`` in the
    page as a sibling of the first, and XPath's ``//`` reads it too."""
    return [root, *root.itersiblings(etree.Element)]


def _marked_elements(root: etree._Element, found: Attributed) -> tuple[list[etree._Element], list[etree._Element]]:
    """``(itemprop, byline)``: every element with an ``itemprop``, and the ``<body>`` elements
    marked as bylines (``rel``/``itemprop`` author, or a byline-ish class name), in document order.

    ``found`` lists the ``<body>`` elements with an ``itemprop`` and those marked as bylines
    (:func:`~decruft._parse.attributed_elements`, the walk shared with the rules), so only the
    rest of the page is walked here. Only ``root``'s own ``<body>`` is searched for bylines;
    ``itemprop`` is read everywhere, as ``//*[@itemprop]`` did.
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
        items.extend(found.itemprops)
        bylines.extend(found.bylines)
    return items, bylines


@functools.lru_cache(maxsize=4096)
def _meta_keys(names: str) -> tuple[str, ...]:
    """``"dc:title og:title"`` (one tag, several names) as keys: lower case, ``dc.``/``dcterms.``
    spelt one way. Remembered by ``names``: pages name their tags from a short list."""
    return tuple(
        key.replace("dc:", "dc.").replace("dcterm:", "dcterms.").replace("dcterms:", "dcterms.")
        for key in names.lower().split()
    )


@dataclasses.dataclass
class _Walk:
    """The elements :func:`_walk` met, and the meta tags it read."""

    scripts: list[etree._Element] = dataclasses.field(default_factory=list)
    tags: dict[str, str] = dataclasses.field(default_factory=dict)
    author_tags: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    from_property: set[str] = dataclasses.field(default_factory=set)
    title_el: etree._Element | None = None
    h1s: list[etree._Element] = dataclasses.field(default_factory=list)
    h2s: list[etree._Element] = dataclasses.field(default_factory=list)
    buttons: list[etree._Element] = dataclasses.field(default_factory=list)
    #: The root's ``<meta>`` elements and its scripts htmldate's JSON step reads (:func:`_htmldate_markup`).
    metas: list[etree._Element] = dataclasses.field(default_factory=list)
    date_scripts: list[etree._Element] = dataclasses.field(default_factory=list)
    #: The ``<h1>``–``<h3>`` elements in the root's ``<body>``.
    headings: list[etree._Element] = dataclasses.field(default_factory=list)


def _read_meta(el: etree._Element, found: _Walk, below_root: bool) -> None:
    """A ``<meta>`` tag's content under each of its keys (``property=`` first, then ``name=`` and
    ``itemprop=``); ``below_root``: the tag is inside the root (htmldate's header step reads it)."""
    if below_root:
        found.metas.append(el)
    content = (el.get("content") or "").strip()
    if not content:
        return
    prop = el.get("property")
    if prop:  # RDFa's attribute, the one Open Graph and Dublin Core specify: it outranks name=
        for key in _meta_keys(prop):
            if key not in found.from_property:
                found.tags[key] = content
                found.from_property.add(key)
    other = f"{el.get('name') or ''} {el.get('itemprop') or ''}"
    if other != " ":
        for key in _meta_keys(other):
            found.tags.setdefault(key, content)
            if key in _AUTHOR_TAG_SET:
                found.author_tags.setdefault(key, []).append(content)


def _read_script(el: etree._Element, found: _Walk, below_root: bool) -> None:
    """Keep a JSON-LD ``<script>``, and (``below_root``: inside the root) one htmldate's JSON step reads."""
    kind = el.get("type")
    if kind in _JSONLD_TYPES:
        found.scripts.append(el)
    if below_root and kind in DATE_SCRIPT_TYPES:
        found.date_scripts.append(el)


#: The tags :func:`_walk` reads.
_WALKED = ("script", "meta", "title", "h1", "h2", "button", "input")
_HEADINGS = frozenset({"h1", "h2", "h3"})


def _walk(root: etree._Element) -> _Walk:
    """One pass of lxml's C-level tag filter over the page: the JSON-LD scripts, the meta tags,
    the first ``<title>``, the ``<h1>``s in ``<body>``, the first ``<h2>``s and the buttons, and
    the ``<h1>``–``<h3>`` headings of ``root``'s ``<body>``. Each child of ``root`` is walked
    apart, so the ``<body>``'s walk knows its elements are in it."""
    found = _Walk()
    body = root.find("body")
    if body is None:
        for top in _top_elements(root):
            for el in top.iter(*_WALKED):
                _file(el, found, top is root and el is not root, False)
        return found
    if root.tag in _WALKED:
        _file(root, found, False, False)
    for child in root.iterchildren(etree.Element):
        if child is not body:
            for el in child.iter(*_WALKED):
                _file(el, found, True, False)
            continue
        for el in body.iter(*_WALKED, "h3"):
            if el.tag in _HEADINGS:
                found.headings.append(el)
            if el.tag != "h3":
                _file(el, found, True, True)
    for top in root.itersiblings(etree.Element):
        for el in top.iter(*_WALKED):
            _file(el, found, False, False)
    return found


def _file(el: etree._Element, found: _Walk, below_root: bool, in_body: bool) -> None:
    """Note the element ``el`` :func:`_walk` met in ``found``; ``below_root``: it is inside the
    root, ``in_body``: inside its ``<body>`` (False: not known)."""
    tag = el.tag
    if tag == "button" or tag == "input":  # read by _pagetype (an add-to-cart button)
        found.buttons.append(el)
    elif tag == "meta":
        _read_meta(el, found, below_root)
    elif tag == "script":
        _read_script(el, found, below_root)
    elif tag == "title":
        if found.title_el is None and below_root:  # the first in root, as root.find(".//title")
            found.title_el = el
    elif tag == "h2":
        if len(found.h2s) < _SUBHEADS_READ:
            found.h2s.append(el)
    elif in_body or next(el.iterancestors("body"), None) is not None:  # an <h1> inside <body>
        found.h1s.append(el)


#: The microdata properties whose values are read (the dates, the title, the page-type check's
#: price), and ``author`` (:func:`_microdata`'s co-authors): the others' values are not, and
#: one, ``articleBody``, is the whole article's text.
ITEMPROPS_READ = frozenset({"datePublished", "dateCreated", "dateModified", "headline", "price", "lowPrice", "author"})


def _microdata(itemprop_els: list[etree._Element]) -> tuple[dict[str, list[str]], list[str]]:
    """``(items, coauthors)``: the values of each ``itemprop`` of :data:`ITEMPROPS_READ` (``<meta>``
    left to the tags), and the ``itemprop="author"`` values that stand in the first author's
    byline (:func:`_same_byline`)."""
    items: dict[str, list[str]] = {}
    coauthors: list[str] = []
    first_author = None
    for el in itemprop_els:
        if el.tag == "meta":
            continue
        prop = el.get("itemprop", "").strip()
        if prop not in ITEMPROPS_READ:
            continue
        value = el.get("datetime") or el.get("content")
        if not value:
            value = _clean(inner_text(el))
            if prop == "author" and len(el):  # its name and its role in parts of their own: the name
                value = without_role(el, value)
        if prop and value:
            items.setdefault(prop, []).append(value)
            if prop == "author" and not in_review(el):
                if first_author is None:
                    first_author = el
                    coauthors.append(value)
                elif _same_byline(first_author, el):
                    coauthors.append(value)
    return items, coauthors


def _hyphenated(headings: list[etree._Element]) -> list[str]:
    """The texts of ``headings`` that print soft hyphens ("Deutsch&shy;land"), the hyphens kept."""
    found = []
    for h in headings:
        text = inner_text(h)
        if "\u00ad" in text:
            found.append(" ".join(text.split()))
    return found


@functools.cache
def _attr_matcher() -> Callable[[tuple[str, ...]], AttrMatcher]:
    """:func:`decruft.rules._attrs.attr_matcher`, imported on first use (the rules package imports metadata)."""
    from ..rules._attrs import attr_matcher

    return attr_matcher


def collect(state: State) -> Signals:
    """Read JSON-LD, meta tags, microdata, ``<title>``, headings and bylines before anything is removed.

    Two walks over the page: lxml's C-level tag filter finds the ``<script>``, ``<meta>``,
    ``<title>`` and ``<h1>`` elements (:func:`_walk`), and one walk of the ``<body>`` elements
    with attributes (:func:`~decruft._parse.attributed_elements`), where :func:`_marked_elements`
    finds the microdata and the bylines; given the names of the rules that will run
    (``state.scan.rule_names``, set by the extractor), it files their class/id hits too.
    The record is returned and kept in ``state.signals``; the page-type classifier reads its
    ``jsonld``, ``tags`` and ``itemprops``, and ``state.buttons``; the rules ``state.scan.attributed``.
    """
    root = state.root
    found = _walk(root)
    jsonld = list(_jsonld_objects(found.scripts))
    crumbs: list[str] = []
    banners: dict[etree._Element, bool] = {}
    headlines, banner = _headlines(found.h1s, crumbs, banners)
    subheads, banner_subheads = _headlines(found.h2s, None, banners)  # kickers left out, as in an <h1>
    body = root.find("body")
    names = state.scan.rule_names  # known when the page has no site rule: the walk files the rules' class/id hits
    attributed = attributed_elements(body, _attr_matcher()(tuple(names)) if names else None)
    itemprop_els, byline_els = _marked_elements(root, attributed)
    items, coauthors = _microdata(itemprop_els)
    bylines, boxes = _byline_candidates(byline_els)
    tags = found.tags
    signals = Signals(
        jsonld=jsonld,
        tags=tags,
        author_tags=found.author_tags,
        itemprops=items,
        coauthors=coauthors,
        html_title=clean_title(_clean(inner_text(found.title_el))) if found.title_el is not None else "",
        headlines=headlines,
        banner_headlines=banner,
        crumb_headlines=crumbs,
        subheads=[text for text in subheads if text not in banner_subheads],
        hyphenated=_hyphenated([*found.h1s, *found.h2s]),
        bylines=bylines,
        author_boxes=boxes,
        markup_date=_htmldate_markup(state, found.metas, found.date_scripts),
        lang=root.get("lang") or root.get("xml:lang") or tags.get("og:locale") or tags.get("content-language"),
        headings=tuple(found.headings),
    )
    state.signals = signals  # its jsonld, tags and itemprops are read by _pagetype too
    state.buttons = found.buttons
    state.scan.attributed = attributed  # read again by the rules, unless a site rule changes the page
    return signals
