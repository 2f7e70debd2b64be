"""decruft's own TOML rule files (see docs/site-rules.md).

A file holds one site (top-level keys) or several (``[[site]]`` tables).
Unknown keys and bad selectors are errors reported as ``file:line: reason``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from .._errors import RuleError
from .model import SiteRule, SiteTest
from .selectors import Selector

SELECTOR_KEYS = ("body", "title", "date", "authors", "strip", "dissolve")
LIST_KEYS = ("hosts", "strip_id_or_class", "strip_image_src", "strip_lines", "disable")
BOOL_KEYS = ("prune", "skip_json_ld")
KNOWN = {*SELECTOR_KEYS, *LIST_KEYS, *BOOL_KEYS, "name", "replace", "test", "site", "wrap_in"}
TEST_KEYS = {"page", "url", "contains", "excludes"}


def _line_of(text: str, key: str, start: int = 0) -> int | None:
    m = re.compile(rf"^\s*(?:\[\[?)?{re.escape(key)}\b", re.MULTILINE).search(text, start)
    return text.count("\n", 0, m.start()) + 1 if m else None


def parse(path: Path, builtin_names: set[str]) -> list[SiteRule]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read: {exc}", str(path)) from None
    return parse_text(text, path, builtin_names)


def parse_text(text: str, path: Path, builtin_names: set[str]) -> list[SiteRule]:
    """The sites of a rule file's ``text`` (``path`` names it in errors and anchors test pages)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else text.count("\n") + 1  # "at end of document"
        raise RuleError(f"invalid TOML: {exc}", str(path), line) from None
    tables = data.pop("site", None)
    if tables is None:
        tables = [data]
    elif data:
        key = next(iter(data))
        raise RuleError(f"key {key!r} outside [[site]] tables", str(path), _line_of(text, key))
    return [_site(path, text, table, i, builtin_names) for i, table in enumerate(tables)]


def _site(path: Path, text: str, table: dict[str, Any], index: int, builtin_names: set[str]) -> SiteRule:
    src = str(path)
    for key in table:
        if key not in KNOWN:
            raise RuleError(f"unknown key {key!r} (known: {', '.join(sorted(KNOWN - {'site'}))})", src, _line_of(text, key))
    hosts = _strings(table, "hosts", src, text)
    if not hosts:
        raise RuleError("a site needs 'hosts'", src, _line_of(text, "site") if index else 1)
    rule = SiteRule(name=str(table.get("name") or hosts[0].lstrip("*.")), source=src, hosts=hosts)
    for key in SELECTOR_KEYS:
        line = _line_of(text, key)
        setattr(rule, key, [Selector(s, src, line) for s in _strings(table, key, src, text)])
    rule.strip_id_or_class = _strings(table, "strip_id_or_class", src, text)
    rule.strip_image_src = _strings(table, "strip_image_src", src, text)
    rule.strip_lines = _strings(table, "strip_lines", src, text)
    rule.disable = _strings(table, "disable", src, text)
    unknown = sorted(set(rule.disable) - builtin_names)
    if unknown:
        raise RuleError(f"disable names unknown rules: {', '.join(unknown)}", src, _line_of(text, "disable"))
    for key in BOOL_KEYS:
        if key in table:
            if not isinstance(table[key], bool):
                raise RuleError(f"{key} must be true or false", src, _line_of(text, key))
            setattr(rule, key, table[key])
    for pair in table.get("replace", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise RuleError("replace entries are [find, replace] pairs of strings", src, _line_of(text, "replace"))
        rule.replace.append((pair[0], pair[1]))
    for tag, selector in (table.get("wrap_in") or {}).items():
        rule.wrap_in.append((tag, Selector(selector, src, _line_of(text, "wrap_in"))))
    for test in table.get("test", []):
        unknown_keys = set(test) - TEST_KEYS
        if unknown_keys:
            raise RuleError(f"unknown test key(s): {', '.join(sorted(unknown_keys))}", src, _line_of(text, "test"))
        rule.tests.append(SiteTest(page=test.get("page"), url=test.get("url"), contains=list(test.get("contains", [])),
                                   excludes=list(test.get("excludes", []))))  # fmt: skip
    rule.honoured = sorted(k for k in table if k not in ("name", "hosts"))
    return rule


def _strings(table: dict[str, Any], key: str, src: str, text: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{key} must be a string or a list of strings", src, _line_of(text, key))
    return value
