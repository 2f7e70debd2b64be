"""The rules' class/id patterns: which rule an element's class and id name.

One regex holds every rule's patterns (its named group tells the rule). No pattern reaches
across whitespace, so class names are matched one by one and each one's matches are
remembered per rule set: "container", "row" or "article-body" recur on every site. A new
name is first read by the prefilter (:mod:`._prefilter`), which tells where in it a match
may start (usually nowhere); the regex is tried there only. :class:`AttrMatcher` gathers a
rule set's regex, prefilter and memos, looked up once per page rather than once per element.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any

from .._classes import own_classes
from .._marks import byline_class
from .._parse import MEMO_KEY_CHARS
from ._prefilter import TokenFilter
from ._vocab import Vocabulary, vocabulary

_MISSING = object()
#: Class strings remembered per rule set; the memo is emptied when it reaches this size.
_MEMO_LIMIT = 200_000


@functools.lru_cache(maxsize=64)
def _attr_memo(names: tuple[str, ...]) -> dict[tuple[str | None, str | None], Any]:
    """(class, id) -> owning rule (or None), for one rule set. Class strings repeat across
    a site's pages; a plain dict lookup is much cheaper than a regex search."""
    return {}


def _attr_string(cls: str | None, ident: str | None) -> str:
    """The class and id matched as one string; an id that is a slug is left out, and so are a
    post's taxonomy classes (:func:`decruft._classes.own_classes`)."""
    if ident is not None and (ident.count("-") >= 3 or ident.count("_") >= 3):
        ident = None  # a slug of a heading ("sharing-with-a-single-developer"), not a widget name
    cls = own_classes(cls)  # a post's "tag-links" names its topic, not a link list
    return f"{cls} {ident}" if cls is not None and ident is not None else (cls or ident or "")


def _remember(memo: dict[Any, Any], key: Any, size: int, value: Any) -> None:
    """Keep ``value`` under ``key`` unless the key is longer than MEMO_KEY_CHARS; a memo that
    reached _MEMO_LIMIT entries is emptied first."""
    if size <= MEMO_KEY_CHARS:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[key] = value


@dataclasses.dataclass(frozen=True, slots=True)
class AttrMatcher:
    """One rule set's class/id matching: the regex, the prefilter's ``starts`` and the memos."""

    attr_re: re.Pattern[str] | None
    vocabs: list[Vocabulary]
    #: Each class name's matches (rule indices); None when a pattern could span whitespace.
    by_token: dict[str, tuple[int, ...]] | None
    starts: Callable[[str], list[int] | None]
    #: (class, id) -> owning rule or None.
    pairs: dict[tuple[str | None, str | None], Any]
    #: id -> the rule the id alone names, or None.
    ids: dict[str, Any]
    #: class -> (the rule it names or None, does it name a byline): the page walk's memo for the
    #: elements whose class is their one class/id attribute, most of a page's (no pair to hash).
    classes: dict[str, tuple[str | None, bool]]
    #: The rules, in order (the walk that files their hits, :func:`decruft._parse.attributed_elements`, reads them).
    names: tuple[str, ...]

    def owner(self, attrs: str) -> str | None:
        """The rule whose class/id patterns match ``attrs`` (class and id joined by a space)."""
        if self.attr_re is None:
            return None
        attrs = attrs.lower()
        by_token = self.by_token
        if by_token is None:
            return self._first(_token_hits(self.attr_re, attrs, None), attrs)
        for token in attrs.split():
            hits = by_token.get(token)
            if hits is None:
                hits = self._token(token)
            if hits and (found := self._first(hits, attrs)) is not None:
                return found
        return None

    def _token(self, token: str) -> tuple[int, ...]:
        """The rule indices of the class name ``token``'s matches, remembered (a name in which
        no match can start, :meth:`~._prefilter.TokenFilter.starts`, is not given to the regex)."""
        starts = self.starts(token)
        hits = () if starts == [] else _token_hits(self.attr_re, token, starts)  # type: ignore[arg-type]
        _remember(self.by_token, token, len(token), hits)  # type: ignore[arg-type]
        return hits

    def _first(self, hits: tuple[int, ...], attrs: str) -> str | None:
        """The first rule of ``hits`` that no exclude pattern of its own vetoes in ``attrs``."""
        for i in hits:
            v = self.vocabs[i]
            if v.exclude is None or not v.exclude.search(attrs):
                return v.name
        return None

    def of(self, cls: str | None, ident: str | None) -> str | None:
        """The rule an element's ``class`` and ``id`` name, remembered by the pair."""
        found = self.pairs.get((cls, ident), _MISSING)
        if found is _MISSING:
            found = self.owner(_attr_string(cls, ident))
            _remember(self.pairs, (cls, ident), len(cls or "") + len(ident or ""), found)
        return found  # type: ignore[no-any-return]

    def of_class(self, cls: str) -> tuple[str | None, bool]:
        """For an element with a class ``cls`` and no id: the rule the class names, and whether
        it names a byline (:func:`~decruft._marks.byline_class`), remembered by ``cls``."""
        found = self.classes.get(cls)
        if found is None:
            found = (self.owner(_attr_string(cls, None)), byline_class(cls))
            _remember(self.classes, cls, len(cls), found)
        return found

    def of_pair(self, cls: str | None, ident: str | None) -> tuple[str | None, bool]:
        """:meth:`of_class` for an element's class and id (either may be None, not both)."""
        if ident is None:
            return self.of_class(cls)  # type: ignore[arg-type]
        return self.of(cls, ident), cls is not None and byline_class(cls)

    def of_id(self, ident: str | None) -> str | None:
        """The rule an id alone names (None for no id): ids ("comments", "sidebar", "footer")
        recur across a site's pages."""
        if not ident:
            return None
        found = self.ids.get(ident, _MISSING)
        if found is _MISSING:
            found = self.owner(_attr_string(None, ident))
            _remember(self.ids, ident, len(ident), found)
        return found  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def attr_matcher(names: tuple[str, ...]) -> AttrMatcher:
    """The class/id matching of the rules ``names``, built once per rule set."""
    attr_re, vocabs, by_token = _attr_matcher(names)
    return AttrMatcher(attr_re, vocabs, by_token, _token_filter(names).starts, _attr_memo(names), {}, {}, names)


def _attr_owner(names: tuple[str, ...], attrs: str) -> str | None:
    """The rule of ``names`` whose class/id patterns match ``attrs``."""
    return attr_matcher(names).owner(attrs)


def _token_hits(attr_re: re.Pattern[str], token: str, starts: list[int] | None) -> tuple[int, ...]:
    """The rule index of each match ``attr_re.finditer(token)`` makes. Given ``starts``, the
    only places a match can start (:meth:`~._prefilter.TokenFilter.starts`), the regex is
    tried there alone: the first start at or past the previous match's end where it matches
    is where the scan would have found the next match."""
    if starts is None:
        return tuple(int(m.lastgroup[1:]) for m in attr_re.finditer(token))  # type: ignore[index]
    found: list[int] = []
    pos = 0
    for start in starts:
        if start >= pos and (m := attr_re.match(token, start)) is not None:
            found.append(int(m.lastgroup[1:]))  # type: ignore[index]
            pos = m.end()
    return tuple(found)


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
