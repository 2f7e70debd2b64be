"""Text-scrape mode: the same cruft families, for pages whose HTML is gone.

A text scrape keeps the visible text, a line per block element, blocks often
separated by blank lines (and long paragraphs sometimes wrapped over several
lines). Three passes, after jusText:

1. *Label lines* (:mod:`._lines`). Every line is checked against the rules' vocabularies: a
   label ("Show more comments", "Updated") or a sentence ("we use cookies")
   marks the line as cruft; a rail heading ("Most Read in News",
   "Journalists") marks the lines after it too, until article prose resumes
   (a footer heading does so only in the page's second half). Teasers cut short with the same
   link's label after them ("... Read more") are a list's lines (:mod:`._teasers`).
2. *Find the body* (:mod:`._body`). Each remaining block scores its length minus a constant,
   cruft blocks score strongly negative, and the best-scoring run of blocks
   (a maximum-sum segment) is the article (a table's cells, printed a line each, cost it
   no more than a list's items); a short closing sentence right after it is kept. A lead paragraph that a share bar or byline cut off
   from the run joins it, as does a short opening line right above it ("Dear readers,").
   A closing rail heading ("Comments", "Share this") ends the run late in it, or anywhere
   past its first few paragraphs when a comment thread ("Reply", "Report") follows; an
   author's box ("Author" / "Jane Roe" / "Jane Roe is a reporter...") or a related heading
   over teasers only ends it late in it. Everything outside is recorded as ``boilerplate``.
3. *Metadata* (:mod:`._title`, :mod:`._dates`, :mod:`._authors`). The headline is the line
   nearest the body that repeats the page title in the first line (whole, without its site
   part, or one part of it), else the title-like line before the body (the heading right above
   the body rather than the page title, when it shares words with it; past a menu's items, the
   heading nearest the body with a dateline or byline under it); the date comes from a
   ``date YYYY-MM-DD`` prefix, a dateline under the headline (else just above it; numbers
   alone only in an order that one reading allows: "27/10/2018", "14.05.20"), or htmldate; the
   authors from a "By ..." line, else from a line under the headline that prints a name alone
   or with its date, read as a byline by a date, a "By" label or a role beside it, else from a
   "Text: ..." or "Von ..." line just after the body, else from the line under a byline's label
   printed alone anywhere ("Published by" / "Jane Roe"), or a line opening with "Author:" from the
   body on; a time ago ("vor 2 Stunden") dates a name line right over the body, or over the headline;
   then an author's box (a name line over a bio opening with that name); then a name line opening
   with a common given name near the headline or right after the body; last, the person a
   copyright line at the page's foot names.
"""

from __future__ import annotations

import datetime as _dt
import functools
import time
from collections.abc import Callable
from typing import Any

from .. import _render
from .._article import Article, Removal
from .._assemble import build_article
from ..metadata import clean_title
from .._options import Options
from .._pagetype import classify_text
from .._ruler import Ruler
from .._state import check_deadline
from ._body import extend_head
from ._authors import authors as find_authors
from ..metadata._byline_line import byline_names, is_byline
from ._diagnostics import leading_diagnostics
from ._dates import date_prefix, dateline, htmldate_date
from ._lines import Line, label, split_lines
from ._memory import guarded_body, label_learned, learned_lines
from ._output import blocks_of, page_blocks, removals
from ._site_tail import without_site_tail
from ._teasers import label_teasers
from ._shared import disabled_names, label_site, page_site, run_rules
from ._repeats import opening_copy
from ._title import title_line as find_title_line, title_text

#: Less body text than this earns a warning.
SHORT_ARTICLE = 200

__all__ = ["extract_text", "byline_names"]


def extract_text(
    text: str,
    *,
    url: str | None,
    options: Options,
    ruler: Ruler,
    deadline: float = 0.0,
    sites: Any = None,
    site_memory: Any = None,
) -> Article:
    """Extract the article from a text scrape (see the module docstring). ``deadline`` is the
    ``time.monotonic()`` by which it must end (default: ``options.time_budget`` from now).

    ``ruler``, ``sites`` and ``site_memory`` are the extractor's, shared with HTML mode (see
    :mod:`._shared`): the rules not disabled by the user or the page's site rule mark lines by
    their vocabularies, and those declaring text mode run on the scrape; the site rule's
    ``strip_lines`` and the lines site memory learned as the host's template
    (:func:`decruft.sitememory.normalize`; never a line that reads as prose) are cruft too,
    and never cut the article's head off the body run (:mod:`._memory`).
    """
    budget = options.time_budget
    deadline = deadline or time.monotonic() + budget

    def check() -> None:
        check_deadline(deadline, budget)

    site = page_site(sites, url, text, options)
    disabled = disabled_names(options, site)
    rules = ruler.active(disabled)
    raw_lines = text.splitlines()
    date = date_prefix(raw_lines)
    lines, diagnostics = leading_diagnostics(split_lines(raw_lines, text))
    check()
    label_site(lines, site)
    names = tuple(r.name for r in rules)
    label(lines, names, check)
    label_teasers(lines, names)
    strip_lines = _learned_lines(site_memory, url, disabled)
    learned = learned_lines(lines, strip_lines) if strip_lines else set()
    marked = label_learned(lines, learned)
    check()
    vetoed = diagnostics + run_rules(lines, ruler, rules, options=options, url=url, deadline=deadline, disabled=disabled)
    core = guarded_body(lines, learned, marked)
    check()
    body = extend_head(lines, core)
    check()
    return _article(lines, core, body, url, date, check, vetoed)


def _learned_lines(site_memory: Any, url: str | None, disabled: frozenset[str]) -> frozenset[str]:
    """The normalized lines site memory learned as the template of ``url``'s host."""
    if site_memory is None:
        return frozenset()
    from ..sitememory import RULE

    return frozenset() if RULE in disabled else site_memory.lines_for(url)


def _article(
    lines: list[Line],
    core: set[int],
    body: set[int],
    url: str | None,
    date: _dt.date | None,
    check: Callable[[], None],
    vetoed: list[Removal],
) -> Article:
    """The Article of a labelled scrape whose body run is ``core``, with its lead ``body``."""
    # The headline and byline are looked for around the run itself, not above a lead taken back.
    title_line = find_title_line(lines, core, url)
    title = clean_title(title_text(lines, title_line, url)) or None
    copy = opening_copy(lines, min(core), title_line, url) if core else None
    if copy is not None:
        copy.rule = "head"  # the <title>'s copy opening the body, under the headline printed over it
    kept = [ln for ln in lines if ln.index in body and ln is not title_line and ln.rule is None]
    removed = removals(lines, body, title_line) + vetoed
    date = date or dateline(lines, core, title_line, url) or htmldate_date(lines, url)
    authors = without_site_tail(find_authors(lines, core, title_line), lines, url)
    kept = [ln for ln in kept if not is_byline(ln.text, authors)]
    check()
    blocks = blocks_of(kept)
    return build_article(
        blocks,
        source="text",
        url=url,
        title=title,
        page_title=(clean_title(lines[0].text) or None) if lines else None,
        date=date,
        authors=authors,
        removed=removed,
        warnings=_warnings(blocks),
        page_type=functools.partial(classify_text, page_blocks(lines, {ln.index for ln in kept})),
    )


def _warnings(blocks: list[_render.Block]) -> list[str]:
    if not blocks:
        return ["no article text found in the text scrape"]
    if sum(len(b.text) for b in blocks) < SHORT_ARTICLE:
        return ["very little text: this may not be an article"]
    return []
