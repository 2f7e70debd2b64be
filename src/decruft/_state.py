"""The state object that travels the pipeline, stage to stage."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from lxml import etree

from ._article import PageType, Removal
from ._errors import TimeBudgetError
from ._leading import leading_text as _leading_text
from ._options import Options
from ._spaces import collapsed

if TYPE_CHECKING:
    from ._content._measure import _Measures
    from .metadata._printed import Printed
    from .metadata._signals import Signals
    from ._parse import Attributed
    from ._site.model import SiteHints
    from .rules._find import Analysis

#: Longest removed text kept in a :class:`Removal` record.
REMOVAL_TEXT_LIMIT = 200

PLACEHOLDER_ATTR = "data-decruft-removed"


def vacate(el: etree._Element) -> etree._Element | None:
    """Replace ``el`` by an empty element of the same tag, keeping its tail and position;
    returns the placeholder (None when ``el`` was not attached)."""
    parent = el.getparent()
    if parent is None:
        return None
    # Made as a child of ``parent`` and then swapped in: ``etree.Element`` would build a new
    # document for each placeholder, which costs more than the move.
    try:
        placeholder = etree.SubElement(parent, el.tag, {PLACEHOLDER_ATTR: ""})
    except (TypeError, ValueError):  # comments, odd or namespaced tag names
        placeholder = etree.SubElement(parent, "span", {PLACEHOLDER_ATTR: ""})
    placeholder.tail = el.tail
    parent.replace(el, placeholder)
    return placeholder


#: A removal is vetoed when the block holds more than this share of the page's prose...
VETO_SHARE = 0.5
#: ...and the page's densest prose block (:class:`Prose`) is in it, on a page with at least
#: this much prose (below it there is no article to protect, only scraps of sentences).
VETO_MIN_PROSE = 200
#: A run of text (a text node outside links) of at least this many words is prose.
PROSE_WORDS = 7
#: Paragraph-like blocks: their prose counts for the block around them (the engine's anchor does so).
_PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "dt", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Inline elements: their text is their block's.
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code del dfn em font i ins kbd mark nobr q s samp small span strike strong sub "
    "sup time tt u var wbr label".split()
)

#: The body's text nodes holding more than whitespace (the rules' analysis reads the same).
_BODY_TEXT = etree.XPath("/html/body/descendant::text()[normalize-space()]")


def _block_of(block: etree._Element) -> etree._Element:
    """The block whose own prose a run held by ``block`` is: past inline elements, a paragraph's parent."""
    while block.tag in _INLINE_TAGS and (parent := block.getparent()) is not None:
        block = parent
    if block.tag in _PARAGRAPH_TAGS and (parent := block.getparent()) is not None:
        block = parent
    return block


def _summed_up(level: dict[etree._Element, int]) -> dict[etree._Element, int]:
    """Each element's prose, its own and below it: climbed a level at a time, merged per parent."""
    mass: dict[etree._Element, int] = {}
    while level:
        above: dict[etree._Element, int] = {}
        for el, n in level.items():
            mass[el] = mass.get(el, 0) + n
            if (parent := el.getparent()) is not None:
                above[parent] = above.get(parent, 0) + n
        level = above
    return mass


def _held_prose(nodes: list[Any]) -> dict[etree._Element, int]:
    """The prose (characters, whitespace collapsed) of the runs of PROSE_WORDS words or more in ``nodes``,
    summed per element holding them (a tail's: its parent's parent), in the order of their first run."""
    held: dict[etree._Element, int] = {}
    for node in nodes:
        # Too short for PROSE_WORDS words, or fewer of them (whitespace collapsed: one space between two).
        if len(node) < 2 * PROSE_WORDS or (text := collapsed(node)).count(" ") < PROSE_WORDS - 1:
            continue
        holder = node.getparent()  # _textnode.text_owner, inline: ~300 text nodes a page
        if holder is not None and node.is_tail:
            holder = holder.getparent()
        if holder is not None:
            held[holder] = held.get(holder, 0) + len(text)
    return held


@dataclasses.dataclass(slots=True)
class Prose:
    """The page's prose, counted once per page, before the first removal.

    ``mass[el]`` is the prose inside ``el``: the characters of its text runs of at
    least PROSE_WORDS words outside links (sentences; menus, link lists and
    labels have none). ``anchor`` is the block holding the most prose of its own
    (its text and its paragraphs' text): the article body on an article page,
    whether written as ``<p>`` paragraphs or as text and ``<br>`` in a ``<div>``
    or ``<td>``; ``chain`` is the anchor and its ancestors.
    """

    mass: dict[etree._Element, int]
    total: int
    chain: frozenset[etree._Element]
    anchor_prose: int = 0
    anchor: etree._Element | None = None

    @classmethod
    def of(cls, root: etree._Element, nodes: list[Any] | None = None) -> Prose:
        """The prose of the page ``root``; ``nodes`` are its body's text nodes holding more than
        whitespace (the rules' analysis reads them once: ``state.scan.text_nodes``)."""
        nodes = _BODY_TEXT(root) if nodes is None else nodes
        held: dict[etree._Element, int] = {}
        own: dict[etree._Element, int] = {}
        # Per element holding prose, summed up once (:func:`_summed_up`). Blocks enter ``own`` in the
        # order of their first prose node, as they did node by node (``max`` breaks ties by it).
        for holder, n in _held_prose(nodes).items():
            if holder.tag == "a" or next(holder.iterancestors("a"), None) is not None:
                continue  # link text is not prose
            held[holder] = n
            block = _block_of(holder)
            own[block] = own.get(block, 0) + n
        mass = _summed_up(held)
        body = root.find("body")
        total = mass.get(body, 0) if body is not None else 0
        if not own:
            return cls(mass, total, frozenset())
        anchor = max(own, key=own.__getitem__)
        return cls(mass, total, frozenset((anchor, *anchor.iterancestors())), own[anchor], anchor)

    def holds_article(self, el: etree._Element) -> bool:
        """Does ``el`` hold more than VETO_SHARE of the page's prose, the anchor among it?"""
        return self.total >= VETO_MIN_PROSE and el in self.chain and self.mass.get(el, 0) > VETO_SHARE * self.total


@functools.cache
def _article_veto() -> Callable[[State, etree._Element, str, str | None], bool]:
    """:func:`decruft.rules._guards.article_veto`, imported at the first removal (not at each:
    the guards live with the rules, which import this module)."""
    from .rules._guards import article_veto

    return article_veto


def shorten(text: str, limit: int = REMOVAL_TEXT_LIMIT) -> str:
    """``text`` with its whitespace collapsed, cut to ``limit`` characters with "…" (a :class:`Removal`'s text)."""
    text = collapsed(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_deadline(deadline: float, budget: float) -> None:
    """Raise :class:`TimeBudgetError` once ``time.monotonic()`` is past ``deadline``
    (the moment extraction started plus ``budget`` seconds)."""
    if time.monotonic() > deadline:
        raise TimeBudgetError(f"extraction took longer than the time budget of {budget:g} s")


@dataclasses.dataclass(slots=True)
class PageClues:
    """What :mod:`decruft._pagetype` reads of the page before the body is rendered."""

    #: The type the page's markup announces (JSON-LD, microdata, ``og:type``), if any.
    structured: PageType | None = None
    #: An add-to-cart control and a price on the page.
    product: bool = False
    #: Sibling posts (author and date each) around the body.
    posts: int = 0
    #: Linked headlines left on the page after the cruft rules.
    teasers: int = 0


@dataclasses.dataclass(slots=True)
class ContentNotes:
    """What :mod:`decruft._content` found while choosing the body."""

    #: How the body was chosen: ``"posts"`` (several posts), ``"hint"`` (the page's own
    #: article element), ``"lone post"`` (the one block named as the post body, inside the
    #: scoring's choice) or ``"score"`` (paragraph scoring).
    via: str | None = None
    #: Side blocks the scoring left out of the body; the ``prune`` rule removes them from it.
    side_blocks: list[etree._Element] = dataclasses.field(default_factory=list)
    #: The first post's heading, when the body is several posts (a title for the page).
    first_post_title: str | None = None
    #: The path of the lead paragraph put in front of the chosen body, if one was.
    lead: str | None = None
    #: How many siblings of the top element joined the body.
    siblings: int | None = None
    #: The paragraph scoring's score of each candidate element.
    scores: dict[etree._Element, float] = dataclasses.field(default_factory=dict)
    #: Content choice's text lengths (``_content._measure``), for ``prune``; dropped after each rule.
    measures: _Measures | None = None


@dataclasses.dataclass(slots=True)
class PageScan:
    """The rules' reading of the page (``rules/_find.py``), made once, shared by the rules, the veto and metadata."""

    #: The ``page`` chain's rules that have vocabularies, in order: the scan files its hits by them
    #: (set before collect when the page has no site rule, whose walk then files the class/id hits).
    rule_names: list[str] = dataclasses.field(default_factory=list)
    #: The ``<body>`` elements with the attributes the pipeline reads and the rules' class/id
    #: hits: what metadata's collect filed, or None when a site rule changed the page (the rules walk it again).
    attributed: Attributed | None = None
    #: The rules' analysis, made on first use.
    analysis: Analysis | None = None
    #: The body's text nodes holding more than whitespace, as the analysis read them.
    text_nodes: list[Any] | None = None
    #: Indices of the text nodes holding each rule's sentences (one Aho-Corasick pass).
    sentence_hits: dict[str, list[int]] | None = None
    #: The headline's post and its ancestors the veto keeps (``rules/_post.py``); None: not yet.
    post_chain: tuple[etree._Element, ...] | None = None


@dataclasses.dataclass(slots=True)
class State:
    """One document on its way through the pipeline.

    ``root`` is the parsed tree; ``removed`` is the record of every block a
    rule removed; ``main`` is the article element once chosen. The later
    chains' rules read ``body`` (the chosen elements) and ``blocks`` (the
    rendered body), and a site rule leaves its hints in ``site``
    (docs/architecture.md draws the chains). What one stage leaves for a later
    one is a typed field too, grouped by the stage that writes it: ``signals``
    (metadata's collect), ``scan`` (the rules' scan), ``content`` (content
    choice), ``page_clues`` (the page-type check).
    """

    root: etree._Element
    options: Options
    url: str | None = None
    removed: list[Removal] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)
    main: etree._Element | None = None
    deadline: float = 0.0
    protected: set[etree._Element] = dataclasses.field(default_factory=set)
    #: (placeholder, removed element) for each removal, in order: see :meth:`restored`.
    vacated: list[tuple[etree._Element, etree._Element]] = dataclasses.field(default_factory=list)
    #: The chosen body, once content is chosen: what the ``body`` chain's rules work on.
    body: list[etree._Element] = dataclasses.field(default_factory=list)
    #: The rendered body (:class:`decruft._render.Block` records): what the ``text`` chain's rules trim.
    blocks: list[Any] = dataclasses.field(default_factory=list)
    #: The article's authors once resolved (the ``byline`` rule drops lines naming them).
    authors: list[str] = dataclasses.field(default_factory=list)
    #: What the page's site rule says beyond what to strip (body, headline, date, authors), if one matched.
    site: SiteHints | None = None
    #: The page's markup as parsed (after a site rule's ``replace``): htmldate's search and
    #: ``--explain-html`` read it, the page-type check looks in it for microdata.
    html_text: str | None = None
    #: The chosen body's element paths in the page as parsed (``--explain-html`` highlights them).
    chosen_paths: list[str] = dataclasses.field(default_factory=list)
    #: What content choice found (:class:`ContentNotes`).
    content: ContentNotes = dataclasses.field(default_factory=ContentNotes)
    #: The rules' scan of the page (:class:`PageScan`).
    scan: PageScan = dataclasses.field(default_factory=PageScan)
    #: What metadata's collect read before the rules (JSON-LD, meta tags, microdata, bylines...).
    signals: Signals | None = None
    #: The page's ``<button>`` and ``<input>`` elements as collect met them (the page-type
    #: check looks for an add-to-cart control); None: not collected, walk the page.
    buttons: list[etree._Element] | None = None
    #: The headline, once resolved: the dateline and byline readers look under it.
    headline: str | None = None
    #: The headline's element and the date printed under it, found once (``metadata/_printed.py``).
    printed: Printed | None = None
    #: The path of the body site memory chose instead of content choice's, if it did.
    site_memory_body: str | None = None
    #: Page-type evidence (:mod:`decruft._pagetype`'s ``collect`` and ``observe``).
    page_clues: PageClues = dataclasses.field(default_factory=PageClues)
    _restoring: bool = dataclasses.field(default=False, init=False, repr=False)
    #: The rule and step names switched off for this page: the options' and, once the page's
    #: site rule is known, the site rule's own ``disable`` (set by the extractor).
    disabled: frozenset[str] = dataclasses.field(default=frozenset(), init=False)
    #: The page's prose (:class:`Prose`), measured when the first removal is asked for.
    prose: Prose | None = dataclasses.field(default=None, init=False, repr=False)
    #: (element, rule) of each vetoed removal, recorded once.
    vetoed: set[tuple[etree._Element, str]] = dataclasses.field(default_factory=set, init=False, repr=False)
    #: During :meth:`Ruler.dry_run <decruft.Ruler.dry_run>`: (rule, element, forced) of each
    #: :meth:`remove` call, which then removes nothing.
    proposals: list[tuple[str, etree._Element, bool]] | None = dataclasses.field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.disabled = frozenset(self.options.disable)
        if not self.deadline:
            self.deadline = time.monotonic() + self.options.time_budget

    def check_time(self) -> None:
        """Raise :class:`TimeBudgetError` once the time budget is spent."""
        check_deadline(self.deadline, self.options.time_budget)

    def remove(
        self, el: etree._Element, rule: str, *, text: str | None = None, force: bool = False, landmark: bool = False
    ) -> bool:
        """Remove ``el`` and record the removal under ``rule``; returns whether it was removed.

        The element is swapped for an empty placeholder of the same tag (its
        tail text stays), so sibling positions never shift: every ``where``
        path, whenever it is taken, is the element's path in the page as
        parsed, which is what ``--explain`` and ``--explain-html`` show.

        The article veto decides first (:func:`decruft.rules._guards.article_veto`):
        a block holding most of the page's prose is kept whatever rule asks, and
        the removal is recorded once with ``vetoed=True``. Two kinds of evidence
        pass it: ``force`` (site rules, whose selectors a person wrote for the
        site) and ``landmark``, an element whose own id names what the rule
        removes (``id="comments"``). Rules yield :class:`~decruft.rules.Match`
        records and the :class:`~decruft.Ruler` calls this; older plugins and
        site memory call it directly. During :meth:`Ruler.dry_run
        <decruft.Ruler.dry_run>` nothing is removed: the call is noted instead.
        """
        if el.getparent() is None:
            return False
        if self.proposals is not None:
            self.proposals.append((rule, el, force or landmark))
            return False
        self.page_prose()  # measured at the first removal, forced or not: the page before any removal
        if not (force or landmark) and _article_veto()(self, el, rule, text):
            return False
        if len(self.removed) % 64 == 63:
            self.check_time()
        self.record(el, rule, text)
        self.vacate(el)
        return True

    def record(self, el: etree._Element, rule: str, text: str | None, *, vetoed: bool = False) -> None:
        """Append the :class:`Removal` of ``el`` (its leading text unless ``text`` is given)."""
        text = _leading_text(el, REMOVAL_TEXT_LIMIT + 1) if text is None else text
        self.removed.append(Removal(rule, shorten(text), el.getroottree().getpath(el), vetoed))

    def page_prose(self) -> Prose | None:
        """The page's :class:`Prose`, measured once, before the first removal (None when the
        veto is switched off: ``disable=["veto"]``)."""
        if self.prose is None and "veto" not in self.disabled:
            self.prose = Prose.of(self.root, self.scan.text_nodes)
        return self.prose

    def vacate(self, el: etree._Element) -> None:
        """Swap ``el`` for a placeholder (see :func:`vacate`) and keep it for :meth:`restored`."""
        if self._restoring:
            raise RuntimeError("elements cannot be removed inside state.restored(): the removals are redone on leaving it")
        placeholder = vacate(el)
        if placeholder is not None:
            self.vacated.append((placeholder, el))

    @contextlib.contextmanager
    def restored(self) -> Iterator[etree._Element]:
        """The page with every removed element back in its place, for the ``with`` block only.

        Readers that want the page as it was parsed (htmldate's date search: a dateline in a
        byline row the rules took out) use it instead of parsing the page a second time. The
        removals are undone in reverse order, so an element removed from inside a block that
        was removed later comes back inside it, and redone in order on the way out.
        """
        swapped: list[tuple[etree._Element, etree._Element]] = []
        outer = self._restoring
        self._restoring = True
        try:
            for placeholder, el in reversed(self.vacated):
                parent = placeholder.getparent()
                if parent is not None:
                    parent.replace(placeholder, el)
                    swapped.append((placeholder, el))
            yield self.root
        finally:
            for placeholder, el in reversed(swapped):
                parent = el.getparent()
                if parent is not None:
                    parent.replace(el, placeholder)
            self._restoring = outer
