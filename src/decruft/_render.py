"""Stage 6 — render: the article's blocks as text, Markdown and clean HTML.

The chosen elements are walked once into a list of :class:`Block` (heading,
paragraph, list item, quote, code, table row, caption); each output format is
a plain function of that list. Identical blocks are kept once, so a caption
or pull quote repeating the body does not appear twice.
"""

from __future__ import annotations

import dataclasses
import html as _html
import re
from collections.abc import Callable, Iterable

from lxml import etree

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul caption legend".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")
_MD_ESCAPE = re.compile(r"([\\`*_\[\]])")
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
    """Accumulates inline text and emits blocks at block boundaries."""

    def __init__(self, check: Callable[[], None] | None = None) -> None:
        self.check = check
        self.visited = 0
        self.blocks: list[Block] = []
        self._text: list[str] = []
        self._md: list[str] = []
        self._html: list[str] = []
        self.kind = "p"
        self.list_stack: list[list[int]] = []  # [ordered(0/1), counter]
        self.quote = 0
        self.pre = 0

    def add(self, text: str | None, md: str | None = None, markup: str | None = None) -> None:
        if not text:
            return
        if not self.pre:
            text = text.replace("\n", " ")
        self._text.append(text)
        self._md.append(md if md is not None else (text if self.pre else _MD_ESCAPE.sub(r"\\\1", text)))
        self._html.append(markup if markup is not None else _html.escape(text, quote=False))

    def newline(self) -> None:
        self._text.append("\n")
        self._md.append("  \n")
        self._html.append("<br>")

    def flush(self) -> None:
        if not self._text:
            return
        raw = "".join(self._text)
        if self.pre:
            text = raw.strip("\n")
            md = text
            markup = _html.escape(text, quote=False)
        else:
            text = _tidy(raw)
            md = _tidy("".join(self._md))
            markup = _tidy("".join(self._html))
        self._text, self._md, self._html = [], [], []
        if not text.strip():
            return
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


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def blocks_of(elements: Iterable[etree._Element], check: Callable[[], None] | None = None) -> list[Block]:
    """Walk the chosen elements into blocks, in order, duplicates dropped.

    ``check`` is called every few thousand elements (the time budget).
    """
    builder = _Builder(check)
    for el in elements:
        _walk(el, builder, 0)
        builder.flush()
    return _dedupe(builder.blocks)


_REPEATABLE = frozenset({"p", "li", "row", "pre"})


def _dedupe(blocks: list[Block]) -> list[Block]:
    """Drop captions and quotes that repeat another block (pull quotes, doubled captions)."""
    seen: dict[str, str] = {}
    out = []
    for block in blocks:
        key = " ".join(block.text.lower().split())
        earlier = seen.get(key)
        if len(key) > 20 and earlier is not None and not (block.kind in _REPEATABLE and earlier in _REPEATABLE):
            continue
        seen.setdefault(key, block.kind)
        out.append(block)
    return out


def _walk(el: etree._Element, b: _Builder, depth: int) -> None:
    b.visited += 1
    if b.check is not None and not b.visited & 4095:
        b.check()
    tag = el.tag
    if not isinstance(tag, str) or tag in _SKIP_TAGS:
        b.add(el.tail)
        return
    if depth > MAX_DEPTH:
        b.add(" ".join("".join(el.itertext()).split()))
        b.add(el.tail)
        return
    if tag == "br":
        b.newline()
        b.add(el.tail)
        return
    if tag == "img":
        b.add(el.tail)
        return
    if tag == "table":
        b.flush()
        _table(el, b)
        b.add(el.tail)
        return
    if tag in _BLOCK_TAGS:
        _block(el, b, depth)
    else:
        _inline(el, b, depth)
    b.add(el.tail)


def _block(el: etree._Element, b: _Builder, depth: int) -> None:
    tag = el.tag
    b.flush()
    saved_kind = b.kind
    if tag in ("ul", "ol", "menu", "dir"):
        b.list_stack.append([1 if tag == "ol" else 0, 0])
    elif tag == "li":
        if b.list_stack:
            b.list_stack[-1][1] += 1
        b.kind = "li"
    elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        b.kind = tag
    elif tag == "blockquote":
        b.quote += 1
    elif tag == "pre":
        b.pre += 1
    elif tag in ("figcaption", "caption"):
        b.kind = "caption"
    elif tag == "hr":
        return
    b.add(el.text)
    for child in el:
        _walk(child, b, depth + 1)
    b.flush()
    if tag in ("ul", "ol", "menu", "dir"):
        b.list_stack.pop()
    elif tag == "blockquote":
        b.quote -= 1
    elif tag == "pre":
        b.pre -= 1
    b.kind = saved_kind


_INLINE_MD = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}
_INLINE_HTML = {"strong", "b", "em", "i", "code", "sub", "sup", "mark", "s", "u"}


def _inline(el: etree._Element, b: _Builder, depth: int) -> None:
    tag = el.tag
    text = " ".join("".join(el.itertext()).split()) if tag in _INLINE_MD or tag == "a" else ""
    simple = next(iter(el), None) is None
    if tag == "a" and simple and text:
        href = el.get("href") or ""
        if href and not href.startswith(("javascript:", "#")):
            label = _MD_ESCAPE.sub(r"\\\1", text)
            target = href.replace(")", "%29").replace(" ", "%20")
            md = f"[{label}]({target})"
            markup = f'<a href="{_html.escape(href)}">{_html.escape(text, quote=False)}</a>'
            b.add(" ".join(el.text.split()) if el.text else text, md, markup)
            return
    if tag in _INLINE_MD and simple and text:
        mark = _INLINE_MD[tag]
        raw = el.text or ""
        lead = " " if raw[:1].isspace() else ""
        trail = " " if raw[-1:].isspace() else ""
        tag_html = tag if tag in _INLINE_HTML else "span"
        b.add(raw, f"{lead}{mark}{text}{mark}{trail}", f"{lead}<{tag_html}>{_html.escape(text, quote=False)}</{tag_html}>{trail}")
        return
    b.add(el.text)
    for child in el:
        _walk(child, b, depth + 1)


def _table(el: etree._Element, b: _Builder) -> None:
    for row in el.iter("tr"):
        cells = []
        header = False
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            header = header or cell.tag == "th"
            cells.append(" ".join("".join(cell.itertext()).split()))
        if not any(cells):
            continue
        text = " | ".join(c for c in cells)
        md = "| " + " | ".join(_MD_ESCAPE.sub(r"\\\1", c).replace("|", "\\|") for c in cells) + " |"
        tag = "th" if header else "td"
        markup = "".join(f"<{tag}>{_html.escape(c, quote=False)}</{tag}>" for c in cells)
        b.blocks.append(Block("row", text, md, markup, header=header, cells=tuple(cells)))
    b.blocks.append(Block("endtable", "", "", ""))


def to_text(blocks: list[Block]) -> str:
    """Plain text: one paragraph per block, separated by blank lines."""
    return "\n\n".join(b.text for b in blocks if b.kind != "endtable")


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
