"""Rule ``footer``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels, tag_hits
from ._text import sentence_blocks


def footer(state: State) -> Iterator[Match]:
    """Page footers: legal links, copyright, imprint.

    "© 2024 Example Media. All rights reserved", "Privacy policy",
    "Impressum": the same on every page. Found by ``<footer>``, the
    contentinfo role, class names and copyright sentences.
    """
    yield from class_id_hits(state, "footer", max_prose=1500)
    yield from tag_hits(state, "footer")
    yield from headed_sections(state, "footer")
    yield from sentence_blocks(state, "footer", max_chars=400, post_closers=True)
    yield from labels(state, "footer")
