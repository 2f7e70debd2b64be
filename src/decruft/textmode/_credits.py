"""Pass 3: the agency or desk credited where no person's byline is printed: a source credit
after the body ("Quelle: dpa") or the agency a news lead's dateline names ("Hamburg (dpa) – ...")."""

from __future__ import annotations

import functools
import itertools
import re

from ..metadata._copyright import credit_pattern
from ..metadata._common import _byline_words
from ..rules._vocab import alternation
from ._body import position
from ._lines import Line

#: A source credit is looked for from the body's last line to this many lines after it.
SOURCE_AFTER = 20
#: A source credit names at most this many words ("dpa", "RADIO NORD/ks").
SOURCE_WORDS = 4
#: What no agency's or desk's name holds: a number, a link, a list, a bracket, a sentence's end.
_NOT_SOURCE = re.compile(r"\d|https?:|www\.|[,;()\[\]]|[.!?]$")


def source_credit(lines: list[Line], body: set[int]) -> list[str]:
    """The agency or desk that the first source credit from the body's last line on names, as
    printed: a line of a ``[byline] sources`` label of the phrase files and a colon, then at most
    :data:`SOURCE_WORDS` words that are no picture's credit, number, link or list ("Quelle: dpa",
    "Source: Example News/jr"; not a chart's "Quelle: Statistisches Bundesamt, 2019")."""
    if not body:
        return []
    end = position(lines, max(body))
    for ln in lines[end : end + 1 + SOURCE_AFTER]:
        found = _source_label().match(ln.text)
        value = ln.text[found.end() :].strip() if found else ""
        if value and len(value.split()) <= SOURCE_WORDS and not _NOT_SOURCE.search(value):
            if not credit_pattern(agencies=False).search(value):
                return [value]
    return []


@functools.cache
def _source_label() -> re.Pattern[str]:
    """A source credit's label and colon opening a line ("Quelle:", "Source :")."""
    return re.compile(rf"^(?i:{alternation(_byline_words('sources'))})\s*:\s*")


#: The lead's dateline is looked for among the body's first this many lines.
DATELINE_LINES = 4
#: A lead opening with a place and an agency's code in brackets, then a dash: "Hamburg (dpa/lno) – ...",
#: "WASHINGTON (AP) — ...".
_DATELINE_AGENCY = re.compile(r"^[A-ZÀ-Þ][\w .,/'-]{1,40}\s\(([A-Za-z][\w/.-]{1,20})\)\s*[-–—]\s")


def dateline_agency(lines: list[Line], body: set[int]) -> list[str]:
    """The agency a news lead's dateline names, as printed ("Hamburg (dpa/lno) – Trotz ..." ->
    "dpa/lno"), among the body's first :data:`DATELINE_LINES` lines: a wire story's byline
    where no person is named."""
    for ln in itertools.islice((ln for ln in lines if ln.index in body), DATELINE_LINES):
        found = _DATELINE_AGENCY.match(ln.text)
        if found is not None:
            return [found[1]]
    return []
