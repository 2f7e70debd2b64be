"""Rule ``consent``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels
from ._text import sentence_blocks


def consent(state: State) -> Iterator[Match]:
    """Cookie, GDPR and consent banners and overlays.

    They sit in every scraped page of the EU and say nothing about the
    article. Found by the consent-platform class names (OneTrust, Didomi,
    Sourcepoint, Cookiebot...), headings such as "How we use cookies", and
    short blocks containing consent sentences ("we use cookies", "by
    continuing to browse") in nine languages.
    """
    yield from class_id_hits(state, "consent", max_prose=3000)
    yield from headed_sections(state, "consent")
    yield from sentence_blocks(state, "consent", max_chars=2500)
    yield from labels(state, "consent")
