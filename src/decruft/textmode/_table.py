"""A table the scrape printed one cell a line, in the article (:mod:`._body`).

A scraper that keeps no HTML prints a table's cells one under the other: a comparison of
products ("Product" / "Acme kettle" / "Weight" / "1.2 kg" / "Price" / "29 EUR" / "Product" /
"Other kettle" / "Weight" / ...) or a grid ("Term" / "Length" / "Dates" / "Autumn term" /
"6 weeks" / "Sep 4 to Oct 13" / "Spring term" / "6 weeks" / ...). Each cell is a short line of
its own, which the body's run prices as a menu's item, so a table in the middle of an article
cuts it in two and the run keeps only the part after it (with a heading near it as the
headline). A table's cells repeat at its row's length: a record's keys, or a column's values
("6 weeks"); a menu's items do not. Such cells cost the run no more than a list's items.
"""

from __future__ import annotations

import re

from ._lines import SENTENCE_END, Line

#: A cell is a line of at most this many characters...
CELL_CHARS = 60
#: ...in a stretch of at least this many cells, one line a block...
TABLE_CELLS = 12
#: ...where, at one row length of at least this many cells (a contact box printing its numbers twice,
#: "+1 555 0100" / "+1 555 0199" / "+1 555 0100" / "+1 555 0199", repeats at two) and at most this many...
ROW_MIN = 3
ROW_CELLS = 24
#: ...at least this many cells print the same text as the cell a row before them...
REPEATS = 2
#: ...but at most this share of the cells past the first row: a menu printed twice (a wide
#: screen's and a phone's) repeats every item.
REPEAT_SHARE = 0.7
#: A table holds figures: at least this share of its cells open with a number ("6 weeks", "29 EUR",
#: "1,2 %"). A menu's groups repeating their items ("News" / "Local" / "Other" / "Sport" / "Local" /
#: "Other") print none, nor do a menu's dated items ("Jan. 9 Briefing").
FIGURE_SHARE = 0.2
#: ...and at most this share of them end a sentence: a comment thread's records repeat too ("Jane
#: Roe" / "3 March 2031 | Permalink" / "Great photo."), but they are sentences, which cost the run little already.
SENTENCE_SHARE = 0.1
_FIGURE = re.compile(r"^\W{0,2}\d")


def table_cells(lines: list[Line]) -> set[int]:
    """Line numbers of the cells of the tables among ``lines`` (see the module docstring)."""
    found: set[int] = set()
    stretch: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and _cell(ln) and (not stretch or ln.block != stretch[-1].block):
            stretch.append(ln)
            continue
        if len(stretch) >= TABLE_CELLS and _figures(stretch) and _rows(stretch):
            found.update(x.index for x in stretch)
        stretch = [ln] if ln is not None and _cell(ln) else []
    return found


def _cell(ln: Line) -> bool:
    return ln.rule is None and len(ln.text) <= CELL_CHARS


def _figures(stretch: list[Line]) -> bool:
    """Do enough cells of ``stretch`` print figures, and few end a sentence?"""
    figures = sum(bool(_FIGURE.match(ln.text)) for ln in stretch)
    sentences = sum(bool(SENTENCE_END.search(ln.text)) for ln in stretch)
    return figures >= FIGURE_SHARE * len(stretch) and sentences <= SENTENCE_SHARE * len(stretch)


def _rows(stretch: list[Line]) -> bool:
    """Do at least :data:`REPEATS` cells of ``stretch`` repeat the cell one row length before them,
    at one row length of :data:`ROW_MIN` to :data:`ROW_CELLS` cells, and not nearly all of them?"""
    texts = [ln.text.casefold() for ln in stretch]
    for row in range(ROW_MIN, min(ROW_CELLS, len(texts) // 2) + 1):
        repeats = sum(texts[i] == texts[i - row] for i in range(row, len(texts)))
        if REPEATS <= repeats <= REPEAT_SHARE * (len(texts) - row):
            return True
    return False
