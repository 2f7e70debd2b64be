"""Site memory at extraction time, and the rule files it writes.

A learned host is an ordinary TOML site rule (``strip`` selectors, ``strip_lines`` for
text scrapes, a ``[[test]]``), so a person can review, edit and keep it. Given to
``Extractor(site_memory=...)`` it runs *guarded*, after the content stage chose the
article: only blocks inside the chosen body are removed (what lies outside is not in
the output anyway), never a chosen element or one that holds a large share of the
body's prose, and every removal is recorded as ``site-memory``
(``disable=["site-memory"]`` switches it off). Given to ``--rules`` instead, the same
file is a plain site rule (strip first, recorded as ``site:<name>``).
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from lxml import etree

from .._parse import inner_text
from .._site import Sites
from .._site.model import SiteRule
from .._site.toml_rules import parse_text
from .._state import State
from ._blocks import PROSE_MIN, STORY_PROSE, normalize, paragraph_prose, selector
from ._learn import HostTemplate, Learner, host_of

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
#: A block of the body whose text is at least this share learned blocks is removed whole.
CLIMB_SHARE = 0.7


class SiteMemory:
    """Learned templates by host: ``SiteMemory.learn(pages)``, ``SiteMemory.load(paths)``, :meth:`save`."""

    def __init__(self, rules: Iterable[SiteRule] = (), texts: dict[str, str] | None = None,
                 pages: dict[str, bytes | str] | None = None) -> None:  # fmt: skip
        self.sites = Sites(rules)
        self.texts: dict[str, str] = dict(texts or {})  # file name -> TOML text (learned, not yet saved)
        self.pages: dict[str, bytes | str] = dict(pages or {})  # test pages to save beside them
        self._lines: dict[int, frozenset[str]] = {}

    # -- building ------------------------------------------------------------
    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike[str]]) -> SiteMemory:
        """Rule files or folders written by ``decruft learn`` (any TOML site rule works)."""
        from .._site import load_sites

        return cls(load_sites(list(paths)).rules)

    @classmethod
    def from_learner(
        cls, learner: Learner, folder: str | os.PathLike[str] | None = None, *, tests: bool = True
    ) -> SiteMemory:
        """The memory of everything ``learner`` read; ``folder`` is where :meth:`save` will
        write (test pages are named relative to it). ``tests=False`` writes no ``[[test]]``
        (making one extracts a sample page twice per host)."""
        from ..rules import BUILTIN_RULES

        builtin = {r.name for r in BUILTIN_RULES}
        base = Path(folder) if folder is not None else Path(".")
        rules: list[SiteRule] = []
        texts: dict[str, str] = {}
        pages: dict[str, bytes | str] = {}
        for host, template in learner.templates().items():
            name = f"{_file_stem(host)}.toml"
            text = to_toml(template, base)
            learned = parse_text(text, base / name, builtin)
            test = _self_test(template, learned, base, pages) if tests else ""
            if test:
                text += test
                learned = parse_text(text, base / name, builtin)
            rules.extend(learned)
            texts[name] = text
        return cls(rules, texts, pages)

    @classmethod
    def learn(cls, pages: Iterable[tuple[str | None, bytes | str]], **options: float) -> SiteMemory:
        """Learn from ``(url, page)`` pairs (bytes, HTML or text scrapes); hosts with fewer than
        ``min_pages`` (3) pages learn nothing."""
        learner = Learner(**options)  # type: ignore[arg-type]
        for url, page in pages:
            learner.add(page, url=url)
        return cls.from_learner(learner)

    def save(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Write the learned rule files into ``folder``; returns their paths."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, page in sorted(self.pages.items()):
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(page if isinstance(page, bytes) else page.encode("utf-8"))
        for name, text in sorted(self.texts.items()):
            path = out / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
        return written

    @property
    def hosts(self) -> list[str]:
        return sorted({h for rule in self.sites.rules for h in rule.hosts})

    def __len__(self) -> int:
        return len(self.sites.rules)

    def rule_for(self, url: str | None, text: str | None = None) -> SiteRule | None:
        host = host_of(url, text)
        return self.sites.for_host(host) if host else None

    # -- extraction ----------------------------------------------------------
    def apply(self, state: State, chosen: list[etree._Element], html: str | None = None) -> list[etree._Element]:
        """Check the chosen body against the host's learned body (:func:`body_hint`), then
        remove the learned blocks that lie inside it (see the module docstring); returns the
        body, changed or not.

        A block inside the body whose text is mostly (CLIMB_SHARE) learned blocks goes as a
        whole: a carousel whose items repeat but one, a box whose heading and list repeat.
        """
        rule = self.rule_for(state.url, html)
        if rule is None or not chosen:
            return chosen
        chosen = body_hint(state, rule, chosen)
        if rule.strip:
            self._strip(state, rule, chosen)
        return chosen

    def _strip(self, state: State, rule: SiteRule, chosen: list[etree._Element]) -> None:
        inside: set[etree._Element] = set()
        for top in chosen:
            inside.update(top.iterdescendants())
        if not inside:
            return
        total = sum(_prose(top) for top in chosen)
        matched: list[etree._Element] = []
        for sel in rule.strip:
            for el in sel.select(state.root):
                if isinstance(el, etree._Element) and el in inside:
                    matched.append(el)
        if not matched:
            return
        found = set(matched)
        outer = [el for el in matched if not any(a in found for a in el.iterancestors())]
        # Text that is learned template, by ancestor inside the body.
        lengths: dict[etree._Element, int] = {}

        def length(el: etree._Element) -> int:
            n = lengths.get(el)
            if n is None:
                n = lengths[el] = len(" ".join(inner_text(el).split()))
            return n

        learned: dict[etree._Element, int] = {}
        for el in dict.fromkeys(outer):
            n = length(el)
            for anc in el.iterancestors():
                if anc not in inside:
                    break
                learned[anc] = learned.get(anc, 0) + n
        targets = []
        for el in dict.fromkeys(outer):
            best = el
            for anc in el.iterancestors():
                if anc not in inside or learned.get(anc, 0) < CLIMB_SHARE * length(anc):
                    break
                if _is_story(anc, total):
                    break
                best = anc
            targets.append(best)
        chosen_targets = set(targets)
        final = []
        edges = _edges(chosen)
        names = _site_names(state)
        for el in dict.fromkeys(targets):
            if any(a in chosen_targets for a in el.iterancestors()) or el.getparent() is None:
                continue
            if _is_story(el, total) or not (_is_clutter(el) or (edges(el) and _is_masthead(el, names))):
                continue
            final.append(el)
        # Together the paragraphs must not be the story either (a story reprinted paragraph by paragraph).
        held = sum(_prose(el) for el in final if el.tag == "p")
        if held >= STORY_PROSE and held > MAX_BODY_PROSE * total:
            final = [el for el in final if el.tag != "p" or not _prose(el)]
        for el in final:
            state.remove(el, RULE, force=True)  # its own guards stand for the article veto
        state.check_time()

    def lines_for(self, url: str | None) -> frozenset[str]:
        """The normalized lines to drop from a text scrape of ``url``'s host."""
        rule = self.rule_for(url)
        if rule is None or not rule.strip_lines:
            return frozenset()
        found = self._lines.get(id(rule))
        if found is None:
            found = self._lines[id(rule)] = frozenset(normalize(line) for line in rule.strip_lines)
        return found


def body_hint(state: State, rule: SiteRule, chosen: list[etree._Element]) -> list[etree._Element]:
    """The host's learned body instead of the chosen one, when the content stage chose
    wider than it: the chosen element holds the learned body (found once on the page, with
    STORY_PROSE characters of prose), which is the article on most of the host's pages, so
    the rest of the chosen element is the page's clutter (comments, a rail, teasers).

    A chosen body inside the learned one, or beside it, stays: narrowing is the content
    stage's own call. The change is recorded in ``state.meta["site_memory_body"]``.
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
    if inner < STORY_PROSE or outer - inner < HINT_OUTSIDE * outer:
        return chosen
    state.meta["site_memory_body"] = learned.getroottree().getpath(learned)
    return [learned]


def _is_story(el: etree._Element, total: int) -> bool:
    """Holds STORY_PROSE characters of prose and more than MAX_BODY_PROSE of the body's."""
    n = _prose(el)
    return n >= STORY_PROSE and n > MAX_BODY_PROSE * total


def _edges(chosen: list[etree._Element]) -> Callable[[etree._Element], bool]:
    """Whether an element lies at an edge of the body: before its first run of prose (a
    text of PROSE_MIN characters outside links, in a paragraph or not) or after its last."""
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
        start = order.get(el)
        if start is None:
            return False
        end = max(order.get(d, start) for d in el.iter())
        return end < first or start > last

    return at_edge


_TITLE_SEP = re.compile(r"\s+[|:·•»–—-]\s+|:\s+")


def _site_names(state: State) -> list[str]:
    """The site's name as the page gives it: og:site_name (or the like) and the parts of the
    ``<title>`` of two words or more ("Inside Google Desktop: <headline>")."""
    from .._metadata import site_name

    names = [site_name(state) or ""]
    title = state.root.find("head/title")
    if title is not None and title.text:
        names.extend(_TITLE_SEP.split(title.text))
    return [n for n in dict.fromkeys(normalize(n) for n in names) if len(n.split()) >= 2]


def _is_masthead(el: etree._Element, names: list[str]) -> bool:
    """A learned block at the body's edge that starts with the site's name: the blog's
    masthead (its name and tagline), however short and plain."""
    text = normalize(" ".join(inner_text(el).split()))
    return any(text.startswith(name) for name in names)


def _is_clutter(el: etree._Element) -> bool:
    """Long enough, and long or link-dense (see MIN_TEXT)."""
    n = len(" ".join(inner_text(el).split()))
    if n < MIN_TEXT:
        return False
    if n >= LONG_TEXT:
        return True
    links = sum(len(" ".join(inner_text(a).split())) for a in el.iter("a"))
    return links >= LINK_DENSITY * n


def _prose(el: etree._Element) -> int:
    """Characters of prose paragraphs (:func:`paragraph_prose`) in ``el``."""
    return sum(paragraph_prose(p) for p in el.iter("p"))


#: The [[test]]'s "contains" is this many characters of the sample page's first paragraph.
TEST_SNIPPET = 60


def _self_test(template: HostTemplate, rules: list[SiteRule], base: Path, pages: dict[str, bytes | str]) -> str:
    """A ``[[test]]`` table for ``template``'s sample page, checked the way ``decruft rules
    test`` runs it (the file as a plain site rule); empty when none can be made."""
    from .. import _extractor

    if template.sample is None:
        return ""
    url, file, page = template.sample
    if file is not None and file.lower().endswith(".gz"):
        file = None  # decruft rules test reads a page as it is: keep an unpacked copy
    if file is not None:
        ref = os.path.relpath(os.path.abspath(file), os.path.abspath(base))
    else:
        ref = f"pages/{_file_stem(template.host)}.html"
    try:
        plain = _extractor.Extractor().extract(page).text
        with_rule = _extractor.Extractor()
        with_rule.sites = Sites(rules)
        text = with_rule.extract(page, url=f"https://{template.host}/").text
    except Exception:  # a page learning read but extraction refuses: no test
        return ""
    first = next((p for p in text.split("\n\n") if len(p) >= 40), None)
    if first is None:
        return ""
    contains = " ".join(first.split())[:TEST_SNIPPET].rsplit(" ", 1)[0]
    flat, flat_plain = " ".join(text.split()), " ".join(plain.split())
    excludes = [b.snippet for b in template.strip if b.snippet and b.snippet in flat_plain and b.snippet not in flat][:1]
    if file is None:
        pages[ref] = page
    lines = ["", "# A self-test on one of the pages learned from (decruft rules test).", "[[test]]",
             f"page = {_toml_string(ref)}", f"contains = [{_toml_string(contains)}]"]  # fmt: skip
    if excludes:
        lines.append(f"excludes = [{_toml_string(excludes[0])}]")
    return "\n".join(lines) + "\n"


def _file_stem(host: str) -> str:
    return re.sub(r"[^a-z0-9.-]", "_", host.lower()) or "site"


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("\n", " ")


def to_toml(template: HostTemplate, folder: Path) -> str:
    """A learned host as a TOML site rule, commented for a reviewer."""
    today = datetime.date.today().isoformat()
    lines = [
        f"# Learned by decruft site memory from {template.pages} page(s) of {template.host} ({today}).",
        "# Each strip selector is a block found, with the same text (numbers and dates aside), at the",
        "# same place on most of those pages; the comment above it gives how many and its text.",
        "# Review and edit freely: this is an ordinary site rule (docs/site-rules.md).",
        f"hosts = [{_toml_string(template.host)}]",
        f"name = {_toml_string(template.host)}",
    ]
    if template.body:
        lines.append(f"# {template.body_pages}/{template.pages} pages: the article body (most of the page's prose).")
        lines.append(f"body = [{_toml_string(template.body)}]")
    if template.strip:
        lines.append("strip = [")
        for block in template.strip:
            css = f'body > {selector(block.path)}:contains("{block.snippet}")'
            lines.append(f"  # {block.pages}/{template.pages} pages: {_comment(block.text)}")
            lines.append(f"  {_toml_string(css)},")
        lines.append("]")
    if template.lines:
        lines.append("# Lines of text scrapes repeated on most pages.")
        lines.append("strip_lines = [")
        for line in template.lines:
            lines.append(f"  {_toml_string(line)},")
        lines.append("]")
    return "\n".join(lines) + "\n"
