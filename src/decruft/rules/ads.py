"""Rule ``ads``."""

from .._state import State
from . import _engine as e


def ads(state: State) -> None:
    """Advertising slots, sponsored and native-ad blocks.

    Ad containers (``ad-slot``, ``dfp``, ``adsbygoogle``, ``sponsored``...),
    their "Advertisement" / "Anzeige" / "Publicité" labels, sponsored
    sections, and affiliate disclosures ("This post contains affiliate links",
    "Wir erhalten eine Provision"). None of it is the article.
    """
    e.remove_attr_hits(state, "ads")
    e.remove_headed_sections(state, "ads")
    e.remove_labels(state, "ads")
    e.remove_sentence_blocks(state, "ads", max_chars=400)
