"""``--explain-html``: the original page with every removed block outlined and labelled.

Removed blocks get a red outline and a label naming the rule (site rules in
purple); the kept article gets a green outline. Scripts are dropped and links
neutralised so the page renders offline. ``Removal.where`` paths are paths in
the page as parsed (removals leave placeholders), so parsing the same text
again finds every removed element.
"""

from __future__ import annotations

import html as _html

from lxml import etree

from ._decode import looks_like_html
from ._errors import InputError
from ._extractor import Extractor, Source
from ._parse import parse

STYLE = """
[data-decruft-rule] { outline: 3px solid #d62828 !important; outline-offset: -2px; position: relative; }
[data-decruft-rule^="site:"] { outline-color: #7b2cbf !important; }
[data-decruft-kept] { outline: 4px solid #2a9d8f !important; outline-offset: 2px; background: rgba(42,157,143,.06); }
.decruft-label { display: inline-block; font: bold 12px/1.4 sans-serif; color: #fff; background: #d62828;
  padding: 1px 6px; margin: 2px; border-radius: 3px; position: relative; z-index: 99999; }
.decruft-label.site { background: #7b2cbf; }
.decruft-label.kept { background: #2a9d8f; }
[hidden], [style*="display:none"], [style*="display: none"] { display: block !important; }
"""


def explain_html(source: Source, *, url: str | None = None, extractor: Extractor | None = None) -> str:
    """The page as HTML with removals outlined and labelled, and the article highlighted."""
    extractor = extractor or Extractor()
    text = extractor._to_text(source)
    if not looks_like_html(text):
        raise InputError("--explain-html needs an HTML page (this looks like a text scrape)")
    article, state = extractor._extract_html(text, url)
    root = parse(state.meta["parsed_text"])
    for el in root.iter("script", "iframe", "object", "embed"):
        el.text = None
        for attr in ("src", "data"):
            el.attrib.pop(attr, None)
    for removal in article.removed:
        if not removal.where.startswith("/"):
            continue
        try:
            found = root.xpath(removal.where)
        except etree.XPathError:
            continue
        for el in found[:1]:
            if isinstance(el, etree._Element):
                if removal.vetoed:  # kept: labelled, not outlined as removed
                    _label(el, f"{removal.rule} VETOED", "kept")
                else:
                    _label(el, removal.rule, "site" if removal.rule.startswith("site:") else "")
    for path in state.meta.get("chosen_paths", []):
        try:
            found = root.xpath(path)
        except etree.XPathError:
            continue
        for el in found[:1]:
            el.set("data-decruft-kept", "")
            _label(el, "article (kept)", "kept")
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    style = etree.SubElement(head, "style")
    style.text = STYLE
    banner = etree.Element("div", {"class": "decruft-banner", "style": "font:14px sans-serif;background:#222;color:#fff;padding:8px"})
    removed = sum(1 for r in article.removed if not r.vetoed)
    banner.text = f"decruft: {removed} block(s) removed; title: {article.title or '(none)'}"
    body = root.find("body")
    if body is not None:
        body.insert(0, banner)
    html: str = etree.tostring(root, encoding="unicode", method="html")
    return "<!DOCTYPE html>\n" + html


_VOID = {"img", "br", "hr", "input", "meta", "link", "source", "area", "col", "embed", "wbr", "track", "param"}


def _label(el: etree._Element, rule: str, kind: str) -> None:
    if el.tag in ("html", "head", "body") or not isinstance(el.tag, str):
        return
    el.set("data-decruft-rule" if kind != "kept" else "data-decruft-kept-label", rule)
    label = etree.Element("span", {"class": f"decruft-label {kind}".strip(), "data-decruft-label": rule})
    label.text = _html.unescape(rule)
    if el.tag in _VOID or el.tag in ("table", "tr", "tbody", "thead", "ul", "ol"):
        parent = el.getparent()
        if parent is not None:
            parent.insert(parent.index(el), label)
        return
    label.tail = el.text
    el.text = None
    el.insert(0, label)
