"""A removed block's leading text (a :class:`~decruft.Removal`'s ``text``), read as far as needed."""

from __future__ import annotations

from lxml import etree


def leading_text(el: etree._Element, limit: int) -> str:
    """The texts ``el.itertext()`` yields, each stripped, the empty ones left out, joined by a space
    and read only as far as ``limit`` characters (a removed rail can hold thousands). A childless
    element (a third of removals) is its own text."""
    return _walked(el, limit) if len(el) else (el.text or "").strip()


def _walked(el: etree._Element, limit: int) -> str:
    """:func:`leading_text` of an element with children. The texts come in itertext's order (an
    element's text, its children's, then its tail; a comment's or processing instruction's tail
    only; not ``el``'s own tail) from a walk of ``el.iter()``, which costs about two thirds of
    itertext's walk with ``iterwalk``'s start and end events. An element's tail comes once the walk
    has left it: when the next node's parent is not that element. ``el`` is every later node's
    ancestor, so the climb never passes it."""
    parts: list[str] = []
    size = 0
    stack = [el.getparent()]
    for node in el.iter():
        parent = node.getparent()
        while stack[-1] is not parent:
            part = stack.pop().tail
            if part and (part := part.strip()):
                parts.append(part)
                size += len(part) + 1
                if size > limit:
                    return " ".join(parts)
        stack.append(node)
        if node.tag.__class__ is str:  # a comment's text is not the page's: its tail only
            part = node.text
            if part and (part := part.strip()):
                parts.append(part)
                size += len(part) + 1
                if size > limit:
                    return " ".join(parts)
    while len(stack) > 2:  # the walk leaves the last nodes open
        part = stack.pop().tail
        if part and (part := part.strip()):
            parts.append(part)
            size += len(part) + 1
            if size > limit:
                break
    return " ".join(parts)
