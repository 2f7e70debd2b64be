"""Roles, desks and degrees printed with a name, taken off it: "Howard BlumeStaff Writer", "CNN
Political Reporter Jane Roe", "Jane Roe (Senior Sports Writer)" → the name (``[byline] roles``)."""

from __future__ import annotations

import functools
import re

from ._common import _byline_words


@functools.cache
def _roles() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """``(roles, glued)``: the ``[byline] roles`` of every phrase file (casefolded), and a
    pattern of the place where one, or a ``trailing`` word, capitalised, is glued to the name
    before it ("BlumeStaff Writer", "Jane RoeThursday")."""
    roles = _byline_words("roles")
    glueable = roles | _byline_words("trailing")
    titled = sorted({" ".join(w[:1].upper() + w[1:] for w in role.split()) for role in glueable}, key=len, reverse=True)
    glued = re.compile(rf"(?<=[a-zß-ÿ])(?=(?:{'|'.join(map(re.escape, titled))})(?:\W|$))") if titled else None
    return roles, glued


@functools.cache
def _glue_points() -> re.Pattern[str]:
    """Where a glued role (:func:`_roles`) can start: a lower-case letter before the first letter
    of a capitalised role. A cheap test that most names fail, before the long glued pattern."""
    firsts = {role[:1].upper() for role in _byline_words("roles") | _byline_words("trailing")}
    return re.compile(rf"[a-zß-ÿ][{''.join(map(re.escape, sorted(firsts)))}]")


#: A bracketed part at the end of a name: "(Senior Sports Writer)", "(Reuters)".
_BRACKETED = re.compile(r"\(([^()]*)\)?\s*$")
#: A role word counts inside a compound ("Stadtblatt-Online-Experte", "Wirtschaftsredakteur") from this length.
_COMPOUND_ROLE = 6


def _is_role(word: str, roles: frozenset[str]) -> bool:
    """Is ``word`` one of ``roles``, or a compound ending in one of at least :data:`_COMPOUND_ROLE`
    letters ("Wirtschaftsredakteur")? The word's endings are looked up, not each role's."""
    low = word.casefold().strip(".,;:()")
    if low in roles:
        return True
    compound = _compound_roles(roles)
    return any(low[i:] in compound for i in range(1, len(low) - _COMPOUND_ROLE + 1))


@functools.cache
def _compound_roles(roles: frozenset[str]) -> frozenset[str]:
    """The one-word ``roles`` of at least :data:`_COMPOUND_ROLE` letters: those a compound can end in."""
    return frozenset(r for r in roles if " " not in r and len(r) >= _COMPOUND_ROLE)


def _without_bracket(name: str, roles: frozenset[str]) -> str:
    """``name`` without a bracketed role or label at its end: "Dan Lowry (Senior Sports Writer)",
    "Jane Roe (Sponsored Post)" → the name."""
    bracket = _BRACKETED.search(name)
    if bracket is None:
        return name
    if any(_is_role(w, roles) for w in bracket[1].split()) or (
        bracket[0].rstrip().endswith(")") and bracket[1][:1].isupper() and name[: bracket.start()].strip()
    ):
        return name[: bracket.start()].strip()
    return name


def _cut_at_end(words: list[str], low: list[str], roles: frozenset[str], trailing: frozenset[str]) -> int:
    """How many words to cut from the end of a name of more than two ``words`` (``low``: them
    case-folded): a role of up to four words ("Staff Writer"), or a trailing word ("Published",
    "on Wednesday"); 0 when none."""
    for n in range(min(4, len(words) - 2), 0, -1):
        if " ".join(low[-n:]) in roles or (n == 1 and _is_role(words[-1], roles)):
            return n + _desk_before(words, n)
        if n == 1 and low[-1].strip("|") in trailing:
            return 2 if len(words) > 3 and words[-2].islower() and len(words[-2]) <= 3 else 1  # "on Wednesday"
    return 0


def _desk_before(words: list[str], n: int) -> int:
    """1 when the role of the last ``n`` ``words`` is printed in lower case after a capitalised
    word that is no part of a two-word name: the role's desk ("Jane Roe Education editor",
    "Jane Roe Chief political correspondent"); else 0."""
    return int(words[-n][:1].islower() and len(words) - n > 2 and words[-n - 1][:1].isupper())


def _cut_at_start(words: list[str], low: list[str], roles: frozenset[str]) -> int:
    """How many words to cut from the start of a name of more than two ``words``: a role of up to
    four words ("Stadtblatt-Online-Experte"), or up to three ending in a role word, the desk before
    it ("CNN Political Reporter Jane Roe"); 0 when none."""
    for n in range(min(4, len(words) - 2), 0, -1):
        if " ".join(low[:n]) in roles or (n <= 3 and _is_role(words[n - 1], roles)):
            return n
    return 0


def without_roles(name: str) -> str:
    """``name`` without the role, degree or social link printed with it: "Howard BlumeStaff
    Writer", "Christoph Brandl Chefredakteur", "Beispiel-Online-Experte Jana Roth", "© Jane
    Roe" → the name; a role alone ("PhD", "Staff Writer") → ``""``."""
    roles, glued = _roles()
    name = name.strip().lstrip("©").strip()
    if glued is not None and _glue_points().search(name):
        name = glued.sub(" ", name, count=1)
    name = _without_bracket(name, roles)
    words = name.split()
    low = [w.casefold().strip(".,;:()") for w in words]
    trailing = _byline_words("trailing")  # "Jane Roe Published", "Jane Roe on Wednesday"
    if " ".join(low) in roles or all(_is_role(w, roles) for w in words):
        return ""
    if len(words) == 2 and (_is_role(words[0], roles) or _is_role(words[1], roles)):
        return name  # "Fliegender Reporter", "XT Correspondent": a pen name or a desk, as printed
    kept = _strip_roles(words, low, roles, trailing)
    if len(kept) < len(words) and kept[0][:1].islower():
        return ""  # a role and where it works ("Fotograf aus Hamburg"), no name
    return " ".join(kept)


def _strip_roles(words: list[str], low: list[str], roles: frozenset[str], trailing: frozenset[str]) -> list[str]:
    """``words`` without roles of up to four words at the end ("Staff Writer", "Travel Editor"),
    then at the start, while two words are left ("Fliegender Reporter" is a pen name, "AP Sports
    Writer" a desk)."""
    changed = True
    while changed and len(words) > 2:
        end = _cut_at_end(words, low, roles, trailing)
        if end:
            words, low = words[:-end], low[:-end]
        start = _cut_at_start(words, low, roles)
        if start:
            words, low = words[start:], low[start:]
        changed = bool(end or start)
    return words
