"""Author names from a byline's text: labels, roles, agencies, handles and glued lines taken off."""

from __future__ import annotations

import functools
import re

from ._common import _clean

_BY = re.compile(
    # "Post author By", "Veröffentlicht von(Chris)", "Artikel von:": a label, then by/von...
    r"^(?:(?:(?:post|article|artikel|beitrag|ein beitrag)\s+(?:author\s+)?)?"
    r"(?:written|posted|reported|text|story|words|photos?|veröffentlicht|geschrieben|erstellt|eingestellt|verfasst|publié|publicado)"
    r"\s+(?:by|von|par|por)(?:\s*:\s*|\s+|(?=(?-i:[A-ZÄÖÜÉ])))"
    r"|(?:(?:post|article|artikel|beitrag|ein beitrag)\s+(?:author\s+)?)?(?:by|von|vom|par|por|di|door|de|da|from)(?:\s*:\s*|\s+)"
    r"|(?:autor(?:in)?|author|auteur)\s*:?\s+|(?:text|interview|texto|testo):\s*)",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door)\s+\w", re.IGNORECASE)
#: A byline's label standing alone, the name in the element after it: "By", "Von", "Autor:".
_BYLINE_LABEL = re.compile(r"^(?:by|von|par|por|di|door|autor(?:in)?|author|auteur)\s*:?$", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*", re.IGNORECASE)
_NOT_NAME = re.compile(r"[@/0-9+]|https?:|www\.|\.com\b", re.IGNORECASE)


_NAME_JUNK = re.compile(r"[*\[\]{}=<>:]")


def _not_a_name(part: str) -> bool:
    """A form label ("Name *"), a weekday, "Posted on", a lone letter, a comment's "Jane Roe
    says": byline-classed elements hold these too."""
    low = part.lower()
    return (
        len(part) < 2
        or bool(_NAME_JUNK.search(part))
        or low in _byline_words("not_names")
        or any(low.endswith(" " + verb) for verb in _byline_words("comment_verbs"))
    )


@functools.cache
def _byline_words(key: str) -> frozenset[str]:
    """``[byline] <key>`` of every phrase file: ``not_names`` ("posted on", "montag"),
    ``comment_verbs`` ("says", "sagt", "a dit")."""
    from ..rules._vocab import phrase_tables

    return frozenset(w for table in phrase_tables().values() for w in table.get("byline", {}).get(key, []))


@functools.cache
def _roles() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """``(roles, glued)``: the ``[byline] roles`` of every phrase file (casefolded), and a
    pattern of the place where one, capitalised, is glued to the name before it ("BlumeStaff Writer")."""
    roles = _byline_words("roles")
    titled = sorted({" ".join(w[:1].upper() + w[1:] for w in role.split()) for role in roles}, key=len, reverse=True)
    glued = re.compile(rf"(?<=[a-zß-ÿ])(?=(?:{'|'.join(map(re.escape, titled))})(?:\W|$))") if titled else None
    return roles, glued


#: A news agency after a name and a slash: "Peter Maahn/SP-X", "Jane Roe / AFP".
_AGENCY = re.compile(r"(?<=\w)\s*/\s*[A-Z][A-Za-z.-]*$")
#: A social-media handle after a name: "Williams Perdomo @wperdomod".
_SOCIAL_HANDLE = re.compile(r"(?<=\w)\s+@\w+$")
#: A bracketed part at the end of a name: "(National Lead Writer)", "(Reuters)".
_BRACKETED = re.compile(r"\(([^()]*)\)?\s*$")
#: A role word counts inside a compound ("FOCUS-Online-Experte", "Wirtschaftsredakteur") from this length.
_COMPOUND_ROLE = 6


def _is_role(word: str, roles: frozenset[str]) -> bool:
    low = word.casefold().strip(".,;:()")
    return low in roles or any(len(r) >= _COMPOUND_ROLE and low.endswith(r) and len(low) > len(r) for r in roles if " " not in r)


def without_roles(name: str) -> str:
    """``name`` without the role, degree or social link printed with it: "Howard BlumeStaff
    Writer", "Christoph Hein Chefredakteur", "FOCUS-Online-Experte Robin Tschöpe", "© Jane
    Roe" → the name; a role alone ("PhD", "Staff Writer") → ``""``."""
    roles, glued = _roles()
    name = name.strip().lstrip("©").strip()
    if glued is not None:
        name = glued.sub(" ", name, count=1)
    bracket = _BRACKETED.search(name)
    if bracket is not None and (
        any(_is_role(w, roles) for w in bracket[1].split())
        or (bracket[0].rstrip().endswith(")") and bracket[1][:1].isupper() and name[: bracket.start()].strip())
    ):
        name = name[: bracket.start()].strip()  # "Dan Levy (National Lead Writer)", "Jane Roe (Sponsored Post)"
    words = name.split()
    low = [w.casefold().strip(".,;:()") for w in words]
    trailing = _byline_words("trailing")  # "Steven Baxter Published", "Jane Roe on Wednesday"
    if " ".join(low) in roles or all(_is_role(w, roles) for w in words):
        return ""
    if len(words) == 2 and (_is_role(words[0], roles) or _is_role(words[1], roles)):
        return name  # "Rasender Reporter", "HT Correspondent": a pen name or a desk, as printed
    # Roles of up to four words at the end ("Staff Writer", "Games Editor"), then at the start,
    # while two words are left ("Rasender Reporter" is a pen name, "AP Sports Writer" a desk).
    changed = True
    stripped = False
    while changed and len(words) > 2:
        changed = False
        for n in range(min(4, len(words) - 2), 0, -1):
            if " ".join(low[-n:]) in roles or (n == 1 and _is_role(words[-1], roles)):
                words, low, changed = words[:-n], low[:-n], True
                break
            if n == 1 and low[-1].strip("|") in trailing:
                cut = 2 if len(words) > 3 and words[-2].islower() and len(words[-2]) <= 3 else 1  # "on Wednesday"
                words, low, changed = words[:-cut], low[:-cut], True
                break
        for n in range(min(4, len(words) - 2), 0, -1):
            if " ".join(low[:n]) in roles or (n == 1 and _is_role(words[0], roles)):
                words, low, changed = words[n:], low[n:], True
                break
        stripped = stripped or changed
    if stripped and words[0][:1].islower():
        return ""  # a role and where it works ("Fotograf aus Hamburg"), no name
    return " ".join(words)


#: Where a name runs into the line glued after it: "José Miguel WilsonHace 13 horas", "Jane Roe12 March".
#: A name's last word before a glued line has at least this many letters (not "Mac" of "MacManus").
GLUED_WORD = 4
_GLUED_LINE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ]|\d{1,4}[.:/ ])")


def _lower_word(name: str) -> int | None:
    """The index of the first word of a multi-word ``name`` that starts in lower case and is no
    name particle ("von", "de", "bin") or role; None when there is none. A name's own words
    are capitalised: "über" in "Atemschutzmaske über Exit-Strategie" says it is a phrase."""
    words = name.split()
    if len(words) < 2:
        return None
    particles = _byline_words("particles")
    roles, _ = _roles()
    for i, word in enumerate(words):
        if word[:1].isalpha() and word[:1].islower() and "'" not in word and "’" not in word:
            low = word.casefold()
            if low not in particles and not _is_role(word, roles):
                return i
    return None


def split_authors(text: str, *, phrase_check: bool = False) -> list[str]:
    """``"By Jane Roe and John Doe"`` → ``["Jane Roe", "John Doe"]``; roles printed with the
    names are left out (:func:`without_roles`). With ``phrase_check`` (a line read as a byline
    only for its first word, "Von ..."), a lower-case word that no name holds (:func:`_lower_word`)
    ends the name, or, early in the first, says the line is a phrase, no byline."""
    text = _clean(text)
    if text.endswith(":") and len(text.split()) <= 2:
        return []  # a label waiting for its value ("Datum:", "Quelle:"), no name
    text = _BY.sub("", text)
    text = re.split(r"\s+(?:\||·|•|—|–)\s+|\s+-\s+|\n", text)[0]
    names = []
    parts = [_BY.sub("", part.strip(" .:;,-—–|·•")) for part in _AUTHOR_SPLIT.split(text)]
    named = [without_roles(part) for part in parts]
    if not any(named):
        named = parts  # a role alone ("Staff Writer") is all the byline says: kept as printed
    elif named[0]:
        # After the first name, a part printed with a role is the name's desk ("Jane Roe, CNN
        # Political Editor"), not another author.
        named = [named[0], *(n if n == p else "" for n, p in zip(named[1:], parts[1:]))]
    for n, part in enumerate(named):
        part = _AGENCY.sub("", part)  # "Peter Maahn/SP-X": the name, and the agency after it
        if (bad := _NOT_NAME.search(part)) and (glues := [g for g in _GLUED_LINE.finditer(part) if g.start() <= bad.start()]):
            # "José Miguel WilsonHace 13 horas": the name, a date line glued to it; the name's last
            # word is a whole one ("MacManus 12:00" is not cut after "Mac", "McDonald" after "Mc").
            name = part[: glues[-1].start()]
            if len(name.split()) >= 2 and len(name.split()[-1]) >= GLUED_WORD and not _NOT_NAME.search(name):
                part = name
        lower = _lower_word(part) if phrase_check else None
        if lower == 0 or lower == 1:
            if n == 0:
                return []  # "Von Atemschutzmaske über Exit-Strategie bis Zoonose": a phrase, no byline
            continue
        if lower is not None:
            part = " ".join(part.split()[:lower])  # "Jane Roe for The Guardian": the name
        handle = _SOCIAL_HANDLE.search(part)  # "Jane Roe @janeroe": the name, and the handle after it
        if handle is not None and all(w[:1].isupper() for w in part[: handle.start()].split()):
            part = part[: handle.start()]  # not "Replying to @Reuters": a name's words are capitalised
        if not part or _NOT_NAME.search(part) or len(part) > 60 or len(part.split()) > 5:
            continue
        if part.lower() in ("by", "admin", "anonymous", "von", "par", "por") or _not_a_name(part):
            continue
        names.append(part)
    return list(dict.fromkeys(names))
