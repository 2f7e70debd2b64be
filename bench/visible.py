"""The text a browser would show for a page, to bound what an extractor may output.

For HTML: the ``<body>``'s text without ``script``, ``style``, ``noscript``,
``template``, ``head`` (and ``title``), form controls' hidden values, and
elements hidden by the ``hidden`` attribute, ``aria-hidden="true"``, or an
inline ``display:none`` / ``visibility:hidden`` style. For a text scrape the
visible text is the page text itself.

Used by ``python -m bench`` to count the pages where decruft's output text is
longer than :data:`FACTOR` times the page's visible text (text rendered twice).
"""

from __future__ import annotations

import re

from lxml import etree, html

#: Output longer than this many times the visible text counts as over-long.
FACTOR = 1.5
_DROP = ("script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "select", "textarea")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if el.tag == "input" and (el.get("type") or "").lower() == "hidden":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _parse(raw: bytes | str) -> etree._Element | None:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass  # lxml reads the page's own charset declaration from the bytes
    try:
        return html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        if isinstance(raw, str):  # an XML declaration with an encoding in a str
            try:
                return html.document_fromstring(raw.encode("utf-8"))
            except (etree.ParserError, ValueError):
                return None
        return None


def visible_text(raw: bytes | str) -> str:
    """The text of an HTML page that a browser shows, whitespace collapsed."""
    root = _parse(raw)
    if root is None:
        return ""
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if el is root:
            continue
        if event in ("end", "comment", "pi"):  # comments and PIs: no "end", only their tail counts
            if el.tail:
                parts.append(el.tail)
            continue
        if el.tag in _DROP or _hidden(el):
            walker.skip_subtree()  # its "end" still comes, with the tail
            continue
        if el.text:
            parts.append(el.text)
    return " ".join(" ".join(parts).split())


def page_visible_text(raw: bytes, text_mode: bool) -> str:
    """The page's visible text: the scrape itself for a text dataset, else :func:`visible_text`."""
    if text_mode:
        return " ".join(raw.decode("utf-8", errors="replace").split())
    return visible_text(raw)


def overlong(output: str, visible: str, factor: float = FACTOR) -> bool:
    """Output text (whitespace collapsed) longer than ``factor`` times the visible text."""
    return len(" ".join(output.split())) > factor * len(visible)
