"""Rule ``byline`` (chain ``text``: the rendered body)."""

from .._article import Removal
from .._state import State

#: Only the first few blocks of the body may be a byline.
BYLINE_BLOCKS = 4


def byline(state: State) -> None:
    """"By Jane Roe · 8 February 2024" lines at the top of the body: they are metadata.

    A short block among the body's first BYLINE_BLOCKS that names the
    article's authors is dropped (the authors are in ``Article.authors``);
    recorded as ``byline`` with ``where`` = the block's position in the body.
    """
    from .. import metadata as _metadata

    authors = state.authors
    if not authors:
        return
    out = []
    for i, block in enumerate(state.blocks):
        if i < BYLINE_BLOCKS and len(block.text) <= 120 and _metadata.is_byline(block.text, authors):
            state.removed.append(Removal("byline", block.text, f"body block {i + 1}"))
            continue
        out.append(block)
    state.blocks = out
