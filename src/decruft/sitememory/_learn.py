"""Learning: group pages by host, count the blocks and lines that repeat on most pages of a host."""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable

from .. import _url
from .._data import word_list
from .._decode import clean_text, decode_exact, looks_like_html
from .._errors import DecruftError
from .._parse import parse, strip_non_content
from ._blocks import WORD as _WORD
from ._blocks import Block, _prose_by_element, body_signature, normalize, page_blocks, snippet_of, text_of

#: A host needs this many pages before anything is learned about it.
MIN_PAGES = 3
#: A block (or line) is template when it repeats, with the same normalized text at the same
#: position, on at least this share of the host's pages.
MIN_SHARE = 0.7
#: A block holding more than this share of a page's prose is an article (a syndicated story,
#: a page repeated in the crawl), never template.
MAX_PROSE_SHARE = 0.3
#: Text-scrape lines longer than this are not counted (work bound). A repeated line that reads
#: as prose is learned too but never removed: it only tells text mode what the host repeats.
MAX_LINE = 30000
#: A page body selector is learned when the article body of at least this share of the
#: host's pages has it (see ``body_signature``).
BODY_SHARE = 0.6
#: At most this many strip selectors per host (the most frequent first).
MAX_STRIP = 60
#: Pages whose text is longer than this are not read for learning (work bound).
MAX_PAGE_CHARS = 5_000_000

_CANONICAL = re.compile(
    r"""<(?:link[^>]+rel=["']canonical["'][^>]*href|meta[^>]+property=["']og:url["'][^>]*content)=["']([^"']+)"""
    r"""|<(?:link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']|meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["'])""",
    re.IGNORECASE,
)


#: A feed link (RSS or Atom) or the page's ``<base href>``: the site's own host when the page
#: names no URL of its own (a blog saved without its address).
_FEED = re.compile(r"<link\b[^>]*\bapplication/(?:rss|atom)\+xml[^>]*>|<base\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref=["']([^"']+)""", re.IGNORECASE)


def host_of(url: str | None, text: str | None = None) -> str | None:
    """The page's host without ``www.``: from ``url``, else from the page's canonical link or
    og:url, else from its first feed link or ``<base href>`` (not a feed service's:
    data/feed_services.txt); a web.archive.org URL gives the archived page's host."""
    host = None
    if url:
        host = _url.hostname(url if "//" in url else f"//{url}")
        if host == "web.archive.org":
            m = re.search(r"/web/\d+[a-z_]*/(https?://\S+)", url)
            host = _url.hostname(m.group(1)) if m else host
    if not host and text:
        m = _CANONICAL.search(text[:200_000])
        found = next((g for g in m.groups() if g), None) if m else None
        host = _absolute_host(found) or _feed_host(text[:200_000])
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host.removeprefix("www.") or None


def _absolute_host(link: str | None) -> str | None:
    if link and link.startswith(("http://", "https://", "//")):
        return _url.hostname(link if "//" in link else f"//{link}")
    return None


def _feed_host(head: str) -> str | None:
    """The host of the page's first feed link or ``<base href>`` with an absolute URL, unless
    it is a feed service's (it serves many sites' feeds)."""
    for m in _FEED.finditer(head):
        href = _HREF.search(m.group(0))
        host = _absolute_host(href.group(1)) if href else None
        if host:
            parts = host.lower().split(".")
            services = _feed_services()
            return None if any(".".join(parts[i:]) in services for i in range(len(parts))) else host
    return None


@functools.cache
def _feed_services() -> frozenset[str]:
    return frozenset(line.lower() for line in word_list("feed_services.txt"))


def _read(source: bytes | str) -> str | None:
    """The page's text, or None when it cannot be decoded, is blank, or is too long to learn from."""
    try:
        if isinstance(source, (bytes, bytearray, memoryview)):
            text = decode_exact(bytes(source))[0]
        else:
            text = clean_text(source)
    except DecruftError:
        return None
    if not text.strip() or len(text) > MAX_PAGE_CHARS:
        return None
    return text


@dataclasses.dataclass(slots=True)
class Learned:
    """A block seen on a host's pages: where, what, and how often."""

    path: str
    text: str  # normalized text (shown in the rule file as a comment)
    snippet: str | None
    pages: int = 0
    prose_share: float = 0.0  # the most of a page's prose it ever held


@dataclasses.dataclass(slots=True)
class _HostData:
    pages: int = 0
    html_pages: int = 0
    text_pages: int = 0
    blocks: dict[int, Learned] = dataclasses.field(default_factory=dict)
    # per page: key -> parent key (to find the outermost template blocks)
    parents: list[dict[int, int | None]] = dataclasses.field(default_factory=list)
    lines: Counter[str] = dataclasses.field(default_factory=Counter)
    bodies: Counter[str] = dataclasses.field(default_factory=Counter)  # body selector -> pages
    line_text: dict[str, str] = dataclasses.field(default_factory=dict)
    sample: tuple[str | None, str | None, bytes | str] | None = None  # (url, file, page) for the [[test]]


@dataclasses.dataclass(slots=True)
class HostTemplate:
    """What was learned about one host: the blocks and lines to strip."""

    host: str
    pages: int
    strip: list[Learned]
    lines: list[str]
    sample: tuple[str | None, str | None, bytes | str] | None = None
    body: str | None = None  # the article body's selector, when stable on the host's pages
    body_pages: int = 0


class Learner:
    """Feed pages with :meth:`add` (any order, any hosts), then read :meth:`templates`.

    >>> learner = Learner()
    >>> for url, page in crawl: learner.add(page, url=url)
    >>> memory = SiteMemory.from_learner(learner)   # or learner.templates() to inspect
    """

    def __init__(self, *, min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE) -> None:
        self.min_pages = min_pages
        self.min_share = min_share
        self.hosts: dict[str, _HostData] = {}
        self.skipped = 0  # pages without a host, or that could not be read

    def add(self, source: bytes | str, *, url: str | None = None, path: str | None = None,
            input_format: str = "auto") -> str | None:  # fmt: skip
        """Read one page; returns its host (None when it has none or cannot be read)."""
        text = _read(source)
        if text is None:
            self.skipped += 1
            return None
        html = input_format == "html" or (input_format == "auto" and looks_like_html(text))
        host = host_of(url, text if html else None)
        if host is None:
            self.skipped += 1
            return None
        data = self.hosts.setdefault(host, _HostData())
        if html:
            if not self._add_html(data, text):
                self.skipped += 1
                return None
            data.html_pages += 1
            if data.sample is None:
                data.sample = (url, path, source)
        else:
            self._add_lines(data, text)
            data.text_pages += 1
        data.pages += 1
        return host

    def _add_html(self, data: _HostData, text: str) -> bool:
        """Count the blocks and the body selector of an HTML page; False when it cannot be read."""
        try:
            root = parse(text)
        except DecruftError:
            return False
        strip_non_content(root)
        body = root.find("body")
        if body is None:
            data.parents.append({})
            return True
        try:
            prose = _prose_by_element(body)
            blocks, pieces, raw, _ = page_blocks(body, prose=prose)
            signature = body_signature(body, prose)
        except (RecursionError, MemoryError, ValueError):  # a page learning cannot read
            return False
        if signature is not None:
            data.bodies[signature] += 1
        self._add_blocks(data, blocks, pieces, raw)
        return True

    @staticmethod
    def _add_lines(data: _HostData, text: str) -> None:
        """Count the lines of a text scrape (each distinct line once a page)."""
        seen = set()
        for line in text.splitlines():
            norm = normalize(line)
            if norm and len(line.strip()) <= MAX_LINE and norm not in seen:
                seen.add(norm)
                data.lines[norm] += 1
                data.line_text.setdefault(norm, " ".join(line.split()))

    @staticmethod
    def _add_blocks(data: _HostData, blocks: list[Block], pieces: list[str], raw: list[str]) -> None:
        parents: dict[int, int | None] = {}
        for b in blocks:
            if b.key in parents:  # the same block twice on a page counts once
                continue
            parents[b.key] = b.parent
            learned = data.blocks.get(b.key)
            if learned is None:
                learned = data.blocks[b.key] = Learned(b.path, "", None)
            elif learned.pages == 1:  # seen twice: worth describing (most blocks are seen once)
                learned.text, learned.snippet = text_of(pieces, b.first), snippet_of(raw, b.first)
            learned.pages += 1
            learned.prose_share = max(learned.prose_share, b.prose_share)
            if b.label is not None and b.label not in parents:
                parents[b.label] = b.parent
                _count_label(data, b, pieces, raw)
        data.parents.append(parents)

    @staticmethod
    def _outer(data: _HostData, chosen: set[int]) -> Counter[int]:
        """On how many pages each chosen block is inside no other chosen block."""
        outer: Counter[int] = Counter()
        for parents in data.parents:
            for key in chosen.intersection(parents):
                if _enclosing(parents, key, chosen) is None:
                    outer[key] += 1
        return outer

    def templates(self) -> dict[str, HostTemplate]:
        """The template of every host with at least ``min_pages`` pages."""
        out = {}
        for host, data in sorted(self.hosts.items()):
            template = self._template(host, data)
            if template is not None:
                out[host] = template
        return out

    def _template(self, host: str, data: _HostData) -> HostTemplate | None:
        strip = self._strip(data) if data.html_pages >= self.min_pages else []
        lines = self._lines(data) if data.text_pages >= self.min_pages else []
        body, body_pages = self._body(data)
        if not strip and not lines and body is None:
            return None
        return HostTemplate(host, data.pages, strip, lines, data.sample, body, body_pages)

    def _need(self, pages: int, share: float) -> int:
        """Pages a block, line or body must be found on, of ``pages``, at ``share``."""
        return max(self.min_pages, math.ceil(share * pages))

    def _strip(self, data: _HostData) -> list[Learned]:
        """The host's template blocks: frequent, no story and inside none, outermost only."""
        need = self._need(data.html_pages, self.min_share)
        frequent = {k for k, b in data.blocks.items() if b.pages >= need}
        # A repeated block holding a page's story is syndicated text, never template,
        # and neither is anything inside it (its paragraphs one by one).
        stories = {k for k in frequent if data.blocks[k].prose_share > MAX_PROSE_SHARE}
        chosen = {
            k for k in frequent - stories
            if data.blocks[k].snippet and len(_WORD.findall(data.blocks[k].text)) >= 2
        }  # fmt: skip
        chosen -= _inside(data, frequent, stories)
        # Outermost only: a block inside another template block on every page goes with it.
        outer = self._outer(data, chosen)
        strip = [data.blocks[key] for key in chosen if outer[key]]
        strip.sort(key=lambda b: (-b.pages, b.path, b.text, b.snippet or ""))  # no hash order: the same rules every run
        # A label line whose tail never changed is learned twice: one selector is enough.
        unique = {(b.path, b.snippet): b for b in reversed(strip)}
        return [b for b in strip if unique[(b.path, b.snippet)] is b][:MAX_STRIP]

    def _lines(self, data: _HostData) -> list[str]:
        """The text-scrape lines repeated on most of the host's scrapes (two words or more)."""
        need = self._need(data.text_pages, self.min_share)
        return [data.line_text[n] for n, c in data.lines.most_common() if c >= need and len(_WORD.findall(n)) >= 2]

    def _body(self, data: _HostData) -> tuple[str | None, int]:
        """The article body selector most of the host's pages agree on, with their count."""
        if not data.bodies or data.html_pages < self.min_pages:
            return None, 0
        found, count = data.bodies.most_common(1)[0]
        if count >= self._need(data.html_pages, BODY_SHARE):
            return found, count
        return None, 0


def _count_label(data: _HostData, b: Block, pieces: list[str], raw: list[str]) -> None:
    """Count a label line's label key (see LABEL_MAX): described by its label alone."""
    assert b.label is not None
    learned = data.blocks.get(b.label)
    if learned is None:
        learned = data.blocks[b.label] = Learned(b.path, "", None)
    elif learned.pages == 1:
        span = (b.first[0], b.first[0] + 1)
        learned.text, learned.snippet = text_of(pieces, span) + " …", snippet_of(raw, span)
    learned.pages += 1
    learned.prose_share = max(learned.prose_share, b.prose_share)


def _inside(data: _HostData, keys: set[int], outer: set[int]) -> set[int]:
    """The ``keys`` found inside a block of ``outer`` on some page."""
    found: set[int] = set()
    for parents in data.parents:
        for key in keys.intersection(parents):
            if _enclosing(parents, key, outer) is not None:
                found.add(key)
    return found


def _enclosing(parents: dict[int, int | None], key: int, among: set[int]) -> int | None:
    """The nearest block around ``key`` on a page (``parents``: each block's parent block)
    that is one of ``among``, or None."""
    up = parents.get(key)
    while up is not None and up not in among:
        up = parents.get(up)
    return up




def learn(pages: Iterable[tuple[str | None, bytes | str]], **options: float) -> dict[str, HostTemplate]:
    """Learn the templates of the hosts of ``pages`` (``(url, page)`` pairs)."""
    learner = Learner(**options)  # type: ignore[arg-type]
    for url, page in pages:
        learner.add(page, url=url)
    return learner.templates()
