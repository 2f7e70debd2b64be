"""Rule ``head`` (chain ``text``: the rendered body)."""

from .._article import Removal
from .._state import State
from .tail import ENDS_SENTENCE, TAIL_MIN_BODY

#: A leading block shorter than this that does not end like a sentence is a section label.
HEAD_SHORT = 60


def head(state: State) -> None:
    """Section labels, "Artikel", reading times before the article's first text.

    Labels before the article's first block of text: a section name
    ("Sport", "A-Frauen"), "Artikel", a reading time the rules did not know.
    Short paragraphs that do not end like a sentence, up to the first one that
    does or the first heading; recorded as ``head``.
    """
    blocks = state.blocks
    start = 0
    while start < len(blocks) - 1:
        block = blocks[start]
        text = block.text.strip()
        if block.kind not in ("p", "caption") or len(text) >= HEAD_SHORT or text.endswith(":") or ENDS_SENTENCE.search(text):
            break
        start += 1
    if not start or sum(len(b.text) for b in blocks[start:]) < TAIL_MIN_BODY:
        return
    for i in range(start):
        state.removed.append(Removal("head", blocks[i].text, f"body block {i + 1}"))
    state.blocks = blocks[start:]
