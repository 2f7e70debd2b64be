"""Site memory: the learned rules by host, used at extraction time (see ``_apply``), and the
rule files it writes.

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
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from .._site import Sites
from .._site.model import SiteRule
from .._site.toml_rules import parse_text
from .._state import State
from ._apply import RULE, body_hint, strip
from ._blocks import normalize, selector
from ._learn import HostTemplate, Learner, host_of

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
        chosen = self.narrow(state, rule, chosen)
        self.remove(state, rule, chosen)
        return chosen

    @staticmethod
    def narrow(state: State, rule: SiteRule, chosen: list[etree._Element]) -> list[etree._Element]:
        """The host's learned body instead of the chosen one, when the content stage chose
        wider than it (:func:`body_hint`); the extractor asks before the body chain."""
        return body_hint(state, rule, chosen) if chosen else chosen

    @staticmethod
    def remove(state: State, rule: SiteRule, chosen: list[etree._Element]) -> None:
        """Remove the learned blocks that lie inside the chosen body, guarded (:func:`strip`);
        the extractor asks after the body chain, so that its prune judges the body as it
        does without site memory (a linked headline and a "via" link are no link list
        because a repeated author box beside them went)."""
        if rule.strip and chosen:
            strip(state, rule, chosen)

    def lines_for(self, url: str | None) -> frozenset[str]:
        """The normalized lines to drop from a text scrape of ``url``'s host."""
        rule = self.rule_for(url)
        if rule is None or not rule.strip_lines:
            return frozenset()
        found = self._lines.get(id(rule))
        if found is None:
            found = self._lines[id(rule)] = frozenset(normalize(line) for line in rule.strip_lines)
        return found


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
