"""Rule vocabularies: class/id patterns and multilingual phrase lists, loaded from data files.

``data/patterns.toml`` holds each rule's class/id patterns, tags and ARIA roles;
``data/phrases/<lang>.toml`` holds its heading, label and sentence phrases per
language. All languages are merged: a page's language is often undeclared or
wrong, and a phrase from another language rarely occurs by accident.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable

from .._data import toml

#: Languages whose phrase lists ship with decruft.
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs")

#: Decorative marks dropped from a text's end and from its start (a space too: once whitespace
#: is collapsed, the only whitespace left is a space between words).
_TRAILING = " :：»›>→…|·•-–—"
_LEADING = " »›>→•·|-–—#"


def normalize(text: str) -> str:
    """Lower-case, collapse whitespace, drop decorative leading/trailing marks."""
    return " ".join(text.split()).lower().rstrip(_TRAILING).lstrip(_LEADING).replace("’", "'")


@dataclasses.dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything one rule recognises, all languages merged."""

    name: str
    attr: re.Pattern[str] | None = None
    attr_source: str = ""
    exclude: re.Pattern[str] | None = None
    tags: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    labels: frozenset[str] = frozenset()
    sentences: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    counts: re.Pattern[str] | None = None
    #: ``counts``' alternation, unanchored, for patterns that look for a count inside a longer
    #: text; ``(?!)`` (matches nothing) where the rule has none.
    counts_source: str = "(?!)"


def _token_regex(fragments: list[str]) -> re.Pattern[str] | None:
    if not fragments:
        return None
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?:^|[\s\-_\d])(?:{body})(?=$|[\s\-_\d])")


@functools.cache
def phrase_tables() -> dict[str, dict[str, dict[str, list[str]]]]:
    """``{lang: {rule: {kind: [phrases]}}}`` as written in the data files."""
    return {lang: toml(f"phrases/{lang}.toml") for lang in LANGUAGES}


@functools.cache
def phrase_words(section: str, key: str) -> frozenset[str]:
    """``[<section>] <key>`` of every phrase file, merged: ``phrase_words("byline", "markers")``."""
    return frozenset(w for table in phrase_tables().values() for w in table.get(section, {}).get(key, []))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` as written, the longest first (so a phrase is never cut
    short by one it begins with: "is an" before "is a"); ``(?!)``, which matches nothing, for none."""
    return "|".join(sorted(map(re.escape, phrases), key=len, reverse=True)) or "(?!)"


@functools.cache
def vocabulary(rule: str) -> Vocabulary:
    """The merged vocabulary of one rule (empty when the data names none)."""
    patterns = toml("patterns.toml").get(rule, {})
    merged: dict[str, list[str]] = {"headings": [], "labels": [], "sentences": [], "prefixes": [], "counts": []}
    for table in phrase_tables().values():
        for kind, phrases in table.get(rule, {}).items():
            merged.setdefault(kind, []).extend(phrases)
    counts = merged["counts"]
    return Vocabulary(
        name=rule,
        attr=_token_regex(patterns.get("attr", [])),
        attr_source="|".join(f"(?:{f})" for f in patterns.get("attr", [])),
        exclude=_token_regex(patterns.get("exclude", [])),
        tags=tuple(patterns.get("tags", [])),
        roles=tuple(patterns.get("roles", [])),
        headings=tuple(dict.fromkeys(normalize(p) for p in merged["headings"])),
        labels=frozenset(normalize(p) for p in merged["labels"]),
        sentences=tuple(dict.fromkeys(p.lower() for p in merged["sentences"])),
        prefixes=tuple(dict.fromkeys(p.lower() for p in merged["prefixes"])),
        counts=re.compile(rf"^(?:{'|'.join(counts)})$") if counts else None,
        counts_source="|".join(counts) or "(?!)",
    )


#: Words that may follow a one-word heading ("Comments on this story", "Mehr aus Berlin").
_CONNECTORS = frozenset(
    "in on from at for of about to with by im am aus zu zum zur von vom für über de du des en sur dans pour "
    "del la las los el di da dal della dello em do dos das na no nos van op uit voor bij met".split()
)


def heading_match(norm: str, heading: str, max_extra: int) -> bool:
    """Does the normalised text ``norm`` read as the heading ``heading``?

    Exactly, or followed by at most ``max_extra`` words: freely after a
    phrase of two or more words ("Most Read in News"), only after a
    connector for a one-word heading ("Comments on this story"), so that
    "Staff morale is good" is not a "Staff" heading.
    """
    if not norm.startswith(heading):
        return False
    rest = norm[len(heading) :]
    if not rest:
        return True
    if rest[0].isalnum() or rest[0] in "'’":
        return False
    extra = rest.split()
    if not extra:
        return True
    if len(extra) > max_extra:
        return False
    return " " in heading or extra[0] in _CONNECTORS
