"""Text-scrape mode: the same cruft families, for pages whose HTML is gone.

A text scrape keeps the visible text, a line per block element, blocks often
separated by blank lines (and long paragraphs sometimes wrapped over several
lines). Three passes, after jusText:

1. *Label lines.* Every line is checked against the rules' vocabularies: a
   label ("Show more comments", "Updated") or a sentence ("we use cookies")
   marks the line as cruft; a rail heading ("Most Read in News",
   "Journalists") marks the lines after it too, until article prose resumes
   (a footer heading does so only in the page's second half).
2. *Find the body.* Each remaining block scores its length minus a constant,
   cruft blocks score strongly negative, and the best-scoring run of blocks
   (a maximum-sum segment) is the article; a short closing sentence right
   after it is kept. A lead paragraph that a share bar or byline cut off
   from the run joins it, and a closing rail heading ("Comments", "Share this")
   ends the run late in it, or anywhere past its first few paragraphs when a
   comment thread ("Reply", "Report") follows. Everything outside is recorded as ``boilerplate``.
3. *Metadata.* The headline is the line nearest the body that repeats the
   page title in the first line (whole, without its site part, or one part of
   it), else the title-like line before the body; the date comes from a
   ``date YYYY-MM-DD`` prefix, an ISO date near the top, or htmldate; the
   authors from a "By ..." line.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import html as _html
import re
import time
from collections.abc import Callable, Iterable

from . import _render, _url
from ._article import Article, Removal
from ._metadata import (
    _SEPARATORS,
    _YEAR,
    _byline_words,
    _month_words,
    _script_languages,
    _strip_site,
    clean_title,
    parse_date,
    read_dateline,
    split_authors,
)
from ._options import Options
from ._pagetype import classify_text
from ._ruler import Rule
from ._state import check_deadline, shorten
from .rules._match import phrase_matcher, sentence_automaton
from .rules._vocab import normalize, vocabulary

#: A block scores its length minus this: shorter blocks pull a region down.
BLOCK_COST = 60
#: ...but a list item or a sentence costs only this.
ITEM_COST = 20
#: Below this best run score, no body stands out and all non-cruft lines are kept.
MIN_BODY = 150
#: Rail sections (after "Most Read", "Journalists"...) end at a prose line at least this long.
PROSE_LINE = 80
#: ...and never run longer than this many lines.
MAX_SECTION_LINES = 40
#: Lines longer than this are never cruft because of a sentence they contain.
SENTENCE_LINE = 1000
#: Families whose headings take the following lines with them.
SECTION_RULES = ("most-read", "related", "staff-list", "comments", "footer", "newsletter", "share", "ads")
#: Footer headings open a section only from this share of the page's lines on.
FOOTER_FROM = 0.5
#: Families whose heading, once this share of the body's text is behind it, ends the body.
TAIL_RULES = ("comments", "most-read", "newsletter", "staff-list", "footer", "share")
TAIL_SHARE = 0.7
#: ...or, with this much body text behind it, when a comment thread follows: this many comment
#: labels ("Reply", "Report") in the rest of the page.
THREAD_AFTER = 500
THREAD_LABELS = 3
#: A lead paragraph this many short or cruft lines above the body still belongs to it...
LEAD_GAP = 12
#: ...unless a heading of these families lies between.
LEAD_STOP_RULES = ("most-read", "related", "comments", "newsletter")
#: Less body text than this earns a warning.
SHORT_ARTICLE = 200
#: Lines searched for the headline before the body.
TITLE_WINDOW = 25
#: A line before the body sharing more than this share of its words with the page title's own
#: part, and of the part's words with it, is the headline when no line repeats the title.
TITLE_LIKENESS = 0.7
#: A dateline is looked for from the headline, or this many lines above the body when no
#: headline was found, to this many lines into the body (see :func:`read_dateline`).
DATELINE_ABOVE = 8
DATELINE_INTO = 5

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
_ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
#: A trail of links ("Home > News > Story"): the page's place, not its headline.
_BREADCRUMB = re.compile(r"\s[>»/]\s.*\s[>»/]\s")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*\-–]|\d{1,3}[.)])\s+")
#: A line ending like a sentence: its punctuation or a closing quote or bracket, with footnote
#: or source marks after it ("...in 1990.[3]", "...is sacred. [M1 / MP]"), not a teaser's
#: tag alone ("...to thank fans [+old clips]").
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’“‘»)](?:\s?\[[^\[\]]{1,40}\])*$")


@dataclasses.dataclass(slots=True)
class _Line:
    index: int  # 0-based line number in the input
    text: str  # stripped, bullet kept
    block: int  # blank-line separated block number
    rule: str | None = None  # cruft family, when the line is cruft
    heads: bool = False  # the line is a heading that opens a cruft section
    label: bool = False  # the line is cruft by its own words (not as part of a section)


def extract_text(
    text: str,
    *,
    url: str | None,
    options: Options,
    rules: Iterable[Rule],
    deadline: float = 0.0,
    strip_lines: frozenset[str] = frozenset(),
) -> Article:
    """Extract the article from a text scrape (see the module docstring). ``deadline`` is the
    ``time.monotonic()`` by which it must end (default: ``options.time_budget`` from now).

    ``strip_lines``: normalized lines that site memory learned as the host's template
    (:func:`decruft.sitememory.normalize`); such a line is cruft of the rule ``site-memory``
    unless it reads as prose.
    """
    budget = options.time_budget
    deadline = deadline or time.monotonic() + budget

    def check() -> None:
        check_deadline(deadline, budget)

    enabled = tuple(r.name for r in rules)
    raw_lines = text.splitlines()
    date = None
    if raw_lines:
        m = _DATE_PREFIX.match(raw_lines[0])
        if m:
            date = parse_date(m.group(1))
            raw_lines[0] = raw_lines[0][m.end() :]
    lines = _lines(raw_lines)
    check()
    _label(lines, enabled, check)
    if strip_lines:
        _label_learned(lines, strip_lines)
    check()
    core = _cut_tail(lines, _body(lines))
    check()
    body = _extend_head(lines, core)
    check()
    # The headline and byline are looked for around the run itself, not above a lead taken back.
    title_line = _title_line(lines, core, url)
    title = clean_title(_title(lines, title_line, url)) or None
    kept = [ln for ln in lines if ln.index in body and ln is not title_line and ln.rule is None]
    removed = _removals(lines, body, title_line)
    date = date or _dateline(lines, core, title_line) or _date(lines, body, url)
    authors = _authors(lines, core)
    kept = [ln for ln in kept if not _is_byline(ln.text, authors)]
    check()
    blocks = _blocks(kept)
    warnings = [] if blocks else ["no article text found in the text scrape"]
    if blocks and sum(len(b.text) for b in blocks) < SHORT_ARTICLE:
        warnings.append("very little text: this may not be an article")
    return Article(
        title=title,
        page_title=(clean_title(lines[0].text) or None) if lines else None,
        date=date,
        authors=authors,
        text=_render.to_text(blocks),
        markdown=_render.to_markdown(blocks),
        html=_render.to_html(blocks, title),
        url=url,
        removed=removed,
        warnings=warnings,
        source="text",
        page_type=classify_text(_page_blocks(lines, {ln.index for ln in kept}), [b.text for b in blocks]),
    )


def _lines(raw: list[str]) -> list[_Line]:
    out = []
    block = 0
    for i, line in enumerate(raw):
        stripped = " ".join(line.split())
        if not stripped:
            block += 1
            continue
        out.append(_Line(i, stripped, block))
    return out


# ---------------------------------------------------------------------------
# Pass 1: cruft lines


def _line_rule(text: str, enabled: tuple[str, ...]) -> tuple[str | None, bool]:
    """``(rule, heads_section)`` for one line, or ``(None, False)``."""
    norm = normalize(_BULLET.sub("", text))
    if not norm:
        return None, False
    if len(norm.split()) <= 12:
        found = phrase_matcher(enabled).classify(norm)
        if found is not None:
            return found[0], found[1] == "heading" and found[0] in SECTION_RULES
    if len(text) <= 250:
        for name in enabled:
            prefixes = vocabulary(name).prefixes
            if prefixes and norm.startswith(prefixes):
                return name, False
    if len(text) <= SENTENCE_LINE:
        automaton = sentence_automaton(enabled)
        if automaton is not None:
            for _end, owners in automaton.iter(text.lower()):
                return owners[0], False
    return None, False


#: Lines labelled between two looks at the clock.
CHECK_EVERY = 256


def _label(lines: list[_Line], enabled: tuple[str, ...], check: Callable[[], None] = lambda: None) -> None:
    by_block: dict[int, list[_Line]] = {}
    for ln in lines:
        by_block.setdefault(ln.block, []).append(ln)
    # A paragraph wrapped over several lines reads as prose as a whole, not line by line.
    block_text = {
        b: " ".join(ln.text for ln in members) if _wrapped(members) else "" for b, members in by_block.items()
    }
    # Whether each block reads as prose, worked out once per block: asked for each line of a
    # section, it cost O(n^2) on a scrape of one long block of teaser lines (1.1 MB: 262 s).
    block_prose: dict[int, bool] = {}
    section: str | None = None
    section_lines = 0
    for i, ln in enumerate(lines):
        if i % CHECK_EVERY == CHECK_EVERY - 1:
            check()
        rule, heads = _line_rule(ln.text, enabled)
        if rule is not None:
            ln.rule = rule
            ln.heads = heads
            ln.label = True
            # A footer heading in the page's first half is a menu entry ("Contact"): it opens no section.
            if heads and not (rule == "footer" and i < len(lines) * FOOTER_FROM):
                section, section_lines = rule, 0
            continue
        if section is not None:
            section_lines += 1
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            # Prose ends a rail; one teaser headline that reads like a sentence does not.
            resumes = _is_prose(ln.text) and (len(ln.text) >= 2 * PROSE_LINE or _is_prose(nxt))
            prose = block_prose.get(ln.block)
            if prose is None:
                prose = block_prose[ln.block] = _is_prose(block_text[ln.block])
            if resumes or prose or section_lines > MAX_SECTION_LINES:
                section = None
            else:
                ln.rule = section


def _label_learned(lines: list[_Line], strip_lines: frozenset[str]) -> None:
    """Mark the lines site memory learned as the host's template (never a prose line)."""
    from .sitememory import RULE, normalize as learned_form

    for ln in lines:
        if ln.rule is None and not _is_prose(ln.text) and learned_form(ln.text) in strip_lines:
            ln.rule = RULE
            ln.label = True


def _is_prose(text: str) -> bool:
    return len(text) >= PROSE_LINE and len(text.split()) >= 12 and bool(_SENTENCE_END.search(text))


# ---------------------------------------------------------------------------
# Pass 2: the body


def _headline_anchor(lines: list[_Line]) -> int:
    """Index of a line repeating the page title (the first line): the body starts after it."""
    if len(lines) < 3:
        return -1
    page_title = normalize(lines[0].text)
    for ln in lines[1 : len(lines) // 2]:
        norm = normalize(ln.text)
        if ln.rule is None and _title_like(ln.text) and len(norm) >= 15 and norm in page_title:
            return ln.index
    return -1


def _body(lines: list[_Line]) -> set[int]:
    """Line numbers of the article body: the best-scoring run of blocks, after the headline if any."""
    anchor = _headline_anchor(lines)
    if anchor >= 0:
        after = _best_run([ln for ln in lines if ln.index > anchor])
        if after:
            return after
    return _best_run(lines) or {ln.index for ln in lines if ln.rule is None}


def _cut_tail(lines: list[_Line], body: set[int]) -> set[int]:
    """End the body at a closing section heading ("Comments", "Newsletter"...) well into the article.

    Such a heading inside the run, after most of its text, opens the page's tail; what follows
    it (an author box, a list of teasers) can still read as prose and score well on its own.
    """
    inside = [ln for ln in lines if ln.index in body]
    total = sum(len(ln.text) for ln in inside if ln.rule is None)
    # Comment actions ("Reply", "Report": labels without a count) in the page from each line on:
    # a thread's replies are prose too.
    replies: dict[int, int] = {}
    count = 0
    for ln in reversed(lines):
        count += ln.rule == "comments" and ln.label and not ln.heads and not _DIGIT.search(ln.text)
        replies[ln.index] = count
    seen = 0
    for ln in inside:
        if ln.heads and ln.rule in TAIL_RULES and (
            seen >= TAIL_SHARE * total or (seen >= THREAD_AFTER and replies[ln.index] >= THREAD_LABELS)
        ):
            return {x.index for x in inside if x.index < ln.index}
        if ln.rule is None:
            seen += len(ln.text)
    return body


def _extend_head(lines: list[_Line], body: set[int]) -> set[int]:
    """Take back the lead paragraphs a share bar, byline or dateline cut off from the body.

    Walking up from the body's first line, a gap of at most ``LEAD_GAP`` cruft lines or short
    lines, then prose: the prose (with the prose right before it) joins the body, the gap does
    not. A heading that opens a rail (most read, related, comments, newsletter) closes the walk.
    """
    if not body:
        return body
    first = min(body)
    i = _position(lines, first) - 1
    added: set[int] = set()
    while i >= 0:
        j, gap = i, 0
        while j >= 0 and not _is_prose(lines[j].text):
            ln = lines[j]
            if gap == LEAD_GAP or (ln.heads and ln.rule in LEAD_STOP_RULES) or (ln.rule is None and len(ln.text) > PROSE_LINE):
                return body | added
            gap += 1
            j -= 1
        if j < 0 or lines[j].rule is not None:
            break
        while j >= 0 and lines[j].rule is None and _is_prose(lines[j].text):
            added.add(lines[j].index)
            j -= 1
        i = j
    return body | added


def _position(lines: list[_Line], index: int) -> int:
    """Where the line numbered ``index`` in the input stands in ``lines`` (blank lines are not there)."""
    return next(n for n, ln in enumerate(lines) if ln.index == index)


def _best_run(lines: list[_Line]) -> set[int]:
    blocks: list[list[_Line]] = []
    for ln in lines:
        if blocks and blocks[-1][0].block == ln.block:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    scores = []
    for block in blocks:
        clean = [ln for ln in block if ln.rule is None]
        if not clean:
            scores.append(-BLOCK_COST * len(block))
            continue
        length = sum(len(ln.text) for ln in clean)
        if _wrapped(clean):
            scores.append(length - BLOCK_COST)
        else:
            scores.append(length - sum(_line_cost(ln.text) for ln in clean))
    best, start, end = _max_segment(scores)
    if best < MIN_BODY:
        # No run of prose stands out (a short page, a list): the caller keeps every line that is not cruft.
        return set()
    # A short closing sentence right after the body ("It will take over next year.").
    if end + 1 < len(blocks):
        nxt = [ln for ln in blocks[end + 1] if ln.rule is None]
        if nxt and len(nxt) == len(blocks[end + 1]) and all(_SENTENCE_END.search(ln.text) for ln in nxt):
            if sum(len(ln.text.split()) for ln in nxt) >= 5:
                end += 1
    return {ln.index for block in blocks[start : end + 1] for ln in block}


def _line_cost(text: str) -> int:
    """What a short line costs the run it sits in: list items and sentences cost less than menu words."""
    if _BULLET.match(text) or _SENTENCE_END.search(text):
        return ITEM_COST
    return BLOCK_COST


def _wrapped(block: list[_Line]) -> bool:
    """A paragraph wrapped over several lines, rather than a list of short items."""
    return sum(len(ln.text) for ln in block) / len(block) >= 40 and not any(_BULLET.match(ln.text) for ln in block)


def _max_segment(scores: list[int]) -> tuple[int, int, int]:
    """Kadane: ``(sum, first, last)`` of the best contiguous run."""
    best, best_start, best_end = 0, 0, -1
    total, start = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_start, best_end = total, start, i
    return best, best_start, best_end


# ---------------------------------------------------------------------------
# Pass 3: metadata


def _title_like(text: str) -> bool:
    words = text.split()
    return 3 <= len(words) <= 25 and len(text) <= 200 and not text.endswith(".") and not _ISO.search(text)


def _title_line(lines: list[_Line], body: set[int], url: str | None = None) -> _Line | None:
    if not body:
        return None
    first = min(body)
    page_title = normalize(lines[0].text) if lines else ""
    own = normalize(_page_part(lines[0].text, url)) if lines else ""
    # A line that repeats the page title (the first line), or its own part with the site's name
    # stripped ("Copy & paste from tmux | FlowFX", then "Copy & paste from tmux"), is the headline:
    # the one nearest the body, before it, opening it or among its first lines (a body that
    # starts with a teaser above the headline). A rail heading's marks do not count here:
    # "Autoren" in a menu marks the lines after it.
    around = [ln for ln in lines[1:] if abs(ln.index - first) <= TITLE_WINDOW]
    whole = {own, page_title} if own else set()
    # Or one part of it ("Geschichte | Klänge des Verschweigens" prints "Klänge des Verschweigens").
    split = _SEPARATORS.split(lines[0].text)
    parts = {normalize(part) for part in split if len(part.split()) >= 2} - {page_title}
    # Farther from the body (a long menu or teaser block between), the same lines in the whole
    # page, of the parts all but the last (mostly the site's name, which the logo prints).
    same: list[_Line] = []
    tiers = ((around, whole), (around, parts), (lines[1:], whole), (lines[1:], parts - {normalize(split[-1])}))
    for candidates, keys in tiers:
        same = [ln for ln in candidates if normalize(ln.text) in keys]
        if same:
            break
    if same:
        return min(same, key=lambda ln: (abs(ln.index - first), ln.index > first))
    # A line worded much as the page title: a headline the site shortened or reworded for the
    # <title> ("VW-Chef warnt vor Tesla" under "VW-Chef Diess warnt vor Tesla | Site").
    if own:
        words = set(_WORD.findall(own))
        alike: list[tuple[float, int, _Line]] = []  # (likeness, nearness to the body, line)
        for ln in lines[1:]:
            if ln.rule is not None or ln.index > first or not _title_like(ln.text) or _BREADCRUMB.search(ln.text):
                continue
            mine = set(_WORD.findall(normalize(ln.text)))
            if not mine or mine == words:  # the title decorated ("[> Jens Weber"): its own part reads better
                continue
            # Both ways: a kicker alone ("Siemens und die Kohlemine Adani") covers too little of the title.
            likeness = len(mine & words) / max(len(mine), len(words))
            if likeness > TITLE_LIKENESS:
                alike.append((likeness, ln.index - first, ln))
        if alike:
            return max(alike, key=lambda found: found[:2])[2]
    # A title-like line that the page title holds ("Headline" in "Section | Headline | Site").
    near = [ln for ln in around if ln.index <= first and ln.rule is None]
    for ln in reversed(near):
        norm = normalize(ln.text)
        if _title_like(ln.text) and len(norm) >= 15 and norm in page_title:
            return ln
    # Else the first title-like line before the body (the page title itself, its site part then stripped).
    before = [ln for ln in lines if ln.index < first and ln.rule is None][-TITLE_WINDOW:]
    candidates = [ln for ln in before if _title_like(ln.text) and not _BULLET.match(ln.text)]
    if candidates:
        return candidates[0]
    # No line before the body: the body's first line is the headline when it reads like one.
    inside = [ln for ln in lines if ln.index in body and ln.rule is None]
    if len(inside) > 1 and _title_like(inside[0].text) and inside[1].block != inside[0].block:
        return inside[0]
    return None


def _page_part(title: str, url: str | None) -> str:
    """The page title without the site's name (judged by the host's name, as for HTML pages)."""
    host = _url.hostname(url)
    return _strip_site(title, None, host.split(".")[-2] if host and "." in host else None)


def _title(lines: list[_Line], line: _Line | None, url: str | None) -> str | None:
    if line is not None and line is not lines[0]:
        return line.text
    if lines and lines[0].rule is None:
        return _page_part(lines[0].text, url)
    return None


def _dateline(lines: list[_Line], core: set[int], title_line: _Line | None) -> _dt.date | None:
    """The first short line with a whole date from under the headline (or a few lines above the
    body when no headline was found) to the body's first lines: "March 9, 2017", "Oct 18, 2019
    · 8 min read", "Par X — 24 novembre 2017 à 18:42". Of "Dec. 6, 2024 / Updated Dec. 7,
    2024" only the part before the update counts; a line that opens with one is skipped."""
    if not core:
        return None
    first = min(core)
    start = _position(lines, first)
    top = start - DATELINE_ABOVE
    if title_line is not None and title_line.index < first:
        # The lines under the headline: a date in the headline itself is what it reports on.
        top = _position(lines, title_line.index) + 1
    for ln in lines[max(0, top) : start + DATELINE_INTO]:
        found = read_dateline(ln.text)
        if found is not None:
            return found
    return None


def _date(lines: list[_Line], body: set[int], url: str | None) -> _dt.date | None:
    """htmldate over the scrape (its lines as paragraphs) and the URL."""
    from ._metadata import _DATE_LANGUAGES, _install_dateparser_hook

    _install_dateparser_hook()
    # A scrape names no language: each date string is read with the month names of its script's languages.
    token = _DATE_LANGUAGES.set(None)
    try:
        from htmldate import find_date  # type: ignore[import-untyped]

        page = "<html><body>" + "".join(f"<p>{_html.escape(ln.text)}</p>" for ln in lines) + "</body></html>"
        found_text = find_date(page, extensive_search=True, original_date=True, url=url)
    except Exception:  # htmldate is best effort here: no date is an honest answer
        return None
    finally:
        _DATE_LANGUAGES.reset(token)
    return parse_date(found_text) if found_text else None


_BY_LINE = re.compile(r"^(?:by|von|par|por|di|door)\s+\S", re.IGNORECASE)
#: Lines longer than this are no byline.
BYLINE_CHARS = 120
#: Where the name after a byline marker ends: a date, a handle, a separator, a job title after
#: a comma, or a preposition ("by Jane Roe on March 3", "von Hans Muster am 3. März").
_NAME_END = re.compile(r"\d|@|\||•|·|—|–|\s-\s|,|\(|;|\s(?:on|at|in|am|um|le|el|em|il|op)\s")
#: Lower-case words a name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "der", "den", "del", "della", "la", "le", "bin", "al", "y", "zu", "ter"}
)


@functools.cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(marker, label)`` from the phrase files' ``[byline]`` tables: a marker before the
    name ("By Jane Roe", "// By Jane Roe", "ByJane Roe", "Posted on 3 May 2019 by Jane Roe"),
    a label and a colon at the line's start ("Author: Jane Roe", "Text: Hans Muster")."""
    def alternation(key: str) -> str:
        return "|".join(sorted((re.escape(w) for w in _byline_words(key)), key=len, reverse=True))

    # Glued to the name ("ByJane Roe", "vonChris Jung") only as a word is written, not inside
    # a word in capitals ("DIRIGIDO").
    words = [w for w in _byline_words("markers") if " " not in w]
    glued = "|".join(sorted({f"{re.escape(w[0].upper() + w[1:])}|{re.escape(w)}" for w in words}))
    marker = re.compile(
        rf"(?:^|(?<=[\s/|•·—–-]))(?:(?i:{alternation('markers')})\s+|(?:{glued})(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))"
    )
    label = re.compile(rf"^\W*(?i:{alternation('labels')})\s*:\s*")
    return marker, label


def _byline_names(text: str) -> list[str]:
    """The names a byline line gives ("By Jane Roe, Political Editor", "Posted on 21. Juli 2019
    by Jane Roe", "Author: Jane Roe, Datum: 03.03.19"), or none. A marker inside the line
    counts only in a dated line: "Powered by WordPress" is no byline."""
    marker, label = _byline_patterns()
    dated = _YEAR.search(text) is not None
    found = label.match(text)
    if found is None:
        found = marker.search(text)
        if found is None or (found.start() and text[: found.start()].strip(" /-–—|•·*_=~") and not dated):
            return []
    # Undated, "By X" could open a heading ("Von Ideen und Menschen"): a name there has two words.
    shortest = 1 if dated or found.re is label else 2
    # Capitals ("By JEFFREY GETTLEMAN") only right after a marker or label that opens the line.
    capitals = found.start() == 0
    rest = text[found.end() :]
    end = _NAME_END.search(rest)
    names = [n for n in map(_without_month, split_authors(rest[: end.start()] if end else rest)) if _written_as_name(n, shortest, capitals)]
    # "By Jane Roe, John Doe and Max Muster": names after a comma, while they read as names of
    # two words or more (a role after the comma ends the byline: "By Jane Roe, Political Editor").
    # The list must end in a joined pair ("..., John Doe and Max Muster"): a job title after the
    # comma reads as a name too ("Jane Roe, Senior Technologist").
    listed: list[str] = []
    while names and end is not None and end.group() == ",":
        start = end.end()
        end = _NAME_END.search(rest, start)
        more = [_without_month(n) for n in split_authors(rest[start : end.start() if end else len(rest)])]
        if not more or not all(_written_as_name(n, 2, capitals) for n in more):
            break
        listed.extend(more)
        if len(more) >= 2:
            names.extend(n for n in listed if n not in names)
            break
    return names


def _without_month(name: str) -> str:
    """``"Laura June Topolsky July"`` (from "by Laura June Topolsky July 10, 2015") without the month."""
    head, _, last = name.rpartition(" ")
    if head and last.casefold().rstrip(".") in _month_words(_script_languages(last) or ("en",)):
        return head
    return name


def _written_as_name(name: str, shortest: int, capitals: bool) -> bool:
    """At least ``shortest`` capitalised words (particles aside); all in capitals only if
    ``capitals`` (else "TMZ STAFF" and "RIGIDO A" would be names)."""
    words = name.split()
    return (
        len(words) >= shortest
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _PARTICLES for w in words)
        and (capitals or any(c.islower() for c in name))
    )


def _authors(lines: list[_Line], body: set[int]) -> list[str]:
    first = min(body) if body else len(lines)
    for ln in lines:
        if ln.index > first + 3:
            break
        if len(ln.text) <= BYLINE_CHARS:
            names = _byline_names(ln.text)
            if names:
                return names
    return []


def _is_byline(text: str, authors: list[str]) -> bool:
    return bool(authors) and len(text) <= 80 and bool(_BY_LINE.match(text)) and authors[0] in text


# ---------------------------------------------------------------------------
# Output


def _removals(lines: list[_Line], body: set[int], title_line: _Line | None) -> list[Removal]:
    """Consecutive removed lines of one rule form one removal, ``where`` = 1-based line range."""
    out: list[Removal] = []
    run: list[_Line] = []
    run_rule = ""

    def flush() -> None:
        if run:
            where = f"line {run[0].index + 1}" if len(run) == 1 else f"lines {run[0].index + 1}-{run[-1].index + 1}"
            out.append(Removal(run_rule, shorten(" / ".join(ln.text for ln in run)), where))

    for ln in lines:
        if ln is title_line:
            rule = None
        elif ln.rule is not None:
            rule = ln.rule
        elif ln.index not in body:
            rule = "boilerplate"
        else:
            rule = None
        if rule != run_rule or (run and ln.index - run[-1].index > 3):
            flush()
            run, run_rule = [], rule or ""
        if rule is not None:
            run.append(ln)
    flush()
    return out


def _blocks(kept: list[_Line]) -> list[_render.Block]:
    """Group kept lines into paragraphs; wrapped lines are joined, list items stay apart."""
    blocks: list[_render.Block] = []
    current: list[_Line] = []

    def flush() -> None:
        if not current:
            return
        if _wrapped(current):
            text = " ".join(ln.text for ln in current)
            blocks.append(_render.Block("p", text, _md(text), _html.escape(text, quote=False)))
        else:
            for ln in current:
                item = _BULLET.match(ln.text)
                body = ln.text[item.end() :] if item else ln.text
                kind = "li" if item else "p"
                # The plain text keeps the marker: in a scrape it is the page's own text ("1. Preheat...").
                block = _render.Block(kind, ln.text, _md(body), _html.escape(body, quote=False))
                if item and item.group(0).strip()[:1].isdigit():
                    block.ordered, block.index = True, int(re.sub(r"\D", "", item.group(0)) or 1)
                blocks.append(block)
        current.clear()

    for ln in kept:
        if current and ln.block != current[-1].block:
            flush()
        current.append(ln)
    flush()
    return blocks


def _page_blocks(lines: list[_Line], kept: set[int]) -> list[tuple[str, bool]]:
    """Every paragraph of the page as :func:`_blocks` reads them, and whether it is in the body."""
    out: list[tuple[str, bool]] = []
    group: list[_Line] = []
    for ln in [*lines, None]:
        if group and (ln is None or ln.block != group[-1].block):
            in_body = any(g.index in kept for g in group)
            out.extend((b.text, in_body) for b in _blocks(group))
            group = []
        if ln is not None:
            group.append(ln)
    return out


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]])", r"\\\1", text)
