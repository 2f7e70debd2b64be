"""What site memory reads on one page: its blocks, each with a position path and a normalized text.

A block's *key* is its position path from ``<body>`` (tag, stable id and stable class
tokens of every ancestor, no sibling indexes: a rail keeps its path when the number of
paragraphs before it changes) and its *normalized text* (lower case, whitespace collapsed,
digit runs and month and weekday names replaced: "23 comments" and "4 comments", or
"Updated 5 June 2012" and "Updated 7 July 2013", are the same text). A block that has the
same key on most pages of a host is part of the site's template.
"""

from __future__ import annotations

import dataclasses
import re

from lxml import etree

from .._parse import inner_text

#: Elements that can be a template block.
BLOCK_TAGS = (
    "div", "section", "aside", "nav", "header", "footer", "ul", "ol", "dl", "table", "form",
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "center", "address", "blockquote", "span",
)  # fmt: skip
_BLOCK_SET = frozenset(BLOCK_TAGS)
#: Blocks nested deeper than this are not read (paths stop growing there).
MAX_DEPTH = 60
#: A block with more text than this is a page wrapper, not a template block.
MAX_BLOCK_TEXT = 4000
#: A block holding less prose than this (characters) is never taken for a page's article.
STORY_PROSE = 400
#: A paragraph counts as prose from this many characters (and few links).
PROSE_MIN = 60
#: Class and id tokens that can stand in a path: identifier-like, without digits
#: ("post-1234", "css-1x2y3z" and Tailwind's "md:w-1/2" change between pages or cannot be
#: written as a CSS class selector).
_STABLE_TOKEN = re.compile(r"^[A-Za-z_][A-Za-z_-]*$")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    "januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|"
    "août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|octubre|noviembre|diciembre"
)
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NAMES = re.compile(rf"\b(?:{_MONTHS})\b\.?")
_SPACE = re.compile(r"\s+")
#: Month and weekday names are looked for in text pieces up to this long (datelines are short;
#: a paragraph is article text, never template, and the search costs).
NAMES_IN = 120


def normalize(text: str) -> str:
    """Lower case, whitespace collapsed, numbers and month/weekday names as ``#``."""
    text = _NUMBER.sub("#", " ".join(text.split()).lower())
    return _NAMES.sub("#", text) if len(text) <= NAMES_IN else text


_STEPS: dict[tuple[str, str | None, str | None], str] = {}


def step(el: etree._Element) -> str:
    """One path step: ``tag``, ``tag#id`` and/or ``tag.class.class`` (stable tokens only, sorted)."""
    key = (el.tag, el.get("id"), el.get("class"))
    found = _STEPS.get(key)
    if found is None:
        if len(_STEPS) > 50_000:
            _STEPS.clear()
        found = _STEPS[key] = _step(el)
    return found


def _step(el: etree._Element) -> str:
    out = str(el.tag)
    ident = (el.get("id") or "").strip()
    if ident and _STABLE_TOKEN.match(ident):
        out += f"#{ident}"
    classes = sorted({c for c in (el.get("class") or "").split() if _STABLE_TOKEN.match(c)})
    for c in classes[:3]:
        out += f".{c}"
    return out


def selector(path: str) -> str:
    """The CSS selector of a path (its steps joined by child combinators)."""
    return " > ".join(path.split("/"))


#: A snippet is a piece of the block's text without digits, quotes or backslashes.
_SNIPPET_OK = re.compile(r"^[^\d\"\\]{3,}$")
SNIPPET_MAX = 40


@dataclasses.dataclass(slots=True)
class Block:
    """A candidate template block of one page."""

    key: int  # hash of (path, normalized text)
    parent: int | None  # the key of the nearest enclosing candidate block
    path: str
    text: str  # normalized
    length: int  # characters of text
    prose_share: float  # share of the page's prose paragraphs inside the block
    element: etree._Element | None = None
    first: tuple[int, int] = (0, 0)  # its span in the page's text pieces
    label: int | None = None  # hash of (path, first piece) for a label line (see LABEL_MAX)


def paragraph_prose(p: etree._Element) -> int:
    """Characters of the paragraph ``p`` when it is prose (PROSE_MIN+ characters, at most
    30 % in links), else 0."""
    n = len(" ".join(inner_text(p).split()))
    if n < PROSE_MIN:
        return 0
    links = sum(len(" ".join(inner_text(a).split())) for a in p.iter("a"))
    return 0 if links > 0.3 * n else n


def _prose_by_element(body: etree._Element, sides: bool = True) -> dict[etree._Element, int]:
    """Characters of prose paragraphs (:func:`paragraph_prose`) inside each element that
    holds some (``body`` holds the page's total). ``sides=False``: not the paragraphs inside
    a side block (a comment thread, a sidebar: see :func:`_in_side_block`)."""
    prose: dict[etree._Element, int] = {}
    for p in body.iter("p"):
        n = paragraph_prose(p)
        if not n or (not sides and _in_side_block(p, body)):
            continue
        prose[p] = prose.get(p, 0) + n
        for anc in p.iterancestors():
            prose[anc] = prose.get(anc, 0) + n
            if anc is body:
                break
    return prose


#: A short line that starts with a short text piece of its own (a label: "Posted in:",
#: "Filed under", "Tags:") is also keyed by its path and that label alone, so that the
#: line is found whatever follows the label (a category, tags, a count).
LABEL_LINE = 150
LABEL_MAX = 30
#: A word of a label or a learned text: two letters or more (numbers folded to ``#`` are none).
WORD = re.compile(r"[^\W\d_#]{2,}")
_UNSET = -1
_MOD = (1 << 61) - 1
_BASE = 1_000_003
#: Characters of normalized text kept per block for the rule file's comments.
TEXT_KEPT = 100


class _Pieces:
    """A page's text pieces (an element's text or tail), each normalized once, with running
    lengths and prefix hashes so that any run of them is measured and hashed in constant time."""

    __slots__ = ("norm", "raw", "sizes", "rolling", "powers")

    def __init__(self) -> None:
        self.norm: list[str] = []
        self.raw: list[str] = []
        self.sizes = [0]  # running total of piece lengths (+1 each for the joining space)
        self.rolling = [0]  # prefix hashes of the pieces
        self.powers = [1]

    def add(self, text: str | None) -> None:
        if text and not text.isspace():
            collapsed = " ".join(text.split())
            norm = normalize(collapsed)
            self.norm.append(norm)
            self.raw.append(text.strip())
            self.sizes.append(self.sizes[-1] + len(norm) + 1)
            self.rolling.append((self.rolling[-1] * _BASE + (hash(norm) & 0xFFFFFFFFFFFF)) % _MOD)
            self.powers.append(self.powers[-1] * _BASE % _MOD)

    def length(self, first: int, end: int) -> int:
        """Characters of the pieces ``first`` to ``end`` joined by spaces."""
        return self.sizes[end] - self.sizes[first] - 1

    def segment(self, first: int, end: int) -> int:
        """The rolling hash of the pieces ``first`` to ``end``."""
        return (self.rolling[end] - self.rolling[first] * self.powers[end - first]) % _MOD


def _path(el: etree._Element, body: etree._Element, open_: list[tuple[int, str, int]]) -> str:
    """The position path of ``el`` below its open ancestors ``open_``."""
    if el is body:
        return ""
    if len(open_) > MAX_DEPTH:  # deeper than any template: no longer paths (work bound)
        return open_[-1][1]
    return f"{open_[-1][1]}/{step(el)}" if open_[-1][1] else step(el)


def page_blocks(
    body: etree._Element, keep_elements: bool = False, prose: dict[etree._Element, int] | None = None
) -> tuple[list[Block], list[str], list[str], int]:
    """The candidate blocks under ``body`` (not ``body`` itself), innermost first.

    One walk: every text piece (an element's text or tail) is normalized once; a block's
    key hashes its path with a rolling hash of its pieces (constant time per block,
    however deep the page), so nested blocks cost no second pass over their text.
    """
    if prose is None:
        prose = _prose_by_element(body)
    total_prose = prose.get(body, 0)
    pieces = _Pieces()
    open_: list[tuple[int, str, int]] = []  # per open element: first piece, path, first block
    out: list[Block] = []
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            open_.append((len(pieces.norm), _path(el, body, open_), len(out)))
            pieces.add(el.text)
            continue
        first, path, mark = open_.pop()
        if el is body:
            break
        end = len(pieces.norm)
        if end > first and el.tag in _BLOCK_SET and len(open_) < MAX_DEPTH:
            length = pieces.length(first, end)
            if length <= MAX_BLOCK_TEXT:
                key = hash((path, pieces.segment(first, end), end - first))
                _adopt(out, mark, key)
                share = _story_share(prose.get(el, 0), total_prose)
                block = Block(key, _UNSET, path, "", length, share, element=el if keep_elements else None)
                block.first = (first, end)
                block.label = _label_key(pieces, path, block)
                out.append(block)
        pieces.add(el.tail)
    for b in out:
        if b.parent == _UNSET:
            b.parent = None
    return out, pieces.norm, pieces.raw, total_prose


def _label_key(pieces: _Pieces, path: str, block: Block) -> int | None:
    """The label key of a label line (see LABEL_LINE): its path and first piece."""
    first, end = block.first
    if end - first > 1 and block.length <= LABEL_LINE and len(pieces.norm[first]) <= LABEL_MAX:
        return hash((path, "\0label", pieces.norm[first]))
    return None


def _adopt(out: list[Block], mark: int, key: int) -> None:
    """Make ``key`` the parent of the blocks from ``mark`` on that have none yet (the
    blocks inside the block closing now)."""
    for i in range(mark, len(out)):
        if out[i].parent == _UNSET:
            out[i].parent = key


def _story_share(mine: int, total_prose: int) -> float:
    """A block's share of the page's prose, or 0 when it holds less than STORY_PROSE
    characters of it (a paragraph or two of prose is no story)."""
    return mine / total_prose if total_prose and mine >= STORY_PROSE else 0.0


def text_of(pieces: list[str], span: tuple[int, int], limit: int = TEXT_KEPT) -> str:
    """The normalized text of a block's pieces, cut after ``limit`` characters."""
    out = []
    size = 0
    for piece in pieces[span[0] : span[1]]:
        out.append(piece)
        size += len(piece) + 1
        if size > limit:
            break
    return " ".join(out)


#: The start of a text piece a snippet can be: no digits, quotes or backslashes, and no
#: whitespace but single spaces (``:contains`` reads the text as written: "Posted by\n Becky"
#: does not contain "Posted by Becky").
_SNIPPET_RUN = re.compile(r"(?:[^\d\"\\\s]| (?! ))+")
_NAMES_CASED = re.compile(_NAMES.pattern, re.IGNORECASE)
#: Cut before such a name, a snippet needs this many characters ("You may also like" is no
#: date: "You" alone would say little of the block; "Posted by Kathy on" says enough).
NAMED_LEAST = 8


def snippet_of(raw: list[str], span: tuple[int, int]) -> str | None:
    """A short piece of the block's own text that every copy of it holds: the first text
    piece (as written) of three characters or more, cut before a digit, a quote, a line
    break or a month or weekday name (the learned text folds those: "Tuesday, November"
    differs on the next page), and at a word before SNIPPET_MAX. When every piece starts
    with such a name, the first cut at a digit alone (the pages learned from share it)."""
    dated = None
    for piece in raw[span[0] : span[1]]:
        m = _SNIPPET_RUN.match(piece)
        cut = m.group(0) if m else ""
        name = _NAMES_CASED.search(cut) if _folds_names(piece) else None
        found = _snippet(cut[: name.start()], NAMED_LEAST) if name else _snippet(cut)
        if found is not None:
            return found
        dated = dated or _snippet(cut)
    return dated


def _folds_names(piece: str) -> bool:
    """Whether :func:`normalize` folds the month and weekday names of ``piece``."""
    return len(_NUMBER.sub("#", " ".join(piece.split()))) <= NAMES_IN


def _snippet(cut: str, least: int = 3) -> str | None:
    cut = cut.strip()
    if len(cut) > SNIPPET_MAX:
        cut = cut[:SNIPPET_MAX].rsplit(" ", 1)[0].strip()
    return cut if len(cut) >= least and _SNIPPET_OK.match(cut) else None


#: The article body of a page, for the body hint: the deepest element (not a paragraph)
#: holding this share of the page's prose, when the page has STORY_PROSE characters of it.
BODY_PROSE = 0.8


def prose_holder(
    prose: dict[etree._Element, int], total: int, top: etree._Element | None = None
) -> etree._Element | None:
    """The deepest element (not a paragraph, not ``top``) of ``prose`` (characters of prose
    by element, see :func:`_prose_by_element`) holding BODY_PROSE of ``total``: the
    element that holds the article's paragraphs."""
    best: etree._Element | None = None
    least = total + 1
    for el, n in prose.items():
        if el is top or el.tag == "p" or n < BODY_PROSE * total or not n:
            continue
        # The candidates nest (each holds most of the prose): the one with least prose is
        # the deepest; on a tie, the descendant.
        if n < least or (n == least and best is not None and best in el.iterancestors()):
            best, least = el, n
    return best


def _in_side_block(el: etree._Element, body: etree._Element) -> bool:
    """``el`` is, or lies inside, a block beside the article by its markup: a comment thread,
    a sidebar, a widget (the ``side`` patterns of data/patterns.toml), an ``<aside>``."""
    from .._content import is_side_block

    for node in (el, *el.iterancestors()):
        if node is body:
            return False
        if is_side_block(node):
            return True
    return False


def body_signature(body: etree._Element, prose: dict[etree._Element, int]) -> str | None:
    """A CSS selector for the page's article body (see BODY_PROSE): its own path step
    (which must carry an id or a class), after its nearest ancestor with a stable id. Never
    a comment thread or another side block (:func:`_in_side_block`), however much of the
    page's prose it holds: then the body is looked for in the prose outside them.

    Only the element's own step and one id are used, so the selector holds when the
    classes of the wrappers between them change from page to page (category names).
    """
    total = prose.get(body, 0)
    if total < STORY_PROSE:
        return None
    best = prose_holder(prose, total, body)
    if best is not None and _in_side_block(best, body):  # a comment thread longer than the post
        prose = _prose_by_element(body, sides=False)
        total = prose.get(body, 0)
        best = prose_holder(prose, total, body) if total >= STORY_PROSE else None
    if best is None:
        return None
    own = step(best)
    if own == best.tag:
        return None
    if "#" in own:
        return own
    for anc in best.iterancestors():
        if anc is body:
            break
        ident = (anc.get("id") or "").strip()
        if ident and _STABLE_TOKEN.match(ident):
            return f"{anc.tag}#{ident} {own}"
    return None
