"""Side blocks (comment threads, sidebar widgets, ``<aside>``, profile boxes): left out of
the scoring and of a hint's share, then pruned."""

from __future__ import annotations

from typing import TypeVar

from lxml import etree

from ._measure import _attrs, _is_inside, _side_regex, _verdict, class_weight

#: Paragraph text that must lie outside side blocks for those to be left out of the scoring.
SIDE_FREE_MIN = 250


def _outside_side_blocks(
    paragraphs: dict[etree._Element, int],
) -> tuple[dict[etree._Element, int], list[etree._Element]]:
    """The paragraphs outside side blocks (:func:`is_side_block`) that hold no ``<h1>`` and no
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
            found = verdicts[el] = is_article_free_side_block(el)
        return found

    kept = {}
    blocks: dict[etree._Element, None] = {}
    outer: dict[etree._Element, etree._Element | None] = {}  # the outermost side block holding each element met
    for p, n in paragraphs.items():
        path, above = _path_up(p, outer)
        outermost = outer[above] if above is not None else None
        for el in reversed(path):  # top down: the first side block met is the outermost
            if outermost is None and side(el):
                outermost = el
            outer[el] = outermost
        if outermost is None:
            kept[p] = n
        else:
            blocks[outermost] = None
    if not blocks or sum(kept.values()) < SIDE_FREE_MIN:
        return paragraphs, []
    return kept, list(blocks)


#: The tags looked at for a headline or a block named as the article body inside a side block.
_HOLDERS = ("h1", "div", "section", "article", "main", "td")


def is_article_free_side_block(el: etree._Element) -> bool:
    """A side block (:func:`is_side_block`) that holds no ``<h1>`` and no block named as the
    article body: a wrapper named "has-sidebar" around the whole post is no side."""
    return is_side_block(el) and not any(x.tag == "h1" or _verdict(x)[0] for x in el.iter(*_HOLDERS))


def _is_side(el: etree._Element) -> bool:
    """A block beside the article by its markup: an ``<aside>``, or a class/id naming cruft
    (sidebar, widget, comments, ...)."""
    return el.tag == "aside" or class_weight(el) < 0


def is_side_block(el: etree._Element) -> bool:
    """An ``<aside>``, or a block named as a comment thread, sidebar or widget (the ``side``
    patterns of patterns.toml)."""
    if el.tag == "aside":
        return True
    attrs = _attrs(el)
    return attrs != " " and _side_regex().search(attrs) is not None


def _side_regions(paragraphs: dict[etree._Element, int]) -> dict[etree._Element, frozenset[etree._Element]]:
    """For each paragraph inside a side block (:func:`_is_side`), those side blocks."""
    found: dict[etree._Element, frozenset[etree._Element]] = {}
    holding: dict[etree._Element, frozenset[etree._Element]] = {}  # the side blocks holding each element met
    for p in paragraphs:
        path, above = _path_up(p, holding)
        sides = holding[above] if above is not None else frozenset()
        for el in reversed(path):
            if _is_side(el):
                sides = sides | {el}
            holding[el] = sides
        if sides:
            found[p] = sides
    return found


_T = TypeVar("_T")


def _path_up(el: etree._Element, met: dict[etree._Element, _T]) -> tuple[list[etree._Element], etree._Element | None]:
    """``el`` and its ancestors below ``<body>`` up to the first one in ``met`` (left out), and
    that one (None when the path reaches ``<body>``): a walk up from each paragraph stops
    where one from an earlier paragraph went, so each element is judged once."""
    path: list[etree._Element] = []
    node: etree._Element | None = el
    while node is not None and node.tag not in ("body", "html"):
        if node in met:
            return path, node
        path.append(node)
        node = node.getparent()
    return path, None


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
