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
