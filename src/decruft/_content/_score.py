"""Readability's scoring: paragraphs vote for their ancestors; the best container, climbed
to the ancestor holding the article when it is split in columns or CMS blocks."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from .._parse import inner_text
from .._state import State
from ._measure import class_weight, link_density, text_len
from ._siblings import _with_cousins, _with_siblings

#: How many ancestors a paragraph's score reaches (Readability uses 5).
ANCESTOR_LEVELS = 5


_TAG_WEIGHT = {
    "div": 5, "article": 8, "section": 3, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip


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
    climbed = _layout_cell(_climb(top, paragraphs))
    if climbed is not top:
        scores[climbed] = max(scores.get(climbed, 0.0), scores[top])
        top = climbed
    state.content.scores = scores
    keep = _with_siblings(state, top, scores)
    return _with_cousins(top, paragraphs) if keep == [top] else keep


#: Climb to an ancestor holding at least this multiple of the chosen element's prose...
CLIMB_FACTOR = 1.5
#: ...counting paragraphs whose link density is below this...
CLIMB_LINK_DENSITY = 0.2
#: ...at most this many levels up.
CLIMB_LEVELS = 8
#: A block beside the way up whose own text is this share link text or more is a side column
#: (headline lists, card offers, an "about" box with its links): its plain paragraphs do not count.
CLIMB_BRANCH_LINK_DENSITY = 0.2


def _climb(top: etree._Element, paragraphs: dict[etree._Element, int]) -> etree._Element:
    """The nearest ancestor holding much more prose than ``top`` (CLIMB_FACTOR), or ``top``.

    CMS pages (TYPO3 content elements, Gutenberg blocks, a lead paragraph in the
    article header) split one article into sibling blocks several levels apart,
    each scoring on its own; the rules have already removed the rails and lists
    that would otherwise make the ancestor look prose-rich. Prose = paragraphs
    with few links, outside link-laden blocks (CLIMB_BRANCH_LINK_DENSITY: a sidebar's card
    blurbs or "about" note counted, and the climb took the wrapper of post and sidebar).
    The climb does not leave a post (:func:`_is_post`), nor starts from an
    element holding no prose at all (a post of link-laden paragraphs: any ancestor "holds more"
    than nothing, and the climb took the page's wrapper with a side box's plain text).
    """
    if _is_post(top):
        return top
    chain = [top]  # top and the ancestors the climb may reach, lowest first
    for level, ancestor in enumerate(top.iterancestors()):
        if level >= CLIMB_LEVELS or ancestor.tag in ("body", "html"):
            break
        chain.append(ancestor)
        if _is_post(ancestor):
            break
    masses = _prose_masses(chain, paragraphs)
    best = masses[0]
    if not best:
        return top
    for ancestor, found in zip(chain[1:], masses[1:]):
        if found >= best * CLIMB_FACTOR:
            top, best = ancestor, found
    return top


def _prose_masses(chain: list[etree._Element], paragraphs: dict[etree._Element, int]) -> list[int]:
    """The prose (paragraphs with a link density under CLIMB_LINK_DENSITY) inside each element
    of ``chain`` (an element and some of its ancestors, lowest first), from one pass over the
    highest one's paragraphs: each counts for the lowest element of the chain holding it and
    for every one above; above the first, not when the block holding it beside the chain
    (the chain element's child) is CLIMB_BRANCH_LINK_DENSITY link text."""
    level = {el: i for i, el in enumerate(chain)}
    own = [0] * len(chain)
    linked: dict[etree._Element, bool] = {}  # the blocks beside the chain read so far
    tags = {p.tag for p in paragraphs}  # only these elements can be paragraphs: lxml skips the rest
    for p in chain[-1].iter(*tags):
        n = paragraphs.get(p)
        if not n or link_density(p, n) >= CLIMB_LINK_DENSITY:
            continue
        holder = branch = p
        while holder not in level:
            branch, holder = holder, holder.getparent()  # never None: p lies inside chain[-1]
        if holder is not chain[0] and branch is not p:
            if branch not in linked:
                linked[branch] = link_density(branch) >= CLIMB_BRANCH_LINK_DENSITY
            if linked[branch]:
                continue
        own[level[holder]] += n
    return list(itertools.accumulate(own))


#: The microformats class of one post ("hentry", "h-entry"), which blog themes put on the
#: element holding a post's title, text and footer.
_POST_CLASS = re.compile(r"(?:^|\s)h-?entry(?:$|\s)")


def _is_post(el: etree._Element) -> bool:
    """An ``<article>`` or an element of class ``hentry``/``h-entry``: the whole of one post.

    :func:`_climb` stops there. Above a post lies the page's wrapper, whose other column
    (the author's book blurbs, an "About me" text, sign-up pitches, in boxes no class names
    as a sidebar) holds more prose than a short post: climbing into it took the whole page.
    The climb's own case, an article split into CMS blocks, lies inside the post.
    """
    return el.tag == "article" or _POST_CLASS.search(el.get("class") or "") is not None


#: A cell holding at least this share of its layout table's text outside links is the article's.
LAYOUT_CELL_SHARE = 0.7


def _layout_cell(top: etree._Element) -> etree._Element:
    """``top``, or when it is a layout table (or one of its rows) the cell of it holding
    LAYOUT_CELL_SHARE of its text outside links.

    Old table layouts put the article in one cell and the menus and sidebar boxes in the
    cells beside it. Every cell votes as a paragraph, so the scores of the story's cell and
    of the sidebar's small boxes add up in the table, which wins (more so with a class like
    "main"); the sidebar then comes with the article. The cell holding the table's prose is
    the article's container.
    """
    if top.tag not in ("table", "tbody", "tr"):
        return top
    table = top if top.tag == "table" else next(top.iterancestors("table"), None)
    if table is None:
        return top

    def prose(el: etree._Element) -> float:
        n = text_len(el)
        return n * (1 - link_density(el, n))

    total = prose(top)
    cells = [c for c in top.iter("td", "th") if next(c.iterancestors("table"), None) is table]
    best = max(cells, key=prose, default=None)
    if best is None or not total or prose(best) < LAYOUT_CELL_SHARE * total:
        return top
    return best


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
