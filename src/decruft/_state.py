"""The state object that travels the pipeline, stage to stage."""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ._article import Removal
from ._errors import TimeBudgetError
from ._options import Options

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


def _leading_text(el: etree._Element, limit: int) -> str:
    """The element's text, whitespace collapsed, read only as far as ``limit`` characters
    (a removed page rail can hold thousands; the record keeps the first few hundred)."""
    parts: list[str] = []
    size = 0
    for part in el.itertext():
        part = part.strip()
        if part:
            parts.append(part)
            size += len(part) + 1
            if size > limit:
                break
    return " ".join(parts)


def shorten(text: str, limit: int = REMOVAL_TEXT_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_deadline(deadline: float, budget: float) -> None:
    """Raise :class:`TimeBudgetError` once ``time.monotonic()`` is past ``deadline``
    (the moment extraction started plus ``budget`` seconds)."""
    if time.monotonic() > deadline:
        raise TimeBudgetError(f"extraction took longer than the time budget of {budget:g} s")


@dataclasses.dataclass(slots=True)
class State:
    """One document on its way through the pipeline.

    ``root`` is the parsed tree; ``meta`` collects metadata found on the way
    (JSON-LD, meta tags, byline candidates); ``removed`` is the record of
    every block a rule removed; ``main`` is the article element once chosen.
    """

    root: etree._Element
    options: Options
    url: str | None = None
    meta: dict[str, Any] = dataclasses.field(default_factory=dict)
    removed: list[Removal] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)
    main: etree._Element | None = None
    deadline: float = 0.0
    protected: set[etree._Element] = dataclasses.field(default_factory=set)
    #: (placeholder, removed element) for each removal, in order: see :meth:`restored`.
    vacated: list[tuple[etree._Element, etree._Element]] = dataclasses.field(default_factory=list)
    _restoring: bool = dataclasses.field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.deadline:
            self.deadline = time.monotonic() + self.options.time_budget

    def check_time(self) -> None:
        """Raise :class:`TimeBudgetError` once the time budget is spent."""
        check_deadline(self.deadline, self.options.time_budget)

    def remove(self, el: etree._Element, rule: str, *, text: str | None = None) -> None:
        """Remove ``el`` and record the removal under ``rule``.

        The element is swapped for an empty placeholder of the same tag (its
        tail text stays), so sibling positions never shift: every ``where``
        path, whenever it is taken, is the element's path in the page as
        parsed, which is what ``--explain`` and ``--explain-html`` show.
        """
        parent = el.getparent()
        if parent is None:
            return
        if text is None:
            text = _leading_text(el, REMOVAL_TEXT_LIMIT + 1)
        if len(self.removed) % 64 == 63:
            self.check_time()
        where = el.getroottree().getpath(el)
        self.removed.append(Removal(rule=rule, text=shorten(text), where=where))
        self.vacate(el)

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
