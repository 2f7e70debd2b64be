"""Text helpers shared by the metadata modules: whitespace and invisible characters, word keys, short texts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def _clean(text: str | None) -> str:
    return " ".join((text or "").translate(_INVISIBLE).split())


def _text(value: Any) -> str:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    return ""


_WORD = re.compile(r"\w+")
_NOT_LETTERS = re.compile(r"[\W_]+")


def compact(name: str) -> str:
    """``name`` in lower case without spaces and punctuation: "HARBOURLIG.HT" and "Harbourlight",
    "RinkLeague.com" and "rinkleaguecom" are one name (a site's name, a host's, a brand's)."""
    return _NOT_LETTERS.sub("", name.casefold())


@functools.lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    """``text``'s words in lower case, one space apart: the key titles and headings are compared by
    (remembered: a page's titles and headings are compared with each other many times)."""
    return " ".join(_WORD.findall(text.lower()))


#: Elements whose text a reader never sees (headlines are read before they are stripped).
_NOT_SHOWN = frozenset({"script", "style", "template", "noscript", "rt", "rp"})


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _words(text: str) -> int:
    """Words in ``text``; a run of CJK characters counts one word per two characters."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def _short_text(el: etree._Element, limit: int) -> str | None:
    """The element's text, or None as soon as it passes ``limit`` characters (a wrapper, not a byline)."""
    return _joined_within(el.itertext(), limit)


def _joined_within(pieces: Iterable[str], limit: int) -> str | None:
    """The text ``pieces`` joined, or None as soon as they pass ``limit`` characters (the rest not read)."""
    parts = []
    size = 0
    for part in pieces:
        size += len(part)
        if size > limit:
            return None
        parts.append(part)
    return "".join(parts)


@functools.cache
def _byline_words(key: str) -> frozenset[str]:
    """``[byline] <key>`` of every phrase file: ``not_names`` ("posted on", "montag"),
    ``comment_verbs`` ("says", "sagt", "a dit")."""
    from ..rules._vocab import phrase_words

    return phrase_words("byline", key)
