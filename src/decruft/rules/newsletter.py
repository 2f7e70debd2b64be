"""Rule ``newsletter``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels
from ._text import remove_sentence_blocks


def newsletter(state: State) -> None:
    """Newsletter sign-up and subscription boxes.

    "Sign up to our daily newsletter", e-mail fields and their small print:
    marketing placed inside or beside the article. Found by class names
    (``newsletter``, ``signup``, ``subscribe``...), headings and sign-up
    sentences in nine languages.
    """
    remove_attr_hits(state, "newsletter")
    remove_headed_sections(state, "newsletter")
    remove_sentence_blocks(state, "newsletter", max_chars=800)
    remove_labels(state, "newsletter")
