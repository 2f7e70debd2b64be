"""Stage 4 — main content: find the article in what the cruft rules left.

Two passes, after Readability and jusText:

1. *Choose.* Semantic hints first (``itemprop=articleBody``, a single
   ``<article>``, well-known body classes) when they hold most of the page's
   paragraph text that is not in side blocks (``<aside>``, comment threads,
   sidebar widgets and profile boxes by their class names), with their
   same-class twins; otherwise score containers by
   the paragraphs they hold (length, commas, class weight, link density),
   climb to the ancestor when it holds much more prose (an article split into
   CMS blocks), and take the best with the siblings that score close to it (so
   an archive page keeps all its posts). A lead printed above the body joins it.
   Scoring leaves out the paragraphs in side blocks (comment threads, sidebar
   widgets, by their class names) when enough text lies outside them.
2. *Prune.* Inside the choice, drop blocks that look like leftovers: link
   lists, teaser lists (linked headlines with a date and a summary, repeated),
   image galleries without text, empty shells, ``<aside>`` boxes, the side
   blocks the scoring left out. Each pruned block is recorded under the
   rule name ``prune``.
"""

from __future__ import annotations

import contextvars
import functools
import itertools
import re
import tomllib
from collections.abc import Callable
from importlib import resources
from typing import NamedTuple

from lxml import etree

from ._article import Removal
from ._parse import MEMO_KEY_CHARS, inner_text
from ._state import State, shorten

#: A paragraph shorter than this does not vote for its container.
MIN_PARAGRAPH = 25
#: A hint must hold at least this share of the page's paragraph text.
HINT_SHARE = 0.6
#: Siblings scoring at least this share of the best candidate join it.
SIBLING_SHARE = 0.2
#: How many ancestors a paragraph's score reaches (Readability uses 5).
ANCESTOR_LEVELS = 5

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
_TAG_WEIGHT = {
    "div": 5, "article": 8, "section": 3, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip


def _token_regex(fragments: list[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?:^|[\s\-_\d])(?:{body})(?=$|[\s\-_\d])")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    content = _content_data()
    return (
        _token_regex(content["body"]),
        _token_regex(content["positive"]),
        _token_regex(content["negative"]),
    )


@functools.cache
def _content_data() -> dict[str, list[str]]:
    text = resources.files("decruft").joinpath("data", "patterns.toml").read_text(encoding="utf-8")
    content: dict[str, list[str]] = tomllib.loads(text)["content"]
    return content


@functools.cache
def _lead_regex() -> re.Pattern[str]:
    return _token_regex(_content_data()["lead"])


@functools.cache
def _side_regex() -> re.Pattern[str]:
    return _token_regex(_content_data()["side"])


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


#: (class, id) -> (names the article body?, class weight); class strings repeat within and across pages.
_VERDICTS: dict[tuple[str | None, str | None], tuple[bool, int]] = {}
_VERDICTS_LIMIT = 100_000


def _verdict(el: etree._Element) -> tuple[bool, int]:
    """Does the class/id name the article body (:func:`_hinted`), and :func:`class_weight`."""
    key = (el.get("class"), el.get("id"))
    found = _VERDICTS.get(key)
    if found is None:
        attrs = f"{key[0] or ''} {key[1] or ''}".lower()
        if attrs == " ":
            found = (False, 0)
        else:
            body, positive, negative = _patterns()
            weight = (-25 if negative.search(attrs) else 0) + (25 if positive.search(attrs) else 0)
            found = (body.search(attrs) is not None, weight)
        if len(attrs) <= MEMO_KEY_CHARS:
            if len(_VERDICTS) >= _VERDICTS_LIMIT:
                _VERDICTS.clear()
            _VERDICTS[key] = found
    return found


def names_body(el: etree._Element) -> bool:
    """Does the element's class/id name the article body ("entry-content", "post-body")?"""
    return _verdict(el)[0]


def class_weight(el: etree._Element) -> int:
    """+25 for article-ish class/id names, -25 for cruft-ish ones (Readability)."""
    return _verdict(el)[1]


class _Measures(NamedTuple):
    """Memoised :func:`text_len` and link text (what :func:`link_density` sums) per element."""

    lengths: dict[etree._Element, int]
    links: dict[etree._Element, int]


#: The measures of the subtree being worked on, while they hold: :func:`choose` does not
#: change the tree; :func:`prune` forgets the lengths around each block it empties.
_MEASURES: contextvars.ContextVar[_Measures | None] = contextvars.ContextVar("decruft_measures", default=None)


def _collapsed_len(text: str) -> int:
    return len(" ".join(text.split()))


def text_len(el: etree._Element) -> int:
    """Length of the element's text with whitespace collapsed."""
    measures = _MEASURES.get()
    if measures is None:
        return _collapsed_len(inner_text(el))
    n = measures.lengths.get(el)
    if n is None:
        n = measures.lengths[el] = _collapsed_len(inner_text(el))
    return n


def link_density(el: etree._Element, length: int | None = None) -> float:
    """Share of the element's text inside links (not in-page ``#`` anchors), at most 1."""
    length = text_len(el) if length is None else length
    if not length:
        return 0.0
    measures = _MEASURES.get()
    links = measures.links.get(el) if measures is not None else None
    if links is None:
        links = sum(text_len(a) for a in el.iter("a") if not (a.get("href") or "").startswith("#"))
    return min(1.0, links / length)


#: Nodes whose text itertext() reads: elements give their text and tail, comments and
#: processing instructions only their tail.
_WALK_EVENTS = ("start", "end", "comment", "pi")


def _measure(root: etree._Element) -> _Measures:
    """:func:`text_len` and link text of ``root`` and every element under it, from one walk.

    Collapsing whitespace makes lengths not add up, so the walk keeps one running
    total over the text read so far: its non-space characters plus its words (a
    collapsed text is its words with one space between each two). An element's
    length is the growth of that total over its text, minus one; a text piece
    glued to the word before it adds no word, and when an element's text starts
    with such a piece the minus one is not taken (the word's space lies before
    the element). Non-empty pieces are numbered to know which ones are glued.
    """
    lengths: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    size = link_size = pieces = 0  # running totals over the text read so far
    after_space = True  # the text read so far is empty or ends in whitespace
    glued: set[int] = set()  # non-empty pieces that continue the word before them
    starts: list[tuple[int, int, int]] = []  # the totals at each open element's start
    for event, el in etree.iterwalk(root, events=_WALK_EVENTS):
        if event == "start":
            starts.append((size, pieces, link_size))
            piece = el.text
        else:
            if event == "end":
                size0, piece0, link_size0 = starts.pop()
                n = size - size0
                if n:
                    n -= piece0 not in glued
                    if el.tag == "a" and not (el.get("href") or "").startswith("#"):
                        link_size += n
                lengths[el] = n
                links[el] = link_size - link_size0
            piece = el.tail  # read after the root's end too, where it no longer counts
        if not piece:
            continue
        if piece.isspace():
            after_space = True
        else:
            words = piece.split()
            if not after_space and not piece[0].isspace():
                glued.add(pieces)
                size -= 1
            size += len(words) + sum(map(len, words))
            after_space = piece[-1].isspace()
        pieces += 1
    return _Measures(lengths, links)


def _mass(el: etree._Element, paragraph_len: dict[etree._Element, int]) -> int:
    """The paragraph text inside ``el`` (itself included)."""
    return sum(map(paragraph_len.get, el.iter(*_PARAGRAPH_TAGS), itertools.repeat(0)))


def choose(state: State) -> list[etree._Element]:
    """Pick the elements holding the article (in document order); empty when the page has no text."""
    body = state.root.find("body")
    if body is None:
        return []
    token = _MEASURES.set(_measure(body))  # the tree does not change while the article is chosen
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
        state.meta["content_via"] = "posts"
        return posts
    hint = _hinted(state, paragraphs, total, articles)
    if hint is not None:
        state.meta["content_via"] = "hint"
        return _with_lead(state, _with_twins(hint))
    state.meta["content_via"] = "score"
    kept, sides = _outside_side_blocks(paragraphs)
    if sides:
        state.meta["_side_blocks"] = sides
    return _with_lead(state, _scored(state, kept))


#: Paragraph text that must lie outside side blocks for those to be left out of the scoring.
SIDE_FREE_MIN = 250


def _outside_side_blocks(
    paragraphs: dict[etree._Element, int],
) -> tuple[dict[etree._Element, int], list[etree._Element]]:
    """The paragraphs outside side blocks (:func:`_is_side_block`) that hold no ``<h1>`` and no
    hinted body, and those side blocks, when the paragraphs outside hold SIDE_FREE_MIN
    characters; else all paragraphs and no blocks.

    A comment thread or a sidebar widget that no rule could remove (it holds most of the
    page's prose) would otherwise outvote a short post; a wrapper named "has-sidebar"
    around the whole article holds its headline, and is not left out. The side blocks
    are pruned from the chosen body (:func:`prune`): a thread often sits in the post's
    own container.
    """
    verdicts: dict[etree._Element, bool] = {}

    def side(el: etree._Element) -> bool:
        found = verdicts.get(el)
        if found is None:
            found = verdicts[el] = _is_side_block(el) and not any(
                x.tag == "h1" or _verdict(x)[0] for x in el.iter("h1", "div", "section", "article", "main", "td")
            )
        return found

    kept = {}
    blocks: dict[etree._Element, None] = {}
    for p, n in paragraphs.items():
        outermost = None
        for ancestor in itertools.chain((p,), p.iterancestors()):
            if ancestor.tag in ("body", "html"):
                break
            if side(ancestor):
                outermost = ancestor
        if outermost is None:
            kept[p] = n
        else:
            blocks[outermost] = None
    if not blocks or sum(kept.values()) < SIDE_FREE_MIN:
        return paragraphs, []
    return kept, list(blocks)


def _paragraphs(state: State, body: etree._Element) -> dict[etree._Element, int]:
    """The paragraphs under ``body`` with their text lengths, in document order: ``<p>``,
    ``<pre>``, ``<td>``, ``<blockquote>``, leaf ``<div>`` and ``<section>`` blocks and long
    ``<span>`` runs outside paragraphs, holding at least MIN_PARAGRAPH characters."""
    paragraphs: dict[etree._Element, int] = {}
    for count, el in enumerate(body.iter(*_PARAGRAPH_TAGS)):
        if not count & 4095:
            state.check_time()
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


def _alike(el: etree._Element, joins: Callable[[etree._Element], bool]) -> list[etree._Element]:
    """``el`` and its siblings of the same tag and class that ``joins`` accepts, in document
    order; ``el`` alone when it has no class or id to go by."""
    parent = el.getparent()
    attrs = _attrs(el)
    if parent is None or attrs == " ":
        return [el]
    return [sib for sib in parent if sib is el or (sib.tag == el.tag and _attrs(sib) == attrs and joins(sib))]


def _with_twins(hint: etree._Element) -> list[etree._Element]:
    """The hinted body and its siblings of the same tag and class ("story-body" blocks split
    by an ad or a "continue reading" interrupter), in document order."""

    def joins(sib: etree._Element) -> bool:
        n = text_len(sib)
        return n >= MIN_PARAGRAPH and link_density(sib, n) < 0.3

    return _alike(hint, joins)


#: A lead (standfirst) holds this many characters...
LEAD_CHARS = (40, 700)
#: ...and sits inside the article body's ancestor at most this many levels up.
LEAD_LEVELS = 4


def _with_lead(state: State, chosen: list[etree._Element]) -> list[etree._Element]:
    """Add the lead printed above the article body ("content__intro", "standfirst",
    "Vorspann", "chapo"): news templates put it in the article header, outside the
    block holding the paragraphs. The nearest one before the body, within its
    ancestor LEAD_LEVELS up, with few links."""
    if not chosen:
        return chosen
    first = chosen[0]
    ancestors = list(itertools.islice(first.iterancestors(), LEAD_LEVELS))
    if not ancestors or ancestors[-1].tag in ("body", "html"):
        ancestors = [a for a in ancestors if a.tag not in ("body", "html")]
    if not ancestors:
        return chosen
    lead_re = _lead_regex()
    above = set(ancestors)
    lead = None
    for el in ancestors[-1].iter():
        if el is first:
            break
        if el in above or not isinstance(el.tag, str):
            continue
        attrs = _attrs(el)
        if attrs != " " and lead_re.search(attrs):
            n = text_len(el)
            if LEAD_CHARS[0] <= n <= LEAD_CHARS[1] and link_density(el, n) < 0.3:
                lead = el
    if lead is None or any(lead is c or _is_inside(lead, c) for c in chosen):
        return chosen
    state.meta["content_lead"] = lead.getroottree().getpath(lead)
    return [lead, *chosen]


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
            state.meta["first_post_title"] = text
            break
    return posts


def _hinted(
    state: State, paragraphs: dict[etree._Element, int], total: int, articles: list[etree._Element]
) -> etree._Element | None:
    candidates = list(_ARTICLE_BODY(state.root))
    if len(articles) == 1:
        candidates.append(articles[0])
    for el in state.root.iter("div", "section", "article", "main", "td"):
        if _verdict(el)[0]:
            candidates.append(el)
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


def _is_side(el: etree._Element) -> bool:
    """A block beside the article by its markup: an ``<aside>``, or a class/id naming cruft
    (sidebar, widget, comments, ...)."""
    return el.tag == "aside" or class_weight(el) < 0


def _is_side_block(el: etree._Element) -> bool:
    """An ``<aside>``, or a block named as a comment thread, sidebar or widget (the ``side``
    patterns of patterns.toml)."""
    if el.tag == "aside":
        return True
    attrs = _attrs(el)
    return attrs != " " and _side_regex().search(attrs) is not None


def _side_regions(paragraphs: dict[etree._Element, int]) -> dict[etree._Element, frozenset[etree._Element]]:
    """For each paragraph inside a side block (:func:`_is_side`), those side blocks."""
    found: dict[etree._Element, frozenset[etree._Element]] = {}
    verdicts: dict[etree._Element, bool] = {}
    for p in paragraphs:
        sides = []
        for ancestor in itertools.chain((p,), p.iterancestors()):
            if ancestor.tag in ("body", "html"):
                break
            side = verdicts.get(ancestor)
            if side is None:
                side = verdicts[ancestor] = _is_side(ancestor)
            if side:
                sides.append(ancestor)
        if sides:
            found[p] = frozenset(sides)
    return found


def _side_mass(
    el: etree._Element, paragraphs: dict[etree._Element, int], sides: dict[etree._Element, frozenset[etree._Element]]
) -> int:
    """The paragraph text outside ``el`` that lies in side blocks not holding ``el``: comment
    threads, profile boxes and sidebar widgets do not compete with a hinted post body."""
    if not sides:
        return 0
    holding = set(el.iterancestors())
    holding.add(el)
    return sum(
        paragraphs[p] for p, blocks in sides.items() if not blocks <= holding and not _is_inside(p, el)
    )


def _scored(state: State, paragraphs: dict[etree._Element, int]) -> list[etree._Element]:
    scores: dict[etree._Element, float] = {}

    def init(el: etree._Element) -> None:
        if el not in scores:
            scores[el] = _TAG_WEIGHT.get(el.tag, 0) + class_weight(el)

    for count, (el, n) in enumerate(paragraphs.items()):
        if not count & 1023:
            state.check_time()
        text = inner_text(el)
        score = 1 + text.count(",") + text.count("，") + min(n // 100, 3)
        for level, ancestor in enumerate(el.iterancestors()):
            if level >= ANCESTOR_LEVELS or ancestor.tag == "html":
                break
            init(ancestor)
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            scores[ancestor] += score / divider
    if not scores:
        return [state.root.find("body")]
    for el in scores:
        scores[el] *= 1 - link_density(el)
    top = max(scores, key=scores.__getitem__)
    top = _common_ancestor(top, scores)
    # Readability: climb when the parent scores about as well (content split in columns).
    top = _promote(top, scores)
    # Content split into CMS blocks that each score on their own: climb to the block holding them all.
    climbed = _climb(top, paragraphs)
    if climbed is not top:
        scores[climbed] = max(scores.get(climbed, 0.0), scores[top])
        top = climbed
    state.meta["_scores"] = scores
    keep = _with_siblings(state, top, scores)
    return _with_cousins(top, paragraphs) if keep == [top] else keep


#: A block of the article beside the chosen one holds at least this many characters of paragraphs.
COUSIN_PROSE = 200


def _with_cousins(top: etree._Element, paragraphs: dict[etree._Element, int]) -> list[etree._Element]:
    """``top`` alone in its wrapper, and the wrappers beside it of the same tag and class
    that hold paragraphs with few links: an article cut into grid rows between ad slots
    ("row" > "columns" four times, the last row the longest) rather than one block."""
    parent = top.getparent()
    if parent is None or parent.tag in ("body", "html") or top.getprevious() is not None or top.getnext() is not None:
        return [top]

    def joins(sib: etree._Element) -> bool:
        prose = sum(paragraphs.get(p, 0) for p in sib.iter("p"))
        return prose >= COUSIN_PROSE and link_density(sib) < 0.3

    return [top if row is parent else row for row in _alike(parent, joins)]


#: Climb to an ancestor holding at least this multiple of the chosen element's prose...
CLIMB_FACTOR = 1.5
#: ...counting paragraphs whose link density is below this...
CLIMB_LINK_DENSITY = 0.2
#: ...at most this many levels up.
CLIMB_LEVELS = 8


def _climb(top: etree._Element, paragraphs: dict[etree._Element, int]) -> etree._Element:
    """The nearest ancestor holding much more prose than ``top`` (CLIMB_FACTOR), or ``top``.

    CMS pages (TYPO3 content elements, Gutenberg blocks, a lead paragraph in the
    article header) split one article into sibling blocks several levels apart,
    each scoring on its own; the rules have already removed the rails and lists
    that would otherwise make the ancestor look prose-rich. Prose = paragraphs
    with few links.
    """
    prose: dict[etree._Element, bool] = {}

    def mass(el: etree._Element) -> int:
        total = 0
        for p in el.iter():
            n = paragraphs.get(p)
            if n:
                is_prose = prose.get(p)
                if is_prose is None:
                    is_prose = prose[p] = link_density(p, n) < CLIMB_LINK_DENSITY
                if is_prose:
                    total += n
        return total

    best = mass(top)
    for level, ancestor in enumerate(top.iterancestors()):
        if level >= CLIMB_LEVELS or ancestor.tag in ("body", "html"):
            break
        found = mass(ancestor)
        if found >= best * CLIMB_FACTOR:
            top, best = ancestor, found
    return top


def _common_ancestor(top: etree._Element, scores: dict[etree._Element, float]) -> etree._Element:
    """Readability: when several near-best candidates share an ancestor, the article is that ancestor."""
    best = scores[top]
    if best <= 0:
        return top
    rivals = [el for el in sorted(scores, key=scores.__getitem__, reverse=True)[1:6] if scores[el] >= best * 0.75]
    if len(rivals) < 2:
        return top
    rival_ancestors = [set(r.iterancestors()) | {r} for r in rivals]
    for ancestor in top.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if sum(ancestor in anc for anc in rival_ancestors) >= 2:
            scores[ancestor] = max(scores.get(ancestor, 0.0), best)
            return ancestor
    return top


def _promote(top: etree._Element, scores: dict[etree._Element, float]) -> etree._Element:
    best = scores[top]
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if parent in scores and scores[parent] >= best * 0.95 and (top.getprevious() is not None or top.getnext() is not None):
            top = parent
            best = scores[parent]
        parent = parent.getparent()
        if parent is not None and parent not in scores:
            break
    return top


def _with_siblings(
    state: State, top: etree._Element, scores: dict[etree._Element, float]
) -> list[etree._Element]:
    parent = top.getparent()
    if parent is None or parent.tag == "html":
        return [top]
    threshold = max(10.0, scores[top] * SIBLING_SHARE)
    keep = []
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            keep.append(sib)
            continue
        bonus = scores[top] * 0.2 if _attrs(sib) == _attrs(top) and _attrs(top) != " " else 0
        if sib in scores and scores[sib] + bonus >= threshold:
            keep.append(sib)
        elif sib.tag in ("div", "section", "ul", "ol") and _is_key_points(sib):
            keep.append(sib)
        elif sib.tag == "p":
            n = text_len(sib)
            density = link_density(sib, n)
            text = " ".join(inner_text(sib).split())
            if (n > 80 and density < 0.25) or (0 < n <= 80 and density == 0 and re.search(r"\.( |$)", text)):
                keep.append(sib)
    state.meta["content_siblings"] = len(keep)
    return keep


def _is_key_points(el: etree._Element) -> bool:
    """A short list of plain sentences beside the article (key points, a summary box)."""
    items = el.findall(".//li")
    if len(items) < 2 or not all(text_len(li) >= 15 for li in items):
        return False
    return link_density(el) < 0.2


_PRUNE_TAGS = ("table", "ul", "ol", "div", "section", "aside", "form", "fieldset", "dl", "center", "figure")


def prune(state: State, content: etree._Element) -> None:
    """Readability's conditional clean-up: drop link lists, empty shells and text-less galleries;
    first the side blocks the scoring left out (:func:`_outside_side_blocks`) and whole teaser
    lists (:func:`_is_teaser_list`)."""
    root_tree = content.getroottree()
    for el in state.meta.get("_side_blocks", ()):
        if el.getparent() is not None and _is_inside(el, content):
            text = " ".join(inner_text(el).split())
            state.removed.append(Removal("prune", shorten(f"side block: {text}"), root_tree.getpath(el)))
            state.vacate(el)
    candidates = [el for el in content.iter(*_PRUNE_TAGS) if el is not content]
    measures = _Measures({}, {})  # link lengths are read once per enclosing block
    token = _MEASURES.set(measures)
    try:
        # Teaser lists first, outermost first: the inner pass would take their linked
        # headlines one by one and leave the summaries.
        for el in candidates:
            if el.tag in ("div", "section") and el.getparent() is not None and _is_inside(el, content) and _is_teaser_list(el):
                text = " ".join(inner_text(el).split())
                state.removed.append(Removal("prune", shorten(f"teaser list: {text}"), root_tree.getpath(el)))
                for ancestor in el.iterancestors():
                    measures.lengths.pop(ancestor, None)
                state.vacate(el)
        for el in reversed(candidates):  # inner blocks first
            if el.getparent() is None or not _is_inside(el, content):
                continue
            reason = _prune_reason(el)
            if reason is None and el.tag == "aside" and text_len(el) < 0.8 * text_len(content):
                reason = "aside"  # HTML5: content tangential to the article (sidebars, live feeds, pull quotes)
            if reason:
                text = " ".join(inner_text(el).split())
                where = root_tree.getpath(el)
                state.removed.append(Removal("prune", shorten(f"{reason}: {text}" if text else reason), where))
                for ancestor in el.iterancestors():  # their text shrinks
                    measures.lengths.pop(ancestor, None)
                state.vacate(el)
    finally:
        _MEASURES.reset(token)


def _is_inside(el: etree._Element, top: etree._Element) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is top:
            return True
    return False


#: A teaser list has at least this many items of the same tag and class...
TEASER_ITEMS = 4
#: ...each at most this long, opening with a linked headline of at least TEASER_LINK characters.
TEASER_ITEM_CHARS = 400
TEASER_LINK = 15


def _is_teaser_list(el: etree._Element) -> bool:
    """A block of TEASER_ITEMS or more sibling items alike in tag and class, each a linked
    headline of another story with at most a date, a picture and a one-line summary."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in el:
        if isinstance(child.tag, str) and child.tag in ("div", "section", "article", "li") and child.get("class"):
            groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
    for items in groups.values():
        if len(items) >= TEASER_ITEMS and all(_is_teaser(item) for item in items):
            return True
    return False


def _is_teaser(item: etree._Element) -> bool:
    """At most TEASER_ITEM_CHARS of text, opening with a link of TEASER_LINK characters or more."""
    n = text_len(item)
    if not n or n > TEASER_ITEM_CHARS:
        return False
    link = next((a for a in item.iter("a") if a.get("href") and text_len(a) >= TEASER_LINK), None)
    if link is None:
        return False
    # The headline opens the item: its first words are the link's.
    first = next((t.strip() for t in item.itertext() if t.strip()), "")
    return first in " ".join(inner_text(link).split())


def _prune_reason(el: etree._Element) -> str | None:
    text = inner_text(el)
    n = _collapsed_len(text)
    tag = el.tag
    if n == 0:
        if tag == "figure" or el.find(".//img") is not None:
            return None
        return None if tag in ("div", "section") else "empty block"
    if text.count(",") >= 10:
        return None
    density = link_density(el, n)
    if tag in ("ul", "ol"):
        # A list of links is navigation; a list of sentences is content.
        if density > 0.5 and n < 1000:
            return "link list"
        return None
    if tag == "table":
        return "link table" if density > 0.5 else None
    weight = class_weight(el)
    if weight < 0 and density > 0.2:
        return "link-dense block with a cruft class name"
    # Counts of descendants (never el itself: no pruned tag is one of these).
    paragraphs = images = items = 0
    for inner in el.iter("p", "img", "li"):
        if inner.tag == "p":
            paragraphs += 1
        elif inner.tag == "img":
            images += 1
        else:
            items += 1
    items -= 100
    if images > 1 and paragraphs / images < 0.5 and n < 100 and tag != "figure":
        return "image block without text"
    if items > paragraphs and tag not in ("ul", "ol"):
        return "list-heavy block"
    if weight < 25 and density > 0.5 and n < 2000:
        return "link-dense block"
    if weight >= 25 and density > 0.7:
        return "link-dense block"
    return None
