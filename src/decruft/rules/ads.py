"""Rule ``ads``."""

from .._state import State
from . import _engine as e


def ads(state: State) -> None:
    """Advertising slots, sponsored and native-ad blocks.

    Ad containers (``ad-slot``, ``dfp``, ``adsbygoogle``, ``sponsored``...),
    their "Advertisement" / "Anzeige" / "Publicité" labels, and sponsored
    sections. None of it is the article.
    """
    e.remove_attr_hits(state, "ads")
    e.remove_headed_sections(state, "ads")
    e.remove_labels(state, "ads")
