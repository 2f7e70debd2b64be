"""Common given names (``data/given_names.txt``, from Faker's first-name lists, MIT): does a
line print a person's name?"""

from __future__ import annotations

import functools

from .._data import word_list


@functools.cache
def _given_names() -> frozenset[str]:
    """The case-folded names of ``data/given_names.txt`` (lines of ``#`` are its header)."""
    return frozenset(name.casefold() for name in word_list("given_names.txt"))


def given_name(word: str) -> bool:
    """Is ``word`` a common given name ("Jessica", "JESSICA", "Hans-Jürgen"; a hyphenated one by
    its first part too: "Lisa-Sophie"; Turkish dotless "ı" read as "i": "Kazım")?"""
    folded = word.casefold().replace("ı", "i")
    names = _given_names()
    return folded in names or ("-" in folded and folded.split("-", 1)[0] in names)


def opens_with_given_name(name: str) -> bool:
    """Does the name ``name`` open with a common given name, past titles and initials
    ("Prof. Dr. Jane Roe", "J. Jane Roe")?"""
    words = [w for w in name.split() if not w.endswith(".")]
    return bool(words) and given_name(words[0])
