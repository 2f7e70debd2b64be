"""Author names from a byline's text: labels, roles, agencies, handles and glued lines taken off."""

from __future__ import annotations

import functools
import re

from ._common import _clean

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
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*", re.IGNORECASE)
_AUTHOR_SPLIT_KEEP = re.compile(f"({_AUTHOR_SPLIT.pattern})", re.IGNORECASE)
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
        or low.endswith(_comment_verb_ends())
    )


@functools.cache
def _comment_verb_ends() -> tuple[str, ...]:
    """``[byline] comment_verbs`` after a space (" says", " sagt"): the ends of a comment's "Jane Roe says"."""
    return tuple(" " + verb for verb in _byline_words("comment_verbs"))


@functools.cache
def _byline_words(key: str) -> frozenset[str]:
    """``[byline] <key>`` of every phrase file: ``not_names`` ("posted on", "montag"),
    ``comment_verbs`` ("says", "sagt", "a dit")."""
    from ..rules._vocab import phrase_words

    return phrase_words("byline", key)


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


#: A news agency after a name and a slash: "Paul Brandt/SP-X", "Jane Roe / AFP".
_AGENCY = re.compile(r"(?<=\w)\s*/\s*[A-Z][A-Za-z.-]*$")
#: A social-media handle after a name: "Lucas Ferrer @lferrer".
_SOCIAL_HANDLE = re.compile(r"(?<=\w)\s+@\w+$")
#: A bracketed part at the end of a name: "(Senior Sports Writer)", "(Reuters)".
_BRACKETED = re.compile(r"\(([^()]*)\)?\s*$")
#: A role word counts inside a compound ("FOCUS-Online-Experte", "Wirtschaftsredakteur") from this length.
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
    four words ("FOCUS-Online-Experte"), or up to three ending in a role word, the desk before
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
    trailing = _byline_words("trailing")  # "Steven Baxter Published", "Jane Roe on Wednesday"
    if " ".join(low) in roles or all(_is_role(w, roles) for w in words):
        return ""
    if len(words) == 2 and (_is_role(words[0], roles) or _is_role(words[1], roles)):
        return name  # "Fliegender Reporter", "XT Correspondent": a pen name or a desk, as printed
    kept = _strip_roles(words, low, roles, trailing)
    if len(kept) < len(words) and kept[0][:1].islower():
        return ""  # a role and where it works ("Fotograf aus Hamburg"), no name
    return " ".join(kept)


def _strip_roles(words: list[str], low: list[str], roles: frozenset[str], trailing: frozenset[str]) -> list[str]:
    """``words`` without roles of up to four words at the end ("Staff Writer", "Games Editor"),
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
    text = re.split(r"\s+(?:\||·|•|—|–)\s+|\s+-\s+|\n", text)[0]
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
