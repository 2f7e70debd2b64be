"""What text mode shares with HTML mode: rule names, site rules, site memory and plugins.

* ``disable`` reaches text mode as it reaches HTML mode: the user's names and a matching site
  rule's ``disable`` (``site:<name>/strip`` switches the site rule off); a switched-off
  rule's vocabulary marks no line. Rules of the ``page`` chain act on scrapes.
* A matching site rule's ``strip_lines`` drop those lines (compared as site memory compares
  them: :func:`decruft.sitememory.normalize`), recorded as ``site:<name>/strip``; its selectors are
  for HTML and do not apply to a scrape.
* A Python rule whose function declares ``modes`` with ``"text"`` (:attr:`decruft.Rule.modes`)
  runs on the scrape given as a page: ``<html><body>``, a ``<div>`` per block of lines
  (blank-line separated), a ``<p data-line="N">`` per line (1-based). The lines it removes
  (yielding :class:`~decruft.Match` records, or with ``state.remove()``) are cruft of that
  rule; a line a built-in rule or the site already marked keeps its rule. Its matches pass
  the guards they pass on HTML pages (never most of the page's prose; the article veto,
  recorded by line).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree

from .._article import Removal
from .._options import Options
from .._ruler import Rule, Ruler
from .._state import State, shorten
from ._lines import Line


def page_site(sites: Any, url: str | None, text: str, options: Options) -> Any:
    """The scrape's site rule, as HTML mode finds it (by ``url``), unless disabled by name."""
    site = sites.match(url, text) if sites is not None else None
    return None if site is None or site.rule_name in options.disable else site


def disabled_names(options: Options, site: Any) -> frozenset[str]:
    """The rule names switched off for this page: the user's and the site rule's."""
    return frozenset(options.disable) | frozenset(site.disabled if site is not None else ())


def label_site(lines: list[Line], site: Any) -> None:
    """Mark the lines a site rule's ``strip_lines`` name as cruft of its rule (``site:<name>/strip``)."""
    if site is None or not site.strip_lines:
        return
    from ..sitememory import normalize as learned_form

    wanted = frozenset(learned_form(line) for line in site.strip_lines)
    for ln in lines:
        if learned_form(ln.text) in wanted:
            ln.rule, ln.label = site.rule_name, True


def line_page(lines: list[Line]) -> tuple[etree._Element, dict[int, etree._Element]]:
    """The scrape as a page for rule functions, and each line's ``<p>`` by line number."""
    root = etree.Element("html")
    body = etree.SubElement(root, "body")
    paragraphs: dict[int, etree._Element] = {}
    div = None
    for i, ln in enumerate(lines):
        if div is None or ln.block != lines[i - 1].block:
            div = etree.SubElement(body, "div")
        p = etree.SubElement(div, "p", {"data-line": str(ln.index + 1)})
        p.text = ln.text
        paragraphs[ln.index] = p
    return root, paragraphs


def run_rules(
    lines: list[Line],
    ruler: Ruler,
    rules: Iterable[Rule],
    *,
    options: Options,
    url: str | None,
    deadline: float,
    disabled: frozenset[str] = frozenset(),
) -> list[Removal]:
    """Run the rules that declare text mode on the scrape's page (see the module docstring),
    as :meth:`Ruler.run_rule <decruft.Ruler.run_rule>` runs them on HTML (their matches pass
    the same guards); returns the removals the article veto refused, by line."""
    text_rules = [rule for rule in rules if "text" in rule.modes]
    if not text_rules or not lines:
        return []
    root, paragraphs = line_page(lines)
    state = State(root=root, options=options, url=url, deadline=deadline)
    state.disabled |= disabled  # the site rule's own ``disable`` too
    for rule in text_rules:
        ruler.run_rule(state, rule)
        state.check_time()
        attached = set(root.iter("p"))
        for ln in lines:
            if ln.rule is None and paragraphs[ln.index] not in attached:
                ln.rule, ln.label = rule.name, True
    return [_by_line(root, r) for r in state.removed if r.vetoed]


def _by_line(root: etree._Element, removal: Removal) -> Removal:
    """A vetoed removal with ``where`` as line numbers, as text mode records removals."""
    found = root.xpath(removal.where)
    numbers = [int(p.get("data-line")) for el in found[:1] for p in el.iter("p") if p.get("data-line")]
    if not numbers:
        return removal
    where = f"line {numbers[0]}" if len(numbers) == 1 else f"lines {numbers[0]}-{numbers[-1]}"
    return Removal(removal.rule, shorten(removal.text), where, vetoed=True)
