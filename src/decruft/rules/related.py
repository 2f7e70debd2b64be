"""Rule ``related``."""

from .._state import State
from . import _engine as e


def related(state: State) -> None:
    """Related, recommended, "more from" and "read more" lists.

    Links to other articles (including Outbrain/Taboola widgets and
    previous/next post links): not this article's text. Found by class names,
    headings ("Related articles", "Mehr zum Thema", "À lire aussi"),
    "Read more:" teaser lines inside the body, and by shape: four or more
    items that are each a linked headline with a short summary.
    """
    e.remove_attr_hits(state, "related")
    e.remove_headed_sections(state, "related")
    e.remove_labels(state, "related")
    e.remove_prefixed_links(state, "related")
    e.remove_outweighing(state, "related", e.teaser_lists(state))
