"""Speed changes in the parse stage that must not change what it finds (issue #18)."""

from __future__ import annotations

import random
import re

from decruft import _parse
from decruft._parse import MAX_ATTRIBUTES

#: The crowded-tag search as it was written before the possessive repeat: the reference.
_OLD_ATTR = r"""(?>\s++[^\s<>"'=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s<>"']*+))?)"""


def _old_crowded(n: int) -> re.Pattern[str]:
    return re.compile(r"""<[A-Za-z][^\s<>"'/]*+(?=%s{%d})""" % (_OLD_ATTR, n))


def _new_crowded(n: int) -> re.Pattern[str]:
    """The module's construction of the crowded-tag search, for ``n`` attributes."""
    return re.compile(r"""<[A-Za-z][^\s<>"'/]*+(?=(?:%s){%d}+)""" % (_parse._ATTR_BODY, n))


def test_crowded_tag_search_finds_what_the_atomic_repeat_found() -> None:
    """The possessive repeat matches the same tags as the atomic group's repeat, on random
    markup made of the characters the attribute grammar turns on (quotes, '=', '<', '>',
    ASCII and non-ASCII whitespace), for small attribute counts."""
    rng = random.Random(18)
    pieces = ["<a", "<b ", "<x1", " ", "\t", "\xa0", "=", '"', "'", ">", "<", "/", "a", "b", "c=d", ' e="f"', " g='h'"]
    for n in (1, 2, 3, 4):
        old, new = _old_crowded(n), _new_crowded(n)
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text


def test_crowded_tag_at_the_limit() -> None:
    """MAX_ATTRIBUTES attributes pass; one more is found, whatever the values hold."""
    for value in ('"1"', "'>'", '"<p>"', "x", ""):
        attrs = "".join(f" a{i}={value}" if value else f" a{i}" for i in range(MAX_ATTRIBUTES))
        assert _parse._CROWDED_TAG.search(f"<p>x</p><div{attrs}>y</div>") is None
        crowded = f"<p>x</p><div{attrs} z>y</div>"
        found = _parse._CROWDED_TAG.search(crowded)
        assert found is not None and found.start() == crowded.index("<div")
