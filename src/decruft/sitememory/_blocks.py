"""What site memory reads on one page: its blocks, each with a position path and a normalized text.

A block's *key* is its position path from ``<body>`` (tag, stable id and stable class
tokens of every ancestor, no sibling indexes: a rail keeps its path when the number of
paragraphs before it changes) and its *normalized text* (lower case, whitespace collapsed,
digit runs and month and weekday names replaced: "23 comments" and "4 comments", or
"Updated 5 June 2012" and "Updated 7 July 2013", are the same text). A block that has the
same key on most pages of a host is part of the site's template.
"""

from __future__ import annotations

import dataclasses
import re

from lxml import etree

from .._parse import inner_text

#: Elements that can be a template block.
BLOCK_TAGS = (
    "div", "section", "aside", "nav", "header", "footer", "ul", "ol", "dl", "table", "form",
    "p", "h2", "h3", "h4", "h5", "h6", "figure", "center", "address", "blockquote", "span",
)  # fmt: skip
_BLOCK_SET = frozenset(BLOCK_TAGS)
#: A block with more text than this is a page wrapper, not a template block.
MAX_BLOCK_TEXT = 4000
#: A paragraph counts as prose from this many characters (and few links).
PROSE_MIN = 60
#: Class and id tokens that can stand in a path: identifier-like, without digits
#: ("post-1234", "css-1x2y3z" and Tailwind's "md:w-1/2" change between pages or cannot be
#: written as a CSS class selector).
_STABLE_TOKEN = re.compile(r"^[A-Za-z_][A-Za-z_-]*$")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    "januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|"
    "août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|octubre|noviembre|diciembre"
)
_NORM = re.compile(rf"\d+(?:[.,:/]\d+)*|\b(?:{_MONTHS})\b\.?")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower case, whitespace collapsed, numbers and month/weekday names as ``#``."""
    return _NORM.sub("#", _SPACE.sub(" ", text).strip().lower())


def step(el: etree._Element) -> str:
    """One path step: ``tag``, ``tag#id`` and/or ``tag.class.class`` (stable tokens only, sorted)."""
    out = str(el.tag)
    ident = (el.get("id") or "").strip()
    if ident and _STABLE_TOKEN.match(ident):
        out += f"#{ident}"
    classes = sorted({c for c in (el.get("class") or "").split() if _STABLE_TOKEN.match(c)})
    for c in classes[:3]:
        out += f".{c}"
    return out


def selector(path: str) -> str:
    """The CSS selector of a path (its steps joined by child combinators)."""
    return " > ".join(path.split("/"))


#: A snippet is a piece of the block's text without digits, quotes or backslashes.
_SNIPPET_OK = re.compile(r"^[^\d\"\\]{3,}$")
SNIPPET_MAX = 40


def snippet(el: etree._Element) -> str | None:
    """A short piece of the block's own text that every copy of it holds (no digits): the
    first text node of three characters or more, cut at a word before SNIPPET_MAX."""
    for piece in el.itertext():
        piece = " ".join(piece.split())
        if len(piece) < 3:
            continue
        m = re.match(r"[^\d\"\\]+", piece)
        if not m:
            continue
        cut = m.group(0).strip()
        if len(cut) > SNIPPET_MAX:
            cut = cut[:SNIPPET_MAX].rsplit(" ", 1)[0].strip()
        if len(cut) >= 3 and _SNIPPET_OK.match(cut) and piece.find(cut) >= 0:
            return cut
    return None


@dataclasses.dataclass(slots=True)
class Block:
    """A candidate template block of one page."""

    key: int  # hash of (path, normalized text)
    parent: int | None  # the key of the nearest enclosing candidate block
    path: str
    text: str  # normalized
    length: int  # characters of text
    prose_share: float  # share of the page's prose paragraphs inside the block
    element: etree._Element | None = None


def page_blocks(body: etree._Element, keep_elements: bool = False) -> list[Block]:
    """The candidate blocks under ``body`` (not ``body`` itself), in document order."""
    prose: dict[etree._Element, int] = {}
    total_prose = 0
    for p in body.iter("p"):
        text = inner_text(p)
        n = len(" ".join(text.split()))
        if n < PROSE_MIN:
            continue
        links = sum(len(" ".join(inner_text(a).split())) for a in p.iter("a"))
        if links > 0.3 * n:
            continue
        total_prose += n
        for anc in p.iterancestors():
            if anc is body:
                break
            prose[anc] = prose.get(anc, 0) + n
        prose[p] = prose.get(p, 0) + n
    out: list[Block] = []
    paths: dict[etree._Element, str] = {body: ""}
    keys: dict[etree._Element, int | None] = {body: None}
    for el in body.iter(etree.Element):
        if el is body:
            continue
        parent = el.getparent()
        base = paths.get(parent, "")
        path = f"{base}/{step(el)}" if base else step(el)
        paths[el] = path
        parent_key = keys.get(parent)
        keys[el] = parent_key
        if el.tag not in _BLOCK_SET:
            continue
        text = inner_text(el)
        if len(text) > MAX_BLOCK_TEXT * 3:
            continue
        norm = normalize(text)
        if not norm or len(norm) > MAX_BLOCK_TEXT:
            continue
        key = hash((path, norm))
        keys[el] = key
        share = prose.get(el, 0) / total_prose if total_prose else 0.0
        out.append(Block(key, parent_key, path, norm, len(norm), share, el if keep_elements else None))
    return out
