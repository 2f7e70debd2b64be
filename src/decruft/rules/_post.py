"""The headline's post: the block holding the page's headline and what follows it.

The article veto (:func:`~decruft.rules._guards.article_veto`) measures prose, so a post
without a paragraph of it (a photo post: its headline, pictures and a credit line; a
two-line note) holds nothing it can see, and a rule whose finder matches the post's
container (a footer sentence climbing to it, a class name shared with a widget) removes
the article. This guard does not read prose: the page names its headline (``og:title``,
``<title>``), the heading printing it stands at the top of the post, and the smallest
block holding that heading and something after it (a picture, a line of text outside
links) is the post. No rule may remove it, nor a block around it.
"""

from __future__ import annotations

import re

from lxml import etree

from .._state import State

#: The headings a headline is printed in.
HEADLINE_TAGS = frozenset({"h1", "h2", "h3"})
#: A heading printing the page's title has at least this many words (one or two are a section's
#: or the site's name: "News", "Photos").
HEADLINE_WORDS = 3
#: After the headline, a post holds a picture or at least this many characters outside links
#: (a byline and a date run shorter; menus and tag lists are links).
POST_TEXT = 80
#: The post is looked for at most this many levels above the headline.
POST_LEVELS = 6
#: The meta tags naming the page's title.
_TITLE_TAGS = ("og:title", "twitter:title")

_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """``text``'s words in lower case, one space apart."""
    return " ".join(_WORD.findall(text.lower()))


def post_chain(state: State) -> frozenset[etree._Element]:
    """The headline's post (module doc) and its ancestors (none found: empty), found once per
    page, at the first veto asked for (``state.scan.post_chain``)."""
    found = state.scan.post_chain
    if found is None:
        heading = _headline(state)
        post = _post_of(heading) if heading is not None else None
        found = state.scan.post_chain = frozenset((post, *post.iterancestors())) if post is not None else frozenset()
    return found


def _headline(state: State) -> etree._Element | None:
    """The first ``<h1>``–``<h3>`` in the body (as collect read them) that prints the page's
    title or is printed in it (:func:`_prints_title`), outside list items and links (a teaser
    of the same story in a list), still on the page."""
    signals = state.signals
    if signals is None or not signals.headings:
        return None
    titles = [t for t in (_words(t) for t in (*(signals.tags.get(k, "") for k in _TITLE_TAGS), signals.html_title)) if t]
    if not titles:
        return None
    for h in signals.headings:
        if not _prints_title(_words("".join(h.itertext())), titles):
            continue
        if any(a.tag in ("li", "a") for a in h.iterancestors()) or not _attached(h, state.root):
            continue
        return h
    return None


def _prints_title(text: str, titles: list[str]) -> bool:
    """Is the heading's ``text`` one of ``titles``, or are its words or one title's words a run
    of the other's (HEADLINE_WORDS words at least, whole words)?"""
    if text.count(" ") + 1 < HEADLINE_WORDS:
        return False
    padded = f" {text} "
    return any(padded in f" {t} " or (t.count(" ") + 1 >= HEADLINE_WORDS and f" {t} " in padded) for t in titles)


def _attached(el: etree._Element, root: etree._Element) -> bool:
    top = el
    for top in el.iterancestors():
        pass
    return top is root


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
    return len(" ".join((el.tail or "").split()))


def _unlinked_chars(el: etree._Element) -> int:
    """The characters of ``el``'s text outside links (whitespace collapsed)."""
    whole = len(" ".join("".join(el.itertext()).split()))
    if not whole:
        return 0
    linked = sum(len(" ".join("".join(a.itertext()).split())) for a in el.iter("a"))
    return max(0, whole - linked)


def holds_post(state: State, el: etree._Element) -> bool:
    """Is ``el`` the headline's post or a block around it?"""
    return el in post_chain(state)
