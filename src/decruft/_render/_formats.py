"""The output formats, each a plain function of the blocks: text, Markdown, HTML."""

from __future__ import annotations

import html as _html

from ._block import Block


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
    groups: list[list[str]] = []  # runs of lines: a table's rows, a list's items, or one block
    prev_kind = ""
    for block in blocks:
        kind = block.kind
        if kind == "row":
            if prev_kind == "row":
                groups[-1].append(block.md)
            else:
                groups.append([block.md, "|" + " --- |" * len(block.cells)])
        elif kind == "li":
            if prev_kind == "li":
                groups[-1].append(_md_item(block))
            else:
                groups.append([_md_item(block)])
        elif kind != "endtable":
            groups.append([_md_block(block)])
        prev_kind = kind
    return "\n\n".join("\n".join(group) for group in groups)


def _md_item(item: Block) -> str:
    """A list item's line: indented by its depth, with its number or a dash."""
    marker = f"{item.index}." if item.ordered else "-"
    return "  " * item.depth + f"{marker} " + item.md.replace("\n", " ")


def _md_block(block: Block) -> str:
    """A heading, quote, code block, caption or paragraph."""
    kind = block.kind
    if _is_heading(kind):
        return "#" * int(kind[1]) + " " + block.md.replace("\n", " ")
    if kind == "quote":
        return "\n".join("> " + line for line in block.md.split("\n"))
    if kind == "pre":
        return "```\n" + block.md + "\n```"
    if kind == "caption":
        return "*" + block.md + "*"
    return block.md


#: The HTML around a block's own by kind (headings, list items and table rows apart).
_HTML_WRAP = {
    "quote": ("<blockquote><p>", "</p></blockquote>"),
    "pre": ("<pre>", "</pre>"),
    "caption": ("<figcaption>", "</figcaption>"),
}
_PARAGRAPH_WRAP = ("<p>", "</p>")


def to_html(blocks: list[Block], title: str | None = None) -> str:
    """Clean article HTML: ``<article>`` with headings, paragraphs, lists, quotes, tables."""
    out = ["<article>"]
    if title:
        out.append(f"<h1>{_html.escape(title, quote=False)}</h1>")
    lists: list[str] = []  # the open lists' tags, outermost first
    in_table = False
    for block in blocks:
        kind = block.kind
        if kind != "li":
            _close_lists(out, lists, 0)
        if in_table and kind != "row":
            out.append("</table>")
            in_table = False
        if kind == "row":
            if not in_table:
                out.append("<table>")
                in_table = True
            out.append(f"<tr>{block.html}</tr>")
        elif kind == "li":
            _list_item_html(out, lists, block)
        elif kind != "endtable":
            out.append(_block_html(block))
    _close_lists(out, lists, 0)
    if in_table:
        out.append("</table>")
    out.append("</article>")
    return "\n".join(out)


def _close_lists(out: list[str], lists: list[str], depth: int) -> None:
    """Close the open lists nested deeper than ``depth``."""
    while len(lists) > depth:
        out.append(f"</{lists.pop()}>")


def _list_item_html(out: list[str], lists: list[str], item: Block) -> None:
    """A list item, with the lists closed or opened to bring it to its depth."""
    _close_lists(out, lists, item.depth + 1)
    tag = "ol" if item.ordered else "ul"
    while len(lists) < item.depth + 1:
        lists.append(tag)
        out.append(f"<{tag}>")
    out.append(f"<li>{item.html}</li>")


def _block_html(block: Block) -> str:
    """A heading, quote, code block, caption or paragraph."""
    if _is_heading(block.kind):
        return f"<{block.kind}>{block.html}</{block.kind}>"
    opening, closing = _HTML_WRAP.get(block.kind, _PARAGRAPH_WRAP)
    return f"{opening}{block.html}{closing}"


def _is_heading(kind: str) -> bool:
    """``h1`` to ``h6``."""
    return kind.startswith("h") and kind[1:].isdigit()
