"""The second engine: trafilatura's text where decruft's own is short, if it reads as an article.

Used by :class:`~decruft.Extractor` when ``fallback`` is on (the default) and the body
decruft found is under :data:`FALLBACK_BELOW` characters. trafilatura's paragraphs that only
the blocks the rules removed or the side blocks left on the page (sidebar widgets, asides)
hold are dropped first (:func:`_without_removed`), and the rest
replaces decruft's text only when it is mostly prose, not menus and link lists
(:func:`_fallback_ok`).
"""

from __future__ import annotations

from lxml import etree

from . import _parse, _render
from ._content._sides import is_article_free_side_block
from ._state import PROSE_WORDS, State

#: Below this many characters of body text, the trafilatura fallback is tried. A call is a
#: whole trafilatura run (about 15 ms, where decruft takes 10); from 200 characters on, its
#: text must be over 400 and mostly prose to be used, which the dev sets' pages with 200 to 249
#: characters met once in 20 calls, with no score moved (issue 16 item 4).
FALLBACK_BELOW = 200
#: trafilatura's text is used only when it is longer than this, and than twice decruft's.
FALLBACK_MIN = 250

def with_fallback(
    state: State, text: str, url: str | None, body: str, blocks: list[_render.Block]
) -> tuple[str, list[_render.Block], str]:
    """trafilatura's text instead of decruft's short ``body`` when it is longer and reads as an
    article (:func:`_fallback_ok`): (text, blocks, engine); a warning says which was used.
    A lone post found whole (the one block the page names as its post body) of
    FALLBACK_ANYTHING_BELOW characters or more is the article: trafilatura is not asked."""
    if state.content.via == "lone post" and len(body.strip()) >= FALLBACK_ANYTHING_BELOW:
        return body, blocks, "decruft"
    floor = max(len(body) * 2, FALLBACK_MIN)
    fallback = trafilatura_text(text, url)
    if len(fallback) > floor:  # else too short already: filtering only drops paragraphs
        fallback = _without_removed(state, fallback)
    if not fallback or len(fallback) <= floor:
        return body, blocks, "decruft"
    if not _fallback_ok(state, fallback, body):
        state.warnings.append("decruft found little text; trafilatura's extraction was not used (mostly menus and links)")
        return body, blocks, "decruft"
    state.warnings.append("decruft found little text; trafilatura's extraction is used")
    return fallback, [_render.Block("p", p, p, p) for p in fallback.split("\n\n") if p.strip()], "trafilatura"



#: trafilatura's text replaces decruft's short one only when prose paragraphs hold this share of it...
FALLBACK_PROSE_SHARE = 0.6
#: ...or when decruft found less than this (anything beats nothing).
FALLBACK_ANYTHING_BELOW = 50


def _fallback_ok(state: State, fallback: str, body: str) -> bool:
    """Is trafilatura's text an article rather than the page's menus and link lists?

    Its fast mode, given a page where decruft found little, often returns the
    navigation, a "Link Love" list or a teaser rail. Its paragraphs count as
    prose when they have PROSE_WORDS words or more and are not mostly the text of
    one of the page's links; prose must hold FALLBACK_PROSE_SHARE of its characters,
    unless decruft's own text is under FALLBACK_ANYTHING_BELOW characters. Only what
    it adds is judged: its paragraphs that decruft's text already holds are left
    out, else a short post found whole would make the blog template trafilatura
    returns around it read as prose.
    """
    if len(body.strip()) < FALLBACK_ANYTHING_BELOW:
        return True
    with state.restored() as root:
        links = {t for t in (" ".join(_parse.inner_text(a).split()) for a in root.iter("a")) if len(t) > 3}
    total = prose = 0
    own = " ".join(body.split())
    for paragraph in fallback.split("\n\n"):
        text = " ".join(paragraph.split())
        if text in own:
            continue
        total += len(text)
        core = text.lstrip("-•*· ")
        if len(core.split()) < PROSE_WORDS:
            continue
        if any(len(link) * 2 >= len(core) and link in core for link in links):
            continue
        prose += len(text)
    return prose >= FALLBACK_PROSE_SHARE * total


#: Removed blocks holding more than this share of the page's text do not filter the fallback.
FALLBACK_REMOVED_SHARE = 0.5


def _without_removed(state: State, fallback: str) -> str:
    """trafilatura's paragraphs less those that only the blocks the rules removed, or the side
    blocks left on the page (:func:`_side_blocks`), hold.

    Given a page where decruft found little, trafilatura's fast mode often returns the
    menus, teaser rails, bio boxes and comment forms the rules had already taken out, and
    the sidebar widgets no rule took; a paragraph found in those blocks' text and nowhere
    else on the page is one of those. Text is compared without whitespace (inline tags space
    a block's pieces apart). A block holding more than FALLBACK_REMOVED_SHARE of the page's
    text does not count: it may be the article a rule took (a listing page's list of
    releases), which the fallback is there to bring back.
    """
    if not fallback:
        return fallback
    with state.restored() as root:
        page = root.find("body")
        total = len(_spaced_text(page)) if page is not None else 0
    removed = [_spaced_text(el) for _, el in state.vacated]
    body = state.root.find("body")
    sides = _side_blocks(body) if body is not None else []
    removed += [_spaced_text(el) for el in sides]
    gone = "\n".join(_bare(text) for text in removed if len(text) <= FALLBACK_REMOVED_SHARE * total)
    left = _bare(_text_outside(body, set(sides))) if body is not None else ""
    kept = []
    for paragraph in fallback.split("\n\n"):
        text = _bare(paragraph)
        if text and text in gone and text not in left:
            continue
        kept.append(paragraph)
    return "\n\n".join(kept)


def _side_blocks(body: etree._Element) -> list[etree._Element]:
    """The outermost side blocks left on the page (an ``<aside>``, a sidebar, a widget, a comment
    thread) that hold no ``<h1>`` and no block named as the article body
    (:func:`~._content._sides.is_article_free_side_block`)."""
    found: list[etree._Element] = []
    stack = list(body)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if is_article_free_side_block(el):
            found.append(el)
        else:
            stack.extend(el)
    return found


def _text_outside(body: etree._Element, sides: set[etree._Element]) -> str:
    """:func:`_spaced_text` of ``body`` less the subtrees of ``sides`` (their tails stay)."""
    if not sides:
        return _spaced_text(body)
    pieces: list[str] = []
    stack: list[etree._Element | str] = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        if item in sides:
            continue
        if isinstance(item.tag, str) and item.text:
            pieces.append(item.text)
        for child in reversed(item):
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
    return " ".join(" ".join(pieces).split())


def _bare(text: str) -> str:
    """``text`` without whitespace: a paragraph matches a block's text whatever spaces its inline
    tags ("(<em>a</em>)") put between the pieces."""
    return "".join(text.split())


def _spaced_text(el: etree._Element) -> str:
    """The element's text pieces joined by a space, whitespace collapsed (a menu's items apart)."""
    return " ".join(" ".join(el.itertext()).split())


def trafilatura_text(text: str, url: str | None) -> str:
    """trafilatura's fast-mode text of the page, paragraphs apart; "" when it fails or finds nothing."""
    try:
        import trafilatura

        result = trafilatura.extract(text, url=url, include_comments=False, include_tables=True, fast=True)
    except Exception:  # the fallback is best effort: its failure leaves decruft's own result
        return ""
    if not result:
        return ""
    return "\n\n".join(line.strip() for line in result.split("\n") if line.strip())
