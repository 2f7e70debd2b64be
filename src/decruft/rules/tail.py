"""Rule ``tail`` (chain ``text``: the rendered body)."""

import re

from .._article import Removal
from .._state import State

#: A closing block shorter than this that does not end like a sentence is a leftover label.
TAIL_SHORT = 60
ENDS_SENTENCE = re.compile(r"[.!?…\"'”’“‘»)\]。！？】」』]$")
#: Tail (and head) trimming applies only to bodies keeping at least this much text.
TAIL_MIN_BODY = 200


def tail(state: State) -> None:
    """Labels and headings left after the article's last sentence.

    What the rules leave at the end of a body is the residue of the page's
    tail: a "Further information" heading whose box went, "Share:", "Tags",
    a caption credit, a lone site name. A heading with nothing after it, and
    a short paragraph that does not end like a sentence, are dropped from the
    end until a real sentence is reached; each is recorded as ``tail``. List
    items stay (a closing list is content), and bodies under TAIL_MIN_BODY
    characters are left alone.
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
    if end == len(blocks) or sum(len(b.text) for b in blocks[:end]) < TAIL_MIN_BODY:
        return
    for i in range(end, len(blocks)):
        state.removed.append(Removal("tail", blocks[i].text, f"body block {i + 1}"))
    state.blocks = blocks[:end]
