"""Choose the article: an archive's posts, a hinted body, or the best-scoring container."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from .._parse import inner_text
from .._state import State
from ._measure import MIN_PARAGRAPH, _MEASURES, _measure, _verdict, link_density, text_len
from ._score import _scored
from ._siblings import _with_lead, _with_twins
from ._sides import _outside_side_blocks, _side_mass, _side_regions

#: A hint must hold at least this share of the page's paragraph text.
HINT_SHARE = 0.6


#: Paragraphs vote for their containers: these elements, ...
_SCORABLE_TAGS = ("p", "pre", "td", "blockquote")
#: ...leaf blocks (a ``<section>`` without a child of these tags, a ``<div>`` without
#: one of these or the next) and long ``<span>`` runs (:func:`_long_span`).
_SECTION_BLOCKERS = frozenset({"p", "div", "table", "ul", "ol", "blockquote", "pre", "section", "article"})
_DIV_BLOCKERS = _SECTION_BLOCKERS | {
    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "form", "header", "footer", "main", "aside",
}  # fmt: skip
_PARAGRAPH_TAGS = (*_SCORABLE_TAGS, "div", "section", "span")
#: A ``<span>`` outside ``<p>`` without span/div children votes when its text is longer than this.
SPAN_PARAGRAPH = 150
#: The whitespace XPath's normalize-space() collapses.
_XML_SPACE = re.compile("[ \t\r\n]+")
# The bare [@itemprop] test first: libxml2 rejects most elements on it much faster than on
# the string comparison alone (a third of this XPath's time).
_ARTICLE_BODY = etree.XPath("/html/body/descendant::*[@itemprop][@itemprop='articleBody']")


def _mass(el: etree._Element, paragraph_len: dict[etree._Element, int]) -> int:
    """The paragraph text inside ``el`` (itself included)."""
    return sum(map(paragraph_len.get, el.iter(*_PARAGRAPH_TAGS), itertools.repeat(0)))


def choose(state: State) -> list[etree._Element]:
    """Pick the elements holding the article (in document order); empty when the page has no text."""
    body = state.root.find("body")
    if body is None:
        return []
    # The tree does not change while the article is chosen; prune reuses the lengths if no rule ran since.
    state.content.measures = measures = _measure(body)
    token = _MEASURES.set(measures)
    try:
        state.check_time()
        return _choose(state, body)
    finally:
        _MEASURES.reset(token)


def _choose(state: State, body: etree._Element) -> list[etree._Element]:
    paragraphs = _paragraphs(state, body)
    if not paragraphs:
        return [body] if text_len(body) else []
    total = sum(paragraphs.values())
    articles = list(body.iter("article"))
    posts = _posts(state, paragraphs, total, articles)
    if posts:
        state.content.via = "posts"
        return posts
    named = _named_bodies(state.root)  # the tree does not change while the article is chosen
    hint = _hinted(state, paragraphs, total, articles, named)
    if hint is not None:
        state.content.via = "hint"
        return _with_lead(state, _with_twins(hint))
    state.content.via = "score"
    kept, sides = _outside_side_blocks(paragraphs)
    if sides:
        state.content.side_blocks = sides
    scored = _scored(state, kept)
    lone = _lone_post(scored, named)
    if lone is not None:
        state.content.via = "lone post"
        return _with_lead(state, [lone])
    return _with_lead(state, scored)


def _paragraphs(state: State, body: etree._Element) -> dict[etree._Element, int]:
    """The paragraphs under ``body`` with their text lengths, in document order: ``<p>``,
    ``<pre>``, ``<td>``, ``<blockquote>``, leaf ``<div>`` and ``<section>`` blocks and long
    ``<span>`` runs outside paragraphs, holding at least MIN_PARAGRAPH characters."""
    paragraphs: dict[etree._Element, int] = {}
    measures = _MEASURES.get()
    lengths = measures.lengths if measures is not None else {}  # choose() measured every element
    for count, el in enumerate(body.iter(*_PARAGRAPH_TAGS)):
        if not count & 4095:
            state.check_time()
        n = lengths.get(el)
        if n is None:
            n = text_len(el)
        if n < MIN_PARAGRAPH:
            continue
        tag = el.tag
        if tag == "div":
            if any(child.tag in _DIV_BLOCKERS for child in el):
                continue
        elif tag == "section":
            if any(child.tag in _SECTION_BLOCKERS for child in el):
                continue
        elif tag == "span" and not _long_span(el, n):
            continue
        paragraphs[el] = n
    return paragraphs


def _long_span(span: etree._Element, n: int) -> bool:
    """A ``<span>`` outside ``<p>``, without span or div children, whose text (XPath's
    normalize-space) is longer than SPAN_PARAGRAPH: a paragraph written as a span."""
    if any(child.tag in ("span", "div") for child in span) or any(a.tag == "p" for a in span.iterancestors()):
        return False
    if n > SPAN_PARAGRAPH:  # XPath collapses fewer kinds of whitespace: its length is at least n
        return True
    return len(_XML_SPACE.sub(" ", inner_text(span)).strip(" ")) > SPAN_PARAGRAPH


#: On an archive page, each post holds at least this share of the paragraph text...
POST_SHARE = 0.15
#: ...and the posts together at least this share.
POSTS_SHARE = 0.6


def _posts(
    state: State, paragraphs: dict[etree._Element, int], total: int, articles: list[etree._Element]
) -> list[etree._Element]:
    """Several ``<article>`` posts that together hold the page's text: an archive or blog front page."""
    outer = [a for a in articles if not any(p.tag == "article" for p in a.iterancestors())]
    if len(outer) < 2:
        return []
    shares = [(a, _mass(a, paragraphs) / total) for a in outer]
    posts = [a for a, share in shares if share >= POST_SHARE]
    if len(posts) < 2 or sum(share for _, share in shares if share >= POST_SHARE) < POSTS_SHARE:
        return []
    for heading in posts[0].iter("h1", "h2", "h3"):
        text = " ".join(inner_text(heading).split())
        if text:
            state.content.first_post_title = text
            break
    return posts


def _hinted(
    state: State,
    paragraphs: dict[etree._Element, int],
    total: int,
    articles: list[etree._Element],
    named: list[etree._Element],
) -> etree._Element | None:
    candidates = _hint_candidates(state, articles, named)
    if not candidates:
        return None
    sides = _side_regions(paragraphs)
    side_total = sum(paragraphs[p] for p in sides)
    best = None
    for el in candidates:
        mass = _mass(el, paragraphs)
        others = total - mass
        n = text_len(el)
        most = max(mass, n)
        if most < HINT_SHARE * (most + max(0, others - side_total)):
            continue  # not even with every side block's text left out
        if others and sides:
            others -= _side_mass(el, paragraphs, sides)
        # A post body written as loose text and <br> lines holds no paragraph: its own text counts.
        mass = max(mass, int(n * (1 - link_density(el, n))))
        share = mass / max(1, mass + others)
        if share >= HINT_SHARE and (best is None or text_len(el) < text_len(best)):
            best = el
    return best


#: A lone post body (:func:`_lone_post`) holds at least this many characters...
LONE_MIN = 20
#: ...and at most this many: a longer block named so that the hint's share missed is one part
#: of an article printed in several blocks, which the scoring gathers.
LONE_MAX = 2000
#: An ``<article>`` around it holding this many times its text makes it one part of that article.
LONE_ARTICLE = 2


def _lone_post(scored: list[etree._Element], named: list[etree._Element]) -> etree._Element | None:
    """The page's one post body, named by its class ("entry-content", "post-body"), where the
    hint's share missed it: a short post beside a sidebar whose widgets, not named as side
    blocks, hold more prose than the post. It replaces the scored container that holds it
    when every block whose class names the article body is this one or inside it, it holds
    LONE_MIN to LONE_MAX characters, and no ``<article>`` around it holds LONE_ARTICLE times
    its text (then it is one part of that article: a video's note under its synopsis)."""
    if len(scored) != 1 or not named:
        return None
    post = named[0]
    n = text_len(post)
    if not LONE_MIN <= n <= LONE_MAX or any(post not in el.iterancestors() for el in named[1:]):
        return None
    if post is scored[0] or scored[0] not in post.iterancestors():
        return None
    if any(text_len(a) > LONE_ARTICLE * n for a in post.iterancestors("article")):
        return None
    return post


def _hint_candidates(
    state: State, articles: list[etree._Element], named: list[etree._Element]
) -> list[etree._Element]:
    """The elements that may hold the article by the page's own markup, in this order: those
    with ``itemprop="articleBody"``, the page's only ``<article>``, and the blocks whose class
    or id names the article body (``named``, :func:`_named_bodies`), each in document order."""
    candidates = _article_bodies(state)
    if len(articles) == 1:
        candidates.append(articles[0])
    candidates.extend(named)
    return candidates


def _named_bodies(root: etree._Element) -> list[etree._Element]:
    """The ``<div>``, ``<section>``, ``<article>``, ``<main>`` and ``<td>`` elements whose class
    or id names the article body (:func:`_verdict`), in document order: read once per page by
    the hint (:func:`_hinted`) and the lone post (:func:`_lone_post`)."""
    return [el for el in root.iter("div", "section", "article", "main", "td") if _verdict(el)[0]]


def _article_bodies(state: State) -> list[etree._Element]:
    """The elements with ``itemprop="articleBody"`` in the page's ``<body>``, in document order.

    The elements with an ``itemprop`` that metadata's collect listed (``state.scan.attributed``)
    are read, a third of the XPath's time: the rules since removed some (left out here,
    :func:`_in_page`) but changed no attribute (a site rule that edits the page drops the
    list, and the rules' scan walks the page again)."""
    attributed = state.scan.attributed
    if attributed is None:
        return list(_ARTICLE_BODY(state.root))
    root = state.root
    return [el for el in attributed.itemprops if el.get("itemprop") == "articleBody" and _in_page(el, root)]


def _in_page(el: etree._Element, root: etree._Element) -> bool:
    """``el`` is still in the page under ``root`` (not removed, nor inside a removed block)."""
    top = el
    for top in el.iterancestors():
        pass
    return top is root
