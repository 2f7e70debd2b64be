"""Rule ``tail`` (chain ``text``: the rendered body)."""

import re

from .._article import Removal
from .._render import Block
from .._state import State

#: A closing block shorter than this that does not end like a sentence is a leftover label.
TAIL_SHORT = 60
ENDS_SENTENCE = re.compile(r"[.!?…\"'”’“‘»)\]。！？】」』]$")
#: Tail (and head) trimming applies only to bodies keeping at least this much text.
TAIL_MIN_BODY = 200
#: A closing run of at least this many short lines is a list written as paragraphs when the
#: line before it announces it (ends with ":") or the lines are numbered ("7. Song – Artist").
TAIL_LIST_LINES = 3
#: A numbered line, and the share of the run's lines numbered so.
NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s")
NUMBERED_SHARE = 0.8


def tail(state: State) -> None:
    """Labels and headings left after the article's last sentence.

    What the rules leave at the end of a body is the residue of the page's
    tail: a "Further information" heading whose box went, "Share:", "Tags",
    a caption credit, a lone site name. A heading with nothing after it, and
    a short paragraph that does not end like a sentence, are dropped from the
    end until a real sentence is reached; each is recorded as ``tail``. List
    items stay (a closing list is content), and so does a closing list written
    as paragraphs (:func:`_written_list`: "Ingredients:" and a line per
    ingredient, a numbered track list); bodies under TAIL_MIN_BODY characters
    are left alone.
    """
    blocks = state.blocks
    end = len(blocks)
    while end > 1:
        block = blocks[end - 1]
        text = block.text.strip()
        heading = block.kind in ("h2", "h3", "h4", "h5", "h6")
        sentence = ENDS_SENTENCE.search(text) or (text.endswith(":") and len(text.split()) >= 4)
        short = block.kind in ("p", "caption") and len(text) < TAIL_SHORT and not sentence
        if not (heading or short):
            break
        end -= 1
    if end == len(blocks) or _written_list(blocks, end) or sum(len(b.text) for b in blocks[:end]) < TAIL_MIN_BODY:
        return
    for i in range(end, len(blocks)):
        state.removed.append(Removal("tail", blocks[i].text, f"body block {i + 1}"))
    state.blocks = blocks[:end]


def _written_list(blocks: list[Block], start: int) -> bool:
    """Are the short lines from ``start`` on a list written as paragraphs: TAIL_LIST_LINES or
    more, after a line that announces them (ending with ":"), or numbered (NUMBERED_SHARE of
    them start like "7." or "7)")?"""
    run = blocks[start:]
    if len(run) < TAIL_LIST_LINES:
        return False
    if start and blocks[start - 1].text.strip().endswith(":"):
        return True
    return sum(NUMBERED.match(b.text) is not None for b in run) >= NUMBERED_SHARE * len(run)
