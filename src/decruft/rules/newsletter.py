"""Rule ``newsletter``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels
from ._text import sentence_blocks


def newsletter(state: State) -> Iterator[Match]:
    """Newsletter sign-up and subscription boxes.

    "Sign up to our daily newsletter", e-mail fields and their small print:
    marketing placed inside or beside the article. Found by class names
    (``newsletter``, ``signup``, ``subscribe``...), headings and sign-up
    sentences in nine languages.
    """
    yield from class_id_hits(state, "newsletter")
    yield from headed_sections(state, "newsletter")
    yield from sentence_blocks(state, "newsletter", max_chars=800)
    yield from labels(state, "newsletter")
