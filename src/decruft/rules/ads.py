"""Rule ``ads``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels
from ._text import sentence_blocks


def ads(state: State) -> Iterator[Match]:
    """Advertising slots, sponsored and native-ad blocks.

    Ad containers (``ad-slot``, ``dfp``, ``adsbygoogle``, ``sponsored``...),
    their "Advertisement" / "Anzeige" / "Publicité" labels, sponsored
    sections, and affiliate disclosures ("This post contains affiliate links",
    "Wir erhalten eine Provision"). None of it is the article.
    """
    yield from class_id_hits(state, "ads")
    yield from headed_sections(state, "ads")
    yield from labels(state, "ads")
    yield from sentence_blocks(state, "ads", max_chars=400)
