"""Rule ``related``."""

from .._state import State
from . import _engine as e


def related(state: State) -> None:
    """Related, recommended, "more from" and "read more" lists.

    Links to other articles (including Outbrain/Taboola widgets and
    previous/next post links): not this article's text. Found by class names,
    headings ("Related articles", "Mehr zum Thema", "À lire aussi") and
    "Read more:" teaser lines inside the body.
    """
    e.remove_attr_hits(state, "related")
    e.remove_headed_sections(state, "related")
    e.remove_labels(state, "related")
    e.remove_prefixed_links(state, "related")
