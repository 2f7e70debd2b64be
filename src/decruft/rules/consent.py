"""Rule ``consent``."""

from .._state import State
from . import _engine as e


def consent(state: State) -> None:
    """Cookie, GDPR and consent banners and overlays.

    They sit in every scraped page of the EU and say nothing about the
    article. Found by the consent-platform class names (OneTrust, Didomi,
    Sourcepoint, Cookiebot...), headings such as "How we use cookies", and
    short blocks containing consent sentences ("we use cookies", "by
    continuing to browse") in nine languages.
    """
    e.remove_attr_hits(state, "consent", max_prose=3000)
    e.remove_headed_sections(state, "consent")
    e.remove_sentence_blocks(state, "consent", max_chars=2500)
    e.remove_labels(state, "consent")
