"""A site rule, whatever file it came from, and what applying it does."""

from __future__ import annotations

import dataclasses
import re
import time

from lxml import etree

from .._parse import inner_text
from .._state import State
from .selectors import Selector


#: find/replace may grow a page by this many characters (or double it, whichever is more).
REWRITE_GROWTH = 1_000_000


@dataclasses.dataclass(slots=True)
class SiteTest:
    """A self-test: a local page (or a URL whose local copy is given) and what it must yield."""

    page: str | None = None
    url: str | None = None
    contains: list[str] = dataclasses.field(default_factory=list)
    excludes: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(slots=True)
class SiteRule:
    """Everything decruft knows about one site."""

    name: str  # shown in removals as site:<name>
    source: str  # the file it came from
    hosts: list[str] = dataclasses.field(default_factory=list)
    body: list[Selector] = dataclasses.field(default_factory=list)
    title: list[Selector] = dataclasses.field(default_factory=list)
    date: list[Selector] = dataclasses.field(default_factory=list)
    authors: list[Selector] = dataclasses.field(default_factory=list)
    strip: list[Selector] = dataclasses.field(default_factory=list)
    strip_id_or_class: list[str] = dataclasses.field(default_factory=list)
    strip_image_src: list[str] = dataclasses.field(default_factory=list)
    strip_lines: list[str] = dataclasses.field(default_factory=list)  # text scrapes: lines to drop (site memory)
    strip_attr: list[Selector] = dataclasses.field(default_factory=list)
    dissolve: list[Selector] = dataclasses.field(default_factory=list)
    wrap_in: list[tuple[str, Selector]] = dataclasses.field(default_factory=list)
    replace: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    disable: list[str] = dataclasses.field(default_factory=list)
    prune: bool = True
    skip_json_ld: bool = False
    tests: list[SiteTest] = dataclasses.field(default_factory=list)
    honoured: list[str] = dataclasses.field(default_factory=list)  # directive names used
    ignored: list[str] = dataclasses.field(default_factory=list)  # directives reported, not applied

    def selector_count(self) -> int:
        """How many selectors the rule holds (rule files hold at most 2,000)."""
        return sum(len(x) for x in (self.body, self.title, self.date, self.authors, self.strip, self.strip_attr,
                                    self.dissolve, self.wrap_in))  # fmt: skip

    # -- hooks called by the extractor ----------------------------------------
    def rewrite(self, text: str, *, max_chars: int | None = None, deadline: float | None = None,
                warnings: list[str] | None = None) -> str:  # fmt: skip
        """find_string/replace_string: plain replacements on the HTML before parsing.

        Chained replacements can grow a page exponentially (each doubling what
        the previous one wrote), so the result is bounded: a replacement that
        would take the page past ``max(2 x original, original + 1 MB)``
        characters (and past ``max_chars``, the input limit, when that is
        larger than the page) is skipped, and ``warnings`` says so. Past
        ``deadline`` (``time.monotonic()``) the remaining replacements are
        skipped too; the extractor's next budget check then stops the page.
        """
        size = len(text)
        limit = max(2 * size, size + REWRITE_GROWTH)
        if max_chars is not None:
            limit = min(limit, max(max_chars, size))
        for find, replace in self.replace:
            if not find:
                continue
            if deadline is not None and time.monotonic() > deadline:
                break
            growth = len(replace) - len(find)
            if growth > 0 and len(text) + text.count(find) * growth > limit:
                if warnings is not None:
                    warnings.append(
                        f"site rule {self.name} ({self.source}): replacement of {_clip(find)} skipped: "
                        f"the page would grow past {limit:,} characters"
                    )
                continue
            text = text.replace(find, replace)
        return text

    def apply(self, state: State) -> None:
        """Strip, dissolve, wrap, then read body/title/date/authors; record every removal.

        When the rule names a body and none of its selectors matches, the page
        no longer has the layout the rule was written for: none of the rule
        applies, generic extraction runs, and a warning says so.
        """
        rule = f"site:{self.name}"
        root = state.root
        if self.body and not any(_elements(_select(state, selector)) for selector in self.body):
            state.warnings.append(
                f"site rule {self.name} ({self.source}): no body selector matched; generic extraction used"
            )
            return
        if self.skip_json_ld:
            state.meta["jsonld"] = []
        for selector in self.strip:
            for el in _elements(_select(state, selector)):
                state.remove(el, rule, force=True)
        if self.strip_id_or_class:
            state.check_time()
            for el in list(root.iter()):
                if not isinstance(el.tag, str) or el.getparent() is None:
                    continue
                attrs = f"{el.get('id') or ''} {el.get('class') or ''}"
                if any(token in attrs for token in self.strip_id_or_class) and el.tag not in ("html", "body"):
                    state.remove(el, rule, force=True)
        for needle in self.strip_image_src:
            state.check_time()
            for img in list(root.iter("img")):
                if needle in (img.get("src") or "") and img.getparent() is not None:
                    state.remove(img, rule, force=True)
        for selector in self.strip_attr:
            for attr in _select(state, selector):
                if isinstance(attr, str) and getattr(attr, "attrname", None):
                    parent = attr.getparent()  # type: ignore[attr-defined]
                    if parent is not None:
                        parent.attrib.pop(attr.attrname, None)  # type: ignore[attr-defined]
        for selector in self.dissolve:
            for el in _elements(_select(state, selector)):
                _dissolve(el)
        for tag, selector in self.wrap_in:
            for el in _elements(_select(state, selector)):
                _wrap(el, tag)
        state.check_time()
        if self.disable:
            state.meta["site_disable"] = list(self.disable)
        state.meta["site_prune"] = self.prune
        self._read(state)

    def _read(self, state: State) -> None:
        from .._metadata import parse_date, split_authors

        for selector in self.body:
            found = _elements(_select(state, selector))
            if found:
                state.meta["site_body"] = _outermost(found)
                break
        else:
            if self.body:
                state.warnings.append(
                    f"site rule {self.name} ({self.source}): no body selector matched; generic extraction used"
                )
        for selector in self.title:
            text = _first_text(_select(state, selector))
            if text:
                state.meta["site_title"] = text
                break
        for selector in self.date:
            text = _first_text(_select(state, selector))
            day = parse_date(text) if text else None
            if day:
                state.meta["site_date"] = day
                break
        for selector in self.authors:
            names: list[str] = []
            for node in _select(state, selector):
                names.extend(split_authors(_text(node)))
            if names:
                state.meta["site_authors"] = list(dict.fromkeys(names))
                break


def _select(state: State, selector: Selector) -> list[object]:
    """``selector`` on the page, once the time budget allows: checked before every selector,
    since one XPath evaluation cannot be interrupted."""
    state.check_time()
    return selector.select(state.root)


def _clip(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _elements(nodes: list[object]) -> list[etree._Element]:
    return [n for n in nodes if isinstance(n, etree._Element) and isinstance(n.tag, str) and n.getparent() is not None]


def _outermost(elements: list[etree._Element]) -> list[etree._Element]:
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]


def _text(node: object) -> str:
    if isinstance(node, etree._Element):
        return " ".join(inner_text(node).split())
    return " ".join(str(node).split())


def _first_text(nodes: list[object]) -> str:
    for node in nodes:
        text = _text(node)
        if text:
            return text
    return ""


def _dissolve(el: etree._Element) -> None:
    """Replace ``el`` by its children (and text)."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    text = el.text or ""
    if text:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    tail = el.tail or ""
    if tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + tail
        else:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    parent.remove(el)


_TAG = re.compile(r"^[a-zA-Z][a-zA-Z0-9]*$")


def _wrap(el: etree._Element, tag: str) -> None:
    if not _TAG.match(tag):
        return
    parent = el.getparent()
    if parent is None:
        return
    wrapper = etree.Element(tag)
    parent.replace(el, wrapper)
    wrapper.tail, el.tail = el.tail, None
    wrapper.append(el)
