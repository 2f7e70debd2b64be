"""Rule ``related``."""

from .._state import State
from ._remove import remove_attr_hits, remove_headed_sections, remove_labels
from ._shapes import remove_outweighing, teaser_lists
from ._text import remove_prefixed_links


def related(state: State) -> None:
    """Related, recommended, "more from" and "read more" lists.

    Links to other articles (including Outbrain/Taboola widgets and
    previous/next post links): not this article's text. Found by class names,
    headings ("Related articles", "Mehr zum Thema", "À lire aussi"),
    "Read more:" teaser lines inside the body, and by shape: four or more
    items that are each a linked headline with a short summary.
    """
    remove_attr_hits(state, "related")
    remove_headed_sections(state, "related")
    remove_labels(state, "related")
    remove_prefixed_links(state, "related")
    remove_outweighing(state, "related", teaser_lists(state))
