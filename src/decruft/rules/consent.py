"""Rule ``consent``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels
from ._text import remove_sentence_blocks


def consent(state: State) -> None:
    """Cookie, GDPR and consent banners and overlays.

    They sit in every scraped page of the EU and say nothing about the
    article. Found by the consent-platform class names (OneTrust, Didomi,
    Sourcepoint, Cookiebot...), headings such as "How we use cookies", and
    short blocks containing consent sentences ("we use cookies", "by
    continuing to browse") in nine languages.
    """
    remove_attr_hits(state, "consent", max_prose=3000)
    remove_headed_sections(state, "consent")
    remove_sentence_blocks(state, "consent", max_chars=2500)
    remove_labels(state, "consent")
