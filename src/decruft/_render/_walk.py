"""Walk the chosen elements into :class:`~._block.Block` records: block elements, inline markup,
data tables; repeated blocks dropped."""

from __future__ import annotations

import html as _html
import itertools
import re
from collections.abc import Callable, Iterable

from lxml import etree

from .._data import toml
from .._parse import inner_text
from .._spaces import collapsed
from ._block import Block, _Builder, _md_escape, drop_invisible, safe_href

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul caption legend".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg"})

#: Deeper trees are flattened past this depth instead of recursing further.
MAX_DEPTH = 400


def blocks_of(elements: Iterable[etree._Element], check: Callable[[], None] | None = None) -> list[Block]:
    """Walk the chosen elements into blocks, in order, duplicates dropped.

    An element given twice, or inside another one given, is walked once, as part of the
    outer one: each text node of the page is read at most once.
    ``check`` is called every few thousand elements (the time budget).
    """
    builder = _Builder(check)
    for el in outermost(elements):
        _walk(el, builder, 0)
        builder.flush()
    return _dedupe(builder.blocks)


def outermost(elements: Iterable[etree._Element]) -> list[etree._Element]:
    """``elements`` in their order, each once, without those inside another of them."""
    given = list(elements)
    members = set(given)
    done: set[etree._Element] = set()
    out: list[etree._Element] = []
    for el in given:
        if el not in done and not any(a in members for a in el.iterancestors()):
            out.append(el)
            done.add(el)
    return out


_REPEATABLE = frozenset({"p", "li", "row", "pre"})
#: A paragraph, item or row this long that repeats an earlier one next to a neighbour that
#: repeats the earlier one's neighbour is the article printed again (a print copy, an excerpt
#: box), not a refrain: it is dropped too.
REPEAT_CHARS = 120


def _dedupe(blocks: list[Block]) -> list[Block]:
    """Drop captions and quotes that repeat another block (pull quotes, doubled captions), and
    the article printed again: a paragraph of REPEAT_CHARS or more repeating an earlier one,
    whose neighbour also repeats that one's (different) neighbour. A paragraph repeated on its
    own, or a run of one paragraph repeated, stays (a refrain, a test page's filler)."""
    keys = [_dedupe_key(block.text) for block in blocks]
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    seen: dict[str, str] = {}
    out = []
    for i, (block, key) in enumerate(zip(blocks, keys)):
        earlier = seen.get(key)
        if len(key) > 20 and earlier is not None:
            if not (block.kind in _REPEATABLE and earlier in _REPEATABLE) or _reprinted(keys, first[key], i):
                continue
        seen.setdefault(key, block.kind)
        out.append(block)
    return out


def _dedupe_key(text: str) -> str:
    """The block's text lowercased with whitespace collapsed (``" ".join(text.lower().split())``).

    Most blocks' text is already collapsed (``_tidy`` made it): when the lowercased text has no
    whitespace but single spaces between words, it is the key as it is. ``str.isprintable`` is
    false for every character ``str.split`` splits on but the space, so one scan tells that; a
    block with a line break, a tab or another space character is split and joined as before.
    Saves splitting and joining most blocks (0.05 -> 0.035 CPU ms/page)."""
    key = text.lower()
    if key.isprintable() and "  " not in key and key[:1] != " " and key[-1:] != " ":
        return key
    return " ".join(key.split())


def _reprinted(keys: list[str], j: int, i: int) -> bool:
    """Is block ``i``, a repeat of block ``j``, part of a run of blocks printed again?"""
    if len(keys[i]) < REPEAT_CHARS:
        return False
    for d in (-1, 1):
        a, b = j + d, i + d
        if 0 <= a < len(keys) and 0 <= b < len(keys) and a != i and b != j:
            if len(keys[b]) > 20 and keys[b] == keys[a] and keys[a] != keys[j]:
                return True
    return False


def _walk(el: etree._Element, b: _Builder, depth: int) -> None:
    """Add ``el`` (with what is inside it) and then its tail to the builder."""
    b.visited += 1
    if b.check is not None and not b.visited & 4095:
        b.check()
    tag = el.tag
    if tag in _PLAIN_BLOCK_TAGS and depth <= MAX_DEPTH:  # the most common case first
        _block(el, tag, b, depth)
    elif not isinstance(tag, str) or tag in _SKIP_TAGS:
        pass
    elif depth > MAX_DEPTH:
        b.add(" ".join(inner_text(el).split()))
    elif tag == "br":
        b.newline()
    elif tag == "img":
        pass
    elif tag == "table":
        b.flush()
        if _is_layout(el):
            _block(el, tag, b, depth)  # cells are blocks; each table inside decides for itself
        else:
            _table(el, b)
    else:
        _inline(el, tag, b, depth)
    tail = el.tail
    if tail:
        b.add(tail)


#: The block tags but ``<table>``, which is a layout or a data table (:func:`_is_layout`).
_PLAIN_BLOCK_TAGS = _BLOCK_TAGS - {"table"}
_LIST_TAGS = ("ul", "ol", "menu", "dir")


def _caption_class() -> re.Pattern[str]:
    """Class names of a picture's caption set in a ``<p>`` or ``<div>`` ("wp-caption-text"), also
    with a layout word after it ("caption-wide", "caption_left"): patterns.toml ``[captions]``."""
    words = toml("patterns.toml")["captions"]
    return re.compile(
        rf"(?:^|\s)(?:[\w-]*[-_])?(?:{'|'.join(words['class'])})(?:[-_](?:{'|'.join(words['layout'])}))?(?:$|\s)",
        re.IGNORECASE,
    )


_CAPTION_CLASS = _caption_class()
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _block(el: etree._Element, tag: str, b: _Builder, depth: int) -> None:
    """A block element: its content is one block, or its child elements' blocks."""
    if b.pieces:
        b.flush()
    saved_kind = b.kind
    if not _enter_block(el, tag, b):
        return
    text = el.text
    if text:
        b.add(text)
    for child in el:
        _walk(child, b, depth + 1)
    if b.pieces:
        b.flush()
    if tag in _LEVEL_TAGS:
        _leave_block(tag, b)
    b.kind = saved_kind


def _enter_block(el: etree._Element, tag: str, b: _Builder) -> bool:
    """Set the builder up for the block element ``el``: open a list level, number a list
    item, take a heading's or caption's kind, enter a quote or ``<pre>``. False for ``<hr>``,
    which holds nothing."""
    if tag not in _SET_UP_TAGS:  # a <div>, <p>, <section>...: a caption only by its class
        classes = el.get("class")
        if classes and _CAPTION_CLASS.search(classes):
            b.kind = "caption"
    elif tag in _LIST_TAGS:
        b.list_stack.append([1 if tag == "ol" else 0, 0])
    elif tag == "li":
        if b.list_stack:
            b.list_stack[-1][1] += 1
        b.kind = "li"
    elif tag in _HEADING_TAGS:
        b.kind = tag
    elif tag == "blockquote":
        b.quote += 1
    elif tag == "pre":
        b.pre += 1
    elif tag in ("figcaption", "caption") or _CAPTION_CLASS.search(el.get("class") or ""):
        b.kind = "caption"
    elif tag == "hr":
        return False
    return True


#: The tags :func:`_enter_block` does more for than look for a caption class.
_SET_UP_TAGS = frozenset({*_LIST_TAGS, "li", *_HEADING_TAGS, "blockquote", "pre", "figcaption", "caption", "hr"})
#: The tags that open a level :func:`_leave_block` closes.
_LEVEL_TAGS = frozenset({*_LIST_TAGS, "blockquote", "pre"})


def _leave_block(tag: str, b: _Builder) -> None:
    """Undo the list, quote or ``<pre>`` level :func:`_enter_block` opened (the kind is
    restored by the caller)."""
    if tag in _LIST_TAGS:
        b.list_stack.pop()
    elif tag == "blockquote":
        b.quote -= 1
    elif tag == "pre":
        b.pre -= 1


_INLINE_MD = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}
_INLINE_HTML = {"strong", "b", "em", "i", "code", "sub", "sup", "mark", "s", "u"}


def _inline(el: etree._Element, tag: str, b: _Builder, depth: int) -> None:
    """An inline element; a link or emphasis with only text inside keeps its markup."""
    raw = el.text
    text = " ".join(raw.split()) if raw and (tag == "a" or tag in _INLINE_MD) and not len(el) else ""
    if text and tag == "a":
        if _add_link(el, raw, text, b):
            return
    elif text:  # bold, italics, code
        mark = _INLINE_MD[tag]
        lead, trail = _edges(raw)
        tag_html = tag if tag in _INLINE_HTML else "span"
        escaped = _html.escape(text, quote=False)
        b.add_marked(raw, f"{lead}{mark}{text}{mark}{trail}", f"{lead}<{tag_html}>{escaped}</{tag_html}>{trail}")
        return
    b.add(raw)
    for child in el:
        _walk(child, b, depth + 1)


def _edges(raw: str) -> tuple[str, str]:
    """A space for the whitespace at each edge of an inline element's text (none where there is
    none): it parts the text from the words around it ("started the<a> fund </a>page")."""
    return (" " if raw[:1].isspace() else "", " " if raw[-1:].isspace() else "")


def _add_link(el: etree._Element, raw: str, text: str, b: _Builder) -> bool:
    """Add a link holding only ``text`` (``raw`` as written) with its Markdown and HTML, the
    spaces at its edges kept (:func:`_edges`); False, and nothing added, when its href is unsafe."""
    href = el.get("href") or ""
    if not safe_href(href):
        return False
    lead, trail = _edges(raw)
    label = _md_escape(text)
    target = href.replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    md = f"{lead}[{label}]({target}){trail}"
    markup = f'{lead}<a href="{_html.escape(href)}">{_html.escape(text, quote=False)}</a>{trail}'
    b.add_marked(f"{lead}{text}{trail}", md, markup)
    return True


_CELL_TAGS = ("td", "th")


def _is_layout(table: etree._Element) -> bool:
    """A table holding a table, a cell holding a row or cell, or a cell holding paragraphs
    (:func:`_holds_blocks`): page layout, not data.

    Such a table is walked as blocks, cell by cell. Only a table whose cells are disjoint
    leaves of text is rendered as rows from its cells' text (:func:`_table`), so that no text
    node is read twice: an old layout table nested three deep would otherwise give the
    article once per level.
    """
    for inner in table.iter("table", "tr", *_CELL_TAGS):
        if inner is table:
            continue
        if inner.tag == "table":
            return True
        if inner.tag in _CELL_TAGS and (
            next(itertools.islice(inner.iter("tr", *_CELL_TAGS), 1, None), None) is not None or _holds_blocks(inner)
        ):
            return True
    return _one_column(table)


def _one_column(table: etree._Element) -> bool:
    """Does every row of ``table`` hold at most one cell with text, one of them PARAGRAPH_CHARS
    long or more: a column of the page's blocks (an old layout's story, a paragraph or the
    headline per row, spacer-image cells beside them), not rows of data?"""
    prose = False
    for row in table.iter("tr"):
        filled = 0
        for cell in row:
            if cell.tag in _CELL_TAGS:
                n = len(inner_text(cell).strip())
                filled += n > 0
                prose = prose or n >= PARAGRAPH_CHARS
        if filled > 1:
            return False
    return prose


#: A cell holding this many paragraphs of PARAGRAPH_CHARS or more holds a page's column, not a
#: datum.
CELL_PARAGRAPHS = 2
PARAGRAPH_CHARS = 80


def _holds_blocks(cell: etree._Element) -> bool:
    """Does the cell hold CELL_PARAGRAPHS ``<p>`` of PARAGRAPH_CHARS characters or more: a column
    of the page (an article, a sidebar) rather than a value? Rendered as one row, its
    paragraphs would run together into one line. (A word processor's table puts a short
    ``<p>`` in every cell: those stay data.)"""
    found = 0
    for p in cell.iter("p"):
        if len(inner_text(p).strip()) >= PARAGRAPH_CHARS:
            found += 1
            if found >= CELL_PARAGRAPHS:
                return True
    return False


def _table(el: etree._Element, b: _Builder) -> None:
    """A data table (see :func:`_is_layout`): a ``row`` block per row, from its cells' text."""
    for row in el.iter("tr"):
        cells = []
        header = False
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            header = header or cell.tag == "th"
            cells.append(_cell_text(cell))
        if not any(cells):
            continue
        text = " | ".join(c for c in cells)
        md = "| " + " | ".join(_md_escape(c).replace("|", "\\|") for c in cells) + " |"
        tag = "th" if header else "td"
        markup = "".join(f"<{tag}>{_html.escape(c, quote=False)}</{tag}>" for c in cells)
        b.blocks.append(Block("row", text, md, markup, header=header, cells=tuple(cells)))
    b.blocks.append(Block("endtable", "", "", ""))


#: The elements whose start and end part the words of a data cell's text (:func:`_cell_text`).
_CELL_BREAKS = frozenset({"br", *_BLOCK_TAGS})


def _cell_text(cell: etree._Element) -> str:
    """A data cell's text, whitespace collapsed and the characters that print nothing dropped
    (:func:`~decruft._render._block.drop_invisible`), with a space where a ``<br>`` or a block
    element (a ``<div>``, a ``<p>``) parts its lines: "Name<br>Role" is "Name Role", not "NameRole"."""
    # A loop over the cell's few descendants: ``cell.iter(*_CELL_BREAKS)`` would cost more,
    # lxml building its matcher of 40-odd tag names at each call (some 7 us against 0.3).
    for el in cell.iterdescendants():
        if el.tag in _CELL_BREAKS:
            break
    else:
        return collapsed(drop_invisible(inner_text(cell)))
    parts = [cell.text or ""]
    for event, el in etree.iterwalk(cell, events=("start", "end")):
        if el is cell:
            continue
        tag = el.tag
        if event == "start":
            if tag == "br" or tag in _BLOCK_TAGS:
                parts.append(" ")
            if isinstance(tag, str) and el.text:
                parts.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append(" ")
            if el.tail:
                parts.append(el.tail)
    return collapsed(drop_invisible("".join(parts)))
