"""Bylines in the page: byline-classed elements read before the rules, and a visible "By Jane Roe" line."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from lxml import etree

from .._classes import own_classes
from .._content._measure import _profile_regex
from .._data import toml
from .._parse import inner_text
from .._state import State
from ._common import _clean, _short_text
from ._names import _BY, _INNER_MARKER, _after_inner_marker, byline_label, byline_opening, byline_start, split_authors
from ._printed import _br_lines
from ._signals import Signals


def _byline_candidates(elements: list[etree._Element]) -> tuple[list[str], list[str]]:
    """``(bylines, boxes)``: the texts of byline-looking ``elements``, read before any rule runs,
    and the headings of the author boxes among them (a bio box too long for a byline, its
    ``<h2>``–``<h5>`` the author's name: ``<div class="author-bio"><h3>Jane Roe</h3><p>Jane
    writes about...``); staff lists, comments and menus excluded."""
    found: list[str] = []
    boxes: list[str] = []
    seen: _Seen = ({}, {})  # the candidates of a page share their ancestors: each read once
    for el in elements:
        if len(found) >= 10 and len(boxes) >= 3:
            break
        text = _short_text(el, 300)
        text = _clean(text) if text is not None else None
        if text is not None and len(text) <= 100:
            text = without_role(el, text)
            if text and len(found) < 10 and not _excluded(el, True, seen):
                found.append(text)
        elif len(boxes) < 3 and _profile_regex().search((el.get("class") or "").lower()) and not _excluded(el, False, seen):
            heading = _box_heading(el)
            if heading is not None:
                boxes.append(heading)
    return found, boxes


@functools.cache
def _part(kind: str) -> re.Pattern[str]:
    """A class token of a byline's part printing the author's role or desk beside the name
    (``kind`` "role_part": "byline-title", "author__role") or printing the name ("name_part"):
    ``[bylines]`` of data/patterns.toml, matched as the token's last word."""
    return re.compile(rf"(?:^|[-_])(?:{'|'.join(toml('patterns.toml')['bylines'][kind])})$")


#: The ``rel`` words of a link inside a byline to the post's category or tag, never its author.
_OTHER_REL = frozenset({"category", "tag"})


def without_role(el: etree._Element, text: str) -> str:
    """The byline element ``el``'s ``text`` without the role or desk that a part of its own prints
    beside the part printing the name (``<span class="byline-name">By Jane Roe</span><span
    class="byline-title">Example News</span>``: "By Jane Roe"; ``itemprop`` "jobTitle" and "name" too),
    and without a part that names no one wherever it is (a category link, ``rel="category tag"``,
    a comment count: ``[bylines] other_part``)."""
    roles: list[etree._Element] = []
    others: list[etree._Element] = []
    named = False
    for part in el.iterdescendants():
        kind = _part_kind(part) if isinstance(part.tag, str) else None
        if kind == "role":
            roles.append(part)
        elif kind == "name":
            named = True
        elif kind == "other":
            others.append(part)
    for part in (*roles, *others) if named else others:
        role = _clean(inner_text(part))
        if role and role != text:
            text = _clean(text.replace(role, " ", 1))
    return text


def _part_kind(part: etree._Element) -> str | None:
    """What a part of a byline element prints (:func:`without_role`): "role" (``itemprop``
    "jobTitle", a ``role_part`` class), "name" (``itemprop`` "name", a ``name_part`` class),
    "other" (a category or tag link, an ``other_part`` class: no one's name), else None."""
    prop, tokens = part.get("itemprop"), (part.get("class") or "").lower().split()
    if prop == "jobTitle" or any(_part("role_part").search(t) for t in tokens):
        return "role"
    if prop == "name" or any(_part("name_part").search(t) for t in tokens):
        return "name"
    if _OTHER_REL.intersection((part.get("rel") or "").lower().split()) or any(_part("other_part").search(t) for t in tokens):
        return "other"
    return None


#: What :func:`_staff` and :func:`_elsewhere` found on each element read so far (for one page):
#: whether it is classed as a staff list, and what it says of a byline inside it (None: nothing).
_Seen = tuple[dict[etree._Element, bool], dict[etree._Element, "bool | None"]]


def _excluded(el: etree._Element, itself: bool, seen: _Seen) -> bool:
    """Is the byline element ``el`` the page's, not the article's: ``<body>``, in a staff list
    (:func:`_staff`), a comment's or a menu's (:func:`_elsewhere`)? ``seen``: the answers for the
    elements read so far on the page."""
    return el.tag == "body" or _staff(el, itself, seen[0]) or _elsewhere(el, seen[1])


def _staff(el: etree._Element, itself: bool, seen: dict[etree._Element, bool]) -> bool:
    """Is ``el`` in a staff list or a bio box (the ``staff-list`` rule's class names on it, with
    ``itself``, or four levels up)? ``seen``: the answer for each element read so far."""
    from ..rules._vocab import vocabulary

    staff = vocabulary("staff-list").attr
    if staff is None:
        return False
    for a in (*((el,) if itself else ()), *itertools.islice(el.iterancestors(), 4)):
        hit = seen.get(a)
        if hit is None:
            hit = seen[a] = staff.search(f"{a.get('class') or ''} {a.get('id') or ''}".lower()) is not None
        if hit:
            return True
    return False


#: The longest author's name an author box's heading may print.
BOX_NAME_CHARS = 60


def _box_heading(el: etree._Element) -> str | None:
    """The text of the first ``<h2>``–``<h5>`` in the author box ``el``, when it is short enough for a name."""
    for h in el.iter("h2", "h3", "h4", "h5"):
        text = _clean(inner_text(h))
        return text if 3 < len(text) <= BOX_NAME_CHARS else None
    return None


#: Levels up from a byline element searched for a comment thread or a menu holding it.
ELSEWHERE_LEVELS = 8


@functools.cache
def _commenter() -> re.Pattern[str]:
    """The class names of a commenter's name (``[bylines] commenter`` of data/patterns.toml)."""
    fragments = toml("patterns.toml")["bylines"]["commenter"]
    return re.compile(rf"(?:^|[\s\-_\d])(?:{'|'.join(fragments)})(?=$|[\s\-_\d])")


def _elsewhere(el: etree._Element, seen: dict[etree._Element, bool | None]) -> bool:
    """Does the byline element ``el`` name someone else than the article's author: a commenter
    (its class says so, or an ancestor up to :data:`ELSEWHERE_LEVELS` is classed or named as
    comments, a post's topic classes left out), or a teaser's author in a ``<nav>`` menu?
    ``seen``: :func:`_ancestor_says` of each ancestor read so far."""
    if _commenter().search((el.get("class") or "").lower()):
        return True
    for anc in itertools.islice(el.iterancestors(), ELSEWHERE_LEVELS):
        if anc in seen:
            says = seen[anc]
        else:
            says = seen[anc] = _ancestor_says(anc)
        if says is not None:
            return says
    return False


def _ancestor_says(anc: etree._Element) -> bool | None:
    """What an ancestor of a byline element says of it: False at ``<body>`` (the search ends),
    True in a ``<nav>``, a teaser card's link or comments (:func:`_elsewhere`), None where it
    says nothing."""
    if anc.tag in ("body", "html"):
        return False
    if anc.tag == "nav" or (anc.tag == "a" and next(anc.iter(*_TEASER_HEADINGS), None) is not None):
        return True  # a menu, or a teaser card: a link holding another story's headline and byline
    return True if comment_thread(anc) else None


#: Headings a teaser card's link holds around its byline.
_TEASER_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def comment_thread(el: etree._Element) -> bool:
    """Is ``el`` classed or named as comments (the ``comments`` rule's names, a post's topic
    classes left out)?"""
    cls, id_ = el.get("class"), el.get("id")
    return (cls is not None or id_ is not None) and _comment_marks(cls, id_)


@functools.lru_cache(maxsize=4096)
def _comment_marks(cls: str | None, id_: str | None) -> bool:
    """:func:`comment_thread` of an element's ``class`` and ``id`` (a page repeats them: each pair read once)."""
    from ..rules._vocab import vocabulary

    comments = vocabulary("comments")
    marks = f"{own_classes(cls) or ''} {id_ or ''}".lower()
    if marks != " " and comments.attr is not None and comments.attr.search(marks):
        return comments.exclude is None or not comments.exclude.search(marks)
    return False


def _byline(signals: Signals, state: State) -> tuple[list[str], str]:
    """``(names, source)``: the names of the first byline-classed element that gives some, else of a
    visible "By Jane Roe" line."""
    for text in signals.bylines:
        names = split_authors(_after_section(text))
        if names:
            return names, "byline element"
    # A visible "By Jane Roe" line without a telling class name, or its label alone with the
    # name in the next element ("By <a>Jane Roe</a>", "<span>Von</span> <a>…</a>"), read in the
    # page as parsed (the ``stubs`` rule takes a lone "By" out as an empty stub). The texts are
    # strings of their own: which of them open like a byline is known without the tree, and
    # when none does, the removed elements are not put back at all.
    opening = [node for node in filter(_may_open().match, state.scan.text_nodes or ()) if _opens_byline(node)]
    if not opening:
        return [], "'By' line"
    with state.restored():
        return _byline_line(opening, state.main), "'By' line"


#: The separators between a byline line's pieces ("TRAVEL | 2 Days Ago By Jane Roe").
_LINE_PIECES = re.compile(r"\s+(?:\||·|•|—|–)\s+|\s+-\s+|\n")


def _after_section(text: str) -> str:
    """A byline element's line from the piece that holds its marker on, where a section's name (one
    word, or in capitals) stands first ("TRAVEL | 2 Days Ago By Jane Roe" → "2 Days Ago By Jane Roe")."""
    pieces = _LINE_PIECES.split(text, maxsplit=2)
    if len(pieces) < 2 or not (" " not in pieces[0].strip() or pieces[0].isupper()) or _BY.match(pieces[0]):
        return text
    for piece in pieces[1:]:
        if _BY.match(piece) or (_INNER_MARKER.match(piece) and _after_inner_marker(piece)):
            return text[text.index(piece) :]
    return text


#: What every text :func:`_opens_byline` accepts opens with (blanks aside): one regular
#: expression that most of a page's texts fail at their first letter, before the exact test.
@functools.cache
def _may_open() -> re.Pattern[str]:
    """:func:`byline_opening` after blanks, matched at a text's start."""
    return re.compile(rf"\s*{byline_opening()}", re.IGNORECASE)


def _opens_byline(node: str) -> bool:
    """Is ``node`` a short text that opens with "By"/"Von"... or is such a label alone?"""
    if len(node) > 80:
        return False
    stripped = node.strip()
    return byline_label().match(stripped) is not None or byline_start().match(stripped) is not None


def _byline_line(nodes: Iterable[etree._ElementUnicodeResult], main: etree._Element | None = None) -> list[str]:
    """The names of the first short text that opens with "By"/"Von"... (or is that label alone,
    the name after it) outside the headings and outside comment threads and menus (a commenter's
    "by jdoe_42" under a reply; an element holding the article ``main`` is none, whatever its
    class says), read with the line it stands in."""
    seen: dict[etree._Element, bool | None] = dict.fromkeys(main.iterancestors() if main is not None else ())
    for node in nodes:
        if len(node) > 80:
            continue
        stripped = node.strip()
        label = byline_label().match(stripped) is not None
        if not label and not byline_start().match(stripped):
            continue
        owner = _line_owner(node)
        if owner is None or _elsewhere(owner, seen):
            continue
        if label:
            found = _label_line(node, owner, _clean(stripped))
            if found is None:
                continue
            text, owner = found
        else:
            text = _clean(inner_text(owner))
            if not text.casefold().startswith(_clean(stripped).casefold()):
                continue  # "Powered by WordPress | Theme by Jane Roe": the line opens with something else
        text = _own_line(text, owner)
        if len(text) <= 80:
            names = [n for n in split_authors(text, phrase_check=True) if n[:1].isupper()]
            if names:
                return names
    return []


def _line_owner(node: etree._ElementUnicodeResult) -> etree._Element | None:
    """The element whose line ``node`` is part of (its parent, or for a tail its parent's
    parent); None at the top of the page or inside a headline (one that opens with "Von":
    "Von Zugvögeln, Winter-Gärten und ...", no byline)."""
    parent = node.getparent()
    if parent is None or parent.getparent() is None:
        return None
    owner = parent.getparent() if node.is_tail else parent
    if owner is None or any(el.tag in _TITLE_HEADINGS for el in itertools.chain((owner,), owner.iterancestors())):
        return None
    return owner


def _label_line(
    node: etree._ElementUnicodeResult, owner: etree._Element, label_text: str
) -> tuple[str, etree._Element] | None:
    """``(line, owner)``: the line that a byline's label alone (``node``, "Von", "Autor:") opens: its
    element's text, else the rest of its line after it, else its parent's text (``owner`` the
    element read); None when nothing follows the label, or something stands before it."""
    # Pieces joined with a space: "<span>Von</span><a>Eurosport</a>" is two words.
    text = _clean(" ".join(owner.itertext()))
    if text == label_text and not node.is_tail:
        # "<strong>Autor:</strong> <a>Jane Roe</a><br>": the label's line goes on after its element.
        after = _line_after(owner)
        if after:
            text = f"{label_text} {after}"
    if text == label_text and owner.getparent() is not None:
        owner = owner.getparent()  # the label has an element of its own: the line is its parent
        text = _clean(" ".join(owner.itertext()))
    if text == label_text or not text.lower().startswith(label_text.lower()):
        return None
    return text, owner


def _own_line(text: str, owner: etree._Element) -> str:
    """Of a byline's element broken by ``<br>`` ("Von Jane Roe<br>Bamako /Mali"), the byline's own
    line: the one that starts as ``text`` does (not a label alone: "Von:<br>Jane Roe")."""
    if owner.find("br") is None:
        return text
    start = text.split()[0].casefold() if text.split() else ""
    line = next((line for line in _br_lines(owner, " ") if line.casefold().startswith(start)), "")
    return line if line and not byline_label().match(line) else text


#: Headings a headline is printed in.
_TITLE_HEADINGS = frozenset({"h1", "h2"})
#: Elements that end a line of text.
_LINE_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6",
                          "section", "article", "header", "footer", "aside", "nav", "figure", "blockquote", "hr"})  # fmt: skip


def _line_after(el: etree._Element, limit: int = 80) -> str:
    """The text after ``el`` on its line: its tail and the inline siblings after it, up to a
    ``<br>`` or a block (empty past ``limit`` characters: no byline is that long)."""
    parts = [el.tail or ""]
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str):
            parts.append(sib.tail or "")
            continue
        if sib.tag in _LINE_BREAKS:
            break
        parts.append(inner_text(sib))
        parts.append(sib.tail or "")
        if sum(map(len, parts)) > limit:
            return ""
    text = _clean(" ".join(parts))
    return text if len(text) <= limit else ""


#: Elements that set a signature apart: the author's name in bold or italics, alone on its line.
_EMPHASIS = frozenset({"strong", "b", "em", "i"})
#: The lines read back from the end of the article for a signature (the name is its last line).
_SIGNATURE_LINES = 3


def _signature(main: etree._Element | None) -> list[str]:
    """The author's name signing the article at its end, alone on its last line and set in bold or
    italics (``<p><strong>Jane Roe</strong></p>``): two or three capitalised words and nothing else."""
    if main is None:
        return []
    for el in itertools.islice(_last_lines(main), _SIGNATURE_LINES):
        text = _clean(inner_text(el))
        if not text:
            continue
        marked = [child for child in el if child.tag in _EMPHASIS]
        if len(marked) != 1 or _clean(inner_text(marked[0])) != text:
            return []
        words = text.split()
        if 2 <= len(words) <= 3 and all(map(_name_word, words)):
            return split_authors(text)
        return []
    return []


def _name_word(word: str) -> bool:
    """Is ``word`` written as a name's word: capitalised, the rest in lower case ("Roe", "Lange-Fricke")?"""
    return all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in word.split("-"))


def _last_lines(main: etree._Element) -> list[etree._Element]:
    """The paragraphs of ``main``, last first."""
    lines: list[etree._Element] = list(main.iter("p"))
    return lines[::-1]
