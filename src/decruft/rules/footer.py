"""Rule ``footer``."""

from .._state import State
from . import _engine as e


def footer(state: State) -> None:
    """Page footers: legal links, copyright, imprint.

    "© 2024 Example Media. All rights reserved", "Privacy policy",
    "Impressum": the same on every page. Found by ``<footer>``, the
    contentinfo role, class names and copyright sentences.
    """
    e.remove_attr_hits(state, "footer", max_prose=1500)
    e.remove_tag_hits(state, "footer")
    e.remove_headed_sections(state, "footer")
    e.remove_sentence_blocks(state, "footer", max_chars=400)
    e.remove_labels(state, "footer")
