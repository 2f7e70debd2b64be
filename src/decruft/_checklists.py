"""Checklists: the labels a page writes around checkboxes so that a reader can tick items off
(a recipe's ingredients, a packing list, the steps of a how-to). They are the article's text,
not form controls: marked before the checkboxes are stripped (:func:`mark`), they are spared
by the ``controls`` rule, which takes every other ``<label>``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lxml import etree

#: The attribute set on a checklist's labels.
MARK = "data-decruft-checklist"
#: A checklist has at least this many checkbox labels...
CHECKLIST_MIN = 3
#: ...under one element at most this many levels above each of them (an ingredient's label
#: sits in a paragraph in a list item of the list).
CHECKLIST_LEVELS = 4


def mark(root: etree._Element, controls: Iterable[etree._Element]) -> None:
    """Mark the labels of ``root``'s checklists: the ``<label>`` elements that wrap a checkbox of
    ``controls`` (the page's ``<input>`` and ``<button>`` elements, which metadata's walk met)
    or name its id (``for=``), CHECKLIST_MIN or more under one element CHECKLIST_LEVELS levels
    up. A comment form's lone "Notify me" box and a poll's radio buttons are no checklist."""
    boxes = [el for el in controls if el.tag == "input" and (el.get("type") or "").strip().lower() == "checkbox"]
    if len(boxes) < CHECKLIST_MIN:
        return
    labels = _labels(root, boxes)
    if len(labels) < CHECKLIST_MIN:
        return
    above = {label: _ancestors(label) for label in labels}
    tally = Counter(el for ancestors in above.values() for el in ancestors)
    for label, ancestors in above.items():
        if any(tally[el] >= CHECKLIST_MIN for el in ancestors):
            label.set(MARK, "")


def _labels(root: etree._Element, boxes: list[etree._Element]) -> list[etree._Element]:
    """The labels of the checkboxes ``boxes``: those wrapping one, and those naming one's id."""
    labels: dict[etree._Element, None] = {}
    for box in boxes:
        label = next(box.iterancestors("label"), None)
        if label is not None:
            labels[label] = None
    ids = {box.get("id") for box in boxes} - {None, ""}
    if ids:
        for label in root.iter("label"):
            if label.get("for") in ids:
                labels[label] = None
    return list(labels)


def _ancestors(el: etree._Element) -> list[etree._Element]:
    """``el``'s ancestors, at most CHECKLIST_LEVELS of them, the parent first."""
    found: list[etree._Element] = []
    for anc in el.iterancestors():
        if len(found) == CHECKLIST_LEVELS or anc.tag in ("body", "html"):
            break
        found.append(anc)
    return found


def in_checklist(el: etree._Element) -> bool:
    """Is ``el`` a label :func:`mark` marked?"""
    return el.tag == "label" and el.get(MARK) is not None
