"""Rule ``footer``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels, remove_tag_hits
from ._text import remove_sentence_blocks


def footer(state: State) -> None:
    """Page footers: legal links, copyright, imprint.

    "© 2024 Example Media. All rights reserved", "Privacy policy",
    "Impressum": the same on every page. Found by ``<footer>``, the
    contentinfo role, class names and copyright sentences.
    """
    remove_attr_hits(state, "footer", max_prose=1500)
    remove_tag_hits(state, "footer")
    remove_headed_sections(state, "footer")
    remove_sentence_blocks(state, "footer", max_chars=400)
    remove_labels(state, "footer")
