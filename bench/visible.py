"""The text a browser would show for a page, to bound what an extractor may output.

For HTML: the ``<body>``'s text without ``script``, ``style``,
``template``, ``head`` (and ``title``), form controls' hidden values, and
elements hidden by the ``hidden`` attribute, ``aria-hidden="true"``, or an
inline ``display:none`` / ``visibility:hidden`` style. For a text scrape the
visible text is the page text itself. ``<noscript>`` counts as visible: some
blogs print the article only there, for readers without scripts.

Used by ``python -m bench`` to count the pages where decruft's output text is
longer than :data:`FACTOR` times the page's visible text (text rendered twice).
That bound is the text shown once the page's scripts ran (``scripted=True``):
elements hidden at load count too (gallery sections, slides and tabs that a
script shows one by one), and so does the text in the page's JSON-LD (pages
rendered by a script from it, read by trafilatura's fallback). Text that only
a script could show is not repetition; repetition exceeds that bound as well.
"""

from __future__ import annotations

import json
import re

from lxml import etree, html

#: Output longer than this many times the visible text counts as over-long.
FACTOR = 1.5
_DROP = ("script", "style", "template", "head", "title", "iframe", "object", "svg", "select", "textarea")
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


_TAG = re.compile(r"<[^>]*>")


def _json_strings(value: object, out: list[str]) -> None:
    if isinstance(value, str):
        if " " in value.strip():  # prose, not an id, url or type name
            out.append(_TAG.sub(" ", value))
    elif isinstance(value, dict):
        for item in value.values():
            _json_strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _json_strings(item, out)


def json_ld_text(root: etree._Element) -> str:
    """The prose strings (tags dropped) of the page's ``application/ld+json`` scripts."""
    out: list[str] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            _json_strings(json.loads(script.text), out)
        except ValueError:
            continue
    return " ".join(" ".join(out).split())


def visible_text(raw: bytes | str, scripted: bool = False) -> str:
    """The text of an HTML page that a browser shows, whitespace collapsed.

    ``scripted``: as shown once scripts ran: elements hidden at load count,
    and the JSON-LD's prose is added (see the module docstring).
    """
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
        if el.tag in _DROP or (not scripted and _hidden(el)):
            walker.skip_subtree()  # its "end" still comes, with the tail
            continue
        if el.text:
            parts.append(el.text)
    text = " ".join(" ".join(parts).split())
    if scripted:
        text = " ".join(part for part in (text, json_ld_text(root)) if part)
    return text


#: Elements that start a line of a text scrape (:func:`scrape`).
_LINE_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
))  # fmt: skip


def scrape(raw: bytes | str) -> str:
    """The page as a scraper that kept no HTML saves it: its visible text (as
    :func:`visible_text` reads it, the ``<title>`` on the first line), a line per block
    element, whitespace collapsed in each line, a blank line between lines (as in the
    ``*-text`` dev sets made from their pages)."""
    root = _parse(raw)
    if root is None:
        return ""
    title = root.findtext(".//title") or ""
    parts: list[str] = [title, "\n"]
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if el is root:
            continue
        if event in ("end", "comment", "pi"):
            if event == "end" and el.tag in _LINE_TAGS:
                parts.append("\n")
            if el.tail:
                parts.append(el.tail)
            continue
        if el.tag in _DROP or _hidden(el):
            walker.skip_subtree()
            continue
        if el.tag in _LINE_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line) + "\n"


def page_visible_text(raw: bytes, text_mode: bool, scripted: bool = False) -> str:
    """The page's visible text: the scrape itself for a text dataset, else :func:`visible_text`."""
    if text_mode:
        return " ".join(raw.decode("utf-8", errors="replace").split())
    return visible_text(raw, scripted)


def overlong(output: str, visible: str, factor: float = FACTOR) -> bool:
    """Output text (whitespace collapsed) longer than ``factor`` times the visible text."""
    return len(" ".join(output.split())) > factor * len(visible)
