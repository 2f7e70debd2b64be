"""Rule ``related``."""

from collections.abc import Iterator

from .._ruler import Match
from .._state import State
from ._hits import class_id_hits, headed_sections, labels
from ._shapes import more_link_teasers, outweighing, teaser_lists
from ._text import arrow_links, prefixed_links


def related(state: State) -> Iterator[Match]:
    """Related, recommended, "more from" and "read more" lists.

    Links to other articles (including Outbrain/Taboola widgets and
    previous/next post links): not this article's text. Found by class names,
    headings ("Related articles", "Mehr zum Thema", "À lire aussi"),
    "Read more:" teaser lines inside the body, lines of links led or closed by an
    arrow ("« Older post | Main | Newer post »"), and by shape: four or more
    items that are each a linked headline with a short summary, or a
    heading with a short summary and a "Read more" link.
    """
    yield from class_id_hits(state, "related")
    yield from outweighing(state, more_link_teasers(state, "related"))
    yield from headed_sections(state, "related")
    yield from labels(state, "related")
    yield from prefixed_links(state, "related")
    yield from arrow_links(state, "related")
    yield from outweighing(state, teaser_lists(state))
