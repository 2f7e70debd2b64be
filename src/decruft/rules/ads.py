"""Rule ``ads``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels
from ._text import remove_sentence_blocks


def ads(state: State) -> None:
    """Advertising slots, sponsored and native-ad blocks.

    Ad containers (``ad-slot``, ``dfp``, ``adsbygoogle``, ``sponsored``...),
    their "Advertisement" / "Anzeige" / "Publicité" labels, sponsored
    sections, and affiliate disclosures ("This post contains affiliate links",
    "Wir erhalten eine Provision"). None of it is the article.
    """
    remove_attr_hits(state, "ads")
    remove_headed_sections(state, "ads")
    remove_labels(state, "ads")
    remove_sentence_blocks(state, "ads", max_chars=400)
