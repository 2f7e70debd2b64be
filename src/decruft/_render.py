"""Stage 6 — render: the article's blocks as text, Markdown and clean HTML.

The chosen elements are walked once into a list of :class:`Block` (heading,
paragraph, list item, quote, code, table row, caption); each output format is
a plain function of that list. Identical blocks are kept once, so a caption
or pull quote repeating the body does not appear twice.
"""

from __future__ import annotations

import dataclasses
import html as _html
import itertools
import re
from collections.abc import Callable, Iterable

from lxml import etree

from ._parse import inner_text

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul caption legend".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg"})
_SPACE_CHARS = " \t\r\f\v\u00a0\u2009\u202f"
#: Runs of spaces that :func:`_tidy` must rewrite to one " ": two or more characters, or one that is not " ".
#: (Matching every lone " " too would give the same result, several times slower.)
_SPACE_RUNS = re.compile(f"[{_SPACE_CHARS[1:]}][{_SPACE_CHARS}]*| [{_SPACE_CHARS}]+")
#: Substrings of which one is in every match of _SPACE_RUNS; looking for them is quicker than searching.
_SPACE_RUN_HINTS = ("  ", *_SPACE_CHARS[1:])
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<]")
#: ``<`` too: page text such as ``&lt;img onerror=...&gt;`` must stay text, not become raw HTML.
_MD_SPECIAL_CHARS = ("\\", "`", "*", "_", "[", "]", "<")
#: Link schemes that run code or smuggle a document in: such links keep their text, not their target.
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
#: Ignored when reading a link's scheme: browsers drop C0 controls and spaces around a URL and
#: tabs and newlines anywhere in it ("java\tscript:" is javascript:); every blank goes, to be safe.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
#: Deeper trees are flattened past this depth instead of recursing further.
MAX_DEPTH = 400


@dataclasses.dataclass(slots=True)
class Block:
    """One block of the article: its kind, plain text and inline Markdown/HTML."""

    kind: str  # "h1".."h6", "p", "li", "quote", "pre", "row", "caption"
    text: str
    md: str
    html: str
    depth: int = 0  # list nesting
    ordered: bool = False
    index: int = 0  # position in an ordered list
    header: bool = False  # table header row
    cells: tuple[str, ...] = ()


class _Builder:
    """Accumulates inline text and emits blocks at block boundaries.

    The current block is kept as plain-text pieces; its Markdown and HTML are
    made at :meth:`flush` by escaping the joined text once. Only pieces with
    their own markup (links, emphasis; see :meth:`add_marked`) are remembered
    separately, with their position among the pieces.
    """

    def __init__(self, check: Callable[[], None] | None = None) -> None:
        self.check = check
        self.visited = 0
        self.blocks: list[Block] = []
        self._text: list[str] = []
        self._marks: list[tuple[int, str, str]] = []  # (index in _text, md, html)
        self.kind = "p"
        self.list_stack: list[list[int]] = []  # [ordered(0/1), counter]
        self.quote = 0
        self.pre = 0

    def add(self, text: str | None) -> None:
        """Add plain text; outside ``<pre>`` its newlines are spaces."""
        if text:
            self._text.append(text if self.pre else text.replace("\n", " "))

    def add_marked(self, text: str, md: str, markup: str) -> None:
        """Add text that has its own Markdown and HTML (a link, bold, ...)."""
        if text:
            self._marks.append((len(self._text), md, markup))
            self.add(text)

    def newline(self) -> None:
        """A ``<br>``: a line break in the text and Markdown, ``<br>`` in the HTML.

        (A Markdown hard break's two trailing spaces would be stripped by
        :func:`_tidy`, so the Markdown has a plain newline.)
        """
        self._text.append("\n")

    def flush(self) -> None:
        """Turn the accumulated pieces into a block (if they hold any text)."""
        pieces = self._text
        if not pieces:
            return
        marks = self._marks
        self._text, self._marks = [], []
        raw = "".join(pieces)
        if raw.isspace():  # e.g. the indentation between two blocks
            return
        if self.pre:
            text = raw.strip("\n")
            md = text
            markup = _html.escape(text, quote=False)
        else:
            text = _tidy(raw)
            if marks:
                md, markup = _marked(pieces, marks)
                md, markup = _tidy(md), _tidy(markup)
            else:
                # Escaping leaves the spacing alone, so it can follow _tidy; in HTML,
                # though, line breaks are <br> and the lines are not stripped.
                md = _md_escape(text)
                markup = _html.escape(text, quote=False) if "\n" not in raw else _tidy(_html_escape(raw))
        kind = self.kind
        if self.pre:
            kind = "pre"
        elif self.quote and kind == "p":
            kind = "quote"
        block = Block(kind=kind, text=text, md=md, html=markup)
        if kind == "li" and self.list_stack:
            ordered, counter = self.list_stack[-1]
            block.depth = len(self.list_stack) - 1
            block.ordered = bool(ordered)
            block.index = counter
        self.blocks.append(block)


def _md_escape(text: str) -> str:
    """Backslash-escape Markdown's special characters (and ``<``, which would start raw HTML)."""
    if any(map(text.__contains__, _MD_SPECIAL_CHARS)):
        return _MD_SPECIAL.sub(r"\\\g<0>", text)
    return text


md_escape = _md_escape


def safe_href(href: str) -> bool:
    """Whether a link target may be kept: not empty, not an in-page ``#`` anchor, and no
    ``javascript:``, ``vbscript:`` or ``data:`` URL in any case or with blanks inside."""
    target = _URL_IGNORED.sub("", href).lower()
    return bool(target) and not target.startswith(("#", *_UNSAFE_SCHEMES))


def _html_escape(text: str) -> str:
    """Escape plain text (outside ``<pre>``) for HTML; its newlines are ``<br>`` breaks."""
    return _html.escape(text, quote=False).replace("\n", "<br>")


def _marked(pieces: list[str], marks: list[tuple[int, str, str]]) -> tuple[str, str]:
    """Markdown and HTML of pieces some of which carry their own markup."""
    md: list[str] = []
    markup: list[str] = []
    start = 0
    for index, piece_md, piece_html in marks:
        if index > start:
            run = "".join(pieces[start:index])
            md.append(_md_escape(run))
            markup.append(_html_escape(run))
        md.append(piece_md)
        markup.append(piece_html)
        start = index + 1
    if start < len(pieces):
        run = "".join(pieces[start:])
        md.append(_md_escape(run))
        markup.append(_html_escape(run))
    return "".join(md), "".join(markup)


def _tidy(text: str) -> str:
    """Collapse runs of spaces, strip each line and drop the empty ones."""
    if any(map(text.__contains__, _SPACE_RUN_HINTS)):
        text = _SPACE_RUNS.sub(" ", text)
    if "\n" not in text:
        return text.strip()
    return "\n".join(line for line in map(str.strip, text.split("\n")) if line)


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
    keys = [" ".join(block.text.lower().split()) for block in blocks]
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
    if not isinstance(tag, str) or tag in _SKIP_TAGS:
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
    elif tag in _BLOCK_TAGS:
        _block(el, tag, b, depth)
    else:
        _inline(el, tag, b, depth)
    b.add(el.tail)


_LIST_TAGS = ("ul", "ol", "menu", "dir")
#: Class names of a picture's caption set in a ``<p>`` or ``<div>`` ("wp-caption-text").
_CAPTION_CLASS = re.compile(
    r"(?:^|\s)(?:[\w-]*[-_])?(?:caption|figcaption|caption[-_]?text|bildunterschrift|image-?description|photo-?credit)(?:$|\s)",
    re.IGNORECASE,
)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _block(el: etree._Element, tag: str, b: _Builder, depth: int) -> None:
    """A block element: its content is one block, or its child elements' blocks."""
    b.flush()
    saved_kind = b.kind
    if tag in _LIST_TAGS:
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
        return
    b.add(el.text)
    for child in el:
        _walk(child, b, depth + 1)
    b.flush()
    if tag in _LIST_TAGS:
        b.list_stack.pop()
    elif tag == "blockquote":
        b.quote -= 1
    elif tag == "pre":
        b.pre -= 1
    b.kind = saved_kind


_INLINE_MD = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}
_INLINE_HTML = {"strong", "b", "em", "i", "code", "sub", "sup", "mark", "s", "u"}


def _inline(el: etree._Element, tag: str, b: _Builder, depth: int) -> None:
    """An inline element; a link or emphasis with only text inside keeps its markup."""
    raw = el.text
    text = " ".join(raw.split()) if raw and (tag == "a" or tag in _INLINE_MD) and not len(el) else ""
    if text and tag == "a":
        href = el.get("href") or ""
        if safe_href(href):
            label = _md_escape(text)
            target = href.replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
            md = f"[{label}]({target})"
            markup = f'<a href="{_html.escape(href)}">{_html.escape(text, quote=False)}</a>'
            b.add_marked(text, md, markup)
            return
    elif text:  # bold, italics, code
        mark = _INLINE_MD[tag]
        lead = " " if raw[:1].isspace() else ""
        trail = " " if raw[-1:].isspace() else ""
        tag_html = tag if tag in _INLINE_HTML else "span"
        escaped = _html.escape(text, quote=False)
        b.add_marked(raw, f"{lead}{mark}{text}{mark}{trail}", f"{lead}<{tag_html}>{escaped}</{tag_html}>{trail}")
        return
    b.add(raw)
    for child in el:
        _walk(child, b, depth + 1)


_CELL_TAGS = ("td", "th")


def _is_layout(table: etree._Element) -> bool:
    """A table holding a table, or a cell holding a row or cell: page layout, not data.

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
        if inner.tag in _CELL_TAGS and next(itertools.islice(inner.iter("tr", *_CELL_TAGS), 1, None), None) is not None:
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
            cells.append(" ".join(inner_text(cell).split()))
        if not any(cells):
            continue
        text = " | ".join(c for c in cells)
        md = "| " + " | ".join(_md_escape(c).replace("|", "\\|") for c in cells) + " |"
        tag = "th" if header else "td"
        markup = "".join(f"<{tag}>{_html.escape(c, quote=False)}</{tag}>" for c in cells)
        b.blocks.append(Block("row", text, md, markup, header=header, cells=tuple(cells)))
    b.blocks.append(Block("endtable", "", "", ""))


def to_text(blocks: list[Block]) -> str:
    """Plain text: one paragraph per block, separated by blank lines. Figure captions are left
    out: they describe a picture, not the story (Markdown and HTML keep them, with the figure's
    place in the article). On a photo gallery, where the captions hold more text than the
    rest of the body, the captions are the story, and stay."""
    captions = sum(len(b.text) for b in blocks if b.kind == "caption")
    skip = _NOT_TEXT
    if captions and captions > sum(len(b.text) for b in blocks if b.kind not in _NOT_TEXT):
        skip = _NOT_TEXT - {"caption"}
    return "\n\n".join(b.text for b in blocks if b.kind not in skip)


_NOT_TEXT = frozenset({"endtable", "caption"})


def to_markdown(blocks: list[Block]) -> str:
    """Markdown with headings, lists, quotes, code blocks and pipe tables."""
    groups: list[list[str]] = []
    prev_kind = ""
    for block in blocks:
        kind = block.kind
        if kind == "endtable":
            prev_kind = kind
            continue
        if kind == "row":
            if prev_kind == "row":
                groups[-1].append(block.md)
            else:
                groups.append([block.md, "|" + " --- |" * len(block.cells)])
        elif kind == "li":
            marker = f"{block.index}." if block.ordered else "-"
            line = "  " * block.depth + f"{marker} " + block.md.replace("\n", " ")
            if prev_kind == "li":
                groups[-1].append(line)
            else:
                groups.append([line])
        elif kind.startswith("h") and kind[1:].isdigit():
            groups.append(["#" * int(kind[1]) + " " + block.md.replace("\n", " ")])
        elif kind == "quote":
            groups.append(["\n".join("> " + line for line in block.md.split("\n"))])
        elif kind == "pre":
            groups.append(["```\n" + block.md + "\n```"])
        elif kind == "caption":
            groups.append(["*" + block.md + "*"])
        else:
            groups.append([block.md])
        prev_kind = kind
    return "\n\n".join("\n".join(group) for group in groups)


def to_html(blocks: list[Block], title: str | None = None) -> str:
    """Clean article HTML: ``<article>`` with headings, paragraphs, lists, quotes, tables."""
    out = ["<article>"]
    if title:
        out.append(f"<h1>{_html.escape(title, quote=False)}</h1>")
    list_stack: list[str] = []
    in_table = False
    for block in blocks:
        if block.kind != "li":
            while list_stack:
                out.append(f"</{list_stack.pop()}>")
        if block.kind not in ("row",) and in_table:
            out.append("</table>")
            in_table = False
        if block.kind == "endtable":
            continue
        if block.kind == "row":
            if not in_table:
                out.append("<table>")
                in_table = True
            out.append(f"<tr>{block.html}</tr>")
            continue
        if block.kind == "li":
            tag = "ol" if block.ordered else "ul"
            while len(list_stack) > block.depth + 1:
                out.append(f"</{list_stack.pop()}>")
            while len(list_stack) < block.depth + 1:
                list_stack.append(tag)
                out.append(f"<{tag}>")
            out.append(f"<li>{block.html}</li>")
        elif block.kind.startswith("h") and block.kind[1:].isdigit():
            out.append(f"<{block.kind}>{block.html}</{block.kind}>")
        elif block.kind == "quote":
            out.append(f"<blockquote><p>{block.html}</p></blockquote>")
        elif block.kind == "pre":
            out.append(f"<pre>{block.html}</pre>")
        elif block.kind == "caption":
            out.append(f"<figcaption>{block.html}</figcaption>")
        else:
            out.append(f"<p>{block.html}</p>")
    while list_stack:
        out.append(f"</{list_stack.pop()}>")
    if in_table:
        out.append("</table>")
    out.append("</article>")
    return "\n".join(out)
