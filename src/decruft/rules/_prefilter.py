"""A C-speed test that a class name cannot match any rule's class/id patterns.

Most class names on a page ("container", "row", "col-md-6") match no pattern, yet each new
one cost a try of the rules' one big alternation at every position (3.4 µs a name; about
150 new names a page). Every pattern fragment starts with a literal ("cookies?\\w*" with
"cook", "(?:vjs|jw)-\\w+" with "vjs-" or "jw-"): the literal openings of all fragments go
into one Aho-Corasick automaton, and a name in which none of them starts at a token
boundary (the name's start, or after whitespace, "-", "_" or a digit: where the patterns
may start) is known to match nothing without running the regex. The test only ever says
"no match" when the regex would find none; names that pass are matched as before.
"""

from __future__ import annotations

import re._constants as sre_c  # type: ignore[import-not-found]  # the regex parser: no stubs
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

import ahocorasick

#: Literal openings are read up to this many characters: long enough to be rare in class names.
PREFIX_CHARS = 8

_Prefixes = set[tuple[str, bool]]  # (opening, complete): complete = nothing is known after it


def _options(op: Any, av: Any) -> _Prefixes | None:
    """The openings one regex item can contribute, or None when it cannot be spelt out."""
    if op is sre_c.LITERAL:
        return {(chr(av), False)}
    if op is sre_c.SUBPATTERN:
        return _openings(av[3])
    if op is sre_c.BRANCH:
        found: _Prefixes = set()
        for seq in av[1]:
            found |= _openings(seq)
        return found
    if op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av):
        return {(chr(c), False) for _, c in av}
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, item = av
        inner = _openings(item)
        if low == 0 and high == 1:
            return inner | {("", False)}
        if low >= 1:  # one pass known; what follows is not spelt out
            return {(s, True) for s, _ in inner}
    return None


def _openings(seq: Any) -> _Prefixes:
    """``(opening, stopped)`` pairs: every string the pattern ``seq`` matches starts with one
    of the openings (cut to PREFIX_CHARS; ``stopped`` when the pattern went on unknown)."""
    found: _Prefixes = {("", False)}
    for op, av in seq:
        options = _options(op, av)
        grown: _Prefixes = set()
        for text, stopped in found:
            if stopped or len(text) >= PREFIX_CHARS:
                grown.add((text, True))
            elif options is None:
                grown.add((text, True))
            else:
                for more, more_stopped in options:
                    joined = text + more
                    grown.add((joined[:PREFIX_CHARS], more_stopped or len(joined) >= PREFIX_CHARS))
        found = grown
    return found


def literal_openings(fragment: str) -> set[str]:
    """Strings one of which opens every match of the regex ``fragment`` ('' when unknown)."""
    return {text for text, _ in _openings(sre_parse.parse(fragment))}


class TokenFilter:
    """``could_match(token)``: False only when no fragment can match in ``token`` at a token
    boundary. Built from the fragments' literal openings; with an empty opening (a fragment
    that starts with ``\\w`` or ``.``) it passes every token."""

    def __init__(self, fragments: list[str]) -> None:
        openings: set[str] = set()
        for fragment in fragments:
            openings |= literal_openings(fragment)
        self.always = "" in openings
        self.automaton = ahocorasick.Automaton()
        for text in openings:
            if text:
                self.automaton.add_word(text, len(text))
        if openings - {""}:
            self.automaton.make_automaton()
        else:
            self.always = True

    def could_match(self, token: str) -> bool:
        return self.always or bool(self.starts(token))

    def starts(self, token: str) -> list[int] | None:
        """Where in ``token`` a match may start, in order: the token boundaries at which an
        opening starts (every match starts at one); None when that is not known (``always``)."""
        if self.always:
            return None
        found: set[int] = set()
        for end, size in self.automaton.iter(token):
            start = end - size + 1
            if start == 0:
                found.add(0)
                continue
            before = token[start - 1]
            if before in "-_" or before.isdecimal() or before.isspace():
                found.add(start)
        return sorted(found)
