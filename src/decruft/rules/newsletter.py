"""Rule ``newsletter``."""

from .._state import State
from . import _engine as e


def newsletter(state: State) -> None:
    """Newsletter sign-up and subscription boxes.

    "Sign up to our daily newsletter", e-mail fields and their small print:
    marketing placed inside or beside the article. Found by class names
    (``newsletter``, ``signup``, ``subscribe``...), headings and sign-up
    sentences in nine languages.
    """
    e.remove_attr_hits(state, "newsletter")
    e.remove_headed_sections(state, "newsletter")
    e.remove_sentence_blocks(state, "newsletter", max_chars=800)
    e.remove_labels(state, "newsletter")
