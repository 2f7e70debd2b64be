"""The pipeline: decode -> parse -> rules -> main content -> metadata -> render.

:class:`Extractor` holds a configuration (options and an ordered rule list)
and is safe to share between threads: each call builds its own
:class:`~decruft._state.State` and touches nothing shared.
"""

from __future__ import annotations

import datetime
import functools
import gc
import itertools
import os
import threading
import time
from collections.abc import Iterable
from typing import Any, Unpack

from lxml import etree

from . import _content, _pagetype, _parse, _render
from . import metadata as _metadata
from ._article import Article
from ._assemble import build_article
from ._decode import clean_text, decode_exact, looks_like_html
from ._fallback import FALLBACK_BELOW, with_fallback
from ._errors import ConfigError, EmptyInputError, InputError, InputTooLargeError, TooManyElementsError
from ._options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ELEMENTS,
    DEFAULT_TIME_BUDGET,
    ExtractOptions,
    InputFormat,
    Options,
    check_input_format,
)
from ._ruler import Ruler, _vocabulary_names, make_rule
from ._state import State, check_deadline
from .rules import POST_RULES, default_ruler
from .textmode._printed import with_printed_authors

Source = bytes | bytearray | memoryview | str


def _site_memory(site_memory: Any) -> Any:
    """A :class:`~decruft.sitememory.SiteMemory` as given, or loaded from rule files; None stays None."""
    if site_memory is None:
        return None
    from .sitememory import SiteMemory

    if isinstance(site_memory, SiteMemory):
        return site_memory
    paths = [site_memory] if isinstance(site_memory, (str, os.PathLike)) else list(site_memory)
    return SiteMemory.load(paths)


class Extractor:
    """A configured, reusable, thread-safe article extractor.

    >>> ex = Extractor(disable=["comments"])
    >>> article = ex.extract(b"<html>...</html>", url="https://example.com/a")

    Options (all keyword-only; an unknown keyword raises ``TypeError``, a bad value or an
    unknown rule name :class:`~decruft.ConfigError`):
      rules:        site rule files or folders (TOML or Full-Text RSS configs).
      ruler:        a custom :class:`Ruler` instead of the built-in rules.
      plugins:      ``True`` to add every rule plugin installed (entry points ``decruft.rules``),
                    or the names of those to add.
      disable:      rule names to switch off (``decruft --list-rules`` lists them).
      input_format: ``"auto"`` (default), ``"html"`` or ``"text"``.
      fallback:     try trafilatura when decruft finds almost no text (default True).
      site_memory:  a :class:`decruft.sitememory.SiteMemory`, or rule files/folders written by
                    ``decruft learn``: blocks learned as a site's template are removed from the
                    chosen body (recorded as ``site-memory``); see docs/site-memory.md.
      max_bytes, max_elements, time_budget: limits, see :class:`decruft.Options`.
    """

    def __init__(
        self,
        *,
        rules: Iterable[str | os.PathLike[str]] = (),
        ruler: Ruler | None = None,
        plugins: bool | Iterable[str] = False,
        site_memory: Any = None,
        disable: Iterable[str] = (),
        input_format: InputFormat = "auto",
        fallback: bool = True,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_elements: int = DEFAULT_MAX_ELEMENTS,
        time_budget: float = DEFAULT_TIME_BUDGET,
    ) -> None:
        self.options = Options.make(
            disable=disable, input_format=input_format, fallback=fallback, max_bytes=max_bytes,
            max_elements=max_elements, time_budget=time_budget,
        )  # fmt: skip
        self.ruler = ruler.copy() if ruler is not None else default_ruler()
        if not any(rule.chain != "page" for rule in self.ruler):
            for rule in POST_RULES:  # a ruler of cruft rules only, as before the later chains were rules
                self.ruler.push(rule)
        if plugins:
            from ._plugins import discover

            for name, fn in discover(None if plugins is True else plugins):
                self.add_rule(name, fn, before=getattr(fn, "before", None), after=getattr(fn, "after", None))
        self.rule_paths = tuple(os.fspath(p) for p in rules)
        # Site rules (TOML / Full-Text RSS files): see decruft._site.
        self.sites: Any = None
        if self.rule_paths:
            from ._site import load_sites

            self.sites = load_sites(self.rule_paths)
        self.site_memory: Any = _site_memory(site_memory)
        site_names = [site.rule_name for site in self.sites.rules] if self.sites is not None else []
        unknown = sorted(set(self.options.disable) - {*self.ruler.names, *STEPS, SITE_MEMORY, *site_names})
        if unknown:
            names = ", ".join((*self.ruler.names, *STEPS, SITE_MEMORY))
            raise ConfigError(f"unknown rule name(s): {', '.join(unknown)}; rules are: {names}")
        _preload()

    # -- configuration -----------------------------------------------------
    def add_rule(self, name: str, fn: Any, *, before: str | None = None, after: str | None = None) -> None:
        """Add a Python rule ``fn(state)``, by default at the end, or before/after a named rule.
        ``fn`` yields (or returns a list of) :class:`~decruft.rules.Match` records, or removes
        through ``state.remove`` itself and returns None. Placed before/after a rule, it joins
        that rule's chain (after ``tail``: the ``text`` chain, working on ``state.blocks``)."""
        anchor = before if before is not None else after
        rule = make_rule(name, fn, chain=next((r.chain for r in self.ruler if r.name == anchor), "page"))
        if before is not None:
            self.ruler.before(before, rule)
        elif after is not None:
            self.ruler.after(after, rule)
        else:
            self.ruler.push(rule)

    def _parsed(self, text: str, url: str | None, raw: bytes | None, deadline: float) -> tuple[State, Any]:
        """The page parsed into a new :class:`State`, and the page's site rule (None when there
        is none, or it is disabled by name), whose rewrite (``replace``) runs before parsing."""
        site = self.sites.match(url, text) if self.sites is not None else None
        if site is not None and site.rule_name in self.options.disable:
            site = None
        site_warnings: list[str] = []
        if site is not None:
            if not deadline:  # called without extract()'s clock: the rewrite starts it
                deadline = time.monotonic() + self.options.time_budget
            text = site.rewrite(text, max_chars=self.options.max_bytes, deadline=deadline, warnings=site_warnings)
            raw = None
        root = _parse.parse(text, raw)
        _check_elements(root, text, self.options.max_elements)
        state = State(root=root, options=self.options, url=url, deadline=deadline)
        state.warnings.extend(site_warnings)
        state.check_time()
        state.html_text = text
        return state, site

    def _page_ruler(self, state: State, site: Any) -> tuple[Ruler, set[str]]:
        """The rules for this page: the extractor's, with the site rule's strip first when the
        page has a site rule that applies (:meth:`SiteRule.applies`), and the names switched
        off: the options', and the site rule's."""
        disabled = set(self.options.disable)
        if site is None:
            return self.ruler, disabled
        state.scan.attributed = None  # the site rule may change the page: the rules' scan walks it again
        if not site.applies(state):
            return self.ruler, disabled
        ruler = self.ruler.copy()
        ruler.unshift(site.strip_rule())
        return ruler, disabled | set(site.disabled)

    @property
    def rule_names(self) -> list[str]:
        return self.ruler.names

    # -- extraction --------------------------------------------------------
    def extract(self, source: Source, *, url: str | None = None, input_format: InputFormat | None = None) -> Article:
        """Extract the article from page bytes, an HTML string or a text scrape."""
        _collect_young()
        options = self.options
        # The budget covers every stage, decoding and parsing included.
        deadline = time.monotonic() + options.time_budget
        fmt = check_input_format(input_format) if input_format is not None else options.input_format
        text, raw = self._to_text_raw(source)
        check_deadline(deadline, options.time_budget)
        if fmt == "text" or (fmt == "auto" and not looks_like_html(text)):
            from .textmode import extract_text

            return extract_text(text, url=url, options=options, ruler=self.ruler, deadline=deadline,
                                sites=self.sites, site_memory=self.site_memory)  # fmt: skip
        return self._extract_html(text, url, raw, deadline)[0]

    def _to_text(self, source: Source) -> str:
        return self._to_text_raw(source)[0]

    def _to_text_raw(self, source: Source) -> tuple[str, bytes | None]:
        """The page's text, and its bytes when they are exactly that text in UTF-8 (else None)."""
        limit = self.options.max_bytes
        if isinstance(source, str):
            if len(source) > limit:
                raise InputTooLargeError(f"the input has {len(source):,} characters; the limit is {limit:,}")
            if not source.strip():
                raise EmptyInputError("the input is empty")
            return clean_text(source), None
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            if len(data) > limit:
                raise InputTooLargeError(f"the input has {len(data):,} bytes; the limit is {limit:,}")
            text, _, exact = decode_exact(data)
            return text, data if exact else None
        raise TypeError(f"extract() takes bytes or str, not {type(source).__name__}")

    def _extract_html(
        self, text: str, url: str | None, raw: bytes | None = None, deadline: float = 0.0, memory: bool = True
    ) -> tuple[Article, State]:
        """The article of an HTML page; ``memory=False``: without site memory. Site memory never
        leaves a page without text: when its removals leave nothing, the page is extracted
        again without it."""
        page = text
        state, site = self._parsed(text, url, raw, deadline)
        text = text if state.html_text is None else state.html_text
        state.scan.rule_names = _vocabulary_names(self.ruler.active(self.options.disable, "page", "html")) if site is None else []
        _metadata.collect(state)
        _pagetype.collect(state)
        ruler, disabled = self._page_ruler(state, site)
        state.disabled = frozenset(disabled)
        _parse.strip_non_content(state.root, state.buttons or ())
        ruler.run(state, disabled, "page")
        chosen = _hint(state, "body") or _content.choose(state)
        rule = _memory_rule(self.site_memory, state, text, disabled) if memory else None
        chosen = self.site_memory.narrow(state, rule, chosen) if rule is not None else chosen
        state.main = chosen[0] if chosen else None
        state.chosen_paths = [el.getroottree().getpath(el) for el in chosen]
        _pagetype.observe(state)
        state.body = chosen
        ruler.run(state, disabled, "body")
        learned = rule is not None and _with_memory(self.site_memory, state, rule, chosen)
        state.check_time()
        blocks = _render.blocks_of(chosen, state.check_time)
        meta = _metadata.resolve(_metadata.signals_of(state), state)  # a site rule may have dropped the JSON-LD
        meta = with_printed_authors(meta, state, ruler, disabled)
        blocks = _drop_title_block(blocks, meta.title)
        state.blocks, state.authors = blocks, meta.authors
        ruler.run(state, disabled, "text")
        blocks = state.blocks
        body = _render.to_text(blocks)
        if learned and not body:
            return self._extract_html(page, url, raw, deadline, memory=False)
        engine = "decruft"
        if self.options.fallback and len(body) < FALLBACK_BELOW:
            body, blocks, engine = with_fallback(state, text, url, body, blocks)
        if not body:
            state.warnings.append("no article text found on the page")
        state.check_time()
        article = build_article(
            blocks, source="html", url=url, title=meta.title, engine=engine,
            text=body,  # the blocks' text (rendered above), or trafilatura's own
            page_title=meta.page_title, date=meta.date, date_modified=meta.date_modified, authors=meta.authors,
            lang=meta.lang, site_name=meta.site_name, description=meta.description,
            removed=state.removed, warnings=state.warnings, sources=meta.sources,
            page_type=functools.partial(_pagetype.classify_html, state),
        )  # fmt: skip
        return article, state


def _memory_rule(memory: Any, state: State, text: str, disabled: Iterable[str]) -> Any:
    """The learned rule of the page's host in site memory; None without one, or switched off."""
    return memory.rule_for(state.url, text) if memory is not None and SITE_MEMORY not in disabled else None


def _with_memory(memory: Any, state: State, rule: Any, chosen: list[etree._Element]) -> bool:
    """Site memory's removals from the chosen body, after the body chain (its prune judges the
    body as it does without site memory); whether it removed anything (then an empty output
    sends the page back to be extracted without site memory)."""
    before = len(state.removed)
    memory.remove(state, rule, chosen)
    return any(r.rule == SITE_MEMORY for r in state.removed[before:])


def _hint(state: State, name: str) -> Any:
    """The page's site rule's hint ``name`` (body, title, date, authors), or None."""
    return getattr(state.site, name) if state.site is not None else None


def _collect_young() -> None:
    """Collect the interpreter's two young generations now, before a page, when a collection
    of the youngest ran since their last collection (``gc.get_count()[1]``).

    CPython collects its youngest generation every 700 new objects and the middle one every
    10 of those; what is alive at a middle collection moves to the oldest generation, and
    once the objects moved there make a quarter of it, the next collection is a full one:
    about 20 ms with decruft, trafilatura and htmldate loaded. In the middle of a page some
    1,500 of its objects are alive (element proxies, text nodes, the lists and dicts holding
    them): every sixth page or so, a page's worth moved to the oldest generation, and every
    ~65 pages a full collection ran (0.3-0.4 ms per page). Run between pages, when the last
    page's objects and its article are freed (the caller has read it), the middle collection
    finds little alive (about 30 µs) and moves only what outlives pages (caches, articles
    kept), and the middle generation's count starts again from zero, so that its collections
    rarely fall inside a page.

    Safe for the process that imports decruft: no threshold changes and nothing is frozen.
    It is one more young collection per page, at a moment when less is alive; an
    application's young objects that survive it move on as they would at the interpreter's
    own; while another thread collects, ``gc.collect`` returns at once; with the collector
    switched off (``gc.disable()``) nothing is done.
    """
    if gc.isenabled() and gc.get_count()[1]:
        gc.collect(1)


def _check_elements(root: etree._Element, text: str, limit: int) -> None:
    """Raise :class:`TooManyElementsError` when the parsed page has more than ``limit`` elements.

    The count is exact, but only taken when the page's text is long enough to hold that many:
    an element needs at least one character of markup or text (a lone character makes html,
    body and p: hence the slack of 8), so the many pages far under the limit cost nothing.
    """
    if len(text) + 8 <= limit:
        return
    count = sum(1 for _ in itertools.islice(root.iter(etree.Element), limit + 1))
    if count > limit:
        raise TooManyElementsError(f"the page has more than {limit:,} elements (max_elements)")


def _drop_title_block(blocks: list[_render.Block], title: str | None) -> list[_render.Block]:
    """The headline is metadata: drop it from the body when it opens the article."""
    if not title or not blocks:
        return blocks
    key = " ".join(title.lower().split())
    for i, block in enumerate(blocks[:3]):
        if " ".join(block.text.lower().split()) == key:
            return blocks[:i] + blocks[i + 1 :]
    return blocks


#: Names ``disable`` takes that are not rules: ``veto`` switches the article veto off.
STEPS = ("veto",)
#: The name site memory's removals are recorded under (``disable`` takes it too).
SITE_MEMORY = "site-memory"


#: A short page in Windows-1252 with no charset declared, whose date is only in its text and
#: whose text is too short for decruft alone (so trafilatura's fallback runs).
_PRELOAD_PAGE = (
    "<html lang='de'><head><title>Probe</title></head><body><article><h1>Probe</h1>"
    "<p>Veröffentlicht am 3. März 2021 in Köln. Grüße!</p></article></body></html>"
).encode("cp1252")
_PRELOADED = False
_PRELOAD_LOCK = threading.Lock()


def _preload() -> None:
    """Extract :data:`_PRELOAD_PAGE` once per process, when the first :class:`Extractor` is made.

    Several steps load what they need on first use: chardet its models and the codecs it
    tries (0.1 s), the fallback trafilatura's extraction modules (0.05 s), the date search
    the month names of a language. Paid here, that cost falls on building the extractor
    (the default one is built by the first ``extract()`` call), not on whichever page of a
    crawl first needs it. A failure here is ignored: the steps load on first use as before.
    """
    global _PRELOADED
    if _PRELOADED:
        return
    with _PRELOAD_LOCK:
        if _PRELOADED:
            return
        _PRELOADED = True
        try:
            Extractor().extract(_PRELOAD_PAGE)
            datetime.datetime.strptime("2021-03-03", "%Y-%m-%d")  # the first strptime() imports a module
        except Exception:  # nothing that fails here would fail less on a real page
            pass


def skip_preload() -> None:
    """No :func:`_preload` in this process: for a run that extracts a single page (the
    command line given one file), which would pay the loads anyway if it needs them."""
    global _PRELOADED
    _PRELOADED = True


_DEFAULT: Extractor | None = None


def extract(
    source: Source, *, url: str | None = None, input_format: InputFormat | None = None,
    **options: Unpack[ExtractOptions],
) -> Article:  # fmt: skip
    """Extract the article from ``source`` (bytes, HTML string or text scrape).

    ``options`` are the keyword arguments of :class:`Extractor` (an unknown one raises
    ``TypeError``). Raises only :class:`~decruft.DecruftError` subclasses for unusable input.
    """
    global _DEFAULT
    if options:
        return Extractor(**options).extract(source, url=url, input_format=input_format)
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(source, url=url, input_format=input_format)


__all__ = ["Extractor", "extract", "InputError"]
