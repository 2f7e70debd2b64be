"""Pass 3: the authors, from a byline line ("By Jane Roe", "Author: Jane Roe") near the body, else
from a name line under the headline ("Jane Roe" above "March 9, 2019", "Jane Roe | 3.3.2019").
Each line is read by :mod:`..metadata._byline_line`.
"""

from __future__ import annotations

import re

from ..metadata._given import opens_with_given_name
from ..metadata._nameline import name_line
from ..metadata._common import _byline_words
from ..metadata._names import _labels, byline_label
from ..metadata._role_strip import without_roles
from ..rules._vocab import vocabulary
from ..metadata._byline_line import (
    _DIGIT,
    _HANDLE,
    BYLINE_CHARS,
    _byline_patterns,
    _handle,
    byline_names,
    byline_opens,
    desk_name,
)
from ._dates import ago as _ago
from ._bio import author_box
from ._coauthors import stacked_names
from ._comments import comments_after
from ._roles import role_named, with_coauthor
from ._credits import dateline_agency, source_credit
from ._handles import dated_handle, parted_byline
from ._over_headline import _dated_after, _name_on_date, _printed_date, over_headline
from ._lines import Line


def authors(lines: list[Line], body: set[int], title_line: Line | None = None, printed: bool = False) -> list[str]:
    """The names of the first byline line ("By Jane Roe", or a post head's byline part:
    :func:`._handles.parted_byline`) from the top to the body's first lines; else those of a line under the headline that prints a name alone or with a date
    (:func:`_under_headline`); else those under a byline's label alone on its line anywhere
    (:func:`_label_line_names`); else those of a line opening with a label and a colon in or
    after the body (:func:`_labelled_line`); else an author's box (:func:`._bio.author_box`); else those
    of a name line that opens with a common given name near the headline or right after the body
    (:func:`._given.given_name_line`); else the agency or desk a source credit after the body
    names (:func:`._credits.source_credit`: "Quelle: dpa"), or the agency of the lead's dateline
    (:func:`._credits.dateline_agency`: "Hamburg (dpa) – ..."); else the person a copyright line names
    (:func:`._given.copyright_holder`). ``printed``: the lines are an HTML page's
    (:mod:`._printed`), where a name right after the body needs a date beside it."""
    first = min(body) if body else len(lines)
    for ln in lines:
        if ln.index > first + 3:
            break
        names = byline_names(_byline_head(ln.text)) or parted_byline(ln.text)
        if names:
            return names
    from ._given import copyright_holder, given_name_line

    return (
        _under_headline(lines, body, title_line)
        or _label_line_names(lines)
        or _labelled_line(lines, body)
        or author_box(lines)
        or given_name_line(lines, body, title_line, dated=printed)
        or source_credit(lines, body)
        or dateline_agency(lines, body)
        or copyright_holder(lines)
    )


def _byline_head(text: str) -> str:
    """``text`` if it is short enough for a byline, else its first :data:`BYLINE_CHARS` characters
    when it opens with a byline's marker ("By Jane Roe on 14. October, 2023 | 7 Comments. Some
    links on this page earn us a commission..."), else ``""``."""
    if len(text) <= BYLINE_CHARS:
        return text
    return text[:BYLINE_CHARS] if byline_opens(text) else ""


#: Under the headline, a name line is looked for down to this many lines into the body, and
#: from this many lines above the body when no headline stands before it.
NAME_INTO = 5
NAME_ABOVE = 4
#: A handle with its date is looked for on this many lines under the headline (:mod:`._handles`).
HANDLE_UNDER = 3


def _under_headline(lines: list[Line], body: set[int], title_line: Line | None) -> list[str]:
    """The names of a line between the headline and the body's first lines that is a byline's
    marker and one name ("von Marlene"), or a name alone ("Jane Roe"), or a name with the
    date and counts printed with it ("Jane Roe - Apr 14, 2015 7:53 pm", "24.06.2016 | Jane
    Roe | 37 Kommentare"). A line that the rules' vocabularies mark by its own words is no name.
    A byline's marker or label in the window comes before a name line above it: a teaser's
    heading over a date ("Liebe Freunde des Waldes" / "Publiziert am 17. Januar 2014 von jroe")
    reads as a name too. A headline inside the body run has its byline under it
    (:func:`_under_inner_headline`)."""
    if not body:
        return []
    pos = {ln.index: k for k, ln in enumerate(lines)}
    start = pos[min(body)]
    window = _window(lines, pos, body, title_line)
    headed = title_line is not None and title_line.index < min(body)
    for k in window:
        names = byline_names(lines[k].text, under_headline=True) or _under_label(lines, k)
        if names:
            return names
    from ._copy_byline import under_copy

    return (
        _name_line_in(lines, window, start, headed, _headline_words(lines, title_line))
        or over_headline(lines, pos, title_line)
        or _after_body(lines, pos[max(body)])
        or under_copy(lines, pos, title_line)
    )


def _name_line_in(lines: list[Line], window: list[int], start: int, headed: bool, topic: frozenset[str] = frozenset()) -> list[str]:
    """The names of the first line of ``window`` that prints a name with its date, label or role
    (:func:`_line_names`), or, on the first :data:`HANDLE_UNDER` lines under a headline
    (``headed``), a handle with its date (:func:`._handles.dated_handle`). ``start``: the body's
    first line. A name line whose last word the headline prints (``topic``, its words
    case-folded) is the article's topic tag ("Budget Policy" under "Council budget approved"), no byline."""
    for k in window:
        # A time ago dates a name line right over the body, or one right under the headline
        # on the next line ("Jane Roe" / "vor 4 Stunden").
        ago = start - k <= NAME_ABOVE or (headed and k - window[0] < 2 and _ago_after(lines, k))
        names = _line_names(lines, k, ago=ago)
        if names and any(n.rsplit(" ", 1)[-1].casefold() in topic for n in names):
            continue
        if names and not byline_names(lines[k].text, under_headline=True):
            return stacked_names(lines, k, names, set(window))
        if not names and headed and k - window[0] < HANDLE_UNDER:
            names = dated_handle(lines, k)
        if names:
            return names
    return []


def _headline_words(lines: list[Line], title_line: Line | None) -> frozenset[str]:
    """The headline's words, case-folded; none from the page title's line (it names the site, often the author)."""
    at = title_line if title_line is not None and title_line is not lines[0] else None
    return frozenset(w.casefold() for w in re.findall(r"\w+", at.text)) if at is not None else frozenset()


def _window(lines: list[Line], pos: dict[int, int], body: set[int], title_line: Line | None) -> list[int]:
    """The positions of the lines where a byline is looked for: from the headline (or
    :data:`NAME_ABOVE` lines over the body) to :data:`NAME_INTO` lines into the body, and those
    under a headline inside the body run; never past a comments line after the body
    (:func:`comments_after`). Far over the body, the lines under the headline end after
    :data:`PROSE_PARAGRAPHS` paragraphs of prose: past them stands the article's own text (a
    section's heading over a table's dated row), not its byline."""
    start = pos[min(body)]
    top = start - NAME_ABOVE
    if title_line is not None and title_line.index < min(body):
        top = pos[title_line.index] + 1
    stop = comments_after(lines, pos[max(body)], _into_stop(lines, start))
    prose = 0
    window: list[int] = []
    for k in range(max(0, top), stop):
        if prose >= PROSE_PARAGRAPHS and k < start - NAME_ABOVE:
            continue
        prose += len(lines[k].text) >= PROSE_CHARS
        if _may_be_byline(lines[k]) and lines[k] is not title_line:
            window.append(k)
    return window + _under_inner_headline(lines, pos, body, title_line)


#: Lines of at most this many words ("FOTO", "Politics", "Photo: Jane Roe", "Elections 2022": a
#: picture's credit, a section's tags) do not count among the :data:`NAME_INTO` lines into the
#: body; at most :data:`TAGS_SKIPPED` of them are passed.
TAG_WORDS = 3
TAGS_SKIPPED = 6


def _into_stop(lines: list[Line], start: int) -> int:
    """Where the byline's window ends in the body that opens at ``start``: after its
    :data:`NAME_INTO`-th line, the short lines of a picture's caption and credit or the
    article's tags not counted (:data:`TAG_WORDS`), nor a line the window printed already that
    stands beside a short line (a slideshow's caption printed again with its credit for each
    picture; at most :data:`TAGS_SKIPPED` of them; a body printed twice counts)."""
    limit = min(len(lines), start + NAME_INTO + TAGS_SKIPPED)
    counted = 0
    seen: set[str] = set()
    end = start
    while end < limit:
        text = lines[end].text
        if text in seen and _beside_credit(lines, end) and limit - start < NAME_INTO + 2 * TAGS_SKIPPED:
            limit = min(len(lines), limit + 1)
        else:
            seen.add(text)
            counted += len(text.split()) > TAG_WORDS
            if counted == NAME_INTO:
                return end + 1
        end += 1
    return limit


def _beside_credit(lines: list[Line], k: int) -> bool:
    """Does a short line (:data:`TAG_WORDS`: a picture's credit, "FOTO") stand right before or after ``lines[k]``?"""
    return any(0 <= j < len(lines) and len(lines[j].text.split()) <= TAG_WORDS for j in (k - 1, k + 1))


#: A paragraph of prose: a line this long. A byline under a headline stands before this many.
PROSE_CHARS = 200
PROSE_PARAGRAPHS = 3


def _ago_after(lines: list[Line], k: int) -> bool:
    return k + 1 < len(lines) and bool(_ago(lines[k + 1].text))


def _under_inner_headline(lines: list[Line], pos: dict[int, int], body: set[int], title_line: Line | None) -> list[int]:
    """The positions of the :data:`NAME_INTO` lines under a headline that stands inside the body
    run (a subtitle, teaser or menu taken in above it): where its byline is looked for too."""
    if title_line is None or title_line.index <= min(body) or title_line.index not in pos:
        return []
    at = pos[title_line.index]
    return [
        k
        for k in range(at + 1, min(len(lines), at + 1 + NAME_INTO))
        if _may_be_byline(lines[k])
    ]


def _may_be_byline(ln: Line) -> bool:
    """Is ``ln`` short, and not cruft by its own words, or a desk's name that a rule's heading is
    ("Redaktion"), or a byline's label alone ("Artikel von")?"""
    alone = ln.text.casefold().rstrip(":").strip() in _labels()
    return len(ln.text) <= BYLINE_CHARS and (not ln.label or alone or bool(desk_name(ln.text)))


def _line_names(lines: list[Line], k: int, ago: bool = False) -> list[str]:
    """The names ``lines[k]`` prints as a byline: by its marker or label, or as a name line
    (joined with the next line when it ends in a joiner) that a date, label or role stands with
    (a time ago too, with ``ago``: a name line right over the body, not a teaser's far above it)."""
    names = byline_names(lines[k].text, under_headline=True)
    if names:
        return names
    text, last = _joined(lines, k)
    names = name_line(text) or desk_name(text) or _name_on_date(text)
    if not names and (names := role_named(text)):
        names, last = with_coauthor(lines, k, names), min(len(lines) - 1, k + 1)
    if names and (_dated_or_labelled(lines, k, ago) or _dated_or_labelled(lines, last, ago)):
        return names
    return []


#: A byline line ("Text: Jane Roe", "Von Jane Roe") is looked for this many lines after the body.
AFTER_BODY = 5


def _after_body(lines: list[Line], end: int) -> list[str]:
    """The names of a line just after the body that opens with a byline's marker or label
    ("Text: Jane Roe", "Von Jane Roe"), not in capitals ("POR NOSOTROS LO HACEMOS BIEN" is a slogan); one
    word too with a date on the next line ("von Jane" / "21.03.2019 10:12 Uhr"). A post's
    footer that the stubs rule marks counts ("Posted by Jane Roe on March 8, 2019 at 9:15 AM"),
    and so does the body's last line ``lines[end]`` when it is such a dated footer; never past
    a comments line (:func:`comments_after`: "Posted by:" / "Jane Roe" in a comment), nor a
    comment's stub (:func:`_comment_stub`)."""
    for k in range(end, comments_after(lines, end, min(len(lines), end + 1 + AFTER_BODY))):
        ln = lines[k]
        if (ln.label and ln.rule != "stubs") or len(ln.text) > BYLINE_CHARS or not byline_opens(ln.text):
            continue
        if (k == end or ln.label) and (not _printed_date(ln.text) or _comment_stub(ln.text)):
            continue
        names = byline_names(ln.text, under_headline=_dated_after(lines, k, 1))
        if names and all(any(c.islower() for c in n) for n in names):
            return names
    return []


def _comment_stub(text: str) -> bool:
    """Is ``text`` a comment's stub: a byline's label and a colon ("Posted by: Jane Roe at March 8,
    2019 7:05 PM"), or a part between bars that is a comments' link ("... | permalink | Reply")?"""
    links = vocabulary("comments").labels
    return _LABEL_COLON.match(text) is not None or any(p.strip().casefold() in links for p in text.split("|"))


#: A label of up to three words and a colon opening a line ("Posted by:", "Von:").
_LABEL_COLON = re.compile(r"^\W*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*:")


#: A line that ends in a joiner goes on with the next name on the next line.
_JOINED = re.compile(r"(?:,|\s(?:and|und|et|y|e|&))$", re.IGNORECASE)


def _joined(lines: list[Line], k: int) -> tuple[str, int]:
    """``lines[k]``'s text, joined with the next line's when it ends in a joiner ("Jane Roe und" /
    "John Doe"; not "Jane Roe," / "am 14.12.2022"), or when the two are a common given name and
    a surname, a word each on two lines of one block (a byline's name parts in two elements:
    "Jane" / "Roe"), and the position of its last line."""
    text = lines[k].text
    if k + 1 < len(lines) and lines[k + 1].text[:1].isupper():
        after = lines[k + 1]
        parts = after.block == lines[k].block and _one_word(text) and _one_word(after.text) and opens_with_given_name(text)
        if parts or _JOINED.search(text):
            return f"{text} {after.text}", k + 1
    return text, k


def _one_word(text: str) -> bool:
    """Is ``text`` one capitalised word of letters (and hyphens: "Roe-Smith")?"""
    return " " not in text and text[:1].isupper() and text.replace("-", "").isalpha()


#: A name line counts with a date this many lines before or after it.
NAME_DATE_NEAR = 2
#: A role printed on the line under a name ("Travel Editor", "Senior Reporter, Politics") has at
#: most this many words: a longer line is the text's own sentence, not a role.
ROLE_WORDS = 6
#: An e-mail address alone on its line.
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _dated_or_labelled(lines: list[Line], k: int, ago: bool = False) -> bool:
    """Does the name line ``lines[k]`` read as a byline by what stands with it: a byline's label
    alone on the line before ("By", "von"), a role on the line after ("Travel Editor"), or a
    date in it or in a line near it, or an e-mail address on the line after (in numbers too, in either order: "03/11/2021 08:41"; glued
    to the agency's name: "Associated PressMarch 8, 2017"; with
    ``ago``, a time ago: "vor 2 Stunden", "3 hours ago")?"""
    before = lines[k - 1].text if k else ""
    after = lines[k + 1].text if k + 1 < len(lines) else ""
    if byline_label().match(before) or (after and len(after.split()) <= ROLE_WORDS and not without_roles(after)):
        return True
    if _EMAIL.match(after):
        return True  # the author's address under the name ("Jane Roe" / "jane.roe@example.com")
    near = lines[max(0, k - NAME_DATE_NEAR) : k + NAME_DATE_NEAR + 1]
    return any(len(ln.text) <= BYLINE_CHARS and (_printed_date(ln.text) or (ago and _ago(ln.text))) for ln in near)


def _label_line_names(lines: list[Line]) -> list[str]:
    """The names on the line after the first byline's label printed alone on its line ("By" /
    "Jane Roe", "Published by" / "Jane Roe", "von:" / "Newsdesk" / "23. Januar 2019"): a
    byline box, a field per line, wherever it stands (above the headline, after the body). A
    name of one word counts with a date on one of the two lines after it."""
    for k in range(len(lines) - 1):
        names = _under_label(lines, k)
        if names:
            return names
    return []


def _under_label(lines: list[Line], k: int) -> list[str]:
    """The names on ``lines[k + 1]`` when ``lines[k]`` is a byline's label alone on its line; a
    handle alone with a date on one of the two lines after it or the line before the label
    ("5. April 2022" / "by" / "jroe"); a name with its date, read with the label as one byline
    ("Posted by" / "Jane Roe - Friday, March 8, 2019")."""
    if k + 1 >= len(lines) or not _alone_label(lines[k].text):
        return []
    text = _joined(lines, k + 1)[0]
    if len(text) > BYLINE_CHARS:
        return []
    names = name_line(text) or desk_name(text)
    if not names and _HANDLE.fullmatch(text) and (_dated_after(lines, k + 1) or _dated_after(lines, k - 2)):
        names = _handle(text, lower=True)
    if not names and _printed_date(text):
        names = byline_names(f"{lines[k].text} {text}", under_headline=True)  # "Posted by" / "Jane Roe - March 9, 2019"
    return names


def _alone_label(text: str) -> bool:
    """Is ``text`` a byline's label alone ("Published by", "von:"), or a dated line ending in a
    byline's marker ("Written on Mar 9 by")?"""
    folded = text.casefold().rstrip(":").strip()
    return folded in _labels() or (
        len(text) <= BYLINE_CHARS and folded.rsplit(" ", 1)[-1] in _byline_words("markers") and bool(_DIGIT.search(text))
    )


def _labelled_line(lines: list[Line], body: set[int]) -> list[str]:
    """The names of the first line from the body's start on that opens with a byline's label and
    a colon ("Author: Jane Roe", "Text: Jane Roe"), wherever the body ends: an author's credit
    under a long article, after its sources or tags. Not names in capitals only."""
    if not body:
        return []
    _marker, label = _byline_patterns()
    first = min(body)
    for ln in lines:
        if ln.index < first or len(ln.text) > BYLINE_CHARS or label.match(ln.text) is None:
            continue
        names = byline_names(ln.text)
        if names and all(any(c.islower() for c in n) for n in names):
            return names
    return []
