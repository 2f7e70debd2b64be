"""Rule ``prune`` (chain ``body``: the chosen body, before it is rendered)."""

from .. import _content
from .._state import State


def prune(state: State) -> None:
    """Link lists, empty shells, text-less galleries, chart labels and side blocks inside the chosen body.

    Readability's conditional clean-up of the block chosen as the article: the
    side blocks the scoring left out, charts whose labels are text placed over
    their picture (axis ticks and values read as a column of numbers), whole
    teaser lists, and containers that are mostly links or hold no text. Recorded as ``prune`` with the reason
    ("side block", "teaser list"...). Author boxes go when the body holds
    250 characters outside them, and a blog owner's profile box (a photo, a name, a
    bio) that stands before the post's headline goes however short the post ("author box"). A site rule's ``prune = false`` switches
    it off for that site, ``disable=["prune"]`` everywhere.
    """
    for el in state.body:
        _content.prune(state, el)
