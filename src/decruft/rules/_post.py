"""The headline's post: the block holding the page's headline and what follows it.

The article veto (:func:`~decruft.rules._guards.article_veto`) measures prose, so a post
without a paragraph of it (a photo post: its headline, pictures and a credit line; a
two-line note) holds nothing it can see, and a rule whose finder matches the post's
container (a footer sentence climbing to it, a class name shared with a widget) removes
the article. This guard does not read prose: the page names its headline (``og:title``,
``<title>``), the heading printing it (:func:`~decruft._headline.headline_of`) stands at the
top of the post, and the smallest block holding that heading and something after it (a
picture, a line of text outside links) is the post. No rule may remove it, nor a block around it.
"""

from __future__ import annotations

from lxml import etree

from .._headline import headline_of
from .._parse import inner_text
from .._state import State

#: A heading printing the page's title has at least this many words (one or two are a section's
#: or the site's name: "News", "Photos").
HEADLINE_WORDS = 3
#: After the headline, a post holds a picture or at least this many characters outside links
#: (a byline and a date run shorter; menus and tag lists are links).
POST_TEXT = 80
#: The post is looked for at most this many levels above the headline.
POST_LEVELS = 6


def post_chain(state: State) -> tuple[etree._Element, ...]:
    """The headline's post (module doc) and its ancestors, nearest first (none found: empty),
    found once per page, at the first veto or guard asking (``state.scan.post_chain``)."""
    found = state.scan.post_chain
    if found is None:
        heading = headline_of(state, HEADLINE_WORDS)
        post = _post_of(heading) if heading is not None else None
        found = state.scan.post_chain = (post, *post.iterancestors()) if post is not None else ()
    return found


def _post_of(heading: etree._Element) -> etree._Element | None:
    """The nearest ancestor of ``heading`` (POST_LEVELS up at most, never ``<body>``) holding
    a picture or POST_TEXT characters outside links after it."""
    text = _tail_chars(heading)
    node = heading
    for level, parent in enumerate(heading.iterancestors()):
        if level >= POST_LEVELS or parent.tag in ("body", "html"):
            return None
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib.tag == "img" or next(sib.iter("img"), None) is not None:
                return parent
            text += _unlinked_chars(sib) + _tail_chars(sib)
        if text >= POST_TEXT:
            return parent
        node = parent
    return None


def _tail_chars(el: etree._Element) -> int:
    """The characters of ``el``'s tail, the text after it (whitespace collapsed)."""
    return len(" ".join((el.tail or "").split()))


def _unlinked_chars(el: etree._Element) -> int:
    """The characters of ``el``'s text outside links (whitespace collapsed)."""
    whole = len(" ".join(inner_text(el).split()))
    if not whole:
        return 0
    linked = sum(len(" ".join(inner_text(a).split())) for a in el.iter("a"))
    return max(0, whole - linked)


def headline_post(state: State) -> etree._Element | None:
    """The headline's post (module doc), or None."""
    chain = post_chain(state)
    return chain[0] if chain else None


def holds_post(state: State, el: etree._Element) -> bool:
    """Is ``el`` the headline's post or a block around it?"""
    return el in post_chain(state)
