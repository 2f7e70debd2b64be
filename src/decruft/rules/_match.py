"""The rules' matchers, compiled once per rule set and shared (the class/id patterns' in
:mod:`._attrs`): one regex for their headings, a table of their labels, an Aho-Corasick
automaton of their sentences; and the short text blocks a label or heading may be.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

import ahocorasick
from lxml import etree

from .._parse import MEMO_KEY_CHARS, inner_text
from .._spaces import collapsed
from .._textnode import text_owner
from ._attrs import _MEMO_LIMIT, _MISSING
from ._vocab import Vocabulary, heading_match, normalize, vocabulary

#: Text nodes longer than this are never labels or headings.
SHORT_TEXT = 90
#: A heading phrase may be followed by at most this many words ("Most Read in News").
HEADING_EXTRA_WORDS = 4


def text_of(el: etree._Element) -> str:
    """The element's text with whitespace collapsed."""
    return collapsed(inner_text(el))


@dataclasses.dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """All rules' headings, labels and counts, compiled once for a rule set."""

    names: tuple[str, ...]
    #: The headings by their opening word (:func:`_heading_table`).
    headings: dict[str, tuple[tuple[str, int], ...]]
    labels: dict[str, str]
    counts: tuple[tuple[str, re.Pattern[str]], ...]
    first_words: frozenset[str]
    #: classify()'s answers: short texts ("Share", "Read more", "3 comments") recur on every page.
    memo: dict[str, tuple[str, str] | None] = dataclasses.field(default_factory=dict)
    #: read()'s answers, by the text as found on the page.
    texts: dict[str, tuple[str, tuple[str, str] | None]] = dataclasses.field(default_factory=dict)

    def read(self, text: str) -> tuple[str, tuple[str, str] | None]:
        """A short text of the page normalised (:func:`~._vocab.normalize`), and what
        :meth:`classify` says of it; remembered by the text as found."""
        found = self.texts.get(text)
        if found is None:
            norm = normalize(text)
            found = norm, self.classify(norm)
            if len(text) <= MEMO_KEY_CHARS:
                if len(self.texts) >= _MEMO_LIMIT:
                    self.texts.clear()
                self.texts[text] = found
        return found

    def classify(self, norm: str) -> tuple[str, str] | None:
        """``(rule, "heading" | "label")`` for a normalised short text, or ``None``."""
        found = self.memo.get(norm, _MISSING)
        if found is _MISSING:
            found = self._classify(norm)
            if len(norm) <= MEMO_KEY_CHARS:
                if len(self.memo) >= _MEMO_LIMIT:
                    self.memo.clear()
                self.memo[norm] = found
        return found  # type: ignore[return-value]

    def _classify(self, norm: str) -> tuple[str, str] | None:
        heading = self.heading(norm)
        if heading is not None and heading_match(norm, heading[0], HEADING_EXTRA_WORDS):
            return self.names[heading[1]], "heading"
        owner = self.labels.get(norm)
        if owner is not None:
            return owner, "label"
        for name, pattern in self.counts:
            if pattern.match(norm):
                return name, "label"
        return None

    def heading(self, norm: str) -> tuple[str, int] | None:
        """The heading phrase that opens ``norm`` and ends at a word boundary (the first rule's,
        the longest of its), with the rule's index; None when no heading opens it."""
        for phrase, index in self.headings.get(_WORD_RUN.match(norm).group(), ()):  # type: ignore[union-attr]
            end = len(phrase)
            if norm.startswith(phrase) and (end == len(norm) or _WORD_CHAR.match(norm, end) is None):
                return phrase, index
        return None


@functools.lru_cache(maxsize=64)
def phrase_matcher(names: tuple[str, ...]) -> PhraseMatcher:
    vocabs = [vocabulary(n) for n in names]
    labels: dict[str, str] = {}
    for v in vocabs:
        for label in v.labels:
            labels.setdefault(label, v.name)
    counts = tuple((v.name, v.counts) for v in vocabs if v.counts is not None)
    return PhraseMatcher(names, _heading_table(vocabs), labels, counts, _first_words(vocabs))


#: A word character as a heading's end reads it: a heading ends where none follows.
_WORD_CHAR = re.compile(r"[\w']")
#: The opening run of word characters of a text. A heading that opens a text and ends at a word
#: boundary opens with the text's own opening run: only headings filed under it are tried.
_WORD_RUN = re.compile(r"[\w']*")


def _heading_table(vocabs: list[Vocabulary]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Every rule's headings filed by their opening run (:data:`_WORD_RUN`) as ``(phrase, rule
    index)``, in the order they are tried: by rule, then longest first, so that the first one that
    opens a text is the one a single alternation of them all (rule by rule, longest first) finds."""
    table: dict[str, list[tuple[int, int, str]]] = {}
    for i, v in enumerate(vocabs):
        for order, phrase in enumerate(sorted(v.headings, key=len, reverse=True)):
            table.setdefault(_WORD_RUN.match(phrase).group(), []).append((i, order, phrase))  # type: ignore[union-attr]
    return {run: tuple((phrase, i) for i, _, phrase in sorted(entries)) for run, entries in table.items()}


#: Table cells hold data: a "Share" column header is not a share button.
_CELL_TAGS = frozenset({"td", "th", "caption"})
_FIRST_WORD = re.compile(r"[^\W\d_][\w']*|\d")


def _first_word(text: str) -> str:
    low = text.lower()
    # Most texts open with a plain word: the regex would match exactly that first chunk.
    chunk = low.split(None, 1)
    if chunk and chunk[0].isalpha():
        return chunk[0]
    m = _FIRST_WORD.search(low)
    return "" if m is None else m.group(0)


def _first_words(vocabs: list[Vocabulary]) -> frozenset[str]:
    """First words of every label and heading: a cheap filter before the full match."""
    words = {"0"}  # any digit: comment counts, reading times
    for v in vocabs:
        for phrase in (*v.labels, *v.headings):
            words.add(_first_word(phrase))
        if v.counts is not None:
            words.update(re.findall(r"(?<![\\\w])[a-zà-ÿ]{3,}", v.counts.pattern))
    return frozenset(words)


#: The first word of a text as :func:`_first_word` reads it, from the text lower-cased: past
#: any marks, a run of letters (digits, "_" and "'" may follow its first letter) or one digit.
_OPENING_WORD = re.compile(r"[\W_]*+([^\W\d_][\w']*|\d)")


def _short_blocks(
    nodes: list[etree._ElementUnicodeResult], first_words: frozenset[str]
) -> Iterator[tuple[etree._Element, str]]:
    """Elements holding a short text that may be a label or heading, with that text
    (whitespace collapsed): found from short text nodes whose first word opens some
    phrase. :func:`wrapper` climbs from such an element through the wrappers that add
    no text (``<li><span>Updated</span></li>``: the ``li``).
    """
    seen: set[etree._Element] = set()
    opening = _OPENING_WORD.match
    for node in nodes:
        if len(node) > SHORT_TEXT * 3:
            continue
        # The first word (as _first_word reads it) must open some phrase, or be a digit (a
        # node of only whitespace has no word).
        m = opening(node[:40].lower())
        if m is None:
            continue
        word = m.group(1)
        if word not in first_words and not word.isdigit():
            continue
        owner = text_owner(node)
        if owner is None or owner in seen or owner.tag in _CELL_TAGS:
            continue
        seen.add(owner)
        # The whole text when it has children. len() counts them in C: iterating would make an
        # iterator and the first child's proxy, ten times the cost for the few children a short text's owner has.
        text = text_of(owner) if len(owner) else collapsed(node)
        if len(text) <= SHORT_TEXT:
            yield owner, text


def wrapper(el: etree._Element) -> etree._Element:
    """The outermost element around ``el`` that adds no text and no sibling.

    No text node of the page belongs to an element climbed through (its own text and its
    one child's tail are blank), so :func:`_short_blocks` never meets one as a text's
    owner: climbing only for the texts that match a phrase finds the same blocks."""
    while True:
        parent = el.getparent()
        if (
            parent is None
            or el.getprevious() is not None
            or el.getnext() is not None
            or parent.tag in ("body", "html")
            or (parent.text and not parent.text.isspace())
            or (el.tail and not el.tail.isspace())
        ):
            return el
        el = parent


def has_children(el: etree._Element) -> bool:
    """O(1), unlike ``len(el)``, which counts every child."""
    for _ in el:
        return True
    return False


@functools.lru_cache(maxsize=64)
def sentence_automaton(names: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton of every rule's sentences, mapping each to the rules that own it."""
    owners: dict[str, list[str]] = {}
    for name in names:
        for sentence in vocabulary(name).sentences:
            owners.setdefault(sentence, []).append(name)
    if not owners:
        return None
    automaton = ahocorasick.Automaton()
    for sentence, rules in owners.items():
        automaton.add_word(sentence, tuple(rules))
    automaton.make_automaton()
    return automaton
