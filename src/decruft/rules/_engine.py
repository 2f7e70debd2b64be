"""Shared machinery of the cruft rules: one analysis of the page, many rules.

The page is scanned once (class/id attributes, tags, roles, short text
blocks) and each hit is filed under the rule whose vocabulary it matched;
each rule then decides what to remove from its own hits. Two guards keep
the article safe: the *anchor* (the element holding most long paragraphs)
and its ancestors are never removed, and no rule removes a block holding
more than half of the page's paragraph text.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import ahocorasick
from lxml import etree

from .._parse import MEMO_KEY_CHARS, Attributed, attributed_elements, inner_text
from .._state import PLACEHOLDER_ATTR, PROSE_WORDS, VETO_MIN_PROSE, Prose, State
from ._vocab import Vocabulary, heading_match, normalize, vocabulary

#: Text nodes longer than this are never labels or headings.
SHORT_TEXT = 90
#: A heading phrase may be followed by at most this many words ("Most Read in News").
HEADING_EXTRA_WORDS = 4
#: Paragraphs at least this long count towards the article's "mass".
LONG_PARAGRAPH = 60
#: Sections found by climbing from a heading stay below this many characters.
MAX_SECTION_CHARS = 6000
#: Fraction of the page's paragraph mass no rule may remove in one block.
MAX_MASS_SHARE = 0.5

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# "/html/body/descendant::" rather than "//body//": lxml evaluates the latter through
# descendant-or-self::node() and is about twice as slow on a real page (``parse`` always
# gives the tree an ``<html>`` root with its ``<body>``, so both select the same nodes).
#: The body's text nodes that hold more than XPath whitespace. Whitespace-only nodes (the
#: indentation between tags, about two thirds of all) are never a label, sentence, prefix
#: or byline; leaving them out saves creating a Python string and parent proxy for each.
_ALL_TEXT = etree.XPath("/html/body/descendant::text()[normalize-space()]")
_P_TAGS = ("p", "pre", "td", "li", "blockquote")


def text_of(el: etree._Element) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join(inner_text(el).split())


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
    short_blocks: list[tuple[etree._Element, str]]
    mass: dict[etree._Element, int]
    total_mass: int
    protected: set[etree._Element]


def analysis(state: State) -> Analysis:
    """The page analysis, computed on first use and shared by all rules."""
    found = state.meta.get("_analysis")
    if found is None:
        found = state.meta["_analysis"] = _analyse(state)
    return found


def attributed(state: State) -> Attributed:
    """:func:`~decruft._parse.attributed_elements` of the page: the lists collect() made (elements
    removed since are detached, and :func:`removable` skips them), or a new walk after a site
    rule changed the page."""
    found = state.meta.get("_attributed")
    if found is None:
        found = state.meta["_attributed"] = attributed_elements(state.root.find("body"))
    return found  # type: ignore[no-any-return]


def _rule_names(state: State) -> list[str]:
    return list(state.meta.get("_rule_names", ()))


def _analyse(state: State) -> Analysis:
    root = state.root
    names = _rule_names(state)
    vocabs = [vocabulary(n) for n in names]
    attr_hits: dict[str, list[etree._Element]] = {n: [] for n in names}
    tag_hits: dict[str, list[etree._Element]] = {n: [] for n in names}
    phrase_hits: dict[str, list[PhraseHit]] = {n: [] for n in names}

    tag_owner: dict[str, str] = {}
    role_owner: dict[str, str] = {}
    for v in vocabs:
        for t in v.tags:
            tag_owner.setdefault(t, v.name)
        for r in v.roles:
            role_owner.setdefault(r, v.name)

    # One pass over the elements that carry a class, id, role, itemprop or rel: the list
    # collect() took before the rules (elements stripped since then are no longer attached,
    # and removable() skips them), or a new walk when a site rule has changed the page.
    key = tuple(names)
    memo = _attr_memo(key)
    role_hits: list[tuple[str, etree._Element]] = []
    article_bodies: list[etree._Element] = []
    found = attributed(state)
    for el, attrs in zip(found.marked, found.marked_names):
        cls = el.get("class") if "class" in attrs else None
        ident = el.get("id") if "id" in attrs else None
        if cls is not None or ident is not None:
            owner = memo.get((cls, ident), _MISSING)
            if owner is _MISSING:
                owner = _attr_owner(key, _attr_string(cls, ident))
                if len(cls or "") + len(ident or "") <= MEMO_KEY_CHARS:
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    memo[cls, ident] = owner
            if owner is not None:
                attr_hits[owner].append(el)
        if "role" in attrs:
            owner = role_owner.get((el.get("role") or "").strip().lower())
            if owner is not None:
                role_hits.append((owner, el))
        if "itemprop" in attrs and el.get("itemprop") == "articleBody":
            article_bodies.append(el)

    body = root.find("body")
    if body is not None and tag_owner:
        for el in body.iter(*tag_owner):
            tag_hits[tag_owner[el.tag]].append(el)
    for owner, el in role_hits:
        tag_hits[owner].append(el)

    matcher = phrase_matcher(tuple(names))
    nodes = _ALL_TEXT(root)
    state.meta["_text_nodes"] = nodes
    short_blocks = list(_short_blocks(nodes, matcher.first_words))
    for el, norm in short_blocks:
        found = matcher.classify(norm)
        if found is not None:
            phrase_hits[found[0]].append(PhraseHit(el, norm, found[1]))

    mass: dict[etree._Element, int] = {}
    parent_mass: dict[etree._Element, int] = {}
    for count, p in enumerate(body.iter(*_P_TAGS) if body is not None else ()):
        if not count & 4095:
            state.check_time()
        n = len(inner_text(p).strip())
        if n >= LONG_PARAGRAPH:
            mass[p] = n
            parent = p.getparent()
            if parent is not None:
                parent_mass[parent] = parent_mass.get(parent, 0) + n
    protected: set[etree._Element] = set()
    if parent_mass:
        anchor = max(parent_mass, key=parent_mass.__getitem__)
        protected.add(anchor)
        protected.update(anchor.iterancestors())
    for el in article_bodies:
        protected.add(el)
        protected.update(el.iterancestors())
    protected.update(state.protected)
    return Analysis(attr_hits, tag_hits, phrase_hits, short_blocks, mass, sum(mass.values()), protected)


_MISSING = object()
#: Class strings remembered per rule set; the memo is emptied when it reaches this size.
_MEMO_LIMIT = 200_000


@functools.lru_cache(maxsize=64)
def _attr_memo(names: tuple[str, ...]) -> dict[tuple[str | None, str | None], Any]:
    """(class, id) -> owning rule (or None), for one rule set. Class strings repeat across
    a site's pages; a plain dict lookup is much cheaper than a regex search."""
    return {}


def _attr_string(cls: str | None, ident: str | None) -> str:
    """The class and id matched as one string; an id that is a slug is left out."""
    if ident is not None and (ident.count("-") >= 3 or ident.count("_") >= 3):
        ident = None  # a slug of a heading ("sharing-with-a-single-developer"), not a widget name
    return f"{cls} {ident}" if cls is not None and ident is not None else (cls or ident or "")


def _attr_owner(names: tuple[str, ...], attrs: str) -> str | None:
    """The rule whose class/id patterns match ``attrs``.

    No pattern reaches across whitespace, so the class names are matched one by one and
    each one's matches are remembered: "container", "row" or "article-body" recur on every
    site, and one big alternation tried at each position of every new class string was the
    costliest regex work of a page.
    """
    attr_re, vocabs, by_token = _attr_matcher(names)
    if attr_re is None:
        return None
    attrs = attrs.lower()
    for token in attrs.split() if by_token is not None else (attrs,):
        hits = by_token.get(token) if by_token is not None else None
        if hits is None:
            hits = tuple(int(m.lastgroup[1:]) for m in attr_re.finditer(token))  # type: ignore[index]
            if by_token is not None and len(token) <= MEMO_KEY_CHARS:
                if len(by_token) >= _MEMO_LIMIT:
                    by_token.clear()
                by_token[token] = hits
        for i in hits:
            v = vocabs[i]
            if v.exclude is None or not v.exclude.search(attrs):
                return v.name
    return None


#: A pattern fragment that could match whitespace: class names can then not be matched one by one.
_SPANS_SPACE = re.compile(r"\\[sSW]|\.|\[\^|\s")


@functools.lru_cache(maxsize=64)
def _attr_matcher(
    names: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, list[Vocabulary], dict[str, tuple[int, ...]] | None]:
    """One regex for all rules' class/id patterns (the named group tells the rule), and the
    memo of its matches per class name (``None`` when a pattern could span whitespace)."""
    vocabs = [vocabulary(n) for n in names]
    parts = [f"(?P<g{i}>{v.attr_source})" for i, v in enumerate(vocabs) if v.attr_source]
    if not parts:
        return None, vocabs, None
    by_token = None if any(_SPANS_SPACE.search(v.attr_source) for v in vocabs) else {}
    return re.compile(rf"(?:^|(?<=[\s\-_\d]))(?:{'|'.join(parts)})(?=$|[\s\-_\d])"), vocabs, by_token


@dataclasses.dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """All rules' headings, labels and counts, compiled once for a rule set."""

    names: tuple[str, ...]
    heading_re: re.Pattern[str] | None
    labels: dict[str, str]
    counts: tuple[tuple[str, re.Pattern[str]], ...]
    first_words: frozenset[str]
    #: classify()'s answers: short texts ("Share", "Read more", "3 comments") recur on every page.
    memo: dict[str, tuple[str, str] | None] = dataclasses.field(default_factory=dict)

    def classify(self, norm: str) -> tuple[str, str] | None:
        """``(rule, "heading" | "label")`` for a normalised short text, or ``None``."""
        found = self.memo.get(norm, _MISSING)
        if found is _MISSING:
            found = self._classify(norm)
            if len(norm) <= MEMO_KEY_CHARS:
                if len(self.memo) >= _MEMO_LIMIT:
                    self.memo.clear()
                self.memo[norm] = found
        return found  # type: ignore[return-value]

    def _classify(self, norm: str) -> tuple[str, str] | None:
        m = self.heading_re.match(norm) if self.heading_re is not None else None
        if m is not None and m.lastgroup and heading_match(norm, m.group(0), HEADING_EXTRA_WORDS):
            return self.names[int(m.lastgroup[1:])], "heading"
        owner = self.labels.get(norm)
        if owner is not None:
            return owner, "label"
        for name, pattern in self.counts:
            if pattern.match(norm):
                return name, "label"
        return None


@functools.lru_cache(maxsize=64)
def phrase_matcher(names: tuple[str, ...]) -> PhraseMatcher:
    vocabs = [vocabulary(n) for n in names]
    labels: dict[str, str] = {}
    for v in vocabs:
        for label in v.labels:
            labels.setdefault(label, v.name)
    counts = tuple((v.name, v.counts) for v in vocabs if v.counts is not None)
    return PhraseMatcher(names, _build_heading_regex(vocabs), labels, counts, _first_words(vocabs))




def _build_heading_regex(vocabs: list[Vocabulary]) -> re.Pattern[str] | None:
    parts = []
    for i, v in enumerate(vocabs):
        if v.headings:
            alts = "|".join(re.escape(h) for h in sorted(v.headings, key=len, reverse=True))
            parts.append(f"(?P<g{i}>{alts})")
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})(?![\w'])")


#: Table cells hold data: a "Share" column header is not a share button.
_CELL_TAGS = frozenset({"td", "th", "caption"})
_FIRST_WORD = re.compile(r"[^\W\d_][\w']*|\d")


def _first_word(text: str) -> str:
    low = text.lower()
    # Most texts open with a plain word: the regex would match exactly that first chunk.
    chunk = low.split(None, 1)
    if chunk and chunk[0].isalpha():
        return chunk[0]
    m = _FIRST_WORD.search(low)
    return "" if m is None else m.group(0)


def _first_words(vocabs: list[Vocabulary]) -> frozenset[str]:
    """First words of every label and heading: a cheap filter before the full match."""
    words = {"0"}  # any digit: comment counts, reading times
    for v in vocabs:
        for phrase in (*v.labels, *v.headings):
            words.add(_first_word(phrase))
        if v.counts is not None:
            words.update(re.findall(r"(?<![\\\w])[a-zà-ÿ]{3,}", v.counts.pattern))
    return frozenset(words)


def _short_blocks(
    nodes: list[etree._ElementUnicodeResult], first_words: frozenset[str]
) -> Iterator[tuple[etree._Element, str]]:
    """Elements whose whole text is short and may be a label or heading, with that text normalised.

    Found from short text nodes whose first word opens some phrase, climbing
    through wrappers that add no text, so ``<li><span>Updated</span></li>``
    yields the ``li``.
    """
    seen: set[etree._Element] = set()
    for node in nodes:
        if len(node) > SHORT_TEXT * 3 or node.isspace():
            continue
        word = _first_word(node[:40])
        if not word or (word not in first_words and not word.isdigit()):
            continue
        owner = node.getparent()
        if node.is_tail and owner is not None:
            owner = owner.getparent()
        if owner is None or owner in seen or owner.tag in _CELL_TAGS:
            continue
        seen.add(owner)
        if has_children(owner):
            text = text_of(owner)
        else:
            text = " ".join(node.split())
        if len(text) > SHORT_TEXT:
            continue
        el = owner
        while True:
            parent = el.getparent()
            if (
                parent is None
                or el.getprevious() is not None
                or el.getnext() is not None
                or parent.tag in ("body", "html")
                or (parent.text and not parent.text.isspace())
                or (el.tail and not el.tail.isspace())
            ):
                break
            el = parent
            seen.add(el)
        yield el, normalize(text)


def has_children(el: etree._Element) -> bool:
    """O(1), unlike ``len(el)``, which counts every child."""
    for _ in el:
        return True
    return False


def is_attached(el: etree._Element, root: etree._Element) -> bool:
    top = el
    for top in el.iterancestors():
        pass
    return top is root


def removable(state: State, an: Analysis, el: etree._Element, *, max_share: float = MAX_MASS_SHARE) -> bool:
    """May a rule remove ``el``? Never the article's anchor, its ancestors, or most of its text.

    ``max_share`` above 0.5 is for certain evidence (an element styled invisible):
    it lifts the anchor guard and allows removing up to that share of the text.
    """
    if el.tag in ("html", "body", "head") or PLACEHOLDER_ATTR in el.attrib:
        return False
    if el in an.protected and max_share <= MAX_MASS_SHARE:
        return False
    if not is_attached(el, state.root):
        return False
    if an.total_mass:
        inside = mass_in(an, el)
        if inside > max_share * an.total_mass:
            return False
    return True


#: Article-like prose (characters in long paragraphs) a widget matched by class name may hold.
WIDGET_PROSE = 400


def remove_all(
    state: State,
    rule: str,
    elements: Iterable[etree._Element],
    *,
    max_prose: int | None = None,
    max_share: float = MAX_MASS_SHARE,
    landmark: bool | Callable[[etree._Element], bool] = False,
) -> None:
    """Remove each element the guards allow; ``max_prose`` spares blocks holding more prose.
    ``landmark`` (or ``landmark(el)``): the element's own markup says it is what the rule
    removes, which the article veto trusts (:meth:`~decruft._state.State.remove`)."""
    an = analysis(state)
    for el in elements:
        # The guards first: they reject blocks inside ones already removed before reading any text.
        if not removable(state, an, el, max_share=max_share):
            continue
        if max_prose is None or _prose(an, el) <= max_prose:
            state.remove(el, rule, landmark=landmark(el) if callable(landmark) else landmark)


def id_names(state: State, el: etree._Element, rule: str) -> bool:
    """Does the element's id alone match ``rule``'s class/id patterns (``id="comments"``,
    ``id="sidebar"``)? Such an id is a landmark of the page (see :meth:`State.remove`)."""
    ident = el.get("id")
    if not ident:
        return False
    return _attr_owner(tuple(_rule_names(state)), _attr_string(None, ident)) == rule


def remove_attr_hits(state: State, rule: str, *, max_prose: int | None = WIDGET_PROSE) -> None:
    """Remove the elements whose class/id matched ``rule``'s patterns (sparing prose-rich blocks)."""
    hits = analysis(state).attr_hits.get(rule, ())
    remove_all(state, rule, hits, max_prose=max_prose, landmark=lambda el: id_names(state, el, rule))


def remove_tag_hits(state: State, rule: str) -> None:
    """Remove the elements whose tag or ARIA role belongs to ``rule``."""
    remove_all(state, rule, analysis(state).tag_hits.get(rule, ()))


def remove_labels(state: State, rule: str) -> None:
    """Remove blocks whose whole text is one of ``rule``'s labels."""
    remove_all(state, rule, (h.el for h in analysis(state).phrase_hits.get(rule, ()) if h.kind == "label"))


def remove_headed_sections(
    state: State, rule: str, *, prose_allowed: bool = False, tags: frozenset[str] | None = None
) -> None:
    """Remove each section headed by one of ``rule``'s heading phrases (only those in elements
    of ``tags`` when given)."""
    an = analysis(state)
    for hit in an.phrase_hits.get(rule, ()):
        if hit.kind != "heading" or (tags is not None and hit.el.tag not in tags) or not removable(state, an, hit.el):
            continue
        for el in section_of(state, an, hit.el, prose_allowed=prose_allowed):
            if removable(state, an, el):
                state.remove(el, rule)


#: A teaser list has at least this many items...
TEASER_ITEMS = 4
#: ...each holding one linked headline and at most this much text.
TEASER_ITEM_CHARS = 600
_TEASER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def teaser_lists(state: State) -> list[etree._Element]:
    """Lists of story teasers: a linked headline and a short summary, repeated.

    Each heading whose text is a link is taken up to its *item*: the largest
    ancestor holding only that one linked headline and at most
    ``TEASER_ITEM_CHARS`` of text. A parent with ``TEASER_ITEMS`` or more such
    items is a teaser list ("more stories" feeds under an article), whatever its
    class names or heading say.
    """
    body = state.root.find("body")
    if body is None:
        return []
    linked: list[etree._Element] = []
    for h in body.iter(*_TEASER_HEADINGS):
        text = text_of(h)
        if len(text) < 15:
            continue
        link = next((a for a in h.iter("a") if a.get("href")), None)
        if link is not None and len(text_of(link)) >= 0.8 * len(text):
            linked.append(h)
    if len(linked) < TEASER_ITEMS:
        return []
    headline_set = set(linked)
    items: dict[etree._Element, set[etree._Element]] = {}
    # Headlines share their ancestors: each ancestor's verdict (small enough, one headline)
    # is computed once, not once per headline below it.
    fits: dict[etree._Element, bool] = {}
    for h in linked:
        item = None
        for ancestor in h.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            ok = fits.get(ancestor)
            if ok is None:
                ok = fits[ancestor] = len(text_of(ancestor)) <= TEASER_ITEM_CHARS and (
                    sum(1 for x in ancestor.iter(*_TEASER_HEADINGS) if x in headline_set) <= 1
                )
            if not ok:
                break
            item = ancestor
        if item is not None and item.getparent() is not None:
            items.setdefault(item.getparent(), set()).add(item)
    return [parent for parent, found in items.items() if len(found) >= TEASER_ITEMS]


#: Prose (characters in long paragraphs) that must remain outside a block removed on
#: structural evidence (slide counters, teaser items) that may outweigh the article.
MIN_ARTICLE_LEFT = 500


def remove_outweighing(state: State, rule: str, elements: Iterable[etree._Element]) -> None:
    """Remove blocks found by their shape even when their text outweighs the article's
    (a 50-slide gallery, a 20-story feed), as long as an article remains outside them.
    When the page's densest prose block (the veto's anchor) is one item of the block, a
    slide among like slides (:func:`_item_anchor`), the block is a list of items, not the
    article: the removal passes the article veto as a ``landmark``."""
    an = analysis(state)
    for el in elements:
        inside = mass_in(an, el)
        if an.total_mass - inside >= max(MIN_ARTICLE_LEFT, an.total_mass * 0.1):
            remove_all(state, rule, [el], max_share=0.99, landmark=_item_anchor(state, el))


#: The anchor is a list of items, or one item of one, when more than this many like items hold prose.
LIKE_ITEMS = 2


def _item_anchor(state: State, el: etree._Element) -> bool:
    """Is the page's densest prose block inside ``el`` a list of like items, or one of several
    like items (same tag and class, each holding prose), such as a slide show's slides?"""
    prose = state.page_prose()
    anchor = prose.anchor if prose is not None else None
    if anchor is None or el not in prose.chain:
        return False
    if _like_items(prose, list(anchor)) > LIKE_ITEMS:  # the anchor is the list ("<li>" items)
        return True
    parent = anchor.getparent()
    return anchor is not el and parent is not None and _like_items(prose, list(parent), anchor) > LIKE_ITEMS


def _like_items(prose: Prose, items: list[etree._Element], like: etree._Element | None = None) -> int:
    """How many of ``items`` share the tag and class of ``like`` (else of the commonest such
    pair) and hold prose of their own."""
    counts: dict[tuple[str, str | None], int] = {}
    for item in items:
        if isinstance(item.tag, str) and prose.mass.get(item, 0) >= PROSE_WORDS * 10:
            key = (item.tag, item.get("class"))
            counts[key] = counts.get(key, 0) + 1
    if like is not None:
        return counts.get((like.tag, like.get("class")), 0)
    return max(counts.values(), default=0)


def mass_in(an: Analysis, el: etree._Element) -> int:
    """The article-like prose (characters in long paragraphs) inside ``el``."""
    return sum(an.mass.get(p, 0) for p in el.iter(*_P_TAGS))


_PROSE_TAGS = ("p", "pre", "blockquote")


def _prose(an: Analysis, el: etree._Element) -> int:
    return sum(an.mass.get(p, 0) for p in el.iter(*_PROSE_TAGS))


def _heading_rank(el: etree._Element) -> int:
    if el.tag in HEADING_TAGS:
        return int(el.tag[1])
    return 7


#: A heading's section never grows into an element holding more than this share of the page's
#: prose before the heading (the text that a "Read more at ..." label closes is not its section).
SECTION_PROSE_SHARE = 0.3


def _prose_before(prose: Prose, parent: etree._Element, cur: etree._Element) -> int:
    """The prose in ``parent`` that is not in ``cur`` or after it (loose text counted as well)."""
    after = prose.mass.get(cur, 0) + sum(prose.mass.get(sib, 0) for sib in cur.itersiblings())
    return prose.mass.get(parent, 0) - after


def section_of(
    state: State, an: Analysis, block: etree._Element, *, prose_allowed: bool = False
) -> list[etree._Element]:
    """The elements making up the section that ``block`` heads.

    Climb from the heading to the largest ancestor that holds no other
    heading, no article prose, not the page's densest prose block (the
    :class:`~decruft._state.Prose` anchor: a post written as loose text and
    ``<br>`` that a "Related:" label closes), no more than SECTION_PROSE_SHARE
    of the page's prose before the heading, and no more than
    :data:`MAX_SECTION_CHARS`; if
    the heading's own parent is already too big, take the heading and its
    following siblings up to the next heading of the same rank.
    """
    cur = block
    prose = None if prose_allowed else state.page_prose()
    while True:
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in an.protected:
            break
        if prose is not None and prose.total >= VETO_MIN_PROSE and (
            parent in prose.chain or _prose_before(prose, parent, cur) > SECTION_PROSE_SHARE * prose.total
        ):
            break
        # parent holds more headings / prose than cur iff parent itself or a sibling of cur
        # does: only the siblings are read, not cur's subtree again at every step.
        siblings = [sib for sib in parent if sib is not cur]
        if parent.tag in HEADING_TAGS or any(next(sib.iter(*HEADING_TAGS), None) is not None for sib in siblings):
            break
        if not prose_allowed and (an.mass.get(parent, 0) and parent.tag in _PROSE_TAGS or any(_prose(an, sib) for sib in siblings)):
            break
        if len(text_of(parent)) > (MAX_SECTION_CHARS * (4 if prose_allowed else 1)):
            break
        cur = parent
    if cur is not block:
        return [cur]
    run = [block]
    rank = _heading_rank(block)
    for sib in block.itersiblings():
        if sib.tag in HEADING_TAGS and _heading_rank(sib) <= rank:
            break
        if sib.tag == block.tag and rank == 7:
            break
        if not prose_allowed and _prose(an, sib):
            break
        run.append(sib)
    return run




def remove_sentence_blocks(state: State, rule: str, *, max_chars: int = 1500) -> None:
    """Remove short blocks containing one of ``rule``'s sentences (consent banners, newsletter boxes)."""
    vocab = vocabulary(rule)
    if not vocab.sentences:
        return
    an = analysis(state)
    nodes = state.meta["_text_nodes"]
    for index in _sentence_hits(state).get(rule, ()):
        node = nodes[index]
        if len(node) < 15 or len(node) > max_chars:
            continue
        el = node.getparent()
        if el is None:
            continue
        if node.is_tail:
            el = el.getparent()
        if el is None or not is_attached(el, state.root):
            continue
        if el in an.mass and el.getparent() in an.protected:
            continue  # a paragraph of the article that merely mentions cookies
        target = _banner_of(an, el, max_chars)
        if target is not None and removable(state, an, target):
            state.remove(target, rule)


def _sentence_hits(state: State) -> dict[str, list[int]]:
    """Indices of the text nodes holding each rule's sentences: one Aho-Corasick pass over the page."""
    hits = state.meta.get("_sentence_hits")
    if hits is None:
        nodes = state.meta["_text_nodes"]
        joined = "\n".join(nodes).lower()
        starts = list(itertools.accumulate((len(n) + 1 for n in nodes), initial=0))
        if len(joined) != starts[-1] - 1:  # lower() lengthened a character ("İ"): offsets per node
            starts = list(itertools.accumulate((len(n.lower()) + 1 for n in nodes), initial=0))
        found: dict[str, set[int]] = {}
        automaton = sentence_automaton(tuple(_rule_names(state)))
        if automaton is not None:
            for end, owners in automaton.iter(joined):
                index = bisect.bisect_right(starts, end) - 1
                for owner in owners:
                    found.setdefault(owner, set()).add(index)
        hits = state.meta["_sentence_hits"] = {rule: sorted(ix) for rule, ix in found.items()}
    return hits


@functools.lru_cache(maxsize=64)
def sentence_automaton(names: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton of every rule's sentences, mapping each to the rules that own it."""
    owners: dict[str, list[str]] = {}
    for name in names:
        for sentence in vocabulary(name).sentences:
            owners.setdefault(sentence, []).append(name)
    if not owners:
        return None
    automaton = ahocorasick.Automaton()
    for sentence, rules in owners.items():
        automaton.add_word(sentence, tuple(rules))
    automaton.make_automaton()
    return automaton


def _banner_of(an: Analysis, el: etree._Element, max_chars: int) -> etree._Element | None:
    """The banner around a matching sentence: climb while the block stays short and prose-free."""
    if len(text_of(el)) > max_chars:
        return None
    cur = el
    while True:
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in an.protected:
            break
        if _prose(an, parent) > _prose(an, cur) or len(text_of(parent)) > max_chars:
            break
        cur = parent
    return cur


# "/descendant::body/descendant::header" selects what "//body//header" does (every <body>, as
# "//body" reads a second <html> beside the first too) without libxml2 collecting the children of
# every node on the way (its descendant-or-self::node() step), about a fifth faster.
_PAGE_HEADERS = etree.XPath("/descendant::body/descendant::header[not(ancestor::article) and not(ancestor::main)]")


def remove_page_headers(state: State, rule: str) -> None:
    """Remove page-level ``<header>`` elements (site banner, logo, menu), not article headers."""
    remove_all(state, rule, _PAGE_HEADERS(state.root))


#: Characters of a teaser line that are not its link: the prefix itself ("Lesen Sie hier einen weiteren Artikel:").
_PREFIX_ALLOWANCE = 40
_BLOCK_TAGS = frozenset({"p", "li", "div", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "section"})


def remove_prefixed_links(state: State, rule: str, *, max_chars: int = 300) -> None:
    """Remove short linked blocks starting with one of ``rule``'s prefixes ("Read more: ...")."""
    prefixes = vocabulary(rule).prefixes
    if not prefixes:
        return
    an = analysis(state)
    for node in state.meta["_text_nodes"]:
        if not node[:40].lstrip().lower().startswith(prefixes):
            continue
        el = node.getparent()
        if el is None:
            continue
        if node.is_tail:
            el = el.getparent()
        while el is not None and el.tag not in _BLOCK_TAGS:
            el = el.getparent()
        if el is None or el.find(".//a") is None and el.tag != "a":
            continue
        text = text_of(el)
        if len(text) > max_chars or not normalize(text).startswith(prefixes):
            continue
        # A teaser line is mostly its link ("Lesen Sie auch: <a>headline</a>"); a sentence that
        # happens to open with "Auch auf ..." and holds a link is the article's.
        linked = sum(len(text_of(a)) for a in ([el] if el.tag == "a" else el.iter("a")))
        if linked * 2 < len(text) - _PREFIX_ALLOWANCE:
            continue
        if removable(state, an, el):
            state.remove(el, rule)
