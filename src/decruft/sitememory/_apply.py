"""Site memory at extraction time: the learned body as a hint, the learned blocks removed.

Both run after the content stage chose the article, on the chosen body only (what lies
outside it is not in the output anyway), under guards of their own (see :func:`strip`);
every removal is recorded as ``site-memory``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set

from lxml import etree

from .._parse import inner_text
from .._site.model import SiteRule
from .._state import State
from ._blocks import LABEL_LINE, LABEL_MAX, PROSE_MIN, STORY_PROSE, _prose_by_element, normalize, paragraph_prose, prose_holder
from ._blocks import WORD as _WORD

#: The rule name of every removal site memory makes (and the name ``disable`` takes).
RULE = "site-memory"
#: A matched block holding more than this share of the body's prose stays (it is article).
MAX_BODY_PROSE = 0.3
#: Inside the body, a matched block is removed only when it has at least MIN_TEXT characters
#: and either LONG_TEXT characters or links for LINK_DENSITY of its text: a rail, a link list,
#: a newsletter box. A short plain line that repeats (a signature, "Comments may be no
#: longer than...", a dateline) stays: readers take it as part of the post.
MIN_TEXT = 20
LONG_TEXT = 150
LINK_DENSITY = 0.5
#: The learned body replaces a chosen element holding it only when at least this share of
#: the chosen element's prose lies outside the learned body.
HINT_OUTSIDE = 0.25
#: ... and when it holds at least this share of the chosen element's prose outside comment
#: threads, sidebars and widgets: the article's paragraphs (see :func:`_holds_article`).
HINT_HOLDS = 0.8
#: A block of the body whose text is at least this share learned blocks is removed whole.
CLIMB_SHARE = 0.7


def strip(state: State, rule: SiteRule, chosen: list[etree._Element]) -> None:
    """Remove the blocks of ``rule.strip`` that lie inside the chosen body, guarded.

    A block inside the body whose text is mostly (CLIMB_SHARE) learned blocks goes as a
    whole: a carousel whose items repeat but one, a box whose heading and list repeat.
    Site memory's own guards (:func:`_keeps`) stand for the page-wide article veto.
    """
    inside: set[etree._Element] = set()
    for top in chosen:
        inside.update(top.iterdescendants())
    if not inside:
        return
    total = sum(_prose(top) for top in chosen)
    outer = _matched(state, rule, inside)
    if not outer:
        return
    targets = _climb(outer, inside, total)
    final = _guarded(state, chosen, targets, total, rule.hosts)
    for el in final:
        state.remove(el, RULE, force=True)
    state.check_time()


def _matched(state: State, rule: SiteRule, inside: set[etree._Element]) -> list[etree._Element]:
    """The elements the strip selectors match inside the body, outermost only, once each."""
    matched: list[etree._Element] = []
    for sel in rule.strip:
        for el in sel.select(state.root):
            if isinstance(el, etree._Element) and el in inside:
                matched.append(el)
    found = set(matched)
    return list(dict.fromkeys(el for el in matched if not any(a in found for a in el.iterancestors())))


class _Lengths(dict[etree._Element, int]):
    """Characters of each element's text (whitespace collapsed), measured once."""

    def __missing__(self, el: etree._Element) -> int:
        n = self[el] = len(" ".join(inner_text(el).split()))
        return n


def _climb(outer: list[etree._Element], inside: set[etree._Element], total: int) -> list[etree._Element]:
    """Each matched element, or its highest ancestor inside the body whose text is
    CLIMB_SHARE learned blocks (and that holds no story)."""
    length = _Lengths()
    learned: dict[etree._Element, int] = {}
    for el in outer:
        for anc in el.iterancestors():
            if anc not in inside:
                break
            learned[anc] = learned.get(anc, 0) + length[el]
    targets = []
    for el in outer:
        best = el
        for anc in el.iterancestors():
            if anc not in inside or learned.get(anc, 0) < CLIMB_SHARE * length[anc] or _is_story(anc, total):
                break
            best = anc
        targets.append(best)
    return list(dict.fromkeys(targets))


def _guarded(state: State, chosen: list[etree._Element], targets: list[etree._Element],
             total: int, hosts: Iterable[str] = ()) -> list[etree._Element]:  # fmt: skip
    """The targets that pass the guards: no story, and clutter (:func:`_is_clutter`) or a
    short plain block that may go (:func:`_plain_ok`); together, the paragraphs must not
    be the story either (a story reprinted paragraph by paragraph)."""
    chosen_targets = set(targets)
    plain = _plain_ok(state, chosen, hosts, chosen_targets)
    final = []
    for el in targets:
        if any(a in chosen_targets for a in el.iterancestors()) or el.getparent() is None:
            continue
        if not _is_story(el, total) and _may_go(el, plain):
            final.append(el)
    held = sum(_prose(el) for el in final if el.tag == "p")
    if held >= STORY_PROSE and held > MAX_BODY_PROSE * total:
        final = [el for el in final if el.tag != "p" or not _prose(el)]
    return final


def _may_go(el: etree._Element, plain: Callable[[etree._Element], bool]) -> bool:
    """Clutter (:func:`_is_clutter`), a category line (:func:`_is_label_line`), or a short
    plain block that ``plain`` lets go."""
    return _is_clutter(el) or _is_label_line(el) or plain(el)


def _plain_ok(
    state: State, chosen: list[etree._Element], hosts: Iterable[str] = (), learned: Set[etree._Element] = frozenset()
) -> Callable[[etree._Element], bool]:
    """Whether a short plain learned block may go: the masthead at the body's edge
    (:func:`_is_masthead`), or a block outside the element that holds the article's
    paragraphs (:func:`prose_holder`): "No comments yet.", "You can follow any responses
    to this entry", a post's category line. Inside it, a repeated line is the writer's
    (a signature, a note to commenters) and stays. The masthead's tagline, right after it
    (:func:`_follows_masthead`), goes with it."""
    edges = _edges(chosen)
    names = _site_names(state, hosts)
    prose: dict[etree._Element, int] = {}
    for top in chosen:
        prose.update(_prose_by_element(top))
    holder = prose_holder(prose, sum(prose.get(top, 0) for top in chosen))
    if holder is not None:
        holder = holder.getparent()

    def ok(el: etree._Element) -> bool:
        if edges(el) and (_is_masthead(el, names) or _follows_masthead(el, learned, names)):
            return True
        return not (holder is None or el is holder or holder in el.iterancestors())

    return ok


def body_hint(state: State, rule: SiteRule, chosen: list[etree._Element]) -> list[etree._Element]:
    """The host's learned body instead of the chosen one, when the content stage chose
    wider than it: the chosen element holds the learned body (found once on the page, and
    holding this page's article: :func:`_holds_article`), which is the article on most of
    the host's pages, so the rest of the chosen element is the page's clutter (comments,
    a rail, teasers, a post's tag line and its section's blurb).

    A chosen body inside the learned one, or beside it, stays: narrowing is the content
    stage's own call. The change is recorded in ``state.site_memory_body``.
    """
    if not rule.body or len(chosen) != 1:
        return chosen
    found: list[etree._Element] = []
    for sel in rule.body:
        found.extend(el for el in sel.select(state.root) if isinstance(el, etree._Element))
    if len(found) != 1:
        return chosen
    learned, top = found[0], chosen[0]
    if learned is top or top not in learned.iterancestors():
        return chosen
    inner, outer = _prose(learned), _prose(top)
    # The rest of the chosen element must hold prose of its own (comments, teasers): what
    # a wider choice adds without prose (a heading, a list, a caption) is usually the article's.
    if outer - inner < HINT_OUTSIDE * outer or not _holds_article(top, inner):
        return chosen
    state.site_memory_body = learned.getroottree().getpath(learned)
    return [learned]


def _holds_article(top: etree._Element, inner: int) -> bool:
    """Whether the learned body, with ``inner`` characters of prose inside the chosen element
    ``top``, holds the article of this page: a paragraph of prose
    (PROSE_MIN characters) at least, and HINT_HOLDS of the chosen element's prose outside
    its side blocks (a comment thread, a sidebar: :func:`_prose_by_element` with
    ``sides=False``). A short post (an image and two lines) counts, however little prose it
    has; a page whose article lies elsewhere (the learned element empty, or holding a
    teaser or a note while the story is in another block) keeps the content stage's choice."""
    if inner < PROSE_MIN:
        return False
    own = _prose_by_element(top, sides=False).get(top, 0)
    return inner >= HINT_HOLDS * own


def _is_story(el: etree._Element, total: int) -> bool:
    """Holds STORY_PROSE characters of prose and more than MAX_BODY_PROSE of the body's."""
    n = _prose(el)
    return n >= STORY_PROSE and n > MAX_BODY_PROSE * total


def _edges(chosen: list[etree._Element]) -> Callable[[etree._Element], bool]:
    """Whether an element lies at an edge of the body: no run of prose (a text of PROSE_MIN
    characters outside links, in a paragraph or not) before it, or none after it."""
    order: dict[etree._Element, int] = {}
    prose: list[int] = []
    for top in chosen:
        for el in top.iter():
            order[el] = len(order)
            if el.tag != "a" and el.text and len(" ".join(el.text.split())) >= PROSE_MIN:
                prose.append(order[el])
            if el.tail and len(" ".join(el.tail.split())) >= PROSE_MIN and el.getparent() is not None:
                prose.append(order[el])  # text after the element: counted at it (its parent's own text)
    if not prose:
        return lambda el: False
    first, last = min(prose), max(prose)

    def at_edge(el: etree._Element) -> bool:
        # No prose before it, or none after it (its own text aside: a masthead's tagline, a
        # site's disclaimer can be a sentence).
        start = order.get(el)
        if start is None:
            return False
        end = max(order.get(d, start) for d in el.iter())
        return start <= first or end >= last

    return at_edge


_TITLE_SEP = re.compile(r"\s+[|:·•»–—-]\s+|:\s+")


def _site_names(state: State, hosts: Iterable[str] = ()) -> list[str]:
    """The site's name as the page gives it: og:site_name (or the like) and the parts of the
    ``<title>`` of two words or more ("Harbour Gazette: <headline>"); and the site's
    host as printed ("JaneRoe.example is the blog of Jane Roe", "RinkLeague.com is the
    league's own site"), a name of one word but with its dot."""
    from ..metadata import signals_of, site_name

    names = [site_name(signals_of(state)) or ""]
    title = state.root.find("head/title")
    if title is not None and title.text:
        names.extend(_TITLE_SEP.split(title.text))
    named = [n for n in dict.fromkeys(normalize(n) for n in names) if len(n.split()) >= 2]
    return named + [normalize(h.removeprefix("*.")) for h in hosts if "." in h]


def _is_masthead(el: etree._Element, names: list[str]) -> bool:
    """A learned block at the body's edge that starts with the site's name: the blog's
    masthead (its name and tagline), however short and plain."""
    text = normalize(" ".join(inner_text(el).split()))
    return any(text.startswith(name) for name in names)


def _follows_masthead(el: etree._Element, learned: Set[etree._Element], names: list[str]) -> bool:
    """Right after a learned masthead, with no text between them: the site's tagline under
    its name ("Notes on Harbour Life" / "A blog about boats and the people who sail them.")."""
    prev = el.getprevious()
    while prev is not None and not (prev.tail or "").strip() and not inner_text(prev).strip():
        prev = prev.getprevious()  # an empty element, or one a rule took out
    return prev is not None and prev in learned and not (prev.tail or "").strip() and _is_masthead(prev, names)


def _is_clutter(el: etree._Element) -> bool:
    """Long enough, and long or link-dense (see MIN_TEXT)."""
    n = len(" ".join(inner_text(el).split()))
    if n < MIN_TEXT:
        return False
    if n >= LONG_TEXT:
        return True
    links = sum(len(" ".join(inner_text(a).split())) for a in el.iter("a"))
    return links >= LINK_DENSITY * n


_TAXONOMY = re.compile(r"/(?:categor(?:y|ies)|tags?|topics?|labels?|sections?)/", re.IGNORECASE)


def _is_taxonomy(el: etree._Element) -> bool:
    """A link to a category or tag page: ``rel="tag"`` or ``"category"``, or such a path."""
    if el.tag != "a":
        return False
    rel = (el.get("rel") or "").lower()
    return "tag" in rel.split() or "category" in rel.split() or bool(_TAXONOMY.search(el.get("href") or ""))


def _is_label_line(el: etree._Element) -> bool:
    """A short line that is a plain label of two words or more ("Posted in:", "Filed
    under", "Full list of categories:") followed by category or tag links
    (:func:`_is_taxonomy`) for at least LINK_DENSITY of the rest: a post's category or
    tag line, whatever the categories. (A byline's link goes to a person: it stays.)"""
    pieces: list[tuple[str, bool]] = []  # (text, inside a taxonomy link)
    links = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            links += _is_taxonomy(node)
            text = node.text
        else:
            links -= _is_taxonomy(node)
            text = node.tail if node is not el else None
        if text and not text.isspace():
            pieces.append((" ".join(text.split()), links > 0))
    if len(pieces) < 2 or pieces[0][1]:
        return False
    label, rest = pieces[0][0], pieces[1:]
    size = sum(len(t) + 1 for t, _ in rest)
    if len(label) > LABEL_MAX or len(label) + size > LABEL_LINE or len(_WORD.findall(label)) < 2:
        return False
    return sum(len(t) + 1 for t, linked in rest if linked) >= LINK_DENSITY * size


def _prose(el: etree._Element) -> int:
    """Characters of prose paragraphs (:func:`paragraph_prose`) in ``el``."""
    return sum(paragraph_prose(p) for p in el.iter("p"))
