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
"""

from __future__ import annotations

from ._body import cut_tail, find_body
from ._lines import Line, is_prose

#: Prose lines of the run found without the learned lines, above the start of the one found
#: with them, that make it the article's head cut off.
HEAD_PARAGRAPHS = 2


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
    found without them (see the module docstring)."""
    core = cut_tail(lines, find_body(lines))
    if not marked:
        return core
    rule = marked[0].rule
    for ln in marked:
        ln.rule = None
    plain = cut_tail(lines, find_body(lines))
    for ln in marked:
        ln.rule = rule
    return plain if cuts_head(lines, plain, core, learned) else core


def cuts_head(lines: list[Line], plain: set[int], core: set[int], learned: set[int]) -> bool:
    """Whether ``core`` starts below ``HEAD_PARAGRAPHS`` prose lines of ``plain`` that no rule
    marked and that the host does not repeat (not ``learned``)."""
    start = min(core, default=None)
    head = 0
    for ln in lines:
        if start is not None and ln.index >= start:
            break
        if ln.index in plain and ln.rule is None and ln.index not in learned and is_prose(ln.text):
            head += 1
    return head >= HEAD_PARAGRAPHS


