"""The element a text node of the tree (an lxml "smart string": ``el.xpath("//text()")``,
``itertext``) belongs to."""

from __future__ import annotations

from lxml import etree


def text_owner(node: etree._ElementUnicodeResult) -> etree._Element | None:
    """The element whose text ``node`` is: its parent, or the parent's parent for a tail."""
    el = node.getparent()
    if el is not None and node.is_tail:
        el = el.getparent()
    return el
