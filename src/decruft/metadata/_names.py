"""Author names from a byline's text: labels, roles, agencies, handles and glued lines taken off."""

from __future__ import annotations

import functools
import re

from ._common import _byline_words, _clean
from ._role_strip import _is_role, _roles, without_roles

_BY = re.compile(
    # "Post author By", "Veröffentlicht von(Chris)", "Artikel von:": a label, then by/von...
    r"^(?:(?:(?:post|article|artikel|beitrag|ein beitrag)\s+(?:author\s+)?)?"
    r"(?:written|posted|published|reported|text|story|words|photos?|veröffentlicht|geschrieben|erstellt|eingestellt|verfasst|publié|publicado)"
    r"\s+(?:by|von|par|por)(?:\s*:\s*|\s+|(?=(?-i:[A-ZÄÖÜÉ])))"
    r"|(?:(?:post|article|artikel|beitrag|ein beitrag)\s+(?:author\s+)?)?(?:by|von|vom|par|por|di|door|de|da|from)(?:\s*:\s*|\s+)"
    r"|(?:autor(?:in)?|author|auteur)\s*:?\s+|(?:text|interview|texto|testo):\s*"
    # "Text & Fotos: Jane Roe", "Text und Bild von Jane Roe": one label for words and pictures
    r"|(?:text|texto|testo|words)\s*(?:&|\+|/|und|and|et|y|e)\s*(?:fotos?|photos?|bild(?:er)?|pictures?|images?)"
    r"(?:\s*:\s*|\s+(?:von|by|par|por|di)\s+))",
    re.IGNORECASE,
)
#: What joins authors' names: "Jane Roe, John Doe", "Jane Roe und John Doe", "Mario Rossi e Luigi Bianchi";
#: the one-letter joiners in lower case only ("Jane E. Roe" and "JANE Y. ROE" hold a middle initial).
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|(?-i:\by\b|\be\b)|\ben\b)\s*", re.IGNORECASE)
_AUTHOR_SPLIT_KEEP = re.compile(f"({_AUTHOR_SPLIT.pattern})", re.IGNORECASE)
_NOT_NAME = re.compile(r"[@/0-9+]|https?:|www\.|\.com\b", re.IGNORECASE)


_NAME_JUNK = re.compile(r"[*\[\]{}=<>:]")


def _not_a_name(part: str) -> bool:
    """A form label ("Name *"), a weekday, "Posted on", a lone letter or initials run together ("J.R.",
    not a signature's "J. R."), a comment's "Jane Roe says": byline-classed elements hold these too."""
    low = part.lower()
    return (
        len(part) < 2
        or ("." in part and " " not in part and len(part.replace(".", "")) <= 2)
        or bool(_NAME_JUNK.search(part))
        or low in _byline_words("not_names")
        or low.endswith(_comment_verb_ends())
    )


@functools.cache
def _comment_verb_ends() -> tuple[str, ...]:
    """``[byline] comment_verbs`` after a space (" says", " sagt"): the ends of a comment's "Jane Roe says"."""
    return tuple(" " + verb for verb in _byline_words("comment_verbs"))


@functools.cache
def openers() -> str:
    """The words a byline opens with, the name after them (``[byline] openers`` of every phrase
    file: "By Jane Roe", "Von Hans Muster", "Par", "Por", "Di", "Door"), as one alternation."""
    return "|".join(sorted(map(re.escape, _byline_words("openers"))))


@functools.cache
def byline_opening() -> str:
    """What a byline opens with: an opener, or a label that stands alone (``[byline]
    label_alone``: "Autor", "Author", "Auteur"), as one group."""
    alone = "|".join(sorted(map(re.escape, _byline_words("label_alone"))))
    return rf"(?:{openers()}|{alone})"


@functools.cache
def byline_start() -> re.Pattern[str]:
    """A text opening with an opener and a word after it ("By Jane", "Von Hans")."""
    return re.compile(rf"^(?:{openers()})\s+\w", re.IGNORECASE)


@functools.cache
def byline_label() -> re.Pattern[str]:
    """A byline's label standing alone, the name in the element after it: "By", "Von", "Autor:"."""
    return re.compile(rf"^{byline_opening()}\s*:?$", re.IGNORECASE)



@functools.cache
def picture_credit_words() -> frozenset[str]:
    """The words of a picture's credit: ``[byline] credits`` ("Foto", "Getty") and the news agencies
    of ``[byline] agencies`` ("dpa", "AFP"), which credit pictures as well as stories."""
    return _byline_words("credits") | _byline_words("agencies")


@functools.cache
def _labels() -> frozenset[str]:
    """A byline's labels of every phrase file (``markers``, ``labels``, ``alone``): "by", "written by", "published by"."""
    return _byline_words("markers") | _byline_words("labels") | _byline_words("alone")


#: A news agency after a name and a slash: "Paul Brandt/SP-X", "Jane Roe / AFP".
_AGENCY = re.compile(r"(?<=\w)\s*/\s*[A-Z][A-Za-z.-]*$")
#: A social-media handle after a name: "Lucas Ferrer @lferrer".
_SOCIAL_HANDLE = re.compile(r"(?<=\w)\s+@\w+$")
#: Where a name runs into the line glued after it: "Juan Pablo SotoHace 2 horas", "Jane Roe12 March".
#: A name's last word before a glued line has at least this many letters (not "Mac" of "MacManus").
GLUED_WORD = 4
_GLUED_LINE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ]|\d{1,4}[.:/ ])")


def _lower_word(name: str) -> int | None:
    """The index of the first word of a multi-word ``name`` that starts in lower case and is no
    name particle ("von", "de", "bin") or role; None when there is none. A name's own words
    are capitalised: "über" in "Wanderkarte über Rhein-Radweg" says it is a phrase."""
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


def _byline_parts(text: str) -> list[str]:
    """The parts of a byline's first line that may name authors, each without its role
    (:func:`without_roles`); ``""`` for a part after the first name that was printed with a role
    (the name's desk: "Jane Roe, CNN Political Editor"), and for a part that a comma joins to
    such a role (where the name works: "Jane Roe, Product Manager, Example Maps"). A role alone
    is kept as printed."""
    text = _before_date_or_section(_after_inner_marker(_BY.sub("", text)))
    text = re.split(r"\s*\|\s*|\s+(?:·|•|—|–)\s+|\s+-\s+|\n", text.strip(" |"))[0]  # "Jane Roe|Posted": no name holds a bar
    pieces = _AUTHOR_SPLIT_KEEP.split(text)  # the parts, and between them their separators
    parts = [_without_owner(_without_publication(_BY.sub("", part.strip(" .:;,-—–|·•")))) for part in pieces[::2]]
    named = [without_roles(part) for part in parts]
    if not any(named):
        return parts  # a role alone ("Staff Writer") is all the byline says: kept as printed
    if not named[0]:
        return named
    roles, _ = _roles()
    kept, desk = [named[0]], False
    for n, p, sep in zip(named[1:], parts[1:], pieces[1::2]):
        # After the first name, a part printed with a role is the name's desk, not another
        # author; so is a part after it that only a comma joins (a joiner word names another).
        desk = (desk and sep.strip() in (",", ";")) or n != p or any(_is_role(w, roles) for w in p.split())
        kept.append("" if desk else n)
    return kept


@functools.cache
def _after_name() -> re.Pattern[str]:
    """``[byline] after_name`` in lower case between spaces, after a capitalised word: where a
    byline's date or section begins ("Jane Roe on May 3, 2019 in Gardening")."""
    from ..rules._vocab import alternation

    return re.compile(rf"(?<=[^\W\d_]),?\s+(?:{alternation(_byline_words('after_name'))})\s+(?=\S)")


def _before_date_or_section(text: str) -> str:
    """``text`` up to the date or section printed after the name (:func:`_after_name`):
    "Jane Roe on May 3, 2019 in Gardening" → "Jane Roe"; only after a capitalised first word."""
    if not text[:1].isupper():
        return text
    found = _after_name().search(text)
    return text[: found.start()] if found is not None else text


#: A byline's marker inside its line, after the words that open it ("Posted in Travel By Jane",
#: "Recueilli par Jane Roe"): one to :data:`INNER_MARKER_WORDS` words and no separator before it
#: (not "von", "de": name particles).
INNER_MARKER_WORDS = 4
_INNER_MARKER = re.compile(r"^([^,;&|]+?)\s+(?:by|par|por|door)\s+(?=\w)", re.IGNORECASE)


def _after_inner_marker(text: str) -> str:
    """``text`` after a byline's marker that follows the words opening its line (:data:`_INNER_MARKER`):
    "All Posts by Jane Roe", "Penned by Jane Roe" → "Jane Roe"; ``""`` for someone else's credit
    ("Developed by Jane Roe", "Edited by Jane Roe": ``[byline] other_credits``)."""
    found = _INNER_MARKER.match(text)
    if found is None or len(found[1].split()) > INNER_MARKER_WORDS or _AUTHOR_SPLIT.search(found[1]):
        return text
    if found[1].split()[-1].casefold() in _byline_words("other_credits"):
        return ""  # "Developed by Jane Roe", "Edited by Jane Roe": not the author
    return text[found.end() :]


#: The desk a name is printed after in the possessive: "NBC's Jane Roe", "NBC News' Jane Roe".
_OWNER = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:['’]s|s['’])\s+(?=[A-Z]\S*\s+[A-Z])")


def _without_owner(part: str) -> str:
    """``part`` without the desk it is printed after in the possessive (:data:`_OWNER`)."""
    return _OWNER.sub("", part, count=1) if "'" in part or "’" in part else part


#: Words a name has before the publication it writes for ("Jane Roe For Mailonline").
PUBLICATION_AFTER = 2


def _without_publication(part: str) -> str:
    """"Jane Roe For The Mail On Sunday", "Jane Roe Für Die Zeit": the name, without the
    publication it writes for, when a capitalised ``[byline] before_site`` word follows at
    least :data:`PUBLICATION_AFTER` capitalised words (a lower-case "for" may be part of an
    organisation's name: "Society for Science")."""
    words = part.split()
    joiners = _byline_words("before_site")
    for i in range(PUBLICATION_AFTER, len(words) - 1):
        word = words[i]
        if word[:1].isupper() and word.casefold() in joiners and all(w[:1].isupper() for w in words[:i]):
            return " ".join(words[:i])
    return part


def _without_glued_line(part: str) -> str:
    """"Juan Pablo SotoHace 2 horas": the name, without a date line glued to it; the name's
    last word is a whole one ("MacManus 12:00" is not cut after "Mac", "McDonald" after "Mc")."""
    bad = _NOT_NAME.search(part)
    if bad is None:
        return part
    glues = [g for g in _GLUED_LINE.finditer(part) if g.start() <= bad.start()]
    if not glues:
        return part
    name = part[: glues[-1].start()]
    if len(name.split()) >= 2 and len(name.split()[-1]) >= GLUED_WORD and not _NOT_NAME.search(name):
        return name
    return part


def _without_handle(part: str) -> str:
    """"Jane Roe @janeroe": the name, without the handle after it; not "Replying to @Reuters":
    a name's words are capitalised."""
    handle = _SOCIAL_HANDLE.search(part)
    if handle is not None and all(w[:1].isupper() for w in part[: handle.start()].split()):
        return part[: handle.start()]
    return part


def _is_name(part: str) -> bool:
    """Can ``part``, cleaned, be an author's name (not a link, a number, a label, "admin")?"""
    if not part or _NOT_NAME.search(part) or len(part) > 60 or len(part.split()) > 5:
        return False
    return part.lower() not in ("by", "admin", "anonymous", "von", "par", "por") and not _not_a_name(part)


def _name_of(part: str, first: bool, phrase_check: bool) -> str | None:
    """The name in one part of a byline (``first``: the first part), ``""`` for none, or None
    when the line reads as a phrase, no byline (:func:`split_authors`)."""
    part = _without_glued_line(_AGENCY.sub("", part))  # "Paul Brandt/SP-X": the name, and the agency after it
    lower = _lower_word(part) if phrase_check else None
    if lower == 0 or lower == 1:
        # "Von Wanderkarte über Rhein-Radweg bis Zoonose": a phrase, no byline
        return None if first else ""
    if lower is not None:
        part = " ".join(part.split()[:lower])  # "Jane Roe for The Guardian": the name
    part = _without_handle(part)
    return part if _is_name(part) else ""


def split_authors(text: str, *, phrase_check: bool = False) -> list[str]:
    """``"By Jane Roe and John Doe"`` → ``["Jane Roe", "John Doe"]``; roles printed with the
    names are left out (:func:`without_roles`). With ``phrase_check`` (a line read as a byline
    only for its first word, "Von ..."), a lower-case word that no name holds (:func:`_lower_word`)
    ends the name, or, early in the first, says the line is a phrase, no byline."""
    text = _clean(text)
    if text.endswith(":") and len(text.split()) <= 2:
        return []  # a label waiting for its value ("Datum:", "Quelle:"), no name
    if text.casefold().rstrip(" :") in _labels():
        return []  # a byline's label alone ("Published by"), its name in the next element
    names = []
    for n, part in enumerate(_byline_parts(text)):
        name = _name_of(part, n == 0, phrase_check)
        if name is None:
            return []
        if name:
            names.append(name)
    return list(dict.fromkeys(names))
