"""The page as parsed, read where it stands: each removed element is looked up behind the
placeholder the rules left in its place instead of being put back.

:meth:`State.restored <decruft._state.State.restored>` moves every removed element back into the
tree and out again, and lxml walks each moved subtree on both moves: on a news page that is
thousands of elements (menus, rails, comments) for a reader that wants the few lines under the
headline. :class:`AsParsed` answers the questions those readers ask (the element at a place,
an element's parent, its subtree, its text) as the restored page would, touching only the
elements read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lxml import etree

from .._parse import inner_text
from ._common import _joined_within


class AsParsed:
    """The page as parsed, seen through the page after the rules (``vacated``: the
    ``(placeholder, removed element)`` pairs of :attr:`State.vacated <decruft._state.State.vacated>`).
    Elements given to it and returned by it are the page as parsed's: never a placeholder."""

    __slots__ = ("_behind", "_front")

    def __init__(self, vacated: Iterable[tuple[etree._Element, etree._Element]]) -> None:
        #: placeholder -> the element removed from its place; removed element -> its placeholder.
        self._behind: dict[etree._Element, etree._Element] = {}
        self._front: dict[etree._Element, etree._Element] = {}
        for placeholder, el in vacated:
            self._behind[placeholder] = el
            self._front[el] = placeholder

    def real(self, el: etree._Element) -> etree._Element:
        """What stands at ``el``'s place in the page as parsed: ``el``, or the element (or comment)
        its placeholder stands for (a placeholder removed in turn is followed)."""
        behind = self._behind
        while el in behind:
            el = behind[el]
        return el

    def standing(self, el: etree._Element) -> etree._Element:
        """What stands at ``el``'s place in the page after the rules: ``el``, or its placeholder."""
        front = self._front
        while el in front:
            el = front[el]
        return el

    def parent(self, el: etree._Element) -> etree._Element | None:
        """``el``'s parent in the page as parsed (:meth:`standing`'s, read in place: the readers ask it
        of nearly every element they meet)."""
        front = self._front
        while el in front:
            el = front[el]
        return el.getparent()

    def ancestors(self, el: etree._Element) -> Iterator[etree._Element]:
        """``el``'s ancestors in the page as parsed, nearest first (``el.iterancestors()``)."""
        parent = self.parent(el)
        while parent is not None:
            yield parent
            parent = self.parent(parent)

    def following(self, el: etree._Element, *, preceding: bool = False) -> Iterator[etree._Element]:
        """The elements after ``el`` among its siblings (with ``preceding``: before it, nearest
        first), comments and processing instructions left out (``el.itersiblings(etree.Element)``)."""
        for sib in self.standing(el).itersiblings(preceding=preceding):
            sib = self.real(sib)
            if isinstance(sib.tag, str):
                yield sib

    def iter(self, el: etree._Element) -> Iterator[etree._Element]:
        """``el`` and the elements inside it, in document order (``el.iter(etree.Element)``)."""
        behind = self._behind
        for child in el.iter(etree.Element):
            if child not in behind:  # most elements: no placeholder, known without a call
                yield child
                continue
            real = self.real(child)
            if isinstance(real.tag, str):
                yield from self.iter(real)

    def itertext(self, el: etree._Element) -> Iterator[str]:
        """The text pieces inside ``el`` (not its tail), as ``el.itertext()`` gives them: a
        comment's or processing instruction's own text left out, its tail kept."""
        if el.text:
            yield el.text
        behind = self._behind
        for child in el:
            if child in behind:
                child = self.real(child)
            if isinstance(child.tag, str):
                yield from self.itertext(child)
            if child.tail:
                yield child.tail

    def inner_text(self, el: etree._Element) -> str:
        """All text inside ``el`` (:func:`decruft._parse.inner_text`)."""
        if len(el) and any(child in self._behind for child in el.iter()):
            return "".join(self.itertext(el))
        return inner_text(el)

    def short_text(self, el: etree._Element, limit: int) -> str | None:
        """``el``'s text, or None as soon as it passes ``limit`` characters
        (:func:`decruft.metadata._common._short_text`)."""
        return _joined_within(self.itertext(el), limit)

    def holds(self, top: etree._Element, el: etree._Element) -> bool:
        """Is ``el`` inside ``top`` in the page as parsed?"""
        return any(anc is top for anc in self.ancestors(el))
