"""A site rule, whatever file it came from, and what applying it does."""

from __future__ import annotations

import dataclasses
import datetime
import re
import time
from collections.abc import Iterator

from lxml import etree

from .._parse import inner_text
from .._ruler import Match, Rule, make_rule
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

    @property
    def rule_name(self) -> str:
        """The name of the site rule's step in the ``page`` chain, and of its removals:
        ``site:<name>/strip`` (``disable`` takes it: the whole site rule is then off)."""
        return f"site:{self.name}/strip"

    @property
    def disabled(self) -> list[str]:
        """The rules this site switches off on its pages: its ``disable`` list, and ``prune``
        when it says ``prune = false``."""
        return [*self.disable, *(() if self.prune else ("prune",))]

    def applies(self, state: State) -> bool:
        """Does the page still have the layout the rule was written for? When the rule names
        a body and none of its selectors matches, none of the rule applies, generic
        extraction runs, and a warning says so. When it applies, JSON-LD is dropped if the
        rule says so (``skip_json_ld``)."""
        if self.body and not any(_elements(_select(state, selector)) for selector in self.body):
            state.warnings.append(
                f"site rule {self.name} ({self.source}): no body selector matched; generic extraction used"
            )
            return False
        if self.skip_json_ld:
            if state.signals is not None:
                state.signals = dataclasses.replace(state.signals, jsonld=[])
        return True

    def strip_rule(self) -> Rule:
        """This site's step of the ``page`` chain, run before the built-in rules."""
        return make_rule(self.rule_name, self.strip_page, f"Site rule {self.name} ({self.source}): strip, then read the site's hints.")

    def strip_page(self, state: State) -> Iterator[Match]:
        """Strip (forced: a person wrote these selectors for the site), then dissolve and
        wrap, then read the body/title/date/authors hints into ``state.site``."""
        for selector in self.strip:
            for el in _elements(_select(state, selector)):
                yield Match(el, "strip", force=True)
        yield from self._strip_id_or_class(state)
        yield from self._strip_image_src(state)
        self._edit(state)
        state.site = self.hints(state)

    def _strip_id_or_class(self, state: State) -> Iterator[Match]:
        if not self.strip_id_or_class:
            return
        state.check_time()
        for el in list(state.root.iter()):
            if not isinstance(el.tag, str) or el.getparent() is None:
                continue
            attrs = f"{el.get('id') or ''} {el.get('class') or ''}"
            if any(token in attrs for token in self.strip_id_or_class) and el.tag not in ("html", "body"):
                yield Match(el, "strip_id_or_class", force=True)

    def _strip_image_src(self, state: State) -> Iterator[Match]:
        for needle in self.strip_image_src:
            state.check_time()
            for img in list(state.root.iter("img")):
                if needle in (img.get("src") or "") and img.getparent() is not None:
                    yield Match(img, "strip_image_src", force=True)
        state.scan.attributed = None  # the page changed: the rules' analysis walks it again

    def _edit(self, state: State) -> None:
        """strip_attr, dissolve, wrap_in: the page's markup rewritten as the rule says."""
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

    def hints(self, state: State) -> SiteHints:
        """The body, headline, date and authors the rule's selectors find on the page."""
        from ..metadata import parse_date, split_authors

        hints = SiteHints()
        for selector in self.body:
            found = _elements(_select(state, selector))
            if found:
                hints.body = _outermost(found)
                break
        else:
            if self.body:
                state.warnings.append(
                    f"site rule {self.name} ({self.source}): no body selector matched; generic extraction used"
                )
        for selector in self.title:
            text = _first_text(_select(state, selector))
            if text:
                hints.title = text
                break
        for selector in self.date:
            text = _first_text(_select(state, selector))
            parsed = parse_date(text) if text else None
            if parsed:
                hints.date = parsed
                break
        for selector in self.authors:
            names: list[str] = []
            for node in _select(state, selector):
                names.extend(split_authors(_text(node)))
            if names:
                hints.authors = list(dict.fromkeys(names))
                break
        return hints


@dataclasses.dataclass(slots=True)
class SiteHints:
    """What a site rule says about one page beyond what to strip, read through its
    ``body``/``title``/``date``/``authors`` selectors once its strip has run: each is None
    when the rule names none or none matched, and generic extraction fills it in."""

    body: list[etree._Element] | None = None
    title: str | None = None
    date: datetime.date | None = None
    authors: list[str] | None = None


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
