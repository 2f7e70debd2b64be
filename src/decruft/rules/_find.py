"""The one scan of the page that every cruft rule reads.

The page is scanned once (class/id attributes, tags, roles, short text
blocks) and each hit is filed under the rule whose vocabulary it matched;
each rule then decides what to remove from its own hits. Two guards keep
the article safe (:mod:`._guards`): the *anchor* (the element holding most
long paragraphs) and its ancestors are never removed, and no rule removes a
block holding more than half of the page's paragraph text.
"""

from __future__ import annotations

import dataclasses
import functools
from itertools import repeat

from lxml import etree

from .._parse import Attributed, attributed_elements, inner_text
from .._state import State
from ._attrs import AttrMatcher, attr_matcher
from ._match import _short_blocks, phrase_matcher, wrapper
from ._vocab import vocabulary

#: Paragraphs at least this long count towards the article's "mass".
LONG_PARAGRAPH = 60

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# "/html/body/descendant::" rather than "//body//": lxml evaluates the latter through
# descendant-or-self::node() and is about twice as slow on a real page (``parse`` always
# gives the tree an ``<html>`` root with its ``<body>``, so both select the same nodes).
#: The body's text nodes that hold more than XPath whitespace. Whitespace-only nodes (the
#: indentation between tags, about two thirds of all) are never a label, sentence, prefix
#: or byline; leaving them out saves creating a Python string and parent proxy for each.
_ALL_TEXT = etree.XPath("/html/body/descendant::text()[normalize-space()]")
_P_TAGS = ("p", "pre", "td", "li", "blockquote")
#: The headings a teaser list's items open with (:func:`~._shapes.teaser_lists`).
TEASER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


@dataclasses.dataclass(slots=True)
class PhraseHit:
    el: etree._Element
    text: str
    kind: str  # "heading" or "label"


@dataclasses.dataclass(slots=True)
class Analysis:
    """What the single scan of the page found, filed by rule name."""

    attr_hits: dict[str, list[etree._Element]]
    tag_hits: dict[str, list[etree._Element]]
    phrase_hits: dict[str, list[PhraseHit]]
    mass: dict[etree._Element, int]
    total_mass: int
    protected: set[etree._Element]
    #: The long paragraphs of ``mass`` and their ancestors, as the page stood when scanned: the
    #: page only loses blocks after that (a removed one leaves an empty placeholder), so an
    #: element outside this set holds no long paragraph (:func:`mass_in` reads none).
    holders: set[etree._Element]
    #: The class/id matching of the page's rule set (:func:`~._attrs.attr_matcher`), looked up once.
    matcher: AttrMatcher
    #: The body's :data:`TEASER_HEADINGS` and ``<header>`` elements, in document order, met by
    #: the walk of :func:`_tag_scan` (the rules that read them skip those removed since).
    headings: list[etree._Element] = dataclasses.field(default_factory=list)
    headers: list[etree._Element] = dataclasses.field(default_factory=list)
    #: The text nodes opening with a prefix of any rule's vocabulary, and their lower-cased
    #: openings (:func:`~._text.prefixed_links`): one pass over the page for every such rule.
    prefixed: list[tuple[etree._ElementUnicodeResult, str]] | None = None


def analysis(state: State) -> Analysis:
    """The page analysis, computed on first use and shared by all rules."""
    found = state.scan.analysis
    if found is None:
        found = state.scan.analysis = _analyse(state)
    return found


def attributed(state: State) -> Attributed:
    """:func:`~decruft._parse.attributed_elements` of the page with the class/id hits of the rules
    that run: the lists collect() made when it knew them (elements removed since are detached,
    and :func:`removable` skips them), or a new walk after a site rule changed the page (or when
    collect ran without the rules' names)."""
    names = tuple(state.scan.rule_names)
    found = state.scan.attributed
    if found is None or found.names != names:
        found = state.scan.attributed = attributed_elements(state.root.find("body"), attr_matcher(names))
    return found


def _rule_names(state: State) -> list[str]:
    return list(state.scan.rule_names)


def _analyse(state: State) -> Analysis:
    names = _rule_names(state)
    attr_hits, role_hits, article_bodies = _attr_scan(state, names)
    headings: list[etree._Element] = []
    headers: list[etree._Element] = []
    tag_hits = _tag_scan(state, names, role_hits, headings, headers)
    nodes = _ALL_TEXT(state.root)
    state.scan.text_nodes = nodes
    phrase_hits = _phrase_scan(nodes, names)
    mass, anchor = _paragraph_mass(state)
    protected: set[etree._Element] = set()
    for el in (anchor, *article_bodies) if anchor is not None else article_bodies:
        protected.add(el)
        protected.update(el.iterancestors())
    protected.update(state.protected)
    holders = _holders(mass)
    total = sum(mass.values())
    matcher = attr_matcher(tuple(names))
    return Analysis(attr_hits, tag_hits, phrase_hits, mass, total, protected, holders, matcher, headings, headers)


def _attr_scan(
    state: State, names: list[str]
) -> tuple[dict[str, list[etree._Element]], list[tuple[str, etree._Element]], list[etree._Element]]:
    """The class/id hits per rule, filed by the walk of the elements that carry attributes
    (:func:`attributed`: the walk collect() made before the rules, whose elements stripped
    since then are no longer attached, and removable() skips them; or a new walk when a site
    rule has changed the page), the (rule, element) role hits, and the elements marked
    ``itemprop="articleBody"`` (read from the walk's list of ``itemprop`` elements)."""
    role_owner = _owners(tuple(names), "roles")
    role_hits: list[tuple[str, etree._Element]] = []
    found = attributed(state)
    for el in found.roles:
        owner = role_owner.get((el.get("role") or "").strip().lower())
        if owner is not None:
            role_hits.append((owner, el))
    return found.hits, role_hits, [el for el in found.itemprops if el.get("itemprop") == "articleBody"]


@functools.lru_cache(maxsize=64)
def _owners(names: tuple[str, ...], field: str) -> dict[str, str]:
    """Each tag (``field="tags"``) or ARIA role (``"roles"``) of the rules ``names``, and the first rule that names it."""
    owner: dict[str, str] = {}
    for v in map(vocabulary, names):
        for value in getattr(v, field):
            owner.setdefault(value, v.name)
    return owner


def _tag_scan(
    state: State,
    names: list[str],
    role_hits: list[tuple[str, etree._Element]],
    headings: list[etree._Element],
    headers: list[etree._Element],
) -> dict[str, list[etree._Element]]:
    """The elements whose tag belongs to a rule, then those whose role does, per rule; on the
    same walk, the ``headings`` (:data:`TEASER_HEADINGS`) and ``headers`` of the body, which
    two rules read (each ``iter`` walks the whole page in C, however few elements it yields)."""
    tag_owner = _owners(tuple(names), "tags")
    tag_hits: dict[str, list[etree._Element]] = {n: [] for n in names}
    body = state.root.find("body")
    if body is not None:
        for el in body.iter(*tag_owner, *TEASER_HEADINGS, "header"):
            tag = el.tag
            owner = tag_owner.get(tag)
            if owner is not None:
                tag_hits[owner].append(el)
            if tag == "header":
                headers.append(el)
            elif tag in _TEASER_SET:
                headings.append(el)
    for owner, el in role_hits:
        tag_hits[owner].append(el)
    return tag_hits


_TEASER_SET = frozenset(TEASER_HEADINGS)


def _phrase_scan(nodes: list[etree._ElementUnicodeResult], names: list[str]) -> dict[str, list[PhraseHit]]:
    """The short blocks of the page whose text is a rule's label or heading, per rule."""
    phrase_hits: dict[str, list[PhraseHit]] = {n: [] for n in names}
    matcher = phrase_matcher(tuple(names))
    for el, text in _short_blocks(nodes, matcher.first_words):
        norm, hit = matcher.read(text)
        if hit is not None:
            phrase_hits[hit[0]].append(PhraseHit(wrapper(el), norm, hit[1]))
    return phrase_hits


def _paragraph_mass(state: State) -> tuple[dict[etree._Element, int], etree._Element | None]:
    """The length of each long paragraph, and the anchor: the element holding the most of them."""
    mass: dict[etree._Element, int] = {}
    parent_mass: dict[etree._Element, int] = {}
    body = state.root.find("body")
    for count, p in enumerate(body.iter(*_P_TAGS) if body is not None else ()):
        if not count & 4095:
            state.check_time()
        # A paragraph without children is its own text (the serialiser's call costs more).
        n = len((inner_text(p) if len(p) else p.text or "").strip())
        if n >= LONG_PARAGRAPH:
            mass[p] = n
            parent = p.getparent()
            if parent is not None:
                parent_mass[parent] = parent_mass.get(parent, 0) + n
    if not parent_mass:
        return mass, None
    return mass, max(parent_mass, key=parent_mass.__getitem__)


def _holders(mass: dict[etree._Element, int]) -> set[etree._Element]:
    """The long paragraphs and every element above them: each paragraph's climb stops at the
    first element already in (all above it are)."""
    holders: set[etree._Element] = set()
    for p in mass:
        if p in holders:
            continue
        holders.add(p)
        for el in p.iterancestors():
            if el in holders:
                break
            holders.add(el)
    return holders


def mass_in(an: Analysis, el: etree._Element) -> int:
    """The article-like prose (characters in long paragraphs) inside ``el``; read only inside
    an element that held a long paragraph when the page was scanned (:attr:`Analysis.holders`:
    most blocks the rules ask about, a share bar or a menu, never did)."""
    if el not in an.holders:
        return 0
    return sum(map(an.mass.get, el.iter(*_P_TAGS), repeat(0)))


_PROSE_TAGS = ("p", "pre", "blockquote")


def _prose(an: Analysis, el: etree._Element) -> int:
    if el not in an.holders:
        return 0
    return sum(map(an.mass.get, el.iter(*_PROSE_TAGS), repeat(0)))

