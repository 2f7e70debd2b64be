"""Output: removals by line range, and the kept lines as paragraphs and list items."""

from __future__ import annotations

import html as _html
import re

from .. import _render
from .._article import Removal
from .._state import shorten
from ._lines import BULLET, Line, span, wrapped


def _rule_of(ln: Line, body: set[int], title_line: Line | None) -> str | None:
    """The rule a line is removed by, or None when it is kept (or is the headline)."""
    if ln is title_line:
        return None
    if ln.rule is not None:
        return ln.rule
    if ln.index not in body:
        return "boilerplate"
    return None


def removals(lines: list[Line], body: set[int], title_line: Line | None) -> list[Removal]:
    """Consecutive removed lines of one rule form one removal, ``where`` = 1-based line range."""
    out: list[Removal] = []
    run: list[Line] = []
    run_rule = ""

    def flush() -> None:
        if run:
            out.append(Removal(run_rule, shorten(" / ".join(ln.text for ln in run)), span(run)))

    for ln in lines:
        rule = _rule_of(ln, body, title_line)
        if rule != run_rule or (run and ln.index - run[-1].index > 3):
            flush()
            run, run_rule = [], rule or ""
        if rule is not None:
            run.append(ln)
    flush()
    return out


def _item(ln: Line) -> _render.Block:
    """One line of a block that is no wrapped paragraph: a list item, or a paragraph."""
    item = BULLET.match(ln.text)
    body = ln.text[item.end() :] if item else ln.text
    kind = "li" if item else "p"
    # The plain text keeps the marker: in a scrape it is the page's own text ("1. Preheat...").
    block = _render.Block(kind, ln.text, _md(body), _html.escape(body, quote=False))
    if item and item.group(0).strip()[:1].isdigit():
        block.ordered, block.index = True, int(re.sub(r"\D", "", item.group(0)) or 1)
    return block


def blocks_of(kept: list[Line]) -> list[_render.Block]:
    """Group kept lines into paragraphs; wrapped lines are joined, list items stay apart."""
    blocks: list[_render.Block] = []
    current: list[Line] = []

    def flush() -> None:
        if not current:
            return
        if wrapped(current):
            text = " ".join(ln.text for ln in current)
            blocks.append(_render.Block("p", text, _md(text), _html.escape(text, quote=False)))
        else:
            blocks.extend(_item(ln) for ln in current)
        current.clear()

    for ln in kept:
        if current and ln.block != current[-1].block:
            flush()
        current.append(ln)
    flush()
    return blocks


def page_blocks(lines: list[Line], kept: set[int]) -> list[tuple[str, bool]]:
    """Every paragraph of the page as :func:`blocks_of` reads them, and whether it is in the body."""
    out: list[tuple[str, bool]] = []
    group: list[Line] = []
    for ln in [*lines, None]:
        if group and (ln is None or ln.block != group[-1].block):
            in_body = any(g.index in kept for g in group)
            out.extend((b.text, in_body) for b in blocks_of(group))
            group = []
        if ln is not None:
            group.append(ln)
    return out


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]])", r"\\\1", text)
