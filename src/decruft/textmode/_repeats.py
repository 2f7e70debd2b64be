"""Lines that repeat the page title but are no headline: a menu's item for the page, over the
heading right above the body; a breadcrumb's last item or a copy of the <title>, over the
headline as printed, worded much as it, or printed with a kicker before it or a subtitle after
it; and a one-word headline, and the heading a breadcrumb ends with (see :mod:`._title`)."""

from __future__ import annotations

import re

from ..metadata._names import picture_credit_words
from ..metadata.title import split_text_title
from ..rules._vocab import normalize
from ._lines import Line, place
from ._title import _WORD, OVER_BODY, SHARED_WORDS, TITLE_LIKENESS, TITLE_WINDOW, _over_body, _repeating, _words, title_like
from ._title_dated import _dated_heading, _heading

#: A menu's item has at most this many words ("Kundenservice", "News").
MENU_WORDS = 3
#: A one-word headline has at least this many letters.
ONE_WORD_LETTERS = 4
#: A heading that replaces a menu's item as the headline has at most this many words: a longer
#: line under the item is the deck.
HEADLINE_WORDS = 12


def repeated(lines: list[Line], first: int, own: str) -> Line | None:
    """The line that repeats the page title (:func:`._title._repeating`), or the headline that it
    stands for: past a menu's item, under a copy of the title, with a kicker or a subtitle, or the
    dated heading over the body when the repeat is a teaser's copy far after the body's start
    or opens the body (:func:`over_opening`)."""
    found = _repeating(lines, first, own)
    if found is not None:
        found = past_menu(lines, first, found, own) or reworded_under(lines, first, found) or past_trail(lines, first, found, own) or found
        if found.index > first + TITLE_WINDOW:
            found = _dated_heading(lines, first, own=own) or found
        elif found.index == first:
            found = over_opening(lines, first, own) or found
    kicker = kicked(lines, first, own, found)
    if kicker is not None or found is None:
        return kicker
    return extended(lines, first, found) or found


def over_opening(lines: list[Line], first: int, own: str) -> Line | None:
    """The headline over a copy of the page title that opens the body (a teaser's or a share
    card's line: "Headline" / deck / byline / date / "Title reworded" / body): the dated heading
    over the body (:func:`._title_dated._dated_heading`) when it shares :data:`._title.SHARED_WORDS`
    words with the page title's own part ``own`` (a menu's item or a byline over its date shares none)."""
    dated = _dated_heading(lines, first, own=own)
    return dated if dated is not None and len(_words(dated.text) & _words(own)) >= SHARED_WORDS else None


def opening_copy(lines: list[Line], first: int, headline: Line | None, url: str | None) -> Line | None:
    """The body's first line (numbered ``first``) when it repeats the page title's own part
    (:func:`._title_site.page_part`) under the headline printed over it (:func:`over_opening`):
    the title's copy, no text of the article."""
    from ._title_site import page_part

    own = normalize(page_part(lines[0].text, url)) if lines else ""
    opening = next((ln for ln in lines if ln.index == first), None)
    if headline is None or opening is None or headline.index >= first or not own or normalize(opening.text) != own:
        return None
    return opening


def past_menu(lines: list[Line], first: int, found: Line, own: str = "") -> Line | None:
    """The headline under a menu whose item repeats the page title ("Cheese | Site": "Butter" /
    "Cheese" / "Desserts" ... "Our cheeses" / body): the title-like heading right above the
    body (:func:`._title._over_body`), else a dated one (:func:`._title_dated._dated_heading`), after
    ``found``, of :data:`HEADLINE_WORDS` words at most, when ``found`` reads as a menu's item
    (:func:`_menu_item`)."""
    if found.index >= first or len(found.text.split()) > MENU_WORDS:
        return None
    over = _over_body(lines, first)
    heading = over if over is not None and over.index > found.index else _dated_heading(lines, first, after=found.index, own=own)
    if heading is None or len(heading.text.split()) > HEADLINE_WORDS:
        return None
    if not title_like(heading.text) and not _prints(heading.text, found.text):
        return None
    if normalize(heading.text) == normalize(found.text) or not _menu_item(lines, found, heading):
        return None
    return heading


def _prints(heading: str, item: str) -> bool:
    """Does ``heading`` print the menu's item ``item`` with more words ("Boat training" under the item "Training")?"""
    words = set(_WORD.findall(normalize(heading)))
    return len(words) > 1 and set(_WORD.findall(normalize(item))) < words


def _menu_item(lines: list[Line], found: Line, heading: Line) -> bool:
    """Is ``found`` a menu's item over ``heading``: the line after it (past labels) another item
    of :data:`MENU_WORDS` words at most or ``heading`` itself, and no dateline or byline up to
    that line (a short headline over its date stays)?"""
    from ..metadata._byline_line import byline_names
    from ._dates import printed_date

    for ln in (ln for ln in lines if ln.index > found.index):
        if printed_date(ln.text) or byline_names(ln.text):
            return False
        if not ln.label:
            return ln is heading or len(ln.text.split()) <= MENU_WORDS
    return False


#: A breadcrumb that goes on past the end of its line ("Home > News >"): its last item is on the next
#: line. Two marks at least: one at the end alone is a link's ("More »").
_TRAIL_OPEN = re.compile(r"\w\s*(?:>>?|»|›)\s*\w.*(?:>>?|»|›)\s*$")


def past_trail(lines: list[Line], first: int, found: Line, own: str) -> Line | None:
    """The headline under a breadcrumb whose last item, on a line of its own, repeats the page title
    ("Home > News >" / "Title" / "Kicker" / "Headline" / date / body): the dated heading
    (:func:`._title_dated._dated_heading`) after it, when the line over ``found`` ends with a trail's mark."""
    k = place(lines, found)
    if found.index >= first or k < 2 or not _TRAIL_OPEN.search(lines[k - 1].text):
        return None
    return _dated_heading(lines, first, after=found.index, own=own)


#: A heading under a line that repeats the page title, worded much as it (:data:`TITLE_LIKENESS`
#: of the words both ways, and this many words in common), is the headline as printed...
REWORDED_SHARED = 4
#: ...among this many lines under it.
REWORDED_WITHIN = 8


def reworded_under(lines: list[Line], first: int, found: Line) -> Line | None:
    """The headline printed under a line that repeats the page title (a breadcrumb's last item,
    a copy of the <title>: "Harbour town: Jane Roe - The mayor is back" / "5 Comments" /
    "Harbour town" / "Jane Roe: The mayor is back" / body): a heading (:func:`._title_dated._heading`)
    of :data:`HEADLINE_WORDS` words at most among the :data:`REWORDED_WITHIN` lines under it
    before the body, worded much as it, not holding all its words (a copy decorated: "1 Comment
    on Headline", "Section: Headline"), no picture credit's word (a caption)."""
    mine = set(_WORD.findall(normalize(found.text)))
    if found.index >= first or len(mine) < REWORDED_SHARED:
        return None
    under = [ln for ln in lines if found.index < ln.index < first][:REWORDED_WITHIN]
    for ln in under:
        if len(ln.text.split()) > HEADLINE_WORDS or not _heading(ln):
            continue
        words = set(_WORD.findall(normalize(ln.text)))
        if words & picture_credit_words():
            continue  # a picture's caption with its credit ("Headline reworded, fot. Shutterstock")
        shared = len(words & mine)
        if not words >= mine and shared >= REWORDED_SHARED and shared / max(len(words), len(mine)) >= TITLE_LIKENESS:
            return ln
    return None


#: A kicker printed before the headline and a colon ('"Total silence": Headline') has at most this many words.
KICKER_WORDS = 6
#: The page title's own part that a kicker line ends with has at least this many words.
KICKED_WORDS = 3


def kicked(lines: list[Line], first: int, own: str, found: Line | None) -> Line | None:
    """The headline printed with a kicker before a colon ('"Total silence": Headline' for the page
    title "Headline - Site"; the <title> left the kicker out): the nearest line among the
    :data:`._title.TITLE_WINDOW` lines before the body (or its first line) that ends with the page title's own part ``own``
    (:data:`KICKED_WORDS` words or more) after a kicker of :data:`KICKER_WORDS` words at most and a
    colon, when no line near the body repeats ``own`` (``found``, the repeat, is None or far from
    the body: a teaser's or a share bar's copy of it)."""
    if (found is not None and abs(found.index - first) <= TITLE_WINDOW) or len(own.split()) < KICKED_WORDS:
        return None
    for ln in reversed([ln for ln in lines[1:] if first - TITLE_WINDOW <= ln.index <= first]):
        text = normalize(ln.text)
        kicker = text[: -len(own)].rstrip() if text.endswith(own) else ""
        if not ln.label and kicker.endswith(":") and len(kicker.split()) <= KICKER_WORDS:
            return ln
    return None


def first_word_over_body(lines: list[Line], first: int, own: str) -> Line | None:
    """A one-word headline ("Harriet" for "Harriet | Podcast Name", "Einzeltermin" for
    "Einzeltermin - Site's Seite"): the page title's first part, one word that the site's
    name was not judged to be (it is in ``own``), printed alone among the
    :data:`._title.OVER_BODY` lines right above the body; else :func:`own_word_over_body`."""
    parts = split_text_title(lines[0].text) if lines else []
    head = normalize(parts[0]) if len(parts) > 1 else ""
    at = next((k for k, ln in enumerate(lines) if ln.index >= first), len(lines))
    if len(head.split()) != 1 or len(head) < ONE_WORD_LETTERS or head not in own.split():
        return own_word_over_body(lines, at, own)
    for k in range(at - 1, max(1, at - OVER_BODY) - 1, -1):
        if not lines[k].label and normalize(lines[k].text) == head:
            return _over_word(lines, k) or lines[k]
    return None


#: A heading over a one-word part of the page title has more words than this.
OVER_WORD_WORDS = 3


def _over_word(lines: list[Line], k: int) -> Line | None:
    """The headline right over ``lines[k]``, a one-word part of the page title: a heading of more
    than :data:`OVER_WORD_WORDS` words ("Rowers bring home three medals" / "Rowing" / date: the word
    is the section the story is filed under)."""
    over = lines[k - 1] if k > 1 else None
    return over if over is not None and len(over.text.split()) > OVER_WORD_WORDS and _heading(over) else None


def own_word_over_body(lines: list[Line], at: int, own: str) -> Line | None:
    """A one-word headline that is one word of the page title's own part ``own`` ("Pruning" for "Careful
    pruning for old roses | Site"; a menu's items, title-like, stand before it): the line right over the body
    (which ``lines[at]`` opens; labels skipped), when it is that word alone, of :data:`ONE_WORD_LETTERS` letters or more.
    Not a part of ``own`` after its first ("Headline | Section"): the section's name, printed over the headline."""
    last = next((ln for ln in reversed(lines[1:at]) if not ln.label), None)
    key = normalize(last.text) if last is not None else ""
    if key in split_text_title(own)[1:]:
        return None
    return last if len(key.split()) == 1 and len(key) >= ONE_WORD_LETTERS and key in own.split() else None


#: A headline printed as a short sentence ("Farewell from the harbour blog.") has this many words at most.
STOP_HEADLINE_WORDS = 8


def stop_over_body(lines: list[Line], first: int) -> Line | None:
    """Where the page title is cruft (a menu's label: "Home") and no line reads as a headline: a short
    sentence of :data:`STOP_HEADLINE_WORDS` words at most, capitalised and ending with its stop,
    among the :data:`._title.OVER_BODY` lines right over the body ("Farewell from the harbour blog." /
    "Dear readers," / body), past labels and a salutation (ending with a comma)."""
    if not lines or lines[0].rule is None:
        return None
    at = next((k for k, ln in enumerate(lines) if ln.index >= first), len(lines))
    for ln in reversed(lines[max(1, at - OVER_BODY) : at]):
        if ln.label or ln.text.endswith(","):
            continue
        short = 2 <= len(ln.text.split()) <= STOP_HEADLINE_WORDS
        return ln if short and ln.text[:1].isupper() and ln.text.endswith((".", "!")) else None
    return None


#: What joins a headline to its subtitle on one line ("Headline – which one pays off?").
_EXTENSION = re.compile(r"^(?:-|–|—|:)\s+")
#: The subtitle has at least this many words.
EXTENSION_WORDS = 2


def extended(lines: list[Line], first: int, found: Line) -> Line | None:
    """The headline with its subtitle ("Renting or buying – which one pays off?"), where
    ``found`` (a line before the body that repeats the page title or a part of it) prints the
    headline alone: the <title> cut the subtitle off, and the line alone is a section's heading or
    a breadcrumb's item. A title-like line before the body, or its first line, that begins with
    ``found``'s words and goes on past a dash or colon with :data:`EXTENSION_WORDS` words or more
    that are no part of the page title (then it is a copy of the title with the site's name):
    the nearest to ``found``."""
    key = normalize(found.text)
    if found.index >= first or len(key.split()) < EXTENSION_WORDS:
        return None
    parts = {normalize(part) for part in split_text_title(lines[0].text)}
    found_lines = []
    probe = key.split()[0]
    for ln in lines[1:]:
        if ln.index > first or ln.label or probe not in ln.text.lower():
            continue
        text = normalize(ln.text)
        if not text.startswith(key + " ") or not title_like(ln.text):
            continue
        rest = text[len(key) + 1 :]
        sep = _EXTENSION.match(rest)
        subtitle = rest[sep.end() :] if sep else ""
        if len(subtitle.split()) >= EXTENSION_WORDS and normalize(subtitle) not in parts:
            found_lines.append(ln)
    return min(found_lines, key=lambda ln: abs(ln.index - found.index)) if found_lines else None


#: A breadcrumb's item mark ("» Riverside-West") or separator ("Home > News > Story").
_TRAIL_SEP = re.compile(r"(?:^|\s)(?:>>?|»|›)\s")
#: The breadcrumb's last item is looked for this many lines over the heading.
TRAIL_LINES = 3


def trail_end(lines: list[Line], first: int) -> Line | None:
    """The heading right over the body that a breadcrumb just over it ends with ("Startseite" /
    "» Riverside" / "» Riverside-West" / "Riverside-West" / body): the page's own name, where
    the page title names only the site. Among the :data:`._title.OVER_BODY` lines over the body,
    the nearest whose words are the last item of one of the :data:`TRAIL_LINES` lines over it."""
    at = next((k for k, ln in enumerate(lines) if ln.index >= first), len(lines))
    for k in range(at - 1, max(1, at - OVER_BODY) - 1, -1):
        ln = lines[k]
        key = normalize(ln.text)
        if ln.label or not key or len(key.split()) > HEADLINE_WORDS:
            continue
        for over in lines[max(1, k - TRAIL_LINES) : k]:
            items = _TRAIL_SEP.split(over.text)
            if len(items) > 1 and normalize(items[-1]) == key:
                return ln
    return None
