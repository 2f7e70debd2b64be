"""Cruft found by its text: consent and sign-up sentences, "Read more:" teaser lines, page headers."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from lxml import etree

from .._data import toml
from .._ruler import Match
from .._state import State
from .._textnode import text_owner
from ._find import Analysis, _prose, _rule_names, analysis
from ._guards import is_attached
from ._hits import _INLINE, matches
from ._match import sentence_automaton, text_of
from ._vocab import normalize, vocabulary


def sentence_blocks(state: State, rule: str, *, max_chars: int = 1500, post_closers: bool = False) -> Iterator[Match]:
    """Short blocks containing one of ``rule``'s sentences (consent banners, newsletter boxes).
    ``post_closers``: the sentences may close a post ("This entry was posted in ..."), so the
    block found never climbs into a headed post around them (:func:`_headed_post`)."""
    vocab = vocabulary(rule)
    if not vocab.sentences:
        return
    an = analysis(state)
    nodes = state.scan.text_nodes or []
    for index in _sentence_hits(state).get(rule, ()):
        node = nodes[index]
        if len(node) < _MIN_CALL or len(node) > max_chars:
            continue
        el = text_owner(node)
        if el is None or not is_attached(el, state.root):
            continue
        if _in_article(an, el):
            continue  # a paragraph of the article that merely mentions cookies
        if _passing_mention(an, el, vocab.sentences):
            continue
        target = _banner_of(an, el, max_chars, post_closers)
        if target is not None:
            yield Match(target, "sentence")


#: A text node shorter than this holds no call a block is removed for.
_MIN_CALL = 15
#: Text nodes this long are read by :func:`_sentence_hits` only outside the article's paragraphs.
_LONG_NODE = 100


def _in_article(an: Analysis, el: etree._Element) -> bool:
    """Is ``el`` a long paragraph right under the article's anchor or body?"""
    return el in an.mass and el.getparent() in an.protected


def _article_paragraph(an: Analysis, node: etree._ElementUnicodeResult) -> bool:
    """Is the text node ``node`` the text of a paragraph of the article (:func:`_in_article`)?"""
    el = text_owner(node)
    return el is not None and _in_article(an, el)


#: Where a paragraph's sentences part: after ".", "!", "?" or "…" (and a closing quote or bracket).
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+")


def _passing_mention(an: Analysis, el: etree._Element, phrases: tuple[str, ...]) -> bool:
    """Is the sentence in ``el`` a passing mention in the article's run of prose: the lesser
    part of a long paragraph that has long paragraphs before and after it? A sign-up box,
    consent banner or disclosure is mostly its own call ("Enter your email address:") and
    stands apart or closes the run; the article may tell of its newsletter or of cookies
    between two of its paragraphs, in a sentence among others."""
    para = el
    while para.tag in _INLINE and (parent := para.getparent()) is not None:
        para = parent
    if para not in an.mass or not _prose_beside(an, para):
        return False
    text = text_of(para)
    calls = sum(len(s) for s in _SENTENCE_END.split(text) if any(p in s.lower() for p in phrases))
    return calls * 2 < len(text)


def _prose_beside(an: Analysis, para: etree._Element) -> bool:
    """Has ``para`` a long paragraph among its siblings both before and after it?"""
    return any(s in an.mass for s in para.itersiblings(preceding=True)) and any(
        s in an.mass for s in para.itersiblings()
    )


def _sentence_hits(state: State) -> dict[str, list[int]]:
    """Indices of the text nodes holding each rule's sentences: one Aho-Corasick pass over the page."""
    hits = state.scan.sentence_hits
    if hits is None:
        nodes = state.scan.text_nodes or []
        an = analysis(state)
        # Only the nodes :func:`sentence_blocks` may take: not one shorter than a call, nor
        # a long paragraph of the article's (a quarter of the text the automaton would read).
        kept = [
            i for i, node in enumerate(nodes)
            if len(node) >= _MIN_CALL and (len(node) < _LONG_NODE or not _article_paragraph(an, node))
        ]  # fmt: skip
        texts = [nodes[i] for i in kept]
        joined = "\n".join(texts).lower()
        starts = _starts(map(len, texts))
        if len(joined) != starts[-1] - 1:  # lower() lengthened a character ("İ"): offsets per node
            starts = _starts(len(n.lower()) for n in texts)
        found: dict[str, set[int]] = {}
        automaton = sentence_automaton(tuple(_rule_names(state)))
        if automaton is not None:
            for end, owners in automaton.iter(joined):
                index = kept[bisect.bisect_right(starts, end) - 1]
                for owner in owners:
                    found.setdefault(owner, set()).add(index)
        hits = state.scan.sentence_hits = {rule: sorted(ix) for rule, ix in found.items()}
    return hits


def _starts(sizes: Iterable[int]) -> list[int]:
    """Where each of the texts of ``sizes`` characters starts in them joined by one character,
    and (last) the joined length plus one."""
    return list(itertools.accumulate(map((1).__add__, sizes), initial=0))


def _banner_of(an: Analysis, el: etree._Element, max_chars: int, post_closers: bool = False) -> etree._Element | None:
    """The banner around a matching sentence: climb while the block stays short and prose-free."""
    cur, cur_len = el, len(text_of(el))
    if cur_len > max_chars:
        return None
    while True:
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in an.protected:
            break
        if _prose(an, parent) > _prose(an, cur):
            break
        parent_len = len(text_of(parent))
        if parent_len > max_chars or (post_closers and _headed_post(parent, cur, parent_len, cur_len)):
            break
        cur, cur_len = parent, parent_len
    return cur


#: Headings that title a post; a banner's own heading is usually smaller, and its sentence its main text.
_POST_HEADINGS = ("h1", "h2", "h3")


def _headed_post(parent: etree._Element, cur: etree._Element, parent_len: int, cur_len: int) -> bool:
    """Is ``parent`` a post that ``cur`` merely closes: a short post without long paragraphs (a
    photo post, a one-line link) under its own heading, whose text lies mostly outside ``cur``
    ("This entry was posted in ...", "RSS feed for comments on this post" at its end)? A banner
    around a sentence is mostly that sentence; the climb stops below such a post. (Not for
    sign-up boxes and consent banners: their own heading is most of their text beside the call.)
    ``parent_len``, ``cur_len``: their texts' lengths, which the climb has measured."""
    heading = next(parent.iter(*_POST_HEADINGS), None)
    if heading is None or heading is cur or any(a is cur for a in heading.iterancestors()):
        return False
    return parent_len > 2 * cur_len


def page_headers(state: State) -> Iterator[Match]:
    """Page-level ``<header>`` elements (site banner, logo, menu), not article headers: the body's
    ``<header>`` elements the analysis met, still on the page, outside any ``<article>`` or ``<main>``."""
    headers = [
        h for h in analysis(state).headers
        if is_attached(h, state.root) and next(h.iterancestors("article", "main"), None) is None
    ]  # fmt: skip
    return matches(headers, "page header")


#: Characters of a teaser line that are not its link: the prefix itself ("Lesen Sie hier einen weiteren Artikel:").
_PREFIX_ALLOWANCE = 40
_BLOCK_TAGS = frozenset({"p", "li", "div", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "section"})
#: The inline elements a line's label may stand in, apart from its links ("<b>Read more:</b> <a>...</a>").
_LABEL_TAGS = frozenset({"strong", "b", "span"})


def prefixed_links(state: State, rule: str, *, max_chars: int = 300) -> Iterator[Match]:
    """Short linked blocks starting with one of ``rule``'s prefixes ("Read more: ...")."""
    prefixes = vocabulary(rule).prefixes
    if not prefixes:
        return
    for node, head in _prefixed(state, rule, prefixes):
        if not head.startswith(prefixes):
            continue
        el = _linked_line(node)
        if el is None:
            continue
        text = text_of(el)
        if len(text) > max_chars or not normalize(text).startswith(prefixes):
            continue
        # A teaser line is mostly its link ("Lesen Sie auch: <a>headline</a>"); a sentence that
        # happens to open with "Auch auf ..." and holds a link is the article's.
        linked = sum(len(text_of(a)) for a in ([el] if el.tag == "a" else el.iter("a")))
        if linked * 2 < len(text) - _PREFIX_ALLOWANCE:
            continue
        yield Match(el, "prefix")


def _linked_line(node: etree._ElementUnicodeResult) -> etree._Element | None:
    """The block of :data:`_BLOCK_TAGS` whose line the text ``node`` opens, when it holds a
    link (or is one): the nearest such ancestor, or, for a label set apart in an inline
    element without a link ("<span>Posted in</span> <a>Travel</a>"), that element's parent."""
    el = text_owner(node)
    while el is not None and el.tag not in _BLOCK_TAGS:
        el = el.getparent()
    if el is not None and el.tag in _LABEL_TAGS and el.find(".//a") is None:
        el = el.getparent()
    if el is None or el.tag not in _BLOCK_TAGS or el.find(".//a") is None and el.tag != "a":
        return None
    return el


def _prefixed(state: State, rule: str, prefixes: tuple[str, ...]) -> list[tuple[etree._ElementUnicodeResult, str]]:
    """The page's text nodes that open with a prefix of any of its rules' vocabularies
    (:func:`_prefixed_nodes`), found once for all of them and kept in the analysis; those
    opening with one of ``prefixes`` when ``rule`` is none of the page's rules."""
    an = analysis(state)  # the page's scan, which keeps its text nodes
    names = tuple(_rule_names(state))
    if rule not in names:
        return list(_prefixed_nodes(state.scan.text_nodes or [], prefixes))
    if an.prefixed is None:
        an.prefixed = list(_prefixed_nodes(state.scan.text_nodes or [], _every_prefix(names)))
    return an.prefixed


@functools.lru_cache(maxsize=64)
def _every_prefix(names: tuple[str, ...]) -> tuple[str, ...]:
    """The prefixes of the vocabularies of the rules ``names``, in one tuple."""
    return tuple(dict.fromkeys(p for name in names for p in vocabulary(name).prefixes))


def _prefixed_nodes(
    nodes: list[etree._ElementUnicodeResult], prefixes: tuple[str, ...]
) -> Iterator[tuple[etree._ElementUnicodeResult, str]]:
    """The text nodes whose opening (past whitespace, lower-cased) is one of ``prefixes``, with
    that opening (their first 40 characters)."""
    size, openings = _prefix_openings(prefixes)
    for node in nodes:
        head = node[:40].lstrip().lower()
        if head[:size] in openings and head.startswith(prefixes):
            yield node, head


@functools.lru_cache(maxsize=64)
def _prefix_openings(prefixes: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """The length of the shortest of ``prefixes`` and their openings of that length: a text whose
    opening is not one of them starts with none of the prefixes (one set lookup per text node
    instead of a comparison with every prefix)."""
    size = min(map(len, prefixes))
    return size, frozenset(p[:size] for p in prefixes)


#: A line of arrowed links (:func:`arrow_links`) has at most this many characters...
ARROW_LINE_CHARS = 300
#: ...and at least this share of them, marks and separators left out, in its links.
ARROW_LINKED_SHARE = 0.7


@functools.cache
def _arrows(rule: str) -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """``rule``'s opening and closing arrow marks (``arrows_open``, ``arrows_close`` in
    patterns.toml), a pattern finding their first characters (most pages hold none), and one
    finding the filler of such a line: whitespace, the marks' characters and the separators
    between its links (``arrow_separators``), left out when its link text is measured."""
    table = toml("patterns.toml").get(rule, {})
    opening, closing = tuple(table.get("arrows_open", ())), tuple(table.get("arrows_close", ()))
    firsts = "".join(sorted({mark[0] for mark in opening + closing}))
    filler = "".join(sorted({c for mark in opening + closing for c in mark} | set(table.get("arrow_separators", ()))))
    # A class of the marks' first characters: the regex engine scans for one of a set fast.
    return (
        opening,
        closing,
        re.compile(f"[{re.escape(firsts)}]" if firsts else "(?!)"),
        re.compile(rf"[\s{re.escape(filler)}]+"),
    )


def arrow_links(state: State, rule: str) -> Iterator[Match]:
    """Short lines of two links or more that open or close with an arrow mark ("« Older post |
    Main | Newer post »"): a blog's links to the posts before and after this one. The line's
    whole text opens or closes with the mark, and ARROW_LINKED_SHARE of it (marks and
    separators left out) is link text. One link and a mark ("Read the full report on the
    agency's site »", "« Back to the blog") is a pointer of the article's or a lone control;
    a quotation in guillemets links nothing."""
    opening, closing, any_mark, filler = _arrows(rule)
    if not opening and not closing:
        return
    analysis(state)  # the page's scan, which keeps its text nodes
    seen: set[etree._Element] = set()
    for node in _marked_nodes(state.scan.text_nodes or [], any_mark):
        text = node.strip()
        if not (text.startswith(opening) or text.endswith(closing)) or len(text) > ARROW_LINE_CHARS:
            continue
        el = text_owner(node)
        while el is not None and el.tag not in _BLOCK_TAGS:
            el = el.getparent()
        if el is None or el in seen or not is_attached(el, state.root):
            continue
        seen.add(el)
        if _arrow_line(el, opening, closing, filler):
            yield Match(el, "arrowed links")


def _marked_nodes(
    nodes: list[etree._ElementUnicodeResult], mark: re.Pattern[str]
) -> Iterator[etree._ElementUnicodeResult]:
    """The text nodes in which ``mark`` occurs, in order: one search of their joined text."""
    at = [m.start() for m in mark.finditer("\n".join(nodes))]
    if not at:
        return
    starts = _starts(map(len, nodes))
    for i in sorted({bisect.bisect_right(starts, i) - 1 for i in at}):
        yield nodes[i]


def _arrow_line(el: etree._Element, opening: tuple[str, ...], closing: tuple[str, ...], filler: re.Pattern[str]) -> bool:
    """Is ``el`` a short line opening or closing with an arrow mark, mostly links?"""
    text = text_of(el)
    if len(text) > ARROW_LINE_CHARS or not (text.startswith(opening) or text.endswith(closing)):
        return False
    links = [a for a in el.iter("a") if a.get("href")]
    if len(links) < 2:
        return False  # "Read the whole report on the agency's site »": a pointer the article makes
    words = len(filler.sub("", text))
    linked = sum(len(filler.sub("", text_of(a))) for a in links)
    return words > 0 and linked >= ARROW_LINKED_SHARE * words
