"""The house limits of issue 18, pinned: no function over 60 lines, no module over 400 lines,
no cyclomatic complexity over 15 anywhere in src/decruft (radon measures the complexity)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "decruft"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400
MAX_COMPLEXITY = 15
MODULES = sorted(SRC.rglob("*.py"))


def length_violations(source: str) -> list[str]:
    """Each function over MAX_FUNCTION_LINES, and the module if it is over MAX_MODULE_LINES."""
    found = []
    lines = len(source.splitlines())
    if lines > MAX_MODULE_LINES:
        found.append(f"module: {lines} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{node.name} at line {node.lineno}: {length} lines")
    return found


def complexity_violations(source: str) -> list[str]:
    """Each function or method whose cyclomatic complexity is over MAX_COMPLEXITY."""
    complexity = pytest.importorskip("radon.complexity")
    return [
        f"{block.name} at line {block.lineno}: {block.complexity}"
        for block in complexity.cc_visit(source)
        if block.complexity > MAX_COMPLEXITY
    ]


def test_the_package_is_found() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_and_function_lengths(path: Path) -> None:
    assert length_violations(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_cyclomatic_complexity(path: Path) -> None:
    assert complexity_violations(path.read_text(encoding="utf-8")) == []


def test_the_checks_find_what_is_over_the_limits() -> None:
    long_function = "def f():\n" + "    x = 1\n" * MAX_FUNCTION_LINES
    assert length_violations(long_function) == [f"f at line 1: {MAX_FUNCTION_LINES + 1} lines"]
    assert length_violations("x = 1\n" * (MAX_MODULE_LINES + 1)) == [f"module: {MAX_MODULE_LINES + 1} lines"]
    branches = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(MAX_COMPLEXITY))
    assert complexity_violations(f"def g(x):\n{branches}    return -1\n") == [
        f"g at line 1: {MAX_COMPLEXITY + 1}"
    ]
