"""Pass 1: the scrape's lines, and the cruft lines among them.

Every line is checked against the rules' vocabularies: a label ("Show more comments",
"Updated") or a sentence ("we use cookies") marks the line as cruft; a rail heading ("Most
Read in News", "Journalists") marks the lines after it too, until article prose resumes (a
footer heading does so only in the page's second half).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

import ahocorasick

from .._render._block import drop_invisible
from ..rules._match import PhraseMatcher, phrase_matcher, sentence_automaton
from ..rules._vocab import normalize, vocabulary

#: Rail sections (after "Most Read", "Journalists"...) end at a prose line at least this long...
PROSE_LINE = 80
#: ...and never run longer than this many lines.
MAX_SECTION_LINES = 40
#: ...and this many lines in, end at the headline (:meth:`_Sections._headline`).
MENU_SECTION = 5
#: ...under a line of at most this many words.
MENU_WORDS = 3
#: A prose line has at least this many words.
PROSE_WORDS = 12
#: Lines longer than this are never cruft because of a sentence they contain.
SENTENCE_LINE = 1000
#: Families whose headings take the following lines with them.
SECTION_RULES = ("most-read", "related", "staff-list", "comments", "footer", "newsletter", "share", "ads")
#: Footer headings open a section only from this share of the page's lines on.
FOOTER_FROM = 0.5
#: Lines labelled between two looks at the clock.
CHECK_EVERY = 256

BULLET = re.compile(r"^\s*(?:[•·▪◦*\-–]|\d{1,3}[.)])\s+")
#: A line ending like a sentence: its punctuation or a closing quote or bracket, with footnote
#: or source marks after it ("...in 1990.[3]", "...is final. [K2 / JR]"), not a teaser's
#: tag alone ("...to greet fans [+new photos]").
SENTENCE_END = re.compile(r"[.!?…:;\"'”’“‘»)。！？」』）](?:\s?\[[^\[\]]{1,40}\])*$")
#: A character of a script written without spaces between words: CJK punctuation, kana, ideographs,
#: hangul (U+3000 to U+D7AF, the range :func:`has_wide` looks for; fullwidth forms count as letters)...
WIDE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")
#: ...says as much as this many characters of a spaced script (a word of two or three of them
#: is a word of five to eight letters): line lengths and word counts are measured so.
WIDE_WEIGHT = 3


@dataclasses.dataclass(slots=True)
class Line:
    index: int  # 0-based line number in the input
    text: str  # stripped, bullet kept
    block: int  # blank-line separated block number
    rule: str | None = None  # cruft family, when the line is cruft
    heads: bool = False  # the line is a heading that opens a cruft section
    label: bool = False  # the line is cruft by its own words (not as part of a section)
    size: int = 0  # its length as a spaced script's (:func:`size`), as split_lines measures it


def span(run: list[Line]) -> str:
    """The 1-based line numbers of ``run`` (lines of one removal) as a removal's ``where``: "line 4", "lines 4-9"."""
    return f"line {run[0].index + 1}" if len(run) == 1 else f"lines {run[0].index + 1}-{run[-1].index + 1}"


def place(lines: list[Line], line: Line) -> int:
    """Where ``line`` itself stands in ``lines`` (a list it is in)."""
    return next(k for k, ln in enumerate(lines) if ln is line)


def split_lines(raw: list[str], text: str | None = None) -> list[Line]:
    """The scrape's lines (``raw``, split from ``text``) that are not blank, with their blocks;
    the characters that print nothing (:func:`~decruft._render._block.drop_invisible`: a
    zero-width space, a word joiner, a byte-order mark) are no part of a line."""
    out = []
    block = 0
    measure = size if has_wide("\n".join(raw) if text is None else text) else len
    for i, line in enumerate(raw):
        stripped = " ".join(drop_invisible(line).split())  # a line of only a zero-width space is blank
        if not stripped:
            block += 1
            continue
        out.append(Line(i, stripped, block, size=measure(stripped)))
    return out


#: The first byte of a wide character's UTF-8 (U+3000 to U+DFFF: CJK punctuation, kana, ideographs, hangul).
_WIDE_LEADS = tuple(bytes([b]) for b in range(0xE3, 0xEE))


def has_wide(text: str) -> bool:
    """Does the scrape hold a wide character (:data:`WIDE`)? One look at its bytes, so that a page
    without one measures its lines by their length alone."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _WIDE_LEADS)


def line_rule(text: str, enabled: tuple[str, ...]) -> tuple[str | None, bool]:
    """``(rule, heads_section)`` for one line, or ``(None, False)``."""
    return _line_rule(text, _matchers(enabled))


@dataclasses.dataclass(frozen=True, slots=True)
class _Matchers:
    """What :func:`line_rule` reads a line with, for one set of enabled rules (found once)."""

    phrases: PhraseMatcher
    #: Every prefix of the rules' vocabularies, and each rule's own (the rules that have some, in order).
    prefixes: tuple[str, ...]
    named: tuple[tuple[str, tuple[str, ...]], ...]
    sentences: ahocorasick.Automaton | None


@functools.lru_cache(maxsize=64)
def _matchers(enabled: tuple[str, ...]) -> _Matchers:
    named = tuple((name, vocabulary(name).prefixes) for name in enabled if vocabulary(name).prefixes)
    every = tuple(p for _, prefixes in named for p in prefixes)
    return _Matchers(phrase_matcher(enabled), every, named, sentence_automaton(enabled))


#: What a bulleted line (:data:`BULLET`) opens with, but a space or a digit.
_BULLET_MARKS = frozenset("•·▪◦*-–")


def _unbulleted(text: str) -> str:
    """``text`` without its bullet (:data:`BULLET`), looked for only where the line opens with a
    space, a digit or a mark: no other line can match it."""
    first = text[:1]
    if first in _BULLET_MARKS or first.isspace() or first.isdecimal():
        return BULLET.sub("", text)
    return text


def _line_rule(text: str, m: _Matchers) -> tuple[str | None, bool]:
    norm = normalize(_unbulleted(text))
    if not norm:
        return None, False
    if norm.count(" ") < 12:  # 12 words at most: normalize leaves one space between words
        found = m.phrases.classify(norm)
        if found is not None:
            return found[0], found[1] == "heading" and found[0] in SECTION_RULES
    # One look for all rules' prefixes; the rule's, only where one opens a teaser's line.
    if len(text) <= 250 and norm.startswith(m.prefixes) and _teaser_prefix(norm, text, m.prefixes):
        return next(name for name, prefixes in m.named if norm.startswith(prefixes)), False
    if len(text) <= SENTENCE_LINE and m.sentences is not None:
        for _end, owners in m.sentences.iter(text.lower()):
            return owners[0], False
    return None, False


def _teaser_prefix(norm: str, text: str, prefixes: tuple[str, ...]) -> bool:
    """Does the line ``text`` (``norm`` normalized) open a teaser with one of ``prefixes``? A
    prefix ending in a colon always does ("Read more: ..."); one without only on a line that
    does not read as prose: "Auch auf dem Camp haben wir..." is a sentence of the article that
    opens with the words of "Auch auf Beispielblatt online"."""
    return any(p.endswith(":") for p in prefixes if norm.startswith(p)) or not is_prose(text)


class _Sections:
    """The rail section open while labelling (after "Most Read"...), and where it ends."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        # Each block's lines, gathered the first time a section asks (:meth:`_block_text`).
        self.blocks: dict[int, list[Line]] | None = None
        # Whether each block reads as prose, worked out once per block: asked for each line of a
        # section, it cost O(n^2) on a scrape of one long block of teaser lines (1.1 MB: 262 s).
        self.block_prose: dict[int, bool] = {}
        self.section: str | None = None
        self.section_lines = 0
        self.page_title = normalize(lines[0].text) if lines else ""

    def _block_text(self, block: int) -> str:
        """The block's text where it is a paragraph wrapped over several lines (it reads as prose
        as a whole, not line by line), else ""; asked once per block (``block_prose``)."""
        if self.blocks is None:
            self.blocks = {}
            for ln in self.lines:
                self.blocks.setdefault(ln.block, []).append(ln)
        members = self.blocks[block]
        return " ".join(ln.text for ln in members) if wrapped(members) else ""

    def opens(self, i: int, rule: str, heads: bool) -> None:
        """Line ``i`` is cruft of ``rule``; a heading opens a section."""
        # A footer heading in the page's first half is a menu entry ("Contact"): it opens no section.
        if heads and not (rule == "footer" and i < len(self.lines) * FOOTER_FROM):
            self.section, self.section_lines = rule, 0

    def _headline(self, i: int, text: str) -> bool:
        """Whether line ``i``, in the page's first half and at least ``MENU_SECTION`` lines into
        the section, repeats the page title (the first line) or the larger part of it: the
        headline, which no rail's heading reaches down to (a menu's item that reads like one,
        "Authors", opened the section) and whose line above is a menu's item of a few words. Right
        under a rail's heading, or under a teaser's headline, it is the rail's own item."""
        if self.section_lines < MENU_SECTION or 2 * i > len(self.lines) or 2 * len(text) < len(self.page_title):
            return False
        if is_prose(text) or word_count(self.lines[i - 1].text) > MENU_WORDS:
            return False
        norm = normalize(text)
        return 2 * len(norm) >= len(self.page_title) and norm in self.page_title

    def follows(self, i: int) -> str | None:
        """The open section's rule for line ``i`` (not cruft by its own words), or None."""
        if self.section is None:
            return None
        ln = self.lines[i]
        self.section_lines += 1
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        # Prose ends a rail; one teaser headline that reads like a sentence does not.
        resumes = is_prose(ln.text) and (len(ln.text) >= 2 * PROSE_LINE or is_prose(nxt))
        prose = self.block_prose.get(ln.block)
        if prose is None:
            prose = self.block_prose[ln.block] = is_prose(self._block_text(ln.block))
        if resumes or prose or self.section_lines > MAX_SECTION_LINES or self._headline(i, ln.text):
            self.section = None
        return self.section


def label(lines: list[Line], enabled: tuple[str, ...], check: Callable[[], None] = lambda: None) -> None:
    sections = _Sections(lines)
    matchers = _matchers(enabled)
    for i, ln in enumerate(lines):
        if i % CHECK_EVERY == CHECK_EVERY - 1:
            check()
        if ln.rule is not None:  # marked by the site rule
            continue
        rule, heads = _line_rule(ln.text, matchers)
        if rule is not None:
            ln.rule = rule
            ln.heads = heads
            ln.label = True
            sections.opens(i, rule, heads)
            continue
        section = sections.follows(i)
        if section is not None:
            ln.rule = section


def _wide(text: str) -> int:
    """How many characters of ``text`` belong to a script written without spaces (:data:`WIDE`)."""
    return 0 if text.isascii() else len(WIDE.findall(text))


def size(text: str) -> int:
    """The length of ``text`` as a spaced script's: a wide character counts ``WIDE_WEIGHT``
    (a Chinese paragraph of 60 characters says as much as an English one of 180)."""
    return len(text) + (WIDE_WEIGHT - 1) * _wide(text)


def word_count(text: str) -> int:
    """The words of ``text``: its space-separated words, and two wide characters as one more."""
    return len(text.split()) + _wide(text) // 2


def is_prose(text: str) -> bool:
    """Does ``text`` read as a sentence of prose: long enough, of enough words (:func:`size`,
    :func:`word_count`), ending like a sentence?"""
    if len(text) >= PROSE_LINE and len(text.split()) >= PROSE_WORDS:
        return bool(SENTENCE_END.search(text))
    # Only wide characters can make up what it lacks: they count more than one letter, or word.
    if len(text) * WIDE_WEIGHT < PROSE_LINE or text.isascii():
        return False
    return size(text) >= PROSE_LINE and word_count(text) >= PROSE_WORDS and bool(SENTENCE_END.search(text))


def wrapped(block: list[Line]) -> bool:
    """A paragraph wrapped over several lines, rather than a list of short items."""
    return sum(ln.size for ln in block) / len(block) >= 40 and not any(BULLET.match(ln.text) for ln in block)
