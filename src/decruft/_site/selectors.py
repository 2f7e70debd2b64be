"""Selectors in rule files: CSS (via cssselect, lxml's translator) or XPath, compiled once and checked.

Safety: rule files cannot reach outside the page. XPath expressions calling
``document()`` or any function outside XPath 1.0's core set (extension
functions, EXSLT) are refused; evaluation errors count as "no match".

Cost: one XPath evaluation cannot be interrupted by the time budget, so the
shape of an expression is limited when the rule file is loaded (see
:func:`check_shape`): a search inside a predicate costs (elements x elements),
a search inside a predicate inside a predicate (elements^3) ran for minutes on
a 50 KB page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .._errors import RuleError

_FORBIDDEN = re.compile(r"\b(?:document|doc|unparsed-text|collection|system-property)\s*\(|\w+:\w[\w-]*\s*\(")
MAX_SELECTOR = 2000
#: Most search steps (``//``, descendant, ancestor, following, preceding axes) in one expression.
MAX_SEARCH_STEPS = 32
#: Most predicates (``[...]``) in one expression.
MAX_PREDICATES = 64
#: Deepest nesting of brackets and parentheses.
MAX_NESTING = 12

_TOKEN = re.compile(
    r"""'[^']*'|"[^"]*"|//|/|\[|\]|\(|\)|(?:descendant|ancestor|following|preceding)(?:-or-self|-sibling)?\s*::"""
    r"""|[A-Za-z_][\w.-]*|\S""",
)
#: Tokens after which a ``/`` starts a new, absolute path rather than a step of the current one.
_OPERATORS = {"[", "(", ",", "=", "<", ">", "|", "+", "-", "!", "and", "or", "div", "mod", None}


def check_shape(expression: str) -> str | None:
    """Why ``expression`` is too costly to evaluate, or None when its shape is fine.

    Refused: more than MAX_SEARCH_STEPS search steps, MAX_PREDICATES predicates
    or MAX_NESTING nested brackets; inside a predicate, an absolute path or a
    ``following::``/``preceding::`` axis (each scans the whole page for every
    candidate); a descendant or sibling search inside a predicate inside a
    predicate. A search one predicate deep (``//div[.//h1]``, CSS ``:has()``)
    and ancestor axes (bounded by the tree's depth) stay allowed. Of the 8,107
    selectors of the ftr-site-config collection, 3 are refused (reported, the
    rest of their file applies).
    """
    shape = _Shape()
    for m in _TOKEN.finditer(expression):
        token = m.group()
        problem = _step(shape, token)
        if problem is not None:
            return problem
        shape.previous = token
        problem = shape.over_limits()
        if problem is not None:
            return problem
    return None


@dataclass
class _Shape:
    """What :func:`check_shape` has seen so far of an expression, token by token."""

    #: Open brackets and parentheses, innermost last.
    stack: list[str] = field(default_factory=list)
    searches: int = 0
    predicates: int = 0
    previous: str | None = None

    def depth(self) -> int:
        """How many predicates (``[...]``) the current token is inside."""
        return self.stack.count("[")

    def over_limits(self) -> str | None:
        if self.searches > MAX_SEARCH_STEPS:
            return f"more than {MAX_SEARCH_STEPS} search steps (// or axes)"
        if self.predicates > MAX_PREDICATES:
            return f"more than {MAX_PREDICATES} predicates"
        return None


def _step(shape: _Shape, token: str) -> str | None:
    """Take one token into ``shape``; why the expression is refused at this token, or None."""
    if token in ("[", "("):
        shape.stack.append(token)
        shape.predicates += token == "["
        return f"nested more than {MAX_NESTING} brackets deep" if len(shape.stack) > MAX_NESTING else None
    if token in ("]", ")"):
        if shape.stack:
            shape.stack.pop()
        return None
    if token in ("/", "//"):
        return _path_step(shape, token)
    if token.endswith("::"):
        return _axis_step(shape, token[:-2].strip())
    return None


def _path_step(shape: _Shape, token: str) -> str | None:
    """A ``/`` or ``//``: an absolute path inside a predicate, or a search two predicates deep, is refused."""
    depth = shape.depth()
    if depth and shape.previous in _OPERATORS:
        return "an absolute path inside a predicate (it scans the whole page for every candidate)"
    if token == "//":
        shape.searches += 1
        if depth >= 2:
            return "a // search inside a predicate inside a predicate"
    return None


def _axis_step(shape: _Shape, axis: str) -> str | None:
    """An ``axis::`` step: following/preceding inside a predicate, or a search two predicates deep, is refused."""
    depth = shape.depth()
    shape.searches += 1
    if depth and axis in ("following", "preceding"):
        return f"a {axis}:: axis inside a predicate (it scans the whole page for every candidate)"
    if depth >= 2 and not axis.startswith("ancestor"):  # ancestors: bounded by the tree's depth
        return f"a {axis}:: search inside a predicate inside a predicate"
    return None


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
                    raise RuleError(f"invalid CSS selector {_short(source)}: {exc}", path, line) from None
                except RecursionError:
                    raise RuleError(f"CSS selector nested too deeply: {_short(source)}", path, line) from None
            except ImportError:  # pragma: no cover - cssselect is a dependency
                raise RuleError("CSS selectors need the cssselect package", path, line) from None
        if _FORBIDDEN.search(expression.replace("text()", "").replace("node()", "")):
            raise RuleError(f"XPath function not allowed in rule files: {_short(source)}", path, line)
        problem = check_shape(expression)
        if problem is not None:
            raise RuleError(f"selector too costly: {problem}: {_short(source)}", path, line)
        try:
            self._xpath = etree.XPath(expression, smart_strings=False)
        except (etree.XPathSyntaxError, RecursionError) as exc:
            raise RuleError(f"invalid XPath {_short(source)}: {exc}", path, line) from None

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


def _short(source: str, limit: int = 80) -> str:
    """``source`` quoted, cut to ``limit`` characters for an error message."""
    return repr(source if len(source) <= limit else source[:limit] + "...")
