"""Site memory in text mode: the lines learned as the host's template, and the body they choose.

The lines site memory learned as a host's template (compared in their
:func:`decruft.sitememory.normalize` form) are cruft in its scrapes, never a line that reads
as prose. Marking them may move the body run: a rail of learned lines no longer holds it
(what they are for), or the article, cut off from the page's other prose, loses to a long
repeated footer or to one stretch of a comment thread. The marks may end the run early or
move it away from text the host repeats, never cut the article's head: when the run found
with them starts below :data:`HEAD_PARAGRAPHS` paragraphs of prose that the run found
without them holds (prose that no rule marked and the host does not repeat), the run found
without them stands, the learned lines inside it still removed.

A line the host prints in the same form on every page may still be the article's own, and
stays where the run found without site memory has it (site memory only takes text out):

* the article's head: walking up from the run's first paragraph, past at most
  :data:`HEAD_LINES` short lines, to the line that repeats the page title (the headline),
  the lines between (a byline, a dateline, a caption) and the headline itself stay, learned
  or not: a blog's post titles are listed on its other pages, its byline is the same under
  every post, and a news site's dateline differs only in its numbers;
* the article's box: a short learned line (under :data:`SHORT_LINE` characters) between two
  of the article's paragraphs, or after its first one and before the first line of what
  follows the article (a comment thread's heading or label, a share bar, related posts or the
  link to the previous one: :data:`END_RULES`), stays: a post's "Posted by ... on ...
  | Permalink" line, its trackbacks' stamps, a signature. Past that line, the comments'
  stamps and "X said:" lines go.

"The article's paragraphs" are the run's prose lines that no rule marked and the host does
not repeat.
"""

from __future__ import annotations

from ..rules._vocab import normalize as plain_form
from ._body import TAIL_RULES, cut_tail, find_body, position
from ._lines import Line, is_prose

#: Prose lines of the run found without the learned lines, above the start of the one found
#: with them, that make it the article's head cut off.
HEAD_PARAGRAPHS = 2
#: Lines walked up from the article's first paragraph looking for its headline.
HEAD_LINES = 6
#: A line repeating this many characters of the page title (two words or more) is the headline.
HEADLINE_CHARS = 10
#: A learned line this long or longer goes wherever it lies in the article (as in HTML mode,
#: where a repeated block of 150+ characters goes from the article's box).
SHORT_LINE = 150
#: The rules whose lines open what follows an article (a comment thread, a share bar, related
#: posts and the links to the next and previous ones, a footer...): the article's box ends at
#: the first. Those that end the body run itself, and ``related``.
END_RULES = frozenset((*TAIL_RULES, "related"))


def learned_lines(lines: list[Line], strip_lines: frozenset[str]) -> set[int]:
    """The numbers of the lines whose normalized text site memory learned (prose too)."""
    from ..sitememory import normalize as learned_form

    return {ln.index for ln in lines if learned_form(ln.text) in strip_lines}


def label_learned(lines: list[Line], learned: set[int]) -> list[Line]:
    """Mark the ``learned`` lines no rule marked yet as site memory's (never a prose line);
    returns them. They are cruft by repetition, not by their words: not ``label`` lines, so the
    headline and byline finders read them as they do without site memory (a one-author blog's
    byline repeats on every page and still names the author)."""
    from ..sitememory import RULE

    marked = [ln for ln in lines if ln.index in learned and ln.rule is None and not is_prose(ln.text)]
    for ln in marked:
        ln.rule = RULE
    return marked


def guarded_body(lines: list[Line], learned: set[int], marked: list[Line]) -> set[int]:
    """The body run with the learned lines ``marked``, unless it cuts off the head of the run
    found without them; then the article's head and box take back their learned lines (see
    the module docstring)."""
    core = cut_tail(lines, find_body(lines))
    if not marked:
        return core
    rule = marked[0].rule
    for ln in marked:
        ln.rule = None
    plain = cut_tail(lines, find_body(lines))
    for ln in marked:
        ln.rule = rule
    if cuts_head(lines, plain, core, learned):
        core = plain
    paragraphs = [ln for ln in lines if ln.index in core and _paragraph(ln, learned)]
    if not paragraphs:
        return core
    core = core | keep_head(lines, paragraphs[0], core | plain, rule)
    keep_box(lines, (paragraphs[0].index, paragraphs[-1].index), max(core), rule)
    return core


def cuts_head(lines: list[Line], plain: set[int], core: set[int], learned: set[int]) -> bool:
    """Whether ``core`` starts below ``HEAD_PARAGRAPHS`` prose lines of ``plain`` that no rule
    marked and that the host does not repeat (not ``learned``)."""
    start = min(core, default=None)
    head = 0
    for ln in lines:
        if start is not None and ln.index >= start:
            break
        if ln.index in plain and _paragraph(ln, learned):
            head += 1
    return head >= HEAD_PARAGRAPHS


def _paragraph(ln: Line, learned: set[int]) -> bool:
    """A line of the article's own prose: no rule marked it and the host does not repeat it."""
    return ln.rule is None and ln.index not in learned and is_prose(ln.text)


def keep_head(lines: list[Line], first: Line, runs: set[int], rule: str | None) -> set[int]:
    """The article's head above its ``first`` paragraph, up to its headline (the line that
    repeats a part of the page title, within ``HEAD_LINES`` lines): its learned lines are no
    longer marked, and it joins the body (those of its lines that one of the ``runs`` holds:
    site memory only takes text out). Empty when no headline is found so near."""
    title = plain_form(lines[0].text)
    head: list[Line] = []
    i = position(lines, first.index) - 1
    for _ in range(HEAD_LINES):
        if i <= 0:
            break
        ln = lines[i]
        if _repeats_title(ln.text, title):
            if ln.rule == rule:
                head.append(ln)
            taken = [x for x in head if x.index in runs]
            for x in taken:
                x.rule = None
            return {x.index for x in taken}
        if is_prose(ln.text):
            break
        if ln.rule is None or ln.rule == rule:
            head.append(ln)
        i -= 1
    return set()


def _repeats_title(text: str, title: str) -> bool:
    """Is ``text`` part of the page ``title`` (in plain form), of 2 words and ``HEADLINE_CHARS`` characters or more?"""
    norm = plain_form(text)
    return len(norm) >= HEADLINE_CHARS and len(norm.split()) >= 2 and norm in title


def keep_box(lines: list[Line], paragraphs: tuple[int, int], last: int, rule: str | None) -> None:
    """Unmark the short learned lines (marked ``rule``) in the article's box: after its first
    paragraph and before the first line of what follows the article in the run (up to
    ``last``: a comment thread, a share bar, related posts; ``END_RULES``), else before its
    last paragraph (``paragraphs``: the indices of the first and the last)."""
    first, final = paragraphs
    after = (ln.index for ln in lines if first < ln.index <= last and ln.rule in END_RULES)
    end = next(after, final)
    for ln in lines:
        if ln.rule == rule and first < ln.index < end and len(ln.text) < SHORT_LINE:
            ln.rule = None
