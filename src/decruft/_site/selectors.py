"""Selectors in rule files: CSS (via cssselect, lxml's translator) or XPath, compiled once and checked.

Safety: rule files cannot reach outside the page. XPath expressions calling
``document()`` or any function outside XPath 1.0's core set (extension
functions, EXSLT) are refused; evaluation errors count as "no match".
"""

from __future__ import annotations

import re

from lxml import etree

from .._errors import RuleError

_FORBIDDEN = re.compile(r"\b(?:document|doc|unparsed-text|collection|system-property)\s*\(|\w+:\w[\w-]*\s*\(")
MAX_SELECTOR = 2000


class Selector:
    """A compiled selector: ``select(root)`` returns the matching nodes (elements, strings or attributes)."""

    __slots__ = ("source", "_xpath")

    def __init__(self, source: str, path: str, line: int | None, *, xpath_only: bool = False) -> None:
        self.source = source
        source = source.strip()
        if not source:
            raise RuleError("empty selector", path, line)
        if len(source) > MAX_SELECTOR:
            raise RuleError(f"selector longer than {MAX_SELECTOR} characters", path, line)
        if xpath_only or source.startswith(("/", "(", "./")):
            expression = source
        else:
            try:
                from cssselect import GenericTranslator, SelectorError

                try:
                    expression = GenericTranslator().css_to_xpath(source)
                except SelectorError as exc:
                    raise RuleError(f"invalid CSS selector {source!r}: {exc}", path, line) from None
            except ImportError:  # pragma: no cover - cssselect is a dependency
                raise RuleError("CSS selectors need the cssselect package", path, line) from None
        if _FORBIDDEN.search(expression.replace("text()", "").replace("node()", "")):
            raise RuleError(f"XPath function not allowed in rule files: {source!r}", path, line)
        try:
            self._xpath = etree.XPath(expression, smart_strings=False)
        except etree.XPathSyntaxError as exc:
            raise RuleError(f"invalid XPath {source!r}: {exc}", path, line) from None

    def select(self, root: etree._Element) -> list[object]:
        try:
            found = self._xpath(root)
        except (etree.XPathError, ValueError):
            return []
        if isinstance(found, list):
            return found
        return [found] if found not in (None, "", False) else []

    def __repr__(self) -> str:
        return f"Selector({self.source!r})"
