"""The :class:`Block` records, the builder that makes them from inline text, and the escaping of
text for Markdown and HTML."""

from __future__ import annotations

import dataclasses
import html as _html
import re
from collections.abc import Callable

_SPACE_CHARS = " \t\r\f\v\u00a0\u2009\u202f"
#: The space characters :func:`_tidy` turns into " " before collapsing runs of " ".
_OTHER_SPACES = _SPACE_CHARS[1:]
#: Characters that print nothing, dropped by :func:`_tidy`: the zero-width space (CMS editors
#: leave them between words and in "empty" paragraphs), the word joiner and the byte-order mark
#: pasted from a file. Not the soft hyphen (part of the word as the page's truth sets copy it),
#: nor the zero-width (non-)joiners, which change how Persian or an emoji sequence prints.
INVISIBLE = ("\u200b", "\u2060", "\ufeff")
#: Runs of two or more " ": a search for a literal prefix, several times quicker than one for a
#: class of characters (which the regex engine tries at every position).
_SPACE_RUNS = re.compile("  +")
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<]")
#: ``<`` too: page text such as ``&lt;img onerror=...&gt;`` must stay text, not become raw HTML.
_MD_SPECIAL_CHARS = ("\\", "`", "*", "_", "[", "]", "<")
#: Link schemes that run code or smuggle a document in: such links keep their text, not their target.
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
#: Ignored when reading a link's scheme: browsers drop C0 controls and spaces around a URL and
#: tabs and newlines anywhere in it ("java\tscript:" is javascript:); every blank goes, to be safe.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")


@dataclasses.dataclass(slots=True)
class Block:
    """One block of the article: its kind, plain text and inline Markdown/HTML."""

    kind: str  # "h1".."h6", "p", "li", "quote", "pre", "row", "caption"
    text: str
    md: str
    html: str
    depth: int = 0  # list nesting
    ordered: bool = False
    index: int = 0  # position in an ordered list
    header: bool = False  # table header row
    cells: tuple[str, ...] = ()


class _Builder:
    """Accumulates inline text and emits blocks at block boundaries.

    The current block is kept as plain-text pieces; its Markdown and HTML are
    made at :meth:`flush` by escaping the joined text once. Only pieces with
    their own markup (links, emphasis; see :meth:`add_marked`) are remembered
    separately, with their position among the pieces.
    """

    def __init__(self, check: Callable[[], None] | None = None) -> None:
        self.check = check
        self.visited = 0
        self.blocks: list[Block] = []
        #: The current block's plain-text pieces (the walk tests it to skip an empty flush).
        self.pieces: list[str] = []
        self._marks: list[tuple[int, str, str]] = []  # (index in pieces, md, html)
        self.kind = "p"
        self.list_stack: list[list[int]] = []  # [ordered(0/1), counter]
        self.quote = 0
        self.pre = 0

    def add(self, text: str | None) -> None:
        """Add plain text; outside ``<pre>`` its newlines are spaces."""
        if text:
            self.pieces.append(text if self.pre else text.replace("\n", " "))

    def add_marked(self, text: str, md: str, markup: str) -> None:
        """Add text that has its own Markdown and HTML (a link, bold, ...)."""
        if text:
            self._marks.append((len(self.pieces), md, markup))
            self.add(text)

    def newline(self) -> None:
        """A ``<br>``: a line break in the text and Markdown, ``<br>`` in the HTML.

        (A Markdown hard break's two trailing spaces would be stripped by
        :func:`_tidy`, so the Markdown has a plain newline.)
        """
        self.pieces.append("\n")

    def flush(self) -> None:
        """Turn the accumulated pieces into a block (if they hold any text)."""
        pieces = self.pieces
        if not pieces:
            return
        self.pieces = []
        marks = self._marks
        if marks:
            self._marks = []
        raw = "".join(pieces)
        if raw.isspace():  # e.g. the indentation between two blocks
            return
        if self.pre:
            text = raw.strip("\n")
            md = text
            markup = _html.escape(text, quote=False)
        else:
            text = _tidy(raw)
            if not text:  # only characters that print nothing (:data:`INVISIBLE`)
                return
            if marks:
                md, markup = _marked(pieces, marks)
                md, markup = _tidy(md), _tidy(markup)
            else:
                # Escaping leaves the spacing alone, so it can follow _tidy; in HTML,
                # though, line breaks are <br> and the lines are not stripped.
                md = _md_escape(text)
                markup = _html.escape(text, quote=False) if "\n" not in raw else _tidy(_html_escape(raw))
        kind = self.kind
        if self.pre:
            kind = "pre"
        elif self.quote and kind == "p":
            kind = "quote"
        block = Block(kind=kind, text=text, md=md, html=markup)
        if kind == "li" and self.list_stack:
            ordered, counter = self.list_stack[-1]
            block.depth = len(self.list_stack) - 1
            block.ordered = bool(ordered)
            block.index = counter
        self.blocks.append(block)


def _md_escape(text: str) -> str:
    """Backslash-escape Markdown's special characters (and ``<``, which would start raw HTML)."""
    if any(map(text.__contains__, _MD_SPECIAL_CHARS)):
        return _MD_SPECIAL.sub(r"\\\g<0>", text)
    return text


md_escape = _md_escape


def safe_href(href: str) -> bool:
    """Whether a link target may be kept: not empty, not an in-page ``#`` anchor, and no
    ``javascript:``, ``vbscript:`` or ``data:`` URL in any case or with blanks inside."""
    target = _URL_IGNORED.sub("", href).lower()
    return bool(target) and not target.startswith(("#", *_UNSAFE_SCHEMES))


def _html_escape(text: str) -> str:
    """Escape plain text (outside ``<pre>``) for HTML; its newlines are ``<br>`` breaks."""
    return _html.escape(text, quote=False).replace("\n", "<br>")


def _marked(pieces: list[str], marks: list[tuple[int, str, str]]) -> tuple[str, str]:
    """Markdown and HTML of pieces some of which carry their own markup."""
    md: list[str] = []
    markup: list[str] = []
    start = 0
    for index, piece_md, piece_html in marks:
        if index > start:
            run = "".join(pieces[start:index])
            md.append(_md_escape(run))
            markup.append(_html_escape(run))
        md.append(piece_md)
        markup.append(piece_html)
        start = index + 1
    if start < len(pieces):
        run = "".join(pieces[start:])
        md.append(_md_escape(run))
        markup.append(_html_escape(run))
    return "".join(md), "".join(markup)


def drop_invisible(text: str) -> str:
    """``text`` without the :data:`INVISIBLE` characters (looked for only in non-ASCII text:
    the string knows at once whether it is ASCII)."""
    if not text.isascii():
        for mark in INVISIBLE:
            if mark in text:
                text = text.replace(mark, "")
    return text


def _tidy(text: str) -> str:
    """Drop the :data:`INVISIBLE` characters, collapse runs of spaces (:data:`_SPACE_CHARS`) to
    one " ", strip each line and drop the empty ones. The other space characters become " "
    first (each replaced only when present: a test for one character is a fast scan), so each
    run is then a run of " "."""
    for space in _OTHER_SPACES:
        if space in text:
            text = text.replace(space, " ")
    text = drop_invisible(text)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if "\n" not in text:
        return text.strip()
    return "\n".join(line for line in map(str.strip, text.split("\n")) if line)
