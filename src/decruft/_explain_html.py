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

from ._article import Article, Removal
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
    root = parse(state.html_text or "")
    _neutralise(root)
    for removal in article.removed:
        el = _element_at(root, removal.where)
        if el is not None:
            _label_removal(el, removal)
    for path in state.chosen_paths:
        el = _element_at(root, path)
        if el is not None:
            el.set("data-decruft-kept", "")
            _label(el, "article (kept)", "kept")
    _add_style(root)
    _add_banner(root, article)
    html: str = etree.tostring(root, encoding="unicode", method="html")
    return "<!DOCTYPE html>\n" + html


def _neutralise(root: etree._Element) -> None:
    """Empty the scripts and drop the sources of frames and embedded objects: the page renders
    offline and runs nothing."""
    for el in root.iter("script", "iframe", "object", "embed"):
        el.text = None
        for attr in ("src", "data"):
            el.attrib.pop(attr, None)


def _element_at(root: etree._Element, path: str) -> etree._Element | None:
    """The element at the XPath ``path`` (a ``Removal.where`` or a chosen element's path), or
    None when there is none, or ``path`` is not a path (a text-mode removal's line range)."""
    if not path.startswith("/"):
        return None
    try:
        found = root.xpath(path)
    except etree.XPathError:
        return None
    first = found[0] if isinstance(found, list) and found else None
    return first if isinstance(first, etree._Element) else None


def _label_removal(el: etree._Element, removal: Removal) -> None:
    """Outline and label a removed element with its rule (site rules apart); a vetoed removal
    is labelled as kept."""
    if removal.vetoed:
        _label(el, f"{removal.rule} VETOED", "kept")
    else:
        _label(el, removal.rule, "site" if removal.rule.startswith("site:") else "")


def _add_style(root: etree._Element) -> None:
    """Put :data:`STYLE` in the page's ``<head>`` (made when the page has none)."""
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    style = etree.SubElement(head, "style")
    style.text = STYLE


def _add_banner(root: etree._Element, article: Article) -> None:
    """A banner at the top of the body: how many blocks were removed, and the title."""
    banner = etree.Element("div", {"class": "decruft-banner", "style": "font:14px sans-serif;background:#222;color:#fff;padding:8px"})
    removed = sum(1 for r in article.removed if not r.vetoed)
    banner.text = f"decruft: {removed} block(s) removed; title: {article.title or '(none)'}"
    body = root.find("body")
    if body is not None:
        body.insert(0, banner)


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
