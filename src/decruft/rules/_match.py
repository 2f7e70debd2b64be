"""The rules' matchers, compiled once per rule set and shared: one regex for every rule's
class/id patterns, one for their headings, a table of their labels, an Aho-Corasick
automaton of their sentences; and the short text blocks a label or heading may be.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import Any

import ahocorasick
from lxml import etree

from .._parse import MEMO_KEY_CHARS, inner_text
from ._prefilter import TokenFilter
from ._vocab import Vocabulary, heading_match, normalize, vocabulary

#: Text nodes longer than this are never labels or headings.
SHORT_TEXT = 90
#: A heading phrase may be followed by at most this many words ("Most Read in News").
HEADING_EXTRA_WORDS = 4


def text_of(el: etree._Element) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join(inner_text(el).split())


_MISSING = object()
#: Class strings remembered per rule set; the memo is emptied when it reaches this size.
_MEMO_LIMIT = 200_000


@functools.lru_cache(maxsize=64)
def _attr_memo(names: tuple[str, ...]) -> dict[tuple[str | None, str | None], Any]:
    """(class, id) -> owning rule (or None), for one rule set. Class strings repeat across
    a site's pages; a plain dict lookup is much cheaper than a regex search."""
    return {}


def _attr_string(cls: str | None, ident: str | None) -> str:
    """The class and id matched as one string; an id that is a slug is left out."""
    if ident is not None and (ident.count("-") >= 3 or ident.count("_") >= 3):
        ident = None  # a slug of a heading ("sharing-with-a-single-developer"), not a widget name
    return f"{cls} {ident}" if cls is not None and ident is not None else (cls or ident or "")


def _attr_owner(names: tuple[str, ...], attrs: str) -> str | None:
    """The rule whose class/id patterns match ``attrs``.

    No pattern reaches across whitespace, so the class names are matched one by one and
    each one's matches are remembered: "container", "row" or "article-body" recur on every
    site, and one big alternation tried at each position of every new class string was the
    costliest regex work of a page.
    """
    attr_re, vocabs, by_token = _attr_matcher(names)
    if attr_re is None:
        return None
    could_match = _token_filter(names).could_match
    attrs = attrs.lower()
    for token in attrs.split() if by_token is not None else (attrs,):
        hits = by_token.get(token) if by_token is not None else None
        if hits is None:
            hits = (
                tuple(int(m.lastgroup[1:]) for m in attr_re.finditer(token))  # type: ignore[index]
                if by_token is None or could_match(token)
                else ()
            )
            if by_token is not None and len(token) <= MEMO_KEY_CHARS:
                if len(by_token) >= _MEMO_LIMIT:
                    by_token.clear()
                by_token[token] = hits
        for i in hits:
            v = vocabs[i]
            if v.exclude is None or not v.exclude.search(attrs):
                return v.name
    return None


#: A pattern fragment that could match whitespace: class names can then not be matched one by one.
_SPANS_SPACE = re.compile(r"\\[sSW]|\.|\[\^|\s")


@functools.lru_cache(maxsize=64)
def _attr_matcher(
    names: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, list[Vocabulary], dict[str, tuple[int, ...]] | None]:
    """One regex for all rules' class/id patterns (the named group tells the rule), and the
    memo of its matches per class name (``None`` when a pattern could span whitespace)."""
    vocabs = [vocabulary(n) for n in names]
    parts = [f"(?P<g{i}>{v.attr_source})" for i, v in enumerate(vocabs) if v.attr_source]
    if not parts:
        return None, vocabs, None
    by_token: dict[str, tuple[int, ...]] | None = None if any(_SPANS_SPACE.search(v.attr_source) for v in vocabs) else {}
    return re.compile(rf"(?:^|(?<=[\s\-_\d]))(?:{'|'.join(parts)})(?=$|[\s\-_\d])"), vocabs, by_token


@functools.lru_cache(maxsize=64)
def _token_filter(names: tuple[str, ...]) -> TokenFilter:
    """Tells the class names that cannot match any of the rules' class/id patterns apart
    without the regex (:mod:`decruft.rules._prefilter`)."""
    return TokenFilter([v.attr_source for v in (vocabulary(n) for n in names) if v.attr_source])


@dataclasses.dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """All rules' headings, labels and counts, compiled once for a rule set."""

    names: tuple[str, ...]
    heading_re: re.Pattern[str] | None
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
        m = self.heading_re.match(norm) if self.heading_re is not None else None
        if m is not None and m.lastgroup and heading_match(norm, m.group(0), HEADING_EXTRA_WORDS):
            return self.names[int(m.lastgroup[1:])], "heading"
        owner = self.labels.get(norm)
        if owner is not None:
            return owner, "label"
        for name, pattern in self.counts:
            if pattern.match(norm):
                return name, "label"
        return None


@functools.lru_cache(maxsize=64)
def phrase_matcher(names: tuple[str, ...]) -> PhraseMatcher:
    vocabs = [vocabulary(n) for n in names]
    labels: dict[str, str] = {}
    for v in vocabs:
        for label in v.labels:
            labels.setdefault(label, v.name)
    counts = tuple((v.name, v.counts) for v in vocabs if v.counts is not None)
    return PhraseMatcher(names, _build_heading_regex(vocabs), labels, counts, _first_words(vocabs))


def _build_heading_regex(vocabs: list[Vocabulary]) -> re.Pattern[str] | None:
    parts = []
    for i, v in enumerate(vocabs):
        if v.headings:
            alts = "|".join(re.escape(h) for h in sorted(v.headings, key=len, reverse=True))
            parts.append(f"(?P<g{i}>{alts})")
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})(?![\w'])")


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
        if len(node) > SHORT_TEXT * 3 or node.isspace():
            continue
        # The first word (as _first_word reads it) must open some phrase, or be a digit.
        m = opening(node[:40].lower())
        if m is None or (m.group(1) not in first_words and not m.group(1).isdigit()):
            continue
        owner = node.getparent()
        if node.is_tail and owner is not None:
            owner = owner.getparent()
        if owner is None or owner in seen or owner.tag in _CELL_TAGS:
            continue
        seen.add(owner)
        text = text_of(owner) if has_children(owner) else " ".join(node.split())
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
