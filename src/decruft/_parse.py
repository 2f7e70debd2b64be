"""Stage 2 — parse: text to an lxml tree, safely.

The parser never touches the network, never expands DTD entities, and drops
comments and processing instructions. :func:`strip_non_content` then drops
scripts, styles and other elements that never hold article text; the
pipeline reads JSON-LD before calling it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from lxml import etree

from . import _checklists
from ._errors import InputError
from ._marks import byline_class, in_review

if TYPE_CHECKING:
    from .rules._attrs import AttrMatcher

_LOCAL = threading.local()

#: The memos that remember answers across pages (class strings, short texts) skip longer keys:
#: capped by entries alone, a crawl of pages with unique long class strings held gigabytes.
MEMO_KEY_CHARS = 256


def _parser() -> etree.HTMLParser:
    """One parser per thread: lxml parsers must not be shared across threads."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = etree.HTMLParser(
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            collect_ids=False,
            default_doctype=False,
        )
    return parser


#: Elements that never carry article text; removed wholesale before the rules.
NON_CONTENT_TAGS = (
    "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "input", "button", "select", "textarea", "option", "link", "audio",
    "video", "source", "track", "map", "dialog", "frameset", "frame", "rt", "rp",
)  # fmt: skip

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
#: A DOCTYPE with an internal subset (entity definitions): dropped, never expanded. The opening
#: is found first and then the subset's end, once: one lazy regex for both (``\[.*?\]\s*>``)
#: retried from every "<!DOCTYPE[" of 64 KB of them took 7 s.
_DOCTYPE_OPEN = re.compile(r"<!DOCTYPE[^\[<>]*\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")


#: libxml2 stops the parse at a text, comment or attribute node over 10,000,000 bytes (its
#: XML_MAX_TEXT_LENGTH) and the rest of the page is lost; nodes over this size are cut first.
NODE_BYTES = 9_000_000
#: How much of each end of a cut text run or attribute value is kept.
CUT_KEEP = 1_000_000
_RAW_TEXT_OPEN = re.compile(r"<(?:script|style)(?=[\s/>])", re.IGNORECASE)
_RAW_TEXT_CLOSE = {"c": re.compile(r"</script", re.IGNORECASE), "t": re.compile(r"</style", re.IGNORECASE)}
#: A run of characters without "<" (a text node, or a tag with its attribute values), from its start only:
#: the lookbehind keeps the search linear (no retry from inside a run).
_LONG_RUN = re.compile(r"(?:(?<=<)|^)[^<]{%d,}" % (NODE_BYTES // 4))


#: Attributes kept on one element: libxml2 checks each new attribute against all the earlier
#: ones (160,000 attributes took 43 s to parse).
MAX_ATTRIBUTES = 1000
#: One attribute with the whitespace before it; every part possessive, so it matches one way only.
_ATTR_BODY = r"""\s++[^\s<>"'=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s<>"']*+))?+"""
_ATTR = r"(?>%s)" % _ATTR_BODY
#: A start tag with more than MAX_ATTRIBUTES attributes (a lookahead: the tag is not consumed).
#: Searched on every page: a possessive repeat of the attribute (it matches one way only, so
#: the same tags match) costs 15% less than a repeat of the atomic group (0.28 -> 0.24 ms/page).
_CROWDED_TAG = re.compile(r"""<[A-Za-z][^\s<>"'/]*+(?=(?:%s){%d}+)""" % (_ATTR_BODY, MAX_ATTRIBUTES + 1))
_FIRST_ATTRS = re.compile(r"%s{%d}" % (_ATTR, MAX_ATTRIBUTES))
_MORE_ATTRS = re.compile(r"%s*+" % _ATTR)


def _cap_attributes(text: str) -> tuple[str, bool]:
    """``text`` with the attributes of each start tag after the first :data:`MAX_ATTRIBUTES`
    dropped, and whether any were."""
    parts: list[str] = []
    pos = 0
    for m in _CROWDED_TAG.finditer(text):
        if m.start() < pos:
            continue
        kept = _FIRST_ATTRS.match(text, m.end())
        if kept is None:
            continue
        dropped = _MORE_ATTRS.match(text, kept.end())
        parts += [text[pos : kept.end()]]
        pos = dropped.end() if dropped is not None else kept.end()
    if not parts:
        return text, False
    parts.append(text[pos:])
    return "".join(parts), True


def _too_big(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` takes over NODE_BYTES bytes in UTF-8 (encoded only when it may)."""
    size = end - start
    return size > NODE_BYTES or (size > NODE_BYTES // 4 and len(text[start:end].encode("utf-8", "replace")) > NODE_BYTES)


def _cut_huge_nodes(text: str) -> tuple[str, bool]:
    """``text`` with every script, style or comment over :data:`NODE_BYTES` emptied and every
    longer run of text without ``<`` (a text node, a ``data:`` URI attribute) cut to its first and
    last :data:`CUT_KEEP` characters, so that libxml2 reads the rest of the page; and whether
    anything was cut. Linear: each search goes on from where the previous one ended."""
    cuts = [*_comment_cuts(text), *_raw_text_cuts(text)]
    for m in _LONG_RUN.finditer(text):
        if _too_big(text, m.start(), m.end()):
            cuts.append((m.start() + CUT_KEEP, m.end() - CUT_KEEP))
    if not cuts:
        return text, False
    cuts.sort()
    parts, pos = [], 0
    for start, end in cuts:
        start = max(start, pos)  # inside a span already cut (a long run inside a huge comment)
        if end <= start:
            continue
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    return "".join(parts), True


def _comment_cuts(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each comment's text over :data:`NODE_BYTES`."""
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return
        end = text.find("-->", start + 4)
        end = len(text) if end < 0 else end
        if _too_big(text, start + 4, end):
            yield start + 4, end
        pos = end + 3


def _raw_text_cuts(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each script's or style's text over :data:`NODE_BYTES`."""
    pos = 0
    while True:
        m = _RAW_TEXT_OPEN.search(text, pos)
        if m is None:
            return
        gt = text.find(">", m.end())
        if gt < 0:
            return
        close = _RAW_TEXT_CLOSE[m.group(0)[2].lower()].search(text, gt + 1)
        end = len(text) if close is None else close.start()
        if _too_big(text, gt + 1, end):
            yield gt + 1, end
        pos = end


#: The page's own tags read as a title's text: a ``<title>`` left open swallowed the page.
_RUNAWAY_TITLE = re.compile(r"</head\b|<body\b", re.IGNORECASE)
_TITLE_START = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
#: Where an unclosed title's text ends: the first tag after it (or a comment).
_NEXT_TAG = re.compile(r"<(?:/?[a-zA-Z][\w:-]*[\s/>]|!--)")


def _close_title(text: str) -> str | None:
    """``text`` with its unclosed ``<title>`` closed before the first tag after it, or None."""
    start = _TITLE_START.search(text)
    if start is None:
        return None
    end = _NEXT_TAG.search(text, start.end())
    if end is None or text[end.start() : end.start() + 8].lower() == "</title>":
        return None
    return f"{text[: end.start()]}</title>{text[end.start() :]}"


def parse(text: str, raw: bytes | None = None) -> etree._Element:
    """Parse HTML text into a tree rooted at ``<html>``.

    ``raw``, when given, is ``text`` encoded as UTF-8 (the page's own bytes): the parser reads
    it unless ``text`` needs a change first, saving an encoding of the whole page.
    """
    text, raw = _made_safe(text, raw)
    try:
        data = raw if raw is not None else text.encode("utf-8", errors="replace")
        root = etree.fromstring(data, parser=_parser())
    except (etree.XMLSyntaxError, etree.ParserError, ValueError) as exc:
        raise InputError(f"the input could not be parsed as HTML ({exc})") from None
    if root is None:
        raise InputError("the input holds no HTML elements")
    title = root.find("head/title")
    if title is not None and title.text and _RUNAWAY_TITLE.search(title.text):
        closed = _close_title(text)
        if closed is not None:
            return parse(closed)
    if root.tag != "html":  # a fragment: give it the usual shape
        html_el = etree.Element("html")
        body = etree.SubElement(html_el, "body")
        body.append(root)
        root = html_el
    elif root.find("body") is None:
        etree.SubElement(root, "body")
    return root


def _made_safe(text: str, raw: bytes | None) -> tuple[str, bytes | None]:
    """``text`` without what libxml2 must not read (an XML declaration, attributes past
    :data:`MAX_ATTRIBUTES`, nodes over :data:`NODE_BYTES`, a DOCTYPE's internal subset), and
    ``raw`` (None once ``text`` changed)."""
    decl = _XML_DECL.match(text)
    if decl is not None:
        text, raw = text[decl.end() :], None
    if _CROWDED_TAG.search(text) is not None:
        text, raw = _cap_attributes(text)[0], None
    if len(text) > NODE_BYTES // 4:
        text, changed = _cut_huge_nodes(text)
        if changed:
            raw = None
    head = text[:65536]
    if "<!" in head and "[" in head:
        opening = _DOCTYPE_OPEN.search(head)
        end = _SUBSET_END.search(head, opening.end()) if opening is not None else None
        if opening is not None and end is not None:
            text, raw = head[: opening.start()] + head[end.end() :] + text[65536:], None
    return text, raw


def strip_non_content(root: etree._Element, controls: Sequence[etree._Element] = ()) -> None:
    """Remove scripts, styles, form controls, media and frames (read JSON-LD first); the labels
    of checklists among ``controls`` (the page's inputs) are marked first (:func:`._checklists.mark`)."""
    _checklists.mark(root, controls)
    etree.strip_elements(root, "script", *NON_CONTENT_TAGS, with_tail=False)


_MARK_ATTRS = frozenset({"class", "id", "role", "itemprop", "rel"})
_HIDE_ATTRS = frozenset({"style", "hidden", "aria-hidden"})


class Attributed(NamedTuple):
    """What one walk of the ``<body>`` elements read of their attributes, in document order."""

    #: Elements with a style, hidden or aria-hidden attribute.
    hideable: list[etree._Element]
    #: Elements with a ``role`` (the rules' ARIA roles).
    roles: list[etree._Element]
    #: Elements with an ``itemprop`` (microdata; the ``articleBody`` hint).
    itemprops: list[etree._Element]
    #: Elements named as bylines: a byline-ish class (:func:`~decruft._marks.byline_class`),
    #: ``itemprop="author"`` outside a review's microdata, or ``rel="author"``.
    bylines: list[etree._Element]
    #: The elements whose class and id name a rule, per rule (the rules' class/id hits), filed
    #: by the matcher given to the walk; empty without one.
    hits: dict[str, list[etree._Element]]
    #: The rules ``hits`` are filed by (the matcher's); None: the walk had no matcher.
    names: tuple[str, ...] | None


#: The class memo of a walk without a matcher: always empty.
_NO_CLASSES: dict[str, tuple[str | None, bool]] = {}


def _class_of(cls: str) -> tuple[str | None, bool]:
    """A class's rule (none: the walk has no matcher) and whether it names a byline."""
    return None, byline_class(cls)


def _pair_of(cls: str | None, ident: str | None) -> tuple[str | None, bool]:
    """A class and id's rule (none: the walk has no matcher) and whether the class names a byline."""
    return None, cls is not None and byline_class(cls)


def attributed_elements(body: etree._Element | None, matcher: AttrMatcher | None = None) -> Attributed:
    """The ``<body>`` elements with a style, hidden or aria-hidden attribute (``hideable``),
    a ``role``, an ``itemprop``, those named as bylines (:func:`_read_marks`), and, given the
    rules' class/id ``matcher`` (:class:`decruft.rules._attrs.AttrMatcher`), those whose class
    and id name a rule, filed by rule (``hits``), each in document order.

    :func:`decruft.metadata.collect` reads bylines and microdata from these lists, the rules'
    shared analysis the hits, roles and ``articleBody``, content choice ``articleBody``, and the
    ``hidden`` rule picks from ``hideable``: one walk of the page for all of them. Reading each
    element's attribute names in a plain walk costs a quarter less than an XPath that selects
    the elements with attributes first (``descendant::*[@*]``), and half as much as one test
    per attribute name. The class/id of each element is matched on the walk, so no list of the
    elements with a class or id (some 400 a page, alive for the whole page) is kept.
    """
    hits: dict[str, list[etree._Element]] = {}
    classes: dict[str, tuple[str | None, bool]] = _NO_CLASSES
    of_class: Callable[[str], tuple[str | None, bool]] = _class_of
    of_pair: Callable[[str | None, str | None], tuple[str | None, bool]] = _pair_of
    if matcher is not None:
        hits = {name: [] for name in matcher.names}
        classes, of_class, of_pair = matcher.classes, matcher.of_class, matcher.of_pair
    found = Attributed([], [], [], [], hits, matcher.names if matcher is not None else None)
    if body is None:
        return found
    bylines = found.bylines
    elements = body.iter(etree.Element)
    next(elements)  # body itself
    for el in elements:
        names = el.keys()
        if not names:
            continue
        if len(names) > 1:
            owner = _read_several(el, names, found, of_pair)
        elif (name := names[0]) == "class":  # most elements: one class, read here without a call
            cls = el.get("class", "")
            known = classes.get(cls)
            owner, byline = of_class(cls) if known is None else known
            if byline:
                bylines.append(el)
        elif name == "id":
            owner = of_pair(None, el.get("id"))[0]
        else:
            _read_one(el, name, found)
            continue
        if owner is not None:
            hits[owner].append(el)
    return found


def _read_one(el: etree._Element, name: str, found: Attributed) -> None:
    """File an element whose one attribute, ``name``, is not its class or id."""
    if name == "role":
        found.roles.append(el)
    elif name in _HIDE_ATTRS:
        found.hideable.append(el)
    elif name in _MARK_ATTRS:  # itemprop, rel
        _read_marks(el, (name,), found, False)


def _read_several(
    el: etree._Element,
    names: list[str],
    found: Attributed,
    of_pair: Callable[[str | None, str | None], tuple[str | None, bool]],
) -> str | None:
    """File an element with several attribute ``names`` as :func:`attributed_elements` does: under
    ``hideable`` when one hides it, under ``roles`` with a role, and :func:`_read_marks` when one
    marks it; the rule its class and id name (``of_pair``, which also tells whether the class
    names a byline), or None. One pass over the names reads the class and id on the way (no set
    of the names is made)."""
    cls = ident = None
    marks = hides = False
    for name in names:
        if name == "class":
            cls, marks = el.get("class"), True
        elif name == "id":
            ident, marks = el.get("id"), True
        elif name == "role":
            marks = True
            found.roles.append(el)
        elif name in _MARK_ATTRS:
            marks = True
        elif name in _HIDE_ATTRS:
            hides = True
    if hides:
        found.hideable.append(el)
    if not marks:
        return None
    owner, byline = (None, False) if cls is None and ident is None else of_pair(cls, ident)
    _read_marks(el, names, found, byline)
    return owner


def _read_marks(el: etree._Element, names: Sequence[str], found: Attributed, byline: bool) -> None:
    """File a marked element with attribute ``names`` (``byline``: its class names a byline,
    :func:`~decruft._marks.byline_class`) under ``found.itemprops`` when it has an ``itemprop``,
    and under ``found.bylines`` when it is marked as a byline: a byline-ish class (then no other
    mark is read), ``itemprop="author"`` outside a review, or ``rel="author"``."""
    if byline:
        found.bylines.append(el)
        if "itemprop" in names:
            found.itemprops.append(el)
        return
    if "itemprop" in names:
        found.itemprops.append(el)
        if el.get("itemprop") == "author" and not in_review(el):
            found.bylines.append(el)
            return
    if "rel" in names and el.get("rel") == "author":
        found.bylines.append(el)


def inner_text(el: etree._Element) -> str:
    """All text inside ``el`` (not its tail): ``"".join(el.itertext())``, serialised by
    libxml2 in one call, about three times faster than joining the pieces in Python."""
    text: str = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text
