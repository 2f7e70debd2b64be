"""Pass 3, the authors' last resort: a line that prints a person's name alone, known as one by a
common given name (``data/given_names.txt``), where no byline's marker, label or date says so.

A name line ("Jane Roe", two to four capitalised words, none of the rules' labels) is the byline:

* under the headline, before the body ("Headline" / "Jane Roe" / "Body"), or a given name alone
  there with a date beside it ("Headline" / "Jane" / "3. März 2019");
* just over the headline with a date beside it ("12.03.2019" / "Jane Roe" / "Headline");
* right after the body, when the body never names that person ("Body" / "Jane Roe"): the
  author's box that closes an article, not the subject of a caption or teaser;
* among the body's first lines, under a lead, when the rest of the body never names that person;
* in the body run between a paragraph and a footnote ("Jane Roe" / "(1) These figures..."): the
  author signing the article above its notes;
* in brackets closing the body's last paragraph ("... of the year. (Jane Roe)"), or over a role
  alone in the body's last lines ("Jane Roe" / "Press Officer");
* a given name alone over the date as the body's last two lines ("Jane" / "14. Oktober 2018"): a
  post signed at its end.

Last of all (:func:`copyright_holder`), the person a copyright line names at the page's foot.
"""

from __future__ import annotations

import re

from ..metadata._copyright import copyright_names
from ..metadata._given import given_name, opens_with_given_name
from ..metadata._months import _CENTURY_YEAR
from ..metadata._role_strip import without_roles
from ._authors import AFTER_BODY, NAME_ABOVE, NAME_INTO, _dated_or_labelled
from ._over_headline import OVER_HEADLINE, _dated_after
from ._comments import comments_after
from ..metadata._nameline import _WORD, _label_words, name_line
from ..metadata._byline_line import BYLINE_CHARS
from ._lines import Line


def given_name_line(lines: list[Line], body: set[int], title_line: Line | None, dated: bool = False) -> list[str]:
    """The names of the first name line that opens with a common given name under the headline,
    else just over it, else right after the body, else among the body's first lines (see the
    module docstring); else ``[]``. With ``dated`` (an HTML page's lines, :mod:`._printed`, where
    menus and teasers follow the article), a name right after the body counts only with a date,
    a byline's label or a role beside it, and one among the body's first lines only inside it."""
    if not body:
        return []
    pos = {ln.index: k for k, ln in enumerate(lines)}
    start, end = pos[min(body)], pos[max(body)]
    if title_line is None or title_line.index not in pos or title_line is lines[0] or title_line.index > min(body):
        return _at_body_end(lines, body, start, end, dated=dated)
    at = pos[title_line.index]
    return (
        _under_headline(lines, at, start)
        or _over_headline(lines, at)
        or _after_body(lines, body, end, dated)
        or _into_body(lines, body, start, end + 1 if dated else len(lines))
        or _at_body_end(lines, body, start, end, after=False)
    )


def _at_body_end(
    lines: list[Line], body: set[int], start: int, end: int, after: bool = True, dated: bool = False
) -> list[str]:
    """The author signing the body run (``lines[start]`` to ``lines[end]``): right after it (with
    ``after``; with ``dated``, only with a date beside it), above its footnotes, in brackets
    closing it, over a role alone in its last lines, or as a given name over the date as its
    last two lines."""
    return (
        (_after_body(lines, body, end, dated) if after else [])
        or _before_notes(lines, start, end)
        or _closing_brackets(lines, start, end)
        or _signed_with_role(lines, start, end)
        or _signed_with_date(lines, start, end)
    )


#: A footnote opening its line: "(1) ...", "[2] ...", "1) ...", "* ...".
_NOTE = re.compile(r"^(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*{1,3})\s*\S")
#: The paragraph a signature closes is at least this long.
SIGNED_CHARS = 100


def _before_notes(lines: list[Line], start: int, end: int) -> list[str]:
    """In the body run (``lines[start]`` to ``lines[end]``): a name line opening with a common given
    name between a paragraph (at least :data:`SIGNED_CHARS`) and a footnote ("... of the year." /
    "Jane Roe" / "(1) These figures are..."): the author signing the article above its notes."""
    for k in range(max(start, 1), min(end, len(lines) - 2) + 1):
        if not _candidate(lines[k]) or len(lines[k - 1].text) < SIGNED_CHARS or not _NOTE.match(lines[k + 1].text):
            continue
        names = name_line(lines[k].text)
        if _given(names):
            return names
    return []


#: A name in brackets closing a paragraph, marks after it ("... bleibt spannend. (Jane Roe) +++").
_BRACKETED = re.compile(r"[.!?…\"“”»]\s+\(([^()]{5,40})\)\W*$")
#: The author signing in brackets is looked for in the body's last this many lines, closing a
#: paragraph at least this long (a caption's credit closes a shorter line).
BRACKETS_LAST = 2
BRACKETED_CHARS = 60


def _closing_brackets(lines: list[Line], start: int, end: int) -> list[str]:
    """In the body's last :data:`BRACKETS_LAST` lines (``lines[start]`` to ``lines[end]``): a
    paragraph (at least :data:`BRACKETED_CHARS`) closed by a name in brackets that opens with a
    common given name ("... bleibt spannend. (Jane Roe)"): the author signing the article. A
    caption's credit in brackets closes a short line, and stands anywhere in the body."""
    for k in range(end, max(start, end - BRACKETS_LAST + 1) - 1, -1):
        text = lines[k].text
        found = _BRACKETED.search(text) if len(text) >= BRACKETED_CHARS else None
        names = name_line(found[1]) if found else []
        if _given(names):
            return names
    return []


#: The author signing with a role is looked for in the body's last this many lines.
ROLE_LAST = 3


def _signed_with_role(lines: list[Line], start: int, end: int) -> list[str]:
    """In the body's last :data:`ROLE_LAST` lines (``lines[start]`` to ``lines[end]``): a name line
    opening with a common given name, then a line that is a role alone ("Jane Roe" /
    "Press Officer"), neither in a cruft section: a press release or a column signed at its end."""
    for k in range(max(start, end - ROLE_LAST + 1), end):
        role = lines[k + 1].text
        if lines[k].rule or lines[k + 1].rule or len(role) > BYLINE_CHARS or without_roles(role):
            continue  # not in a cruft section: "Related Content" / "Jane Roe" / "Professor of ..."
        names = name_line(lines[k].text)
        if _given(names):
            return names
    return []


def _signed_with_date(lines: list[Line], start: int, end: int) -> list[str]:
    """The body's last two lines (``lines[end - 1]``, ``lines[end]``), neither in a cruft section: a
    given name alone, then the date ("Jane" / "14. Oktober 2018"): a post signed at its end
    inside the body run (:func:`_after_body` reads it right after the run)."""
    if end - 1 < start or lines[end - 1].rule or lines[end].rule:
        return []
    text = lines[end - 1].text
    return [text] if _lone_given_name(text) and _dated_after(lines, end - 1, 1) else []


def _into_body(lines: list[Line], body: set[int], start: int, stop: int) -> list[str]:
    """Among the body's first :data:`NAME_INTO` lines, under a lead ("Headline" / "Lead..." /
    "Jane Roe" / "Body..."): a name line opening with a given name whose last word the rest of
    the body never prints (a heading naming the article's subject); not from ``lines[stop]`` on
    (an HTML page's lines past a short article are a menu's: "Lead..." / "LE NOSTRE GUIDE")."""
    for k in range(start, min(len(lines), start + NAME_INTO, stop)):
        if not _candidate(lines[k]):
            continue
        names = name_line(lines[k].text)
        if _given(names) and not _told(lines, body, names, skip=k):
            return names
    return []


def _told(lines: list[Line], body: set[int], names: list[str], skip: int = -1) -> bool:
    """Does the body (but ``lines[skip]``) print the last word of one of ``names``?"""
    told = {w.casefold() for k, ln in enumerate(lines) if ln.index in body and k != skip for w in _WORD.findall(ln.text)}
    return any(name.split()[-1].casefold() in told for name in names)


def _given(names: list[str], dated: bool = False) -> bool:
    """Do ``names`` all open with a common given name; with a word of the rules' labels first
    ("Will Barker", "Page Keeper": "will", "page") only where a date stands beside them
    (``dated``)?"""
    return bool(names) and all(opens_with_given_name(n) and (dated or not _label_first(n)) for n in names)


def _label_first(name: str) -> bool:
    """Does ``name`` open with a word of the rules' labels ("Will Barker", "Page Keeper")?"""
    return name.split()[0].casefold() in _label_words()


def _candidate(ln: Line) -> bool:
    """Can ``ln`` be a byline: not cruft by its own words, and short?"""
    return not ln.label and len(ln.text) <= BYLINE_CHARS


#: A name line under the headline is looked for on this many lines under it: further down, a
#: menu or a teaser list stands between the headline and the body ("Ruth Ashdown" / "Jane Roe"
#: / "Green Notes", a font menu's "Minion").
GIVEN_UNDER = 10


def _under_headline(lines: list[Line], at: int, start: int) -> list[str]:
    """Between the headline ``lines[at]`` and the body's first line ``lines[start]``, on the
    :data:`GIVEN_UNDER` lines under the headline: a name line opening with a given name, or a
    given name alone with a date (or a time ago right over the body) beside it."""
    for k in range(at + 1, min(start, at + 1 + GIVEN_UNDER)):
        if not _candidate(lines[k]):
            continue
        names = name_line(lines[k].text)
        if _given(names):
            return names
        if _lone_given_name(lines[k].text) and _dated_or_labelled(lines, k, ago=start - k <= NAME_ABOVE):
            return [lines[k].text]
    return []


def _lone_given_name(text: str) -> bool:
    """Is ``text`` one capitalised word, a given name and no word of the rules' labels ("Jane")?"""
    return " " not in text and text[:1].isupper() and given_name(text) and text.casefold() not in _label_words()


def _over_headline(lines: list[Line], at: int) -> list[str]:
    """Within :data:`OVER_HEADLINE` lines over the headline ``lines[at]``: a name line opening
    with a given name, with a date beside it."""
    for k in range(at - 1, max(0, at - OVER_HEADLINE) - 1, -1):
        if not _candidate(lines[k]):
            continue
        names = name_line(lines[k].text)
        if _given(names, dated=True) and _dated_or_labelled(lines, k):
            return names
    return []


def _after_body(lines: list[Line], body: set[int], end: int, dated: bool = False) -> list[str]:
    """Within :data:`AFTER_BODY` lines after the body's last line ``lines[end]``: a name line
    opening with a given name whose last word the body never prints (a caption's or teaser's
    subject is named in the article; its author seldom is); or a given name alone signing the
    post, its date on the next line ("Jane" / "14. Oktober 2018"); not past a comments line
    ("Reply" / "Jane" / "14. Oktober 2018": a commenter's). With ``dated``, only a name with a
    date, a byline's label or a role beside it (:func:`._authors._dated_or_labelled`): a menu's
    entry after an HTML page's article prints none ("Bürgermeisterin Jane Roe" / "Rat und Verwaltung")."""
    for k in range(end + 1, comments_after(lines, end, min(len(lines), end + 1 + AFTER_BODY))):
        if not _candidate(lines[k]) or (dated and not _dated_or_labelled(lines, k)):
            continue
        names = name_line(lines[k].text)
        if not names and _lone_given_name(lines[k].text) and _dated_after(lines, k, 1):
            names = [lines[k].text]
        if _given(names) and not _told(lines, body, names):
            return names
    return []


#: A copyright line names the page's author in the page's last this many lines, or with a year.
COPYRIGHT_LAST = 15


def copyright_holder(lines: list[Line]) -> list[str]:
    """The authors' very last resort, on a personal site: the persons a copyright line names
    (:func:`..metadata._copyright.copyright_names`: "© 2009-2012 Jane Roe. Impressum",
    "(c) Jane Roe • Rechte"), in the page's last :data:`COPYRIGHT_LAST` lines, or printing a
    year (not a picture's credit, "© Jane Roe", among the body)."""
    for k, ln in enumerate(lines):
        if len(ln.text) > BYLINE_CHARS or (k < len(lines) - COPYRIGHT_LAST and not _CENTURY_YEAR.search(ln.text)):
            continue
        if names := copyright_names(ln.text):
            return names
    return []
