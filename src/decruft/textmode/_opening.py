"""The headline that opens the body run, dated a few lines under it.

Where no line before the body is the headline and the page title would stand in for it, a
body run can open with the headline itself: the scrape printed it with no break before the
first teaser, caption or byline lines, and the run took it in. Its date follows a few lines
down, past those ("Headline" / "Teaser" / "Photo: Agency" / "Mar 3, 2031 | 6:00"). It is the
headline when it reads as a title and shares words with the page title, worded otherwise (a
site's page title is often an SEO rewording of its headline). Notices shown over the article
("Your settings have been saved." / "You are now signed in.": short sentences, a block each)
may open the run before it: the headline is then the first line after them.
"""

from __future__ import annotations

from ._lines import Line

#: The date is looked for this many lines under the run's first line...
DATED_BELOW = 10
#: ...on a line of at most this many words (a dateline, not a sentence that mentions a date).
DATE_LINE_WORDS = 12
#: Words of :data:`._title.SHARED_LETTERS` letters or more (numbers aside), this many of them
#: shared with the page title.
SHARED_WORDS = 3
#: The run may open with at most this many notices over the headline: one-line statements (ending
#: in "." or "!", no question: a headline may ask one) of at most :data:`NOTICE_WORDS` words, a block each.
NOTICES = 6
NOTICE_WORDS = 20


def _words(text: str) -> set[str]:
    from ._title import _words as long_words

    return {w for w in long_words(text) if not w.isdigit()}


def dated_opening(lines: list[Line], body: set[int]) -> Line | None:
    """The body run's first line when it reads as a title, shares :data:`SHARED_WORDS` words with
    the page title, and a line within :data:`DATED_BELOW` lines under it prints a whole date (in
    :data:`DATE_LINE_WORDS` words at most)."""
    from ._dates import printed_date
    from ._title import title_like

    inside = _past_notices([ln for ln in lines if ln.index in body and ln.rule is None])
    if len(inside) < 2 or not lines or lines[0] is inside[0]:
        return None
    top = inside[0]
    if not title_like(top.text) or top.text.rstrip().endswith(("!", ":")):
        return None
    if len(_words(top.text) & _words(lines[0].text)) < SHARED_WORDS:
        return None
    below = inside[1 : DATED_BELOW + 1]
    return top if any(len(ln.text.split()) <= DATE_LINE_WORDS and printed_date(ln.text) for ln in below) else None


def _past_notices(inside: list[Line]) -> list[Line]:
    """The run's lines ``inside`` from the first that is no notice on, when at most
    :data:`NOTICES` notices open it (see the module's docstring), else all of them."""
    for k, ln in enumerate(inside[: NOTICES + 1]):
        alone = (k == 0 or inside[k - 1].block != ln.block) and (k + 1 == len(inside) or inside[k + 1].block != ln.block)
        if not (alone and ln.text.endswith((".", "!")) and len(ln.text.split()) <= NOTICE_WORDS):
            return inside[k:]
    return inside
