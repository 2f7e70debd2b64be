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
import tomllib
from importlib import resources

#: Languages whose phrase lists ship with decruft.
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")

_TRAILING = re.compile(r"[\s:：»›>→…|·•\-–—]+$")
_LEADING = re.compile(r"^[\s»›>→•·|\-–—#]+")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case, collapse whitespace, drop decorative leading/trailing marks."""
    text = _SPACES.sub(" ", text).strip().lower()
    text = _TRAILING.sub("", text)
    return _LEADING.sub("", text).replace("’", "'")


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


def _token_regex(fragments: list[str]) -> re.Pattern[str] | None:
    if not fragments:
        return None
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?:^|[\s\-_\d])(?:{body})(?=$|[\s\-_\d])")


def _read_toml(name: str) -> dict[str, dict[str, list[str]]]:
    path = resources.files("decruft").joinpath("data", name)
    return tomllib.loads(path.read_text(encoding="utf-8"))


@functools.cache
def phrase_tables() -> dict[str, dict[str, dict[str, list[str]]]]:
    """``{lang: {rule: {kind: [phrases]}}}`` as written in the data files."""
    return {lang: _read_toml(f"phrases/{lang}.toml") for lang in LANGUAGES}


@functools.cache
def vocabulary(rule: str) -> Vocabulary:
    """The merged vocabulary of one rule (empty when the data names none)."""
    patterns = _read_toml("patterns.toml").get(rule, {})
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
    )
