"""Pass 2: the body.

Each remaining block scores its length minus a constant (a character of a script written without
spaces, CJK, counting as a few letters: :func:`._lines.size`), cruft blocks score strongly
negative, and the best-scoring run of blocks (a maximum-sum segment) is the article; a short
closing sentence right after it is kept. A lead paragraph that a share bar or byline cut off
from the run joins it, as does a short opening line right above it ("Dear readers,"). A
closing rail heading ("Comments", "Share this") ends the run late in it, or anywhere past its
first few paragraphs when a comment thread ("Reply", "Report") follows; an author's box
("Author" / "Jane Roe" / "Jane Roe is a reporter...", :mod:`._bio`) or a related heading over
teaser-sized lines only ("Read also" / titles and one-line summaries) ends it late in it.
A table's cells printed a line each (:mod:`._table`: they repeat at the row's length and print
figures) cost the run no more than a list's items, so a table does not cut the article in two.
A run after the headline that lies past a rail's heading ("Related posts", "Comments") with more
than the rail between them gives way to the prose between the headline and that heading, unless
the run sits right under a longer part of the page title than that headline (a blog's name over
its sidebar: the post's own headline comes far below).
"""

from __future__ import annotations

import re

from ..rules._vocab import normalize
from ._bio import box_start
from ._table import table_cells
from ._lines import BULLET, PROSE_LINE, SENTENCE_END, Line, is_prose, wrapped
from ._title import title_like

#: A block scores its length minus this: shorter blocks pull a region down.
BLOCK_COST = 60
#: ...but a list item or a sentence costs only this.
ITEM_COST = 20
#: Below this best run score, no body stands out and all non-cruft lines are kept.
MIN_BODY = 150
#: Families whose heading, once this share of the body's text is behind it, ends the body.
TAIL_RULES = ("comments", "most-read", "newsletter", "staff-list", "footer", "share")
TAIL_SHARE = 0.7
#: ...as does a related heading there with no line longer than this after it (a teaser list).
TEASER_LINE = 160
#: ...or, with this much body text behind it, when a comment thread follows: this many comment
#: labels ("Reply", "Report") in the rest of the page.
THREAD_AFTER = 500
THREAD_LABELS = 3
#: A lead paragraph this many short or cruft lines above the body still belongs to it...
LEAD_GAP = 12
#: ...unless a heading of these families lies between.
LEAD_STOP_RULES = ("most-read", "related", "comments", "newsletter")

_DIGIT = re.compile(r"\d")
#: A line of a code sample the article prints: it opens or closes a block ("{", "}"), ends in a
#: markup tag ('<div id="app"></div>'), or is a line comment ("// cow.js"). Menus print no such
#: line; costed like a sentence, a sample does not cut the article in two.
CODE_LINE = re.compile(r"[{}]\s*$|<[a-zA-Z/][^<>]*>\s*$|^\s*//")


def headline_anchor(lines: list[Line]) -> int:
    """Index of a line repeating the page title (the first line): the body starts after it."""
    if len(lines) < 3:
        return -1
    for ln in lines[1 : len(lines) // 2]:
        if _repeats_title(lines, ln):
            return ln.index
    return -1


def _repeats_title(lines: list[Line], ln: Line) -> bool:
    """Whether line ``ln`` repeats (a part of) the page title, the scrape's first line."""
    if ln.rule is not None or not title_like(ln.text):
        return False
    norm = normalize(ln.text)
    return len(norm) >= 15 and norm in normalize(lines[0].text)


def _headed(lines: list[Line], anchor: int, start: int) -> bool:
    """Whether the run from line ``start`` sits right under a longer part of the page title than
    the headline anchor's (a blog's name over its sidebar, the post's headline far below it)."""
    pos = position(lines, start)
    shorter = len(normalize(lines[position(lines, anchor)].text))
    return any(
        _repeats_title(lines, ln) and len(normalize(ln.text)) > shorter for ln in lines[max(pos - 2, 1) : pos]
    )


def find_body(lines: list[Line]) -> set[int]:
    """Line numbers of the article body: the best-scoring run of blocks, after the headline if any."""
    anchor = headline_anchor(lines)
    if anchor >= 0:
        after = best_run([ln for ln in lines if ln.index > anchor])
        if after:
            if _headed(lines, anchor, min(after)):
                return after
            return _before_rail(lines, anchor, min(after)) or after
    return best_run(lines) or {ln.index for ln in lines if ln.rule is None}


def _before_rail(lines: list[Line], anchor: int, start: int) -> set[int]:
    """The article under the headline (line ``anchor``) when the best run (from line ``start``)
    lies past a rail ("Related", "Comments", "Newsletter") whose heading follows the headline:
    the best run of the prose between the two, if any. Not when every line between the rail's
    heading and the run is the rail's: an article that a rail interrupts goes on right after it."""
    stretch: list[Line] = []
    rail = False
    for ln in lines:
        if ln.index <= anchor:
            continue
        if ln.index >= start:
            return set()
        if not rail:
            rail = ln.heads and ln.rule in LEAD_STOP_RULES
            if not rail:
                stretch.append(ln)
        elif ln.rule is None:
            prose = any(x.rule is None and is_prose(x.text) for x in stretch)
            return best_run(stretch, 0) if prose else set()
    return set()


def _replies(lines: list[Line]) -> dict[int, int]:
    """Comment actions ("Reply", "Report": labels without a count) in the page from each line on:
    a thread's replies are prose too."""
    replies: dict[int, int] = {}
    count = 0
    for ln in reversed(lines):
        count += ln.rule == "comments" and ln.label and not ln.heads and not _DIGIT.search(ln.text)
        replies[ln.index] = count
    return replies


def cut_tail(lines: list[Line], body: set[int]) -> set[int]:
    """End the body at a closing section heading ("Comments", "Newsletter"...) well into the article.

    Such a heading inside the run, after most of its text, opens the page's tail; what follows
    it (an author box, a list of teasers) can still read as prose and score well on its own.
    So does an author's box there without a heading (:func:`._bio.box_start`: "Author" / "Jane
    Roe" / "Jane Roe is a reporter...").
    """
    inside = [ln for ln in lines if ln.index in body]
    total = sum(len(ln.text) for ln in inside if ln.rule is None)
    replies = _replies(lines)
    seen = 0
    for i, ln in enumerate(inside):
        if _opens_tail(inside, i, seen >= TAIL_SHARE * total, seen >= THREAD_AFTER and replies[ln.index] >= THREAD_LABELS):
            return {x.index for x in inside if x.index < ln.index}
        if ln.rule is None:
            seen += len(ln.text)
    return body


def _opens_tail(inside: list[Line], i: int, late: bool, thread: bool) -> bool:
    """Does ``inside[i]`` open the page's tail: a closing heading ``late`` in the run (or where a
    comment ``thread`` follows), or an author's box or a list of teasers late in it?"""
    ln = inside[i]
    if ln.heads and ln.rule in TAIL_RULES and (late or thread):
        return True
    return late and (box_start(inside, i) or _teaser_list(inside, i))


def _teaser_list(inside: list[Line], i: int) -> bool:
    """A related heading ("Read also", "Lesen Sie auch") with only teaser-sized lines after it in
    the run (titles and one-line summaries, none over ``TEASER_LINE`` characters): the articles
    it lists are no more of this one."""
    ln = inside[i]
    return ln.heads and ln.rule == "related" and not any(len(x.text) > TEASER_LINE for x in inside[i + 1 :])


def _gap_above(lines: list[Line], i: int) -> int | None:
    """From line ``i`` up, past at most ``LEAD_GAP`` cruft or short lines, the position of the
    next prose line (-1 at the top); None when a rail heading or a long line that is no prose
    ends the walk first."""
    j, gap = i, 0
    while j >= 0 and not is_prose(lines[j].text):
        ln = lines[j]
        if gap == LEAD_GAP or (ln.heads and ln.rule in LEAD_STOP_RULES) or (ln.rule is None and ln.size > PROSE_LINE):
            return None
        gap += 1
        j -= 1
    return j


#: The short opening line right above the body has at least this many words (a salutation two:
#: "Dear readers,").
OPENING_WORDS = 3
#: ...and at most this many such lines join it, one over the other (a greeting over a salutation).
OPENING_LINES = 2


def opening_line(lines: list[Line], body: set[int]) -> set[int]:
    """The article's short opening line right above the body (no blank-line block between), too
    short to score on its own: a sentence ("Thousands of couples split up this summer.") or a
    salutation that the body's first line goes on with in lower case ("Dear readers," / "over
    seven years ago, ..."). Not a label (a line ending in ":"), nor, but for such a salutation,
    a line that no sentence ends.
    """
    first = position(lines, min(body))
    if first == 0:
        return set()
    above, head = lines[first - 1], lines[first]
    if above.rule is not None or head.block - above.block > 1:
        return set()
    text, words = above.text, len(above.text.split())
    sentence = words >= OPENING_WORDS and bool(SENTENCE_END.search(text)) and not text.endswith(":")
    salutation = words >= OPENING_WORDS - 1 and text.endswith(",") and head.text[:1].islower()
    return {above.index} if sentence or salutation else set()


def extend_head(lines: list[Line], body: set[int]) -> set[int]:
    """Take back the lead paragraphs a share bar, byline or dateline cut off from the body.

    Walking up from the body's first line, a gap of at most ``LEAD_GAP`` cruft lines or short
    lines, then prose: the prose (with the prose right before it) joins the body, the gap does
    not. A heading that opens a rail (most read, related, comments, newsletter) closes the walk.
    The body's short opening lines right above it (at most ``OPENING_LINES``) join it first
    (:func:`opening_line`).
    """
    if not body:
        return body
    for _ in range(OPENING_LINES):
        body = body | opening_line(lines, body)
    first = min(body)
    i = position(lines, first) - 1
    added: set[int] = set()
    while i >= 0:
        j = _gap_above(lines, i)
        if j is None:
            return body | added
        if j < 0 or lines[j].rule is not None:
            break
        while j >= 0 and lines[j].rule is None and is_prose(lines[j].text):
            added.add(lines[j].index)
            j -= 1
        i = j
    return body | added


def position(lines: list[Line], index: int) -> int:
    """Where the line numbered ``index`` in the input stands in ``lines`` (blank lines are not there)."""
    return next(n for n, ln in enumerate(lines) if ln.index == index)


def _block_score(block: list[Line], cells: set[int]) -> int:
    clean = [ln for ln in block if ln.rule is None]
    if len(clean) > 1:
        # A line repeating the one above it (a teaser's picture caption over its link) adds nothing.
        clean = [ln for n, ln in enumerate(clean) if n == 0 or ln.text != clean[n - 1].text]
    if not clean:
        return -BLOCK_COST * len(block)
    length = sum(ln.size for ln in clean)
    if wrapped(clean):
        return length - BLOCK_COST
    return length - sum(ITEM_COST if ln.index in cells else line_cost(ln.text) for ln in clean)


def _closes(block: list[Line]) -> bool:
    """A short closing sentence right after the body ("It will take over next year.")."""
    nxt = [ln for ln in block if ln.rule is None]
    if nxt and len(nxt) == len(block) and all(SENTENCE_END.search(ln.text) for ln in nxt):
        return sum(len(ln.text.split()) for ln in nxt) >= 5
    return False


def best_run(lines: list[Line], least: int = MIN_BODY) -> set[int]:
    blocks: list[list[Line]] = []
    for ln in lines:
        if blocks and blocks[-1][0].block == ln.block:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    cells = table_cells(lines)
    best, start, end = max_segment([_block_score(block, cells) for block in blocks])
    if best < least:
        # No run of prose stands out (a short page, a list): the caller keeps every line that is not cruft.
        return set()
    if end + 1 < len(blocks) and _closes(blocks[end + 1]):
        end += 1
    return {ln.index for block in blocks[start : end + 1] for ln in block}


def line_cost(text: str) -> int:
    """What a short line costs the run it sits in: list items and sentences cost less than menu words."""
    if BULLET.match(text) or SENTENCE_END.search(text) or CODE_LINE.search(text):
        return ITEM_COST
    return BLOCK_COST


def max_segment(scores: list[int]) -> tuple[int, int, int]:
    """Kadane: ``(sum, first, last)`` of the best contiguous run."""
    best, best_start, best_end = 0, 0, -1
    total, start = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_start, best_end = total, start, i
    return best, best_start, best_end
