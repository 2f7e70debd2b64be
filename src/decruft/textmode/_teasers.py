"""Teasers cut short with a link's label after them.

A list of teasers or a menu that describes its pages prints each item cut short, an ellipsis
and the same link's label after it ("The council met on Tuesday to... Read more", "Harbour
festival... open this page"). The label is no word list: the same one closing several items
cut short marks them all. Such lines are the list's, not the article's (``related``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ._lines import Line

#: An item cut short ("...", "…"), then the link's label: one to three words, marks around them
#: ("[Read more]", "» more", "/ mehr").
_CUT_LABEL = re.compile(r"(?:\.\.\.|…)\s*([^\w\s]{0,2}\s*[^\W\d_]{2,}(?:[\s-][^\W\d_]+){0,2}\s*[^\w\s.…!?]{0,2})$")
#: The same label closes at least this many different lines.
SAME_LABEL = 4
#: Where they make up this share of the lines from the first to the last, the lines between
#: (items described without a label) are the list's too.
LIST_SHARE = 0.5


def label_teasers(lines: list[Line], enabled: tuple[str, ...]) -> None:
    """Mark the lines that a label repeated after an item cut short closes (see the module), when
    the ``related`` rule is among the ``enabled`` rules."""
    lists = _cut_lists(lines) if "related" in enabled else []
    at = {ln.index: k for k, ln in enumerate(lines)} if lists else {}
    for same in lists:
        for ln in same:
            ln.rule, ln.label = "related", True
        stretch = lines[at[same[0].index] : at[same[-1].index] + 1]
        if len(same) >= LIST_SHARE * len(stretch):
            for ln in stretch:
                ln.rule = ln.rule or "related"


def _cut_lists(lines: list[Line]) -> list[list[Line]]:
    """The lines cut short that one label closes, of each label closing :data:`SAME_LABEL` or more."""
    found: dict[str, list[Line]] = defaultdict(list)
    for ln in lines:
        if ln.rule is None and ("..." in ln.text or "…" in ln.text):
            m = _CUT_LABEL.search(ln.text)
            if m:
                found[m.group(1).lower()].append(ln)
    return [same for same in found.values() if len({ln.text for ln in same}) >= SAME_LABEL]
